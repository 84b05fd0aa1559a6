"""Words for a kind of product typed with one slip ("chauqetas", "jakcet", "pantalosn"): two letters swapped, one
left out, one too many or one wrong. Read as the word meant when exactly one word of the lexicons is that close,
and only when the typed word is no word the shop's own prompts and word lists use ("thanks" is one slip from
"tanks", "goodies" from "hoodies": words, not slips)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from assistant.grounding.catalog_lexicon import fold

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
MIN_SLIPPED = 6  # shorter words are too close to other words to be corrected safely
_TOKEN = re.compile(r"[a-z]+")


def one_slip(typed: str, word: str) -> bool:
    """`typed` is `word` with one letter wrong, added or left out, or two neighbouring letters swapped."""
    if typed == word or abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) == len(word):
        diffs = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        swapped = len(diffs) == 2 and diffs[1] == diffs[0] + 1 and typed[diffs[0]] == word[diffs[1]] and (
            typed[diffs[1]] == word[diffs[0]])
        return len(diffs) == 1 or swapped
    shorter, longer = sorted((typed, word), key=len)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


def respell(folded: str, known: frozenset[str]) -> str:
    """`folded` (lower case, no accents) with each long unknown word that is one slip from exactly one `known`
    word replaced by it; every other word is left as typed."""

    def corrected(match: re.Match[str]) -> str:
        typed = match.group(0)
        if len(typed) < MIN_SLIPPED or typed in known or typed in words_in_use():
            return typed
        by_length = _by_length(known)
        close = {word for size in (len(typed) - 1, len(typed), len(typed) + 1) for word in by_length.get(size, ())
                 if one_slip(typed, word)}
        return close.pop() if len(close) == 1 else typed

    return _TOKEN.sub(corrected, folded)


@lru_cache(maxsize=8)
def _by_length(known: frozenset[str]) -> dict[int, tuple[str, ...]]:
    """The `known` words a slip may be corrected to (long enough), by length: a typed word is compared only with
    words one letter shorter, as long or one longer (the others are never one slip away). `known` is one of the
    readers' fixed word sets, so this is built once per set."""
    by_length: dict[int, list[str]] = {}
    for word in known:
        if len(word) >= MIN_SLIPPED - 1:
            by_length.setdefault(len(word), []).append(word)
    return {size: tuple(words) for size, words in by_length.items()}


@cache
def words_in_use(directory: Path = PROMPTS) -> frozenset[str]:
    """Every word of the prompts, templates and word lists in four languages (folded): real words, never slips."""
    return frozenset(word for path in sorted(directory.rglob("*")) if path.suffix in {".yaml", ".md"}
                     for word in _TOKEN.findall(fold(path.read_text(encoding="utf-8"))))
