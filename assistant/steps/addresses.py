"""A postal address read from the customer's words, and written back out for a proposal they can check."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from pydantic import ValidationError

from assistant.grounding.lexicon import PROMPTS
from assistant.models.prompts import PromptLibrary
from tools.arguments import Address


def _street_words() -> dict[str, list[str]]:
    # Street and floor words of every language (prompts/street_words.vN.yaml), longest first.
    tables = PromptLibrary(PROMPTS).get("street_words").data()
    return {table: sorted({word.lower() for words in by_language.values() for word in words}, key=len, reverse=True)
            for table, by_language in tables.items()}


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in words)


def _address_pattern() -> re.Pattern[str]:
    """"12 Oak Lane, Apt 3, Portland, OR 97201", also without the comma before the state ("Denver CO 80203"), a
    street named first ("Calle Mayor 45, 2B, Chicago IL 60601", "Hauptstraße 12, Phoenix AZ 85004") and a floor or
    door as the second line ("2B", "3º izq", "piso 4")."""
    words = _street_words()
    number_first = r"\d{1,6}[A-Za-z]?\s+[^,\n]+"
    named_first = (rf"(?:(?:{_alternatives(words['street_first'])})\.?(?:\s+[^\W\d_][\w'.-]*){{0,5}}"
                   rf"|[^\W\d_][\w'-]*(?:{_alternatives(words['street_suffix'])})\.?)\s+\d{{1,5}}[A-Za-z]?")
    floor = (rf"(?:{_alternatives(words['floor'])})(?![^\W\d_])\.?[^,\n]*"
             r"|\d{1,3}\s?(?:[A-Za-z]{1,2}|[ºª°](?:\s?[^\W\d_]{1,5}\.?)?)")
    return re.compile(
        rf"(?<![\w#])(?P<address1>{number_first}|{named_first}),\s*(?:(?P<address2>{floor}),\s*)?"
        r"(?P<city>[^\W\d_](?:[^\W\d_]|[ .'-])*?),?\s+(?P<state>[A-Z]{2})\s+(?P<zip>\d{5})(?!\d)",
        re.I,
    )


ADDRESS = _address_pattern()
# "700 Congress Ave, Austin 78701": a street with its number, a city and a zip but no state; never proposed as it
# stands, it still says where the customer wants something sent.
DESTINATION_WITHOUT_STATE = re.compile(r"(?<![\w#])\d{1,6}[A-Za-z]?\s+[^\W\d_][^,\n]*,\s*[^\W\d_][^,\n\d]*?,?\s+"
                                       r"\d{5}(?!\d)")
_STARTS_AFTER = re.compile(r"\s+(?:to|à|a|an|nach)\s+(?=\d)", re.I)
# words before a house number that no street name has ("77 Route 9 North" is one street): a zip, a dash or colon
# between words, or a sentence's worth of words
_NOT_A_STREET = re.compile(r"\b\d{5}\b|\s[-–:;]\s|(?:\S+\s+){5,}")
_LAST_HOUSE_NUMBER = re.compile(r"(?<![\w-])\d+[A-Za-z]?\s+(?:(?!(?<![\w-])\d+[A-Za-z]?\b).)+$")
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
    return _written(match, country) if match else None


def read_addresses(text: str, country: str) -> list[tuple[dict[str, str], str]]:
    """Every whole address written in `text`, in order, each with the words between it and the one before ("to 1
    Oak St, Austin, TX 78701 and 2 Birch St, Boston, MA 02110": two, " and " before the second)."""
    visible, end, found = _visible(text), 0, []
    for match in ADDRESS.finditer(visible):
        address = _written(match, country)
        if address is not None:
            found.append((address, visible[end:match.start()]))
        end = match.end()
    return found


def without_addresses(text: str) -> str:
    """`text` with every address written in it blanked ("ok then L, stays blue. ship to 5 Main Street, Austin TX
    78701" → its words about the item alone): a house number or a zip is never an option value."""
    return ADDRESS.sub(" ", _visible(text))


def after_the_addresses(text: str, country: str) -> str:
    """The words after the last whole address written in `text` ("… 78704 – nein Moment, 1210 South Lamar
    Boulevard, selbe PLZ"); the whole text when it writes none."""
    visible, end = _visible(text), 0
    for match in ADDRESS.finditer(visible):
        if _written(match, country) is not None:
            end = match.end()
    return visible[end:]


def _written(match: re.Match[str], country: str) -> dict[str, str] | None:
    address = {key: (value or "").strip() for key, value in match.groupdict().items()}
    # "order 9000002 to 5 Oak Lane, ...": the street address starts after the last "to <number>".
    address["address1"] = _STARTS_AFTER.split(address["address1"])[-1]
    # "20287 - pls ship the order to my new place 9 Oak Rd": a zip or other words typed before the street; the
    # street starts at its house number, the last number with only words after it
    if (last := _LAST_HOUSE_NUMBER.search(address["address1"])) and _NOT_A_STREET.search(
            address["address1"][:last.start()]):
        address["address1"] = address["address1"][last.start():]
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


@cache
def _street_pattern() -> re.Pattern[str]:
    """A street alone: a house number, then a street word first ("12 rue des Lilas", "45 calle Mayor") or a few
    words ending with a street type ("501 Main St", "9 Elm Street", "12 Hauptstraße"); or the street named first,
    then its number ("Lindenstraße 14", "calle Mayor 45")."""
    words = _street_words()
    types = _alternatives([*words["street_types"], *words["street_suffix"]])
    suffixes = _alternatives(words["street_suffix"])
    first = _alternatives(words["street_first"])
    number_first = (rf"\d{{1,6}}[A-Za-z]?\s+(?:(?:{first})\.?(?:\s+[^\W\d_][\w'.-]*){{1,4}}"
                    rf"|(?:[^\W\d_][\w'.-]*\s+){{1,3}}(?:{types})\.?(?!\w)|[^\W\d_][\w'-]*(?:{suffixes})\.?(?!\w))")
    named_first = (rf"(?:(?:{first})\.?(?:\s+[^\W\d_][\w'.-]*){{0,4}}|[^\W\d_][\w'-]*(?:{suffixes})\.?)"
                   r"\s+\d{1,5}[A-Za-z]?(?!\w)")
    return re.compile(rf"(?<![\w#])(?:{number_first}|{named_first})", re.I)


@cache
def _street_named_first() -> re.Pattern[str]:
    """A street named before its house number in words of its own: a street word first ("Rue Lepic 15", "Calle
    Alcala 20", "Avenue Foch 12") or a street suffix written as a word after the name ("Berliner Straße 12",
    "Hamburger Allee 9")."""
    words = _street_words()
    first = _alternatives(words["street_first"])
    suffixes = _alternatives(words["street_suffix"])
    return re.compile(rf"(?<![\w#])(?:(?:{first})\.?(?:\s+[^\W\d_][\w'.-]*){{1,4}}"
                      rf"|(?:[^\W\d_][\w'-]*\s+){{1,2}}(?:{suffixes})\.?)\s+\d{{1,5}}[A-Za-z]?(?!\w)", re.I)


def without_streets(text: str) -> str:
    """`text` with every street said alone blanked ("Calle Alcala 20, 28014 Madrid" → ", 28014 Madrid"): a
    street's name is never a person's (attack29 A29-3: "Calle Mayor" with a zip had been read as another customer's
    name and zip)."""
    visible = _street_pattern().sub(" ", _visible(text))
    return _street_named_first().sub(" ", visible)


def read_street(text: str) -> str | None:
    """The street of an address said alone ("make it 501 Main St"), as written; None if none is said."""
    visible = _visible(text)
    match = _street_pattern().search(visible)
    if not match or NOT_POSTAL.search(match.group(0)):
        return None
    return match.group(0).strip().rstrip(".")


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
