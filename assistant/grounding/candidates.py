"""The customer's answer to a question with a known set of candidates (which order, which item, which new option,
which payment method), read against those candidates first: by position in the list shown ("the second one",
"la dernière", "el de arriba", "die erste"), by digits of its number ("the one ending in 578", "la 9182"), by what
it holds or is in the customer's language ("celle avec le sac à dos", "el eléctrico"), by its status ("the one not
shipped yet") or its price ("the cheaper one", "die teurere"). Shared by every model backend: the model proposes,
this reads against the data.

The result is one candidate, or those that still fit (several: the question is asked again naming them, never a
guess), or nothing said about them (the turn is read as usual). The vocabulary is data:
`prompts/candidate_words.vN.yaml`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.items import item_scores
from assistant.grounding.lexicon import PROMPTS, lexicon, phrase_pattern

WORDS_FILE = PROMPTS / "candidate_words.v1.yaml"
# Digits quoted from a candidate's number: at least this many ("578" of #W1129578, "9182" of a card).
MIN_DIGITS = 2
# A word of the answer and a word of a candidate's description are the same word across languages when they share
# this many first letters ("electrico" / "electric", "digitalkamera" / "digital").
COGNATE_PREFIX = 6
_TOKEN = re.compile(r"[a-z0-9]+")


class Candidate(BaseModel):
    """One thing the question offered: its key (order id, item id, variant id, payment method id) and what the
    customer may say of it."""

    model_config = ConfigDict(extra="forbid")

    key: str
    names: list[str] = []  # product names it is or holds (read through the item nouns of four languages)
    words: str = ""  # other words describing it (options, brand, kind), matched as they are or as cognates
    number: str = ""  # digits that identify it (an order number, a card's last four)
    price_cents: int | None = None
    status: str | None = None
    size: str = ""  # an item's size, for "the bigger of the two" among items of one product


class CandidateReading(BaseModel):
    """What the answer says of the candidates: `chosen` when exactly one fits; `fitting` the keys still fitting
    when the words narrowed them to several; `said` whether the answer referred to them at all."""

    chosen: str | None = None
    fitting: list[str] = []
    said: bool = False
    by: list[str] = []  # what singled them out: "position", "amount", "digits", "words", "status", "price"


class _Words(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    positions: dict[int, list[str]]
    cheapest: list[str]
    dearest: list[str]
    statuses: dict[str, list[str]]
    fillers: list[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words.model_validate(yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    words = _words()
    patterns = {f"position:{index}": phrase_pattern(phrases) for index, phrases in words.positions.items()}
    patterns["cheapest"], patterns["dearest"] = phrase_pattern(words.cheapest), phrase_pattern(words.dearest)
    for status, phrases in words.statuses.items():
        patterns[f"status:{status}"] = phrase_pattern(phrases)
    return patterns


def _longest(folded: str, prefix: str) -> str | None:
    """The name of the `prefix` pattern whose phrase is the longest found in the text (None when none is)."""
    found = [(len(m.group(0)), name) for name, pattern in _patterns().items() if name.startswith(prefix)
             for m in pattern.finditer(folded)]
    return max(found)[1] if found else None


def _position(folded: str, count: int) -> int | None:
    """The 0-based index of the candidate named by its place in the list, when the words say one."""
    name = _longest(folded, "position:")
    if name is None:
        return None
    index = int(name.split(":")[1])
    index = index - 1 if index > 0 else count + index
    return index if 0 <= index < count else None


def _by_digits(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    runs = [run for run in re.findall(r"\d+", folded) if len(run) >= MIN_DIGITS]
    return [c for c in candidates if c.number and any(c.number.endswith(run) or (len(run) >= 3 and run in c.number)
                                                     for run in runs)]


# An amount as written: "259.03", "466,47", "$1,234.50", "1 234,56 €", "259".
_AMOUNT = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ ,.]\d{3})*|\d+)(?:[.,](\d{2}))?(?![\w.,]*\d)")


def _amounts_cents(folded: str) -> set[int]:
    """The sums of money the words may say, in cents (whole units as said, cents when written)."""
    found: set[int] = set()
    for whole, cents in _AMOUNT.findall(folded):
        units = int(re.sub(r"[ ,.]", "", whole))
        found.add(units * 100 + int(cents or 0))
    return found


def _by_amount(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """"the one for 259.03", "celle de 466,47", "die über 1.065,93": a candidate's total to the cent, or its whole
    units ("the $259 one") when that fits one only."""
    said = _amounts_cents(folded)
    exact = [c for c in candidates if c.price_cents is not None and c.price_cents in said]
    if exact:
        return exact
    whole = [c for c in candidates if c.price_cents is not None and c.price_cents // 100 * 100 in said]
    return whole if len(whole) == 1 else []


def _by_status(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    name = _longest(folded, "status:")
    if name is None or len({c.status for c in candidates}) < 2:
        return []
    wanted = name.split(":")[1]
    return [c for c in candidates if (c.status or "").startswith(wanted)]


def _by_price(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    priced = [c for c in candidates if c.price_cents is not None]
    cheap, dear = _patterns()["cheapest"].search(folded), _patterns()["dearest"].search(folded)
    if len(priced) < 2 or bool(cheap) == bool(dear):
        return []
    # "moins cher" holds "cher": the longer phrase is the one said
    lowest = cheap is not None and (dear is None or len(cheap.group(0)) >= len(dear.group(0)))
    best = min if lowest else max
    target = best(c.price_cents for c in priced)  # type: ignore[type-var]
    return [c for c in priced if c.price_cents == target]


def filler_words() -> frozenset[str]:
    """Words that say nothing about which candidate or detail is meant ("the one with", "celle avec", "die mit")."""
    return frozenset(_words().fillers)


def words_of(text: str) -> list[str]:
    """The folded words of a text, as candidates are read."""
    return _TOKEN.findall(fold(text))


def _tokens(text: str) -> set[str]:
    return {t for t in words_of(text) if len(t) >= 3 and t not in filler_words()}


def shares_a_cognate(word: str, described: set[str]) -> bool:
    """The word and one of `described` begin alike enough to be the same word in two languages."""
    return len(word) >= COGNATE_PREFIX and any(len(d) >= COGNATE_PREFIX and word[:COGNATE_PREFIX] == d[:COGNATE_PREFIX]
                                               for d in described)


def _word_score(said: set[str], text: str, candidate: Candidate) -> float:
    items = [{"item_id": str(i), "name": name} for i, name in enumerate(candidate.names)]
    by_name = max(item_scores(text, items).values(), default=0.0)
    described = _tokens(" ".join([*candidate.names, candidate.words]))
    same = said & described
    cognates = {w for w in said - same if shares_a_cognate(w, described)}
    return by_name + len(same) + len(cognates) + len(_colours_described(said - same - cognates, described))


def _colours_described(said: set[str], described: set[str]) -> set[str]:
    """The colours said that the candidate's words spell another way ("das graue": gray, of an item listed "grey")."""
    patterns = {colour.lower(): pattern for colour, pattern in lexicon().grouped["colours"].items()}
    return {c for c in said if c in patterns and any(patterns[c].fullmatch(word) for word in described)}


