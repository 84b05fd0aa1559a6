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

from assistant.grounding.account_aside import CLAUSE_BREAKS
from assistant.grounding.account_questions import AccountFact
from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import LANGUAGES
from assistant.grounding.orders import order_numbers
from assistant.grounding.other_accounts import asks_another_account

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "other_people.v1.yaml"
# Two capitalised words ("Leo Martin", "Fatima Müller", "Anne-Marie Roy"), case kept even where the rest of a
# pattern ignores it; never followed by a third capitalised word or a digit (a product: "Aim Analog Watch").
_CAPITALISED = (r"(?-i:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=s\b|[^a-z]|$)"
                r"(?!\s*(?-i:[A-Z0-9]))")
# Or a known first name in any case, alone or with a last name: "Leo's", "leos", "de leo", "mia novak's"; never
# a part of an email ("chen.silva@…": whose that is, the identity step reads).
_KNOWN = (r"(?<![\w.@+-])(?:«FIRST»)(?![\w.+-]*@)(?=(?:'?s)?\b)"
          r"(?:\s+(?!(?:«FOLLOW»)\b)[a-z]+(?:-[a-z]+)?(?=(?:'?s)?\b))?")
_NAME = rf"(?P<name>{_CAPITALISED}|{_KNOWN})"
# Cheap gates before any pattern runs: two capitalised words in a row (the first no word a sentence starts with:
# "Die Hose", "The Aim"), for the patterns of a name; a word of relation, for the patterns of a relation.
_PAIR = re.compile(r"\b([A-ZÀ-Þ][^\W\d_]+)\s+[A-ZÀ-Þ][^\W\d_]")
# A login written the shop's way names its holder: demo_first_last, first_last_1234.
_LOGIN = re.compile(r"(?:demo_)?([a-z]+)_([a-z]+)(?:_\d+)?")


class OtherPeopleWords(BaseModel):
    """Per language: words of account data, relations, and the patterns tying a person to that data."""

    model_config = ConfigDict(extra="forbid")
    data: dict[str, str] = Field(min_length=len(LANGUAGES))
    kin: dict[str, str] = Field(min_length=len(LANGUAGES))
    gap_stops: str
    destinations: str
    not_first_names: list[str] = Field(min_length=1)
    first_names: list[str] = Field(min_length=1)
    name_followers: str
    destination_data: str
    patterns: dict[str, list[str]] = Field(min_length=len(LANGUAGES))
    after_refusal: dict[str, str] = Field(min_length=len(LANGUAGES))
    own_words: str
    mentioned: str
    own_ellipsis: str
    fact_words: dict[AccountFact, str] = Field(min_length=1)


class OtherPerson(BaseModel):
    """Whose data the turn asks about: a person by `name` ("Leo Martin"), or a `relation` ("my husband")."""

    model_config = ConfigDict(frozen=True)
    by: Literal["name", "relation"]
    said: str


