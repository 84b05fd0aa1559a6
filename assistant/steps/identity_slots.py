"""Who the customer says they are (an email, or a first and last name with a zip code), read in code for every
backend: a model that leaves these slots empty ("Hi, I'm Olivia Ito, zip code 80218" read as a greeting) does not
keep the customer from being verified, and a detail the customer never wrote (an email "oliviaito@vitrine.com"
made up beside the name and zip they gave) is not taken from a model. A slot is kept only when the customer wrote
its value (this turn or their recent turns); empty slots are filled from this turn's words. Whether the details
match an account is the identity step's lookup."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.models.contracts import TurnIntent
from assistant.models.resolver.patterns import identity_words
from assistant.steps.identity import IDENTITY_SLOTS


def identity_read(text: str, decided: TurnIntent, earlier: Sequence[str] = ()) -> TurnIntent:
    """`decided` with the identity slots the customer never wrote emptied, and those left empty filled from the
    words (a name only as first and last). `earlier`: the customer's recent turns."""
    written = " ".join([text, *earlier])
    kept = {name: value if (value := getattr(decided.slots, name)) and _written(value, written) else None
            for name in IDENTITY_SLOTS}
    read = identity_words(text)
    if read.email and not kept["email"]:
        kept["email"] = read.email
    if read.zip_code and not kept["zip_code"]:
        kept["zip_code"] = read.zip_code
    if read.first_name and read.last_name and not (kept["first_name"] or kept["last_name"]):
        kept |= {"first_name": read.first_name, "last_name": read.last_name}
    if all(kept[name] == getattr(decided.slots, name) for name in IDENTITY_SLOTS):
        return decided
    return decided.model_copy(update={"slots": decided.slots.model_copy(update=kept)})


def _written(value: str, words: str) -> bool:
    """The value stands in the words as written (any case), not inside a longer word or address."""
    said = value.strip()
    return bool(said) and re.search(rf"(?<![\w.@-]){re.escape(said)}(?![\w@-]|\.\w)", words, re.I) is not None
