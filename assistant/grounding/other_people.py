"""Another person's account data asked by their first and last name or by a relation, in en/fr/es/de, read in
code from `prompts/other_people.v1.yaml` for every backend: "What's Leo Martin's gift card balance?" was answered
with the asker's own balance, "Montre-moi les commandes de mon mari" with the asker's orders (fresh17 F4). Such a
turn is refused as such (`steps/routing.py` → `other_account_data`); nothing is looked up. A name that is the
customer's own (their login's first and last name) is the customer. Logins, emails and "another customer" are
`other_accounts.py`'s."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import LANGUAGES

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "other_people.v1.yaml"
# Two capitalised words ("Leo Martin", "Fatima Müller", "Anne-Marie Roy"), case kept even where the rest of a
# pattern ignores it; never followed by a third capitalised word or a digit (a product: "Aim Analog Watch").
_NAME = (r"(?-i:(?P<name>[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?))(?=s\b|[^a-z]|$)"
         r"(?!\s*(?-i:[A-Z0-9]))")
# Cheap gate before any pattern runs: two capitalised words in a row, or a first-person possessive.
_GATE = re.compile(r"[A-ZÀ-Þ][^\W\d_]+\s+[A-ZÀ-Þ]|\b(?:[Mm]y|[Mm][ae]|[Mm]on|[Mm]es|[Mm]is?|[Mm]eine[mnrs]?)\s")
# A login written the shop's way names its holder: demo_first_last, first_last_1234.
_LOGIN = re.compile(r"(?:demo_)?([a-z]+)_([a-z]+)(?:_\d+)?")


class OtherPeopleWords(BaseModel):
    """Per language: words of account data, relations, and the patterns tying a person to that data."""

    model_config = ConfigDict(extra="forbid")
    data: dict[str, str] = Field(min_length=len(LANGUAGES))
    kin: dict[str, str] = Field(min_length=len(LANGUAGES))
    gap_stops: str
    destinations: str
    patterns: dict[str, list[str]] = Field(min_length=len(LANGUAGES))


class OtherPerson(BaseModel):
    """Whose data the turn asks about: a person by `name` ("Leo Martin"), or a `relation` ("my husband")."""

    model_config = ConfigDict(frozen=True)
    by: Literal["name", "relation"]
    said: str


@cache
def _patterns(path: Path = WORDS_FILE) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    """The word file, validated and compiled once (a malformed file fails at start-up); and the destinations."""
    words = OtherPeopleWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    gap = rf"(?:(?!(?:{words.gap_stops})\b)[\w'-]+\s+){{0,3}}?"
    compiled = []
    for language in LANGUAGES:
        for pattern in words.patterns[language]:
            filled = (pattern.replace("«NAME»", _NAME).replace("«GAP»", gap)
                      .replace("«DATA»", words.data[language]).replace("«KIN»", words.kin[language]))
            compiled.append(re.compile(filled, re.I))
    return tuple(compiled), re.compile(words.destinations, re.I)


def unaccented(text: str) -> str:
    """The text without accents, its case kept ("Fatima Müller" → "Fatima Muller", "sœur" → "soeur")."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("œ", "oe").replace("\u2019", "'"))
    return "".join(character for character in text if not unicodedata.combining(character))


def own_name(login: str | None) -> str | None:
    """The first and last name a login written the shop's way carries ("demo_leo_martin" → "leo martin")."""
    match = _LOGIN.fullmatch((login or "").lower())
    return f"{match.group(1)} {match.group(2)}" if match else None


def other_person_asked(text: str, *, own_login: str | None) -> OtherPerson | None:
    """The other person whose account data the turn asks about, by name or relation; None when there is none,
    or when the name is the customer's own."""
    if not _GATE.search(text):
        return None
    said = unaccented(text)
    patterns, destinations = _patterns()
    own = own_name(own_login)
    for pattern in patterns:
        for match in pattern.finditer(said):
            if destinations.search(said[: match.start()]):
                continue  # "ship it to my mom's address": where it goes, not whose data it is
            name = match.groupdict().get("name")
            if name is None:
                return OtherPerson(by="relation", said=match.group())
            if " ".join(fold(name).split()) != own:
                return OtherPerson(by="name", said=name)
    return None
