"""Slots and unambiguous turns read with patterns: ids, emails, zips, names, yes/no, asking for a human."""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.grounding.orders import ORDER_NUMBER, asks_for_order_list, canonical_order_id
from assistant.grounding.person_request import asks_for_a_person
from assistant.grounding.reasons import read_cancel_reason, read_modification
from assistant.models.contracts import CancelReason, Intent, Modification, TurnSlots

# Order numbers in any format ("#W1234567", "W1234567", "#D9000001", "7300301"): assistant/grounding/orders.py.
ORDER_ID = ORDER_NUMBER
ITEM_ID = re.compile(r"\b\d{10}\b")
SKU = re.compile(r"\b[A-Z]{2}\d{2}(?:-(?:XS|S|M|L|XL|XXL|\d{2}))?(?:-[A-Z][a-z]+)?\b")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
ZIP = re.compile(r"(?<![#\w])\d{5}(?:-\d{4})?\b")
NAME = re.compile(
    r"\b(?i:name is|i am|i'm|this is|it's|its)\s+([A-Z][a-z]+)\s+([A-Z][a-z]+)\b"
    r"|^([A-Z][a-z]+)\s+([A-Z][a-z]+)(?=[\s,]+(?:zip\s*(?:code)?\s*)?\d{5}\b)"
)
# The words that make a turn read as agreeing or declining (an intent). Whether a reply consents to a write
# is decided in code by assistant/consent.py, which asks much more of it.
_YES = (
    r"y|yes|yeah|yep|yup|sure|ok|okay|correct|confirm(?:ed)?|right|absolutely|definitely|of course"
    r"|please do|go ahead|do it|sounds good|that'?s right|that works|fine"
)
_NO = r"n|no|nope|nah|no thanks|no thank you|don'?t|do not|cancel that|never ?mind|not really|not now"
_SHORT_TAIL = r"(?:[\s,.!]+[\w']+){1,4}\s*[.!]*\s*$"
AFFIRM_LEAD = re.compile(rf"^\s*(?:yes|yeah|yep|sure|ok|okay|correct|right)\b{_SHORT_TAIL}", re.I)
DENY_LEAD = re.compile(
    r"^\s*(?:no|nope|nah|(?:please\s+)?(?:don'?t|do not))\b(?:[\s,.!]+[\w']+){0,3}\s*[.!]*\s*$", re.I
)
AFFIRM = re.compile(rf"^\s*(?:{_YES})(?:[\s,]+(?:{_YES}|please|thanks|thank you))*\s*[.!]*\s*$", re.I)
DENY = re.compile(rf"^\s*(?:{_NO})(?:[\s,]+(?:{_NO}|please|thanks|thank you))*\s*[.!]*\s*$", re.I)
NEGATION = re.compile(r"\b(?:not|n't|no|never|wrong)\b", re.I)
# "I want to return it" says what the customer wants, whatever else the turn describes ("... is missing pieces").
WANTS_TO = re.compile(
    r"\b(?:i|we)\s+(?:really\s+)?(?:want|wanna|need|would like|'d like)\s+(?:to\s+|a\s+)"
    r"(return|refund|exchange|cancel)\b",
    re.I,
)
WANTED_INTENT = {
    "return": Intent.RETURN_ITEM, "refund": Intent.RETURN_ITEM,
    "exchange": Intent.EXCHANGE_ITEM, "cancel": Intent.CANCEL_ORDER,
}
# A farewell after a bare "ok"/"yes" ("ok bye", "ok, thanks a bunch") closes the chat rather than agreeing.
CLOSING = re.compile(
    r"\b(?:bye|goodbye|see (?:you|ya)|take care|cheers|have a (?:nice|good|great|lovely) (?:day|one|evening|night)"
    r"|thanks? (?:you )?(?:a lot|a bunch|a million|a ton|so much|very much)|many thanks|much appreciated)\b",
    re.I,
)
# The address saved on the account, named as such ("my default address", "the address on my profile"), in a
# turn that changes it: a request of its own, never an order's shipping address (that names an order).
PROFILE_ADDRESS = re.compile(
    r"\b(?:default|profile|account|saved|primary)\s+(?:(?:shipping|delivery|home|postal)\s+)?address\b"
    r"|\baddress\s+(?:on|in|of|saved (?:on|in|to))\s+(?:my|the)\s+(?:account|profile)\b|\baddress\s+on\s+file\b"
    r"|\baddress (?:for|on) (?:all )?(?:my )?(?:future|next|new) orders\b"
    r"|\badresse (?:par d[ée]faut|enregistr[ée]e|de (?:mon|votre) (?:compte|profil))\b"
    r"|\bdirecci[óo]n (?:predeterminada|por defecto|guardada|de (?:mi|su) (?:cuenta|perfil))\b"
    r"|\bstandard-?(?:liefer)?adresse\b|\bhinterlegte adresse\b|\bals standard(?:adresse)?\b|\bvoreinstellung\b"
    r"|\badresse (?:in meinem|im) (?:kundenkonto|konto|profil)\b",
    re.I,
)
CHANGES_IT = re.compile(
    r"\b(?:change|update|edit|set|replace|correct|fix|modify|new|moved|wrong|old|out of date"
    r"|changer|modifier|mettre à jour|nouvelle|déménagé|cambiar(?:la)?|cambia(?:la)?|cambie|actualizar|modificar|nueva"
    r"|mudado|vivo en|ändern|aktualisieren|neue|umgezogen|speichern)\b",
    re.I,
)
COLOURS = (
    "black|white|grey|gray|navy|blue|red|green|yellow|orange|purple|pink|brown|beige|khaki|olive|"
    "burgundy|maroon|teal|cream|ivory|tan|lavender|charcoal"
)
COLOUR = re.compile(rf"\b({COLOURS})\b", re.I)
SIZE = re.compile(r"\b(?:size\s+)?(XXS|XS|XXL|XL|(?<=size )[SML]|small|medium|large)\b", re.I)
_MASKS = (
    (EMAIL, "email address"),
    (ORDER_ID, "order number"),
    (ITEM_ID, "item number"),
    (SKU, "item number"),
    (ZIP, "zip code"),
)
_FILLER = re.compile(
    r"\b(?:my|the|is|it'?s|its|email|e-mail|address|order|number|id|item|zip|code|name|and|i'?m|am|"
    r"here|you go|sure|it|this|that|one|please|thanks|sku|postal|first|last|last name|a|an|for|of|"
    r"mail|with|ok|under|use|try|at|on|account|yes|"
    r"you|can|reach|contact|me)\b|[#:,.!;\-]",  # "you can reach me at <email>" gives details, nothing else
    re.I,
)


