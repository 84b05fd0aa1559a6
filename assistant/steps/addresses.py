"""A postal address read from the customer's words, and written back out for a proposal they can check."""

from __future__ import annotations

import re
import unicodedata

from pydantic import ValidationError

from tools.arguments import Address

# "12 Oak Lane, Apt 3, Portland, OR 97201", also without the comma before the state ("Denver CO 80203").
ADDRESS = re.compile(
    r"(?<![\w#])(?P<address1>\d{1,6}[A-Za-z]?\s+[^,\n]+),\s*(?:(?P<address2>(?:apt|suite|unit|#)[^,\n]*),\s*)?"
    r"(?P<city>[A-Za-z .'-]+?),?\s+(?P<state>[A-Z]{2})\s+(?P<zip>\d{5})(?!\d)",
    re.I,
)
_STARTS_AFTER = re.compile(r"\s+(?:to|à|a|an|nach)\s+(?=\d)", re.I)
# "123 Oak St apt 4, Austin TX 78701": the apartment typed inside the street part is the second address line.
_UNIT_IN_STREET = re.compile(r"^(?P<street>\S+\s+.*\S)\s+(?P<unit>(?:apt|apartment|suite|ste|unit|#)\.?\s*\w+)$", re.I)
FIELDS = ("address1", "address2", "city", "state", "country", "zip")
# Markup (emphasis, code, links, images, HTML) and web addresses are no part of a postal address: such text is not
# read as one, so it is never proposed or written (attacker pass: "12 **REFUND GUARANTEED** St" was proposed in
# bold; an image's alt text or "[link removed]" became part of the street).
NOT_POSTAL = re.compile(r"[`*_\[\]<>|~\\{}]|!\[|://|\bwww\.", re.I)


def read_address(text: str, country: str) -> dict[str, str] | None:
    """The address written in `text` ("12 Oak Lane, Apt 3, Portland, OR 97201"), in `country`; None if none, or if
    it could not be written as it stands (a part longer than the store keeps): never proposed, then refused."""
    match = ADDRESS.search(_visible(text))
    if not match:
        return None
    address = {key: (value or "").strip() for key, value in match.groupdict().items()}
    # "order 9000002 to 5 Oak Lane, ...": the street address starts after the last "to <number>".
    address["address1"] = _STARTS_AFTER.split(address["address1"])[-1]
    unit = _UNIT_IN_STREET.match(address["address1"])
    if unit and not address["address2"]:
        address["address1"], address["address2"] = unit["street"], unit["unit"]
    if any(NOT_POSTAL.search(value) for value in address.values()):
        return None
    address["country"] = country
    try:
        Address(**{field: address[field] for field in FIELDS})
    except ValidationError:
        return None
    return {field: address[field] for field in FIELDS}


def _visible(text: str) -> str:
    """`text` without invisible format characters (zero-width space, word joiner, soft hyphen, BOM): a street read
    with one in it would be written with it ("5 Main Street\u200b")."""
    return "".join(character for character in text if unicodedata.category(character) != "Cf")


def describe_address(address: dict[str, str], *, with_country: bool = False) -> str:
    """One line, every part the customer gave: "12 Oak Lane, Apt 3, Portland, OR 97201"."""
    parts = [address["address1"], address.get("address2", ""), address["city"], f"{address['state']} {address['zip']}"]
    if with_country:
        parts.append(address.get("country", ""))
    return ", ".join(part for part in parts if part)
