"""Mask personal data (emails, phone and card numbers, street addresses, known names) in text and payloads.

Used for audit events (tools/audit.py) and, through assistant/privacy, for log records. Rules rather than a
model: Presidio needs spaCy models from a hub we cannot reach, and these categories have reliable shapes.
Phone numbers use Google's libphonenumber (the `phonenumbers` port) so that dates and ids are not taken for
phones; cards must pass the Luhn check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import phonenumbers

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CARD = re.compile(r"(?<![\w-])(?:\d[ -]?){12,18}\d(?![\w-])")
STREET = re.compile(
    r"\b\d{1,6}\s+(?:[A-Za-z][\w'-]*\s+){1,4}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|"
    r"blvd|court|ct|way|place|pl|terrace|square|sq|parkway|pkwy|highway|hwy|strasse|straße)\b\.?"
    r"(?:,?\s*(?:apt|suite|unit|#)\s*\w+)?",
    re.IGNORECASE,
)
PHONE_REGIONS = ("US", "GB", "DE", "FR", "ES")
# A bare run of 10 digits is more often an item or order id than a phone number (tau item ids are exactly
# that): without separators or a "+", it is masked only after a word that announces a phone number.
PHONE_CUE = re.compile(
    r"(?:phone|tel|call|mobile|cell|number|text|whatsapp|sms)\W*(?:me\W+)?(?:at|on|is)?\W*$", re.IGNORECASE
)
# Payload keys whose values are personal whatever they look like.
PERSONAL_KEYS = frozenset({
    "email", "phone", "phone_number", "name", "first_name", "last_name", "full_name", "address", "address1",
    "address2", "street", "city", "zip", "zip_code", "postcode", "postal_code", "card_number", "card",
})


def mask_text(text: str, *, names: Iterable[str] = ()) -> str:
    """`text` with personal data replaced by `[email]`, `[card]`, `[phone]`, `[address]` and `[name]`."""
    text = EMAIL.sub("[email]", text)
    text = CARD.sub(lambda m: "[card]" if _luhn(m.group()) else m.group(), text)
    text = STREET.sub("[address]", text)
    text = _mask_phones(text)
    for name in sorted({n.strip() for n in names if n and len(n.strip()) >= 3}, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(name)}\b", "[name]", text, flags=re.IGNORECASE)
    return text


def mask_payload(value: Any, *, names: Iterable[str] = ()) -> Any:
    """A JSON-like value with personal keys blanked and every string masked with `mask_text`."""
    names = tuple(names)
    if isinstance(value, dict):
        return {key: "[masked]" if str(key).lower() in PERSONAL_KEYS and value[key] not in (None, "")
                else mask_payload(item, names=names) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_payload(item, names=names) for item in value]
    if isinstance(value, str):
        return mask_text(value, names=names)
    return value


def _mask_phones(text: str) -> str:
    if sum(c.isdigit() for c in text) < 7:
        return text  # the common case, and libphonenumber's matcher is not free
    spans: list[tuple[int, int]] = []
    for region in PHONE_REGIONS:
        spans += [(m.start, m.end) for m in
                  phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
                  if not m.raw_string.isdigit() or PHONE_CUE.search(text[max(0, m.start - 24):m.start])]
    merged: list[list[int]] = []
    for start, end in sorted(spans):  # regions may find overlapping spans for one number
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        text = text[:start] + "[phone]" + text[end:]
    return text


def _luhn(candidate: str) -> bool:
    digits = [int(c) for c in candidate if c.isdigit()]
    checksum = sum(digits[-1::-2]) + sum(sum(divmod(2 * d, 10)) for d in digits[-2::-2])
    return 13 <= len(digits) <= 19 and checksum % 10 == 0