class OtherPeopleCues(BaseModel):
    """The word file compiled: the patterns of a name, those of a relation, and the gates before them."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)
    by_name: tuple[re.Pattern[str], ...]
    by_relation: tuple[re.Pattern[str], ...]
    kin: re.Pattern[str]
    not_first_names: frozenset[str]
    first_names: re.Pattern[str]
    destinations: re.Pattern[str]
    destination_data: re.Pattern[str]
    after_refusal: re.Pattern[str]
    own_words: re.Pattern[str]
    mentioned: re.Pattern[str]
    own_ellipsis: re.Pattern[str]
    fact_words: dict[AccountFact, re.Pattern[str]]


@cache
def other_people_cues(path: Path = WORDS_FILE) -> OtherPeopleCues:
    """The word file, validated and compiled once; a malformed file fails at start-up."""
    words = OtherPeopleWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    gap = rf"(?:(?!(?:{words.gap_stops})\b)[\w'-]+\s+){{0,3}}?"
    firsts = "|".join(map(re.escape, words.first_names))
    follow = "|".join([words.name_followers, words.gap_stops, *map(re.escape, words.not_first_names)])
    name = _NAME.replace("«FIRST»", firsts).replace("«FOLLOW»", follow)

    def filled(pattern: str, language: str) -> str:
        return (pattern.replace("«NAME»", name).replace("«GAP»", gap).replace("«DATA»", words.data[language])
                .replace("«KIN»", words.kin[language]))

    by_name, by_relation = [], []
    for language in LANGUAGES:
        for pattern in words.patterns[language]:
            compiled = re.compile(filled(pattern, language), re.I)
            if "«NAME»" in pattern:
                by_name.append(compiled)
            if "«KIN»" in pattern:
                by_relation.append(compiled)
    kin = "|".join(words.kin[language] for language in LANGUAGES)
    after = "|".join(f"(?:{filled(words.after_refusal[language], language)})" for language in LANGUAGES)
    return OtherPeopleCues(by_name=tuple(by_name), by_relation=tuple(by_relation),
                           kin=re.compile(rf"\b(?:{kin})\b", re.I), not_first_names=frozenset(words.not_first_names),
                           first_names=re.compile(rf"\b(?:{firsts})(?:'?s)?\b", re.I),
                           destinations=re.compile(words.destinations, re.I),
                           destination_data=re.compile(rf"\b(?:{words.destination_data})", re.I),
                           after_refusal=re.compile(after, re.I),
                           own_words=re.compile(rf"\b(?:{words.own_words})\b", re.I),
                           mentioned=re.compile(words.mentioned.replace("«KIN»", kin), re.I),
                           own_ellipsis=re.compile(words.own_ellipsis, re.I),
                           fact_words={fact: re.compile(rf"\b(?:{said})\b", re.I)
                                       for fact, said in words.fact_words.items()})


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


def _is_own(name: str, own: str | None) -> bool:
    """A name that is the customer's: their first and last name, or their first name alone ("mia" for Mia Novak)."""
    said = " ".join(fold(name).split())
    return own is not None and (said == own or said == own.split()[0])


def other_person_asked(text: str, *, own_login: str | None) -> OtherPerson | None:
    """The other person whose account data the turn asks about, by name or relation, or with a pronoun after a
    clause that named them ("Je suis l'épouse de Leo Martin, … ses commandes ?"); None when there is none, or when
    the name is the customer's own."""
    person = _asked_by_words(text, own_login=own_login)
    if person is not None:
        return person
    return next((OtherPerson(by="relation", said=clause) for clause, how in clauses_about_them(text, own_login)
                 if how == "pronoun"), None)


def _asked_by_words(text: str, *, own_login: str | None) -> OtherPerson | None:
    """The person the word file's patterns read as the one whose data is asked."""
    cues = other_people_cues()
    said = unaccented(text)
    named = (any(first.lower() not in cues.not_first_names for first in _PAIR.findall(text))
             or cues.first_names.search(said) is not None)
    related = cues.kin.search(said) is not None
    if not (named or related):
        return None
    own = own_name(own_login)
    patterns = (cues.by_name if named else ()) + (cues.by_relation if related else ())
    for pattern in dict.fromkeys(patterns):
        for match in pattern.finditer(said):
            if cues.destinations.search(said[: match.start()]) and cues.destination_data.search(match.group()):
                continue  # "ship it to my mom's address": where it goes, not whose data it is
            name = match.groupdict().get("name")
            if name is None:
                return OtherPerson(by="relation", said=match.group())
            if not _is_own(name, own):
                return OtherPerson(by="name", said=name)
    return None


def asks_them_again(text: str) -> bool:
    """The words ask someone's data with a pronoun and none of the customer's own words ("how much is on his gift
    card then?", "et sa carte cadeau ?", "¿y su saldo?", "und ihr Guthaben?"): right after a refusal of another
    person's data, that person's again (fresh18 F7); "and my own gift card?" is the customer's."""
    cues = other_people_cues()
    said = unaccented(text)
    return cues.after_refusal.search(said) is not None and cues.own_words.search(said) is None