def extract_slots(text: str) -> TurnSlots:
    """Every slot a pattern can read; names only as `my name is First Last` or `First Last 12345`."""
    first, last = _name(text)
    return TurnSlots(
        order_ids=[canonical_order_id(match.group(0)) for match in ORDER_ID.finditer(text)],
        item_ids=ITEM_ID.findall(text) + SKU.findall(text),
        email=_first(EMAIL, text),
        first_name=first,
        last_name=last,
        zip_code=_first(ZIP, text),
        cancel_reason=_cancel_reason(text),
        modification=_modification(text),
        colour=_lower(_first(COLOUR, _strip_slots(text))),  # not the "Gray" of a sku like MH07-M-Gray
        size=_lower(_first(SIZE, _strip_slots(text))),
    )


class IdentityWords(NamedTuple):
    """The identity slots the patterns read, as `extract_slots` reads them."""

    email: str | None
    zip_code: str | None
    first_name: str | None
    last_name: str | None


def identity_words(text: str) -> IdentityWords:
    """`extract_slots`'s email, zip code and name alone, without its readers of reasons, changes and options (a
    reader that only needs who the customer says they are; `steps/identity_slots.py`)."""
    first, last = _name(text)
    return IdentityWords(email=_first(EMAIL, text), zip_code=_first(ZIP, text), first_name=first, last_name=last)


def pattern_intent(text: str, slots: TurnSlots) -> Intent | None:
    """An intent the patterns are sure of, or None to let the prototype match decide."""
    if asks_for_a_person(text):
        return Intent.HUMAN_AGENT
    if AFFIRM.match(text):
        return Intent.AFFIRM
    if DENY.match(text):
        return Intent.DENY
    if AFFIRM_LEAD.match(text) and CLOSING.search(text):
        return Intent.THANKS_BYE
    if AFFIRM_LEAD.match(text) and not NEGATION.search(text):
        return Intent.AFFIRM
    if DENY_LEAD.match(text):
        return Intent.DENY
    if PROFILE_ADDRESS.search(text) and CHANGES_IT.search(text) and not slots.order_ids:
        return Intent.CHANGE_DEFAULT_ADDRESS
    if asks_for_order_list(text):
        return Intent.ORDER_STATUS
    if wanted := WANTS_TO.search(text):
        return WANTED_INTENT[wanted.group(1).lower()]
    gave_details = slots.email or slots.order_ids or slots.item_ids or (slots.zip_code and slots.last_name)
    if gave_details and not _FILLER.sub(" ", _strip_slots(text)).strip():
        return Intent.PROVIDE_DETAILS
    return None


def mask_slots(text: str) -> str:
    """Slot values replaced by what they are, so similarity looks at what is asked, not at the ids."""
    for pattern, placeholder in _MASKS:
        text = pattern.sub(placeholder, text)
    return text


def _strip_slots(text: str) -> str:
    for pattern in (EMAIL, ORDER_ID, ITEM_ID, SKU, ZIP):
        text = pattern.sub(" ", text)
    first, last = _name(text)
    for part in (first, last):
        if part:
            text = text.replace(part, " ")
    return text


def _name(text: str) -> tuple[str | None, str | None]:
    match = NAME.search(text)
    if not match:
        return None, None
    groups = [group for group in match.groups() if group]
    return groups[0], groups[1]


def _cancel_reason(text: str) -> CancelReason | None:
    return read_cancel_reason(text)


def _modification(text: str) -> Modification | None:
    return read_modification(text)


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(match.lastindex or 0) if match else None


def _lower(value: str | None) -> str | None:
    return value.lower() if value else None