def colours_said(text: str) -> set[str]:
    """The colours the words name, as the data writes them ("das schwarze", "la negra", "les noires": black); none
    when they wish for a colour ("die Maus, hätte sie lieber in schwarz" names the mouse, not the black item)."""
    if lexicon().patterns["variant_wishes"].search(text):
        return set()
    return {colour.lower() for colour, pattern in lexicon().grouped["colours"].items() if pattern.search(text)}


def _by_words(text: str, candidates: list[Candidate]) -> list[Candidate]:
    said = _tokens(text) | colours_said(text)
    if not said:
        return []
    scores = {c.key: _word_score(said, text, c) for c in candidates}
    best = max(scores.values(), default=0.0)
    return [c for c in candidates if best and scores[c.key] == best]


def read_answer(text: str, candidates: list[Candidate]) -> CandidateReading:
    """The candidate(s) the answer names. A position counts in the list as shown; digits, words, status and price
    narrow the candidates in turn (each only when it fits some), and the price words last, among what is left."""
    if not candidates or not text.strip():
        return CandidateReading()
    folded = fold(text)
    index = _position(folded, len(candidates))
    if index is not None and not _by_price(folded, candidates):
        return CandidateReading(chosen=candidates[index].key, fitting=[candidates[index].key], said=True,
                                by=["position"])
    fitting, by = list(candidates), []
    narrowers = {"amount": lambda cs: _by_amount(folded, cs),
                 "digits": lambda cs: _by_digits(folded, cs), "words": lambda cs: _by_words(text, cs),
                 "status": lambda cs: _by_status(folded, cs), "price": lambda cs: _by_price(folded, cs)}
    for name, narrow in narrowers.items():
        narrowed = narrow(fitting)
        if narrowed and len(narrowed) < len(fitting) or (narrowed and len(fitting) == 1):
            fitting = narrowed
            by.append(name)
    if not by:
        return CandidateReading()
    keys = [c.key for c in fitting]
    return CandidateReading(chosen=keys[0] if len(keys) == 1 else None, fitting=keys, said=True, by=by)


def candidates_of(dumped: list[dict[str, Any]]) -> list[Candidate]:
    """Candidates kept in the conversation state (plain dicts) as models."""
    return [Candidate.model_validate(c) for c in dumped]