def clauses_about_them(text: str, own_login: str | None) -> list[tuple[str, str | None]]:
    """Each clause of the message and how it is about another person, None where it is not: "words" (it asks
    their data by name, login or relation), "pronoun" (it asks data with a pronoun after a clause that named a
    person of the customer's: "Meine Frau Anna hat auch bei euch bestellt, wo ist ihr Paket?", fresh20 F7) or
    "named" (that naming clause, when such a pronoun clause follows it). An order number typed with no word of the
    customer's own may be the order the pronoun means ("I bought a gift for my mum, order #D9000002, where is her
    order?"): then no pronoun is read as theirs, and the order step checks whose the order is."""
    cues = other_people_cues()
    clauses = [clause.strip() for clause in CLAUSE_BREAKS.split(text) if clause and clause.strip(" ,;.")]
    how: list[str | None] = [
        "words" if asks_another_account(clause, own_login=own_login)
        or _asked_by_words(clause, own_login=own_login) is not None else None for clause in clauses]
    if any(order_numbers(clause) and not cues.own_words.search(unaccented(clause)) for clause in clauses):
        return list(zip(clauses, how, strict=True))
    named = None
    for position, clause in enumerate(clauses):
        if how[position] is None and named is not None and asks_them_again(clause) and not _where_it_goes(
                clauses[named], clause):
            how[position] = "pronoun"
            for between in range(named, position):  # "ma sœur commande | aussi chez vous | où en est son colis ?"
                if how[between] is None and (between == named or not cues.own_words.search(unaccented(
                        clauses[between]))) and not order_numbers(clauses[between]):
                    how[between] = "named"
        if mentions_another_person(clause, own_login=own_login):
            named = position
    return list(zip(clauses, how, strict=True))


def _where_it_goes(naming: str, asking: str) -> bool:
    """"send it to my sister, her address is 5 Main St …": an address given, or asked of a person named as where
    something goes, is no question about their data (the word file's `destinations`, as in `other_person_asked`)."""
    cues = other_people_cues()
    asked, said = unaccented(asking), unaccented(naming)
    if not cues.destination_data.search(asked):
        return False
    mention = cues.mentioned.search(said)
    return any(character.isdigit() for character in asked) or (
        mention is not None and cues.destinations.search(said[: mention.start()]) is not None)


def names_someone_else(text: str, own_login: str | None) -> bool:
    """Whether the words ask about another person's account data, by login, email words, name or relation: such a
    message is read whole (never split into side questions a part of which would be answered with the asker's own
    data: v15's "Isabella Taylor's gift card? she's a friend" got the asker's balance)."""
    return (asks_another_account(text, own_login=own_login)
            or other_person_asked(text, own_login=own_login) is not None)


def mentions_another_person(text: str, *, own_login: str | None) -> bool:
    """The words name a person of the customer's, by relation or by a first name not their own ("my friend Sophie
    shops here as well", "ma copine Camille", "mein Mann"): a pronoun asking data in the next message is that
    person's (relative-data-20)."""
    cues = other_people_cues()
    said = unaccented(text)
    if cues.mentioned.search(said):
        return True
    own = own_name(own_login)
    firsts = [fold(found).removesuffix("'s") for found in cues.first_names.findall(said)]
    return any(not _is_own(first, own) and not _is_own(first.removesuffix("s"), own) for first in firsts)


def asks_own_instead(text: str) -> bool:
    """"and mine?" in the customer's words ("and how much is left on mine?", "et sur la mienne ?", "¿y a mí cuánto
    me queda?", "und auf meiner?"): right after a refusal of another person's data, the same data, their own."""
    return other_people_cues().own_ellipsis.search(unaccented(text)) is not None


def fact_named(text: str) -> AccountFact | None:
    """The account fact the words name, the first of the word file's order ("… su tarjeta regalo" → the gift card)."""
    said = unaccented(text)
    return next((fact for fact, words in other_people_cues().fact_words.items() if words.search(said)), None)
