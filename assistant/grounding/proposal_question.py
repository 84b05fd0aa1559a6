"""What a message asks about a write waiting for the customer's yes, read in code for every model backend.

While a proposal waits ("To confirm: replace your desk lamp…?"), customers ask about it before they answer, mostly
typed casually and often without a question mark: "how much more is that", "ça fait combien en plus", "y eso
cuánto es", "was kostet das dann", "wait which card", "and when does it arrive", "is the refund the full amount".
This reader says which of the proposal's facts such a message asks for (its amount, the payment method, how long a
refund takes, where the order is), so that the reply answers from the data and asks the proposal again.

A message asks something when it has a question mark, a question word anywhere, or starts like a question; a
message without any of these asks too when it names one of the facts and nothing else an answer would hold
("me devuelven todo", "c'est le montant total qui est remboursé"). The vocabulary is data:
`prompts/proposal_questions.v1.yaml`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

from assistant.grounding.lexicon import phrase_pattern

VOCABULARY = Path(__file__).resolve().parents[2] / "prompts" / "proposal_questions.v1.yaml"
Fact = Literal["amount", "method", "timing", "status", "items", "process"]
# A fact's words may hold another's ("how long until I get the money back" names the money and its timing): every
# fact named is found, and `_answered` says which lines answer them.
ORDER: tuple[Fact, ...] = ("process", "timing", "status", "method", "amount", "items")
MAX_CHARACTERS = 200


class Vocabulary(BaseModel):
    """The phrases of `prompts/proposal_questions.v1.yaml`, all four languages together."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    question_words: list[str]
    question_openings: list[str]
    openers: list[str]
    topics: dict[Fact, list[str]]
    change_of_mind: list[str]
    conjunctions: list[str]


class ProposalQuestion(BaseModel):
    """The facts a message asks about the proposal, in the order they are answered; `cued`: the message is a
    question by its form (question mark, question word, question opening, question tag), not only by naming a
    fact; `led_by_conjunction`: it starts with "and", "y", "et", "und" (a statement-form question that goes on
    from the proposal)."""

    model_config = ConfigDict(frozen=True)

    facts: list[Fact]
    cued: bool
    led_by_conjunction: bool = False


def plain(text: str) -> str:
    """Lowercase, without accents, straight apostrophes and dashes as spaces ("Ça coûte" → "ca coute")."""
    decomposed = unicodedata.normalize("NFKD", text.replace("…", "\0"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\u2018\u2019\u02bc`´]", "'", bare).replace("-", " ").replace("\0", "…").lower()


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    words = Vocabulary.model_validate(yaml.safe_load(VOCABULARY.read_text("utf-8")))
    found = {name: phrase_pattern([plain(p) for p in phrases]) for name, phrases in (
        ("question_words", words.question_words), ("change_of_mind", words.change_of_mind))}
    openers = "|".join(re.escape(plain(p)) for p in sorted(words.openers, key=len, reverse=True))
    openings = "|".join(re.escape(plain(p)) for p in sorted(words.question_openings, key=len, reverse=True))
    conjunctions = "|".join(re.escape(plain(p)) for p in words.conjunctions)
    found["conjunction"] = re.compile(rf"^\W*(?:{conjunctions})\b")
    # an opening set apart by a comma is no question's first word: "sale, y me mandas…" opens with a yes
    found["opening"] = re.compile(rf"^\W*(?:(?:{openers})\b\W*)*(?:{openings})(?![\w']|\s*,)")
    for fact in ORDER:
        found[fact] = phrase_pattern([plain(p) for p in words.topics[fact]])
    return found


def has_question_word(text: str) -> bool:
    """A question word or tag anywhere ("how", "quand", "cuánto", "wann", "ou pas"), whatever it asks about."""
    return bool(_patterns()["question_words"].search(plain(text)))


def says_change_of_mind(text: str) -> bool:
    """"rather", "plutôt", "mejor", "lieber": the message turns to something else than what was under way."""
    return bool(_patterns()["change_of_mind"].search(plain(text)))


def _facts(text: str) -> list[Fact]:
    patterns = _patterns()
    return [fact for fact in ORDER if patterns[fact].search(text)]


def read_proposal_question(text: str) -> ProposalQuestion | None:
    """The facts the message asks about a proposal waiting for a yes; None when it asks none of them (a yes, a no,
    a hedge, another request, or a question about something else)."""
    if not text.strip() or len(text) > MAX_CHARACTERS:
        return None
    bare = plain(text)
    patterns = _patterns()
    if patterns["change_of_mind"].search(bare):
        return None
    facts = _facts(bare)
    if not facts:
        return None
    cued = "?" in text or bool(patterns["question_words"].search(bare) or patterns["opening"].search(bare))
    return ProposalQuestion(facts=_answered(facts), cued=cued,
                            led_by_conjunction=bool(patterns["conjunction"].search(bare)))


def _answered(facts: list[Fact]) -> list[Fact]:
    """The facts to answer: the amount and the method are said together (one line says both), a refund's timing
    after them ("how long until I get the money back": how much, where, and when); the status alone."""
    if "process" in facts and "items" not in facts:  # "what happens then? do I send something back?": how it goes on
        return ["process"]
    if "items" in facts:  # "and what happens to the other items": what the write takes, with any money asked
        return [*(fact for fact in ("amount", "method") if fact in facts), "items"]
    if "timing" in facts:
        return ["amount", "timing"]
    if "status" in facts and "amount" not in facts and "method" not in facts:
        return ["status"]
    return [fact for fact in ("amount", "method") if fact in facts] or facts[:1]
