"""Who the customer says they are (an email, or a first and last name with a zip code), read in code for every
backend: a model that leaves these slots empty ("Hi, I'm Olivia Ito, zip code 80218" read as a greeting) does not
keep the customer from being verified. Only empty slots are filled, from this turn's words; whether they match an
account is the identity step's lookup."""

from __future__ import annotations

from assistant.models.contracts import TurnIntent
from assistant.models.resolver.patterns import extract_slots


def identity_read(text: str, decided: TurnIntent) -> TurnIntent:
    """`decided` with the identity slots it left empty filled from the words (a name only as first and last)."""
    read, slots = extract_slots(text), decided.slots
    filled: dict[str, str] = {}
    if read.email and not slots.email:
        filled["email"] = read.email
    if read.zip_code and not slots.zip_code:
        filled["zip_code"] = read.zip_code
    if read.first_name and read.last_name and not (slots.first_name or slots.last_name):
        filled |= {"first_name": read.first_name, "last_name": read.last_name}
    if not filled:
        return decided
    return decided.model_copy(update={"slots": slots.model_copy(update=filled)})
