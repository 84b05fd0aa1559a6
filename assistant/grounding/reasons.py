"""What a customer's words say about their request beyond its intent: a cancellation's reason and which part
of a pending order they want changed, in the four reply languages."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal, cast

import yaml

from assistant.grounding.last_reading import keeps_last_reading
from assistant.grounding.lexicon import lexicon

CancelReason = Literal["no longer needed", "ordered by mistake"]
Modification = Literal["address", "payment", "items"]


# Up to this many characters between a negation and a need word ("brauche die Sachen nicht mehr").
NEAR = 30
_CONTRACTED_NOT = re.compile(r"n't\b|n’t\b", re.I)


SLIPS = Path(__file__).resolve().parents[2] / "prompts" / "reason_slips.v1.yaml"
# A word this long or longer in a reason phrase is still read with one letter typed wrong ("mitsake", "vereshen").
TYPO_LENGTH = 6


@keeps_last_reading  # asked of the same message by the resolver's slots and the cancel reading
def read_cancel_reason(text: str) -> CancelReason | None:
    """"ordered by mistake" or "no longer needed" when the words give one ("ich brauche sie nicht mehr"), typed
    with one slip in a long word too ("ordered it by mitsake", "aus vereshen bestellt")."""
    for reason, pattern in lexicon().grouped["cancel_reasons"].items():
        if pattern.search(text):
            return cast(CancelReason, reason)
    if _negated_need(text):
        return "no longer needed"
    return _reason_with_a_slip(text)


@cache
def _slip_words() -> dict[str, set[str]]:
    table = yaml.safe_load(SLIPS.read_text("utf-8"))
    return {reason: {word.lower() for word in words} for reason, words in table.items()}


@cache
def _slip_words_by_length() -> dict[str, dict[int, set[str]]]:
    """`_slip_words` by word length: one slip changes the length by one letter at most."""
    table: dict[str, dict[int, set[str]]] = {}
    for reason, words in _slip_words().items():
        for word in words:
            table.setdefault(reason, {}).setdefault(len(word), set()).add(word)
    return table


def _reason_with_a_slip(text: str) -> CancelReason | None:
    """The reason one of whose distinctive words (`prompts/reason_slips.v1.yaml`) the text holds with one letter
    swapped, missing, extra or changed."""
    said = {word for word in re.findall(r"\w+", text.lower()) if len(word) >= TYPO_LENGTH}
    for reason, by_length in _slip_words_by_length().items():
        if any(one_slip(typed, word) for typed in said for length in (len(typed) - 1, len(typed), len(typed) + 1)
               for word in by_length.get(length, ())):
            return cast(CancelReason, reason)
    return None


def one_slip(typed: str, word: str) -> bool:
    """`typed` is `word` with one adjacent pair swapped, or one letter missing, added or changed."""
    if abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and typed[diff[0]] == word[diff[1]] and typed[diff[1]] == word[diff[0]])
    short, long_ = sorted((typed, word), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _negated_need(text: str) -> bool:
    words = lexicon().patterns
    negations = [m.span() for m in words["need_negations"].finditer(text)]
    negations += [m.span() for m in _CONTRACTED_NOT.finditer(text)]
    return any(abs(need.start() - end) <= NEAR or abs(start - need.end()) <= NEAR
               for need in words["need_words"].finditer(text) for start, end in negations)


def read_modification(text: str) -> Modification | None:
    """The part of a pending order the words change ("cambiar la dirección" → address). A method named for a
    difference ("…a 4K? la diferencia con paypal") pays the change, it is no payment change."""
    for part, pattern in lexicon().grouped["modifications"].items():
        if pattern.search(_without_difference_method(text) if part == "payment" else text):
            return cast(Modification, part)
    return None


def _without_difference_method(text: str) -> str:
    """`text` less each difference word and the payment method named right after it ("the difference on paypal")."""
    words = lexicon()
    for found in list(words.patterns["difference_words"].finditer(text))[::-1]:
        after = text[found.end():found.end() + NEAR]
        methods = [m for pattern in words.grouped["payment_kinds"].values() if (m := pattern.search(after))]
        if methods:
            end = found.end() + max(m.end() for m in methods)
            text = text[:found.start()] + " " + text[end:]
    return text
