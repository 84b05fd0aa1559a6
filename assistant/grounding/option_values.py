"""Option values read by their words against one product's own values, in any of the four languages: "linear
switches" / "switches lineales" / "linearen Schaltern" name "linear", "filtro hepa" names "HEPA filter", "mode nuit"
names "night mode", and "sin lo de pelo de mascota" rules "pet hair removal" out. A value is named when most of its
words are said — as the catalog writes them, by a word sharing their stem, or by a customer's word of
`prompts/option_value_words.vN.yaml` — so nothing here knows a product: the product's values are the vocabulary."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from pydantic import BaseModel, ConfigDict

# Values are read with German umlauts typed as two letters read as one ("konnektivitaet", "groesser").
from assistant.grounding.catalog_lexicon import fold_german as fold
from assistant.grounding.lexicon import PROMPTS
from assistant.models.prompts import PromptLibrary

_TOKEN = re.compile(r"[a-z0-9]+")
STEM = 4  # letters a word shares with a catalog word to say it ("lineales" for linear, "automatique")
STEM_SLACK = 2  # letters the shorter word may have beyond the shared stem ("manuel", "manual")
TYPO_LENGTH = 7  # words this long are read with one letter wrong
INFLECTED = 6  # a customer's word this long is also read with an ending ("wasserdicht|es", "étanche|s")
COMPOUND_HEAD = 4  # letters of the noun a value word heads in a German compound ("kapsel|maschine")
DISTINCT = 5  # a catalog word this long, in one value only of an option, names that value by itself ("acero")
NEGATION_REACH = 5  # words between "sin"/"without"/"ohne" and the value it rules out
# Values that are a bare yes ("water resistance: yes"): the customer's "yes, the gift card" answers a question and
# names no such value.
ANSWER_WORDS = frozenset({"yes", "true", "oui", "si", "ja"})


class ValueWords(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    words: dict[str, list[str]]
    negations: list[str]
    preferences: list[str]
    versions: list[str] = []
    alone: list[str] = []
    others: list[str] = []
    compound_heads: list[str] = []
    endings: list[str] = []

    @cached_property
    def said_as(self) -> dict[str, re.Pattern[str]]:
        """Catalog word → the pattern of the customers' words for it (folded text): inflected ("kabellose",
        "inalámbricas"), or heading a German compound ("Kapselmaschine")."""
        return {fold(word): re.compile(r"(?<![a-z0-9])(?:" + _alternation(self.inflected(words))
                                       + r")(?:" + self.compound_tail + r")?(?![a-z0-9])")
                for word, words in self.words.items()}

    def inflected(self, words: list[str]) -> list[str]:
        """`words` and their inflected forms (folded), the longest first."""
        return sorted({fold(form) for form in self.with_endings(words)}, key=len, reverse=True)

    def with_endings(self, phrases: list[str]) -> list[str]:
        """`phrases` and their forms with an ending on the last word: each ending after a word of INFLECTED letters
        or more, and a Spanish -o/-a word with the other vowel and their plurals ("wasserdichtes", "étanches",
        "inalámbricas")."""
        forms = set(phrases)
        for phrase in phrases:
            last = phrase.rsplit(" ", 1)[-1]
            if len(last) < INFLECTED or not last[-1].isalpha():
                continue
            forms.update(phrase + ending for ending in self.endings)
            if last[-1] in "oa":
                forms.update(phrase[:-1] + ending for ending in ("o", "a", "os", "as"))
        return sorted(forms)

    @cached_property
    def compound_tail(self) -> str:
        """What may follow a value word inside one German word: a linking s/n/en, then a compound head or a version
        noun ("kapsel|maschine", "edelstahl|flasche", "wasserdicht|modell"), or the head written after a hyphen
        ("Tier-Motiv", "Kapsel-Maschine"); never any item noun: a "Fleecejacke" is a kind of jacket, no fleece
        asked for."""
        heads = _alternation(sorted({fold(w) for w in [*self.compound_heads, *self.versions]
                                     if " " not in w and len(fold(w)) >= COMPOUND_HEAD}, key=len, reverse=True))
        return r"(?:(?:s|n|en)?|-)(?:" + heads + r")"

    @cached_property
    def negation(self) -> frozenset[str]:
        return frozenset(fold(word) for word in self.negations)

    @cached_property
    def version(self) -> re.Pattern[str]:
        return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(fold(w)) for w in self.versions) + r")(?![a-z])")

    @cached_property
    def said_alone(self) -> re.Pattern[str]:
        """The catalog words that name a value by themselves, and the customers' words for them, inflected or
        heading a compound (folded text)."""
        words = self.inflected([w for word in self.alone for w in [word, *self.words.get(word, [])]])
        return re.compile(r"(?<![a-z0-9])(?:" + _alternation(words) + r")(?:" + self.compound_tail
                          + r")?(?![a-z0-9])")

    @cached_property
    def other_versions(self) -> re.Pattern[str]:
        return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(fold(w)) for w in self.others) + r")(?![a-z])")

    @cached_property
    def preference(self) -> re.Pattern[str]:
        return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(fold(w)) for w in self.preferences) + r")(?![a-z])")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=1)
def value_words() -> ValueWords:
    return ValueWords.model_validate(PromptLibrary(PROMPTS).get("option_value_words").data())


def _same_stem(said: str, word: str) -> bool:
    if said == word:
        return True
    if min(len(said), len(word)) < STEM or said.isdigit() or word.isdigit():
        return False
    shared = 0
    for a, b in zip(said, word, strict=False):
        if a != b:
            break
        shared += 1
    if shared >= STEM and shared >= min(len(said), len(word)) - STEM_SLACK:
        return True
    # a letter typed wrong, left out or doubled in a long word ("rechargable", "automatc")
    return shared >= STEM and min(len(said), len(word)) >= TYPO_LENGTH and _one_edit(said, word)


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return a[i + (len(a) == len(b)):] == b[i + 1:]
    return True


def _spans(word: str, text: str, tokens: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Where a catalog word is said in the folded text: itself, a word of its stem, or a customer's word for it."""
    found = [t.span() for t in tokens if _same_stem(t.group(0), word)]
    pattern = value_words().said_as.get(word)
    if pattern is not None:
        found.extend(m.span() for m in pattern.finditer(text))
    return found


def _words_of(value: str) -> list[str]:
    # a word of one or two letters is read only with a digit in it ("4K"): "s" of "it's" is no size S
    return [word for word in _TOKEN.findall(fold(value)) if len(word) > 2 or re.search(r"\d", word)]


def _mentions(value: str, text: str, tokens: list[re.Match[str]],
              distinct: frozenset[str] = frozenset()) -> list[tuple[int, int]] | None:
    """The spans saying most of the value's words, or one of its `distinct` words (said in no other value of the
    option: "la de acero" for "stainless steel" beside glass and plastic); None when the words do not name it."""
    words = _words_of(value)
    if not words or set(words) <= ANSWER_WORDS:
        return None
    spans = {word: _spans(word, text, tokens) for word in words}
    said = [word for word in words if spans[word]]
    if len(said) * 2 <= len(words) and not distinct & set(said):
        return None
    return sorted(span for word in said for span in spans[word])


def _distinct_words(values: list[str]) -> frozenset[str]:
    """The long words of these values that only one of them has and that name a value alone (`alone`: "steel" of
    stainless steel beside glass and plastic; never "filter" of HEPA filter)."""
    counted = [word for value in values for word in set(_words_of(value))]
    alone = {fold(word) for word in value_words().alone}  # a material or kind, never a head noun ("filter")
    return frozenset(word for word in counted if counted.count(word) == 1 and len(word) >= DISTINCT
                     and word in alone)


def _ruled_out(text: str, start: int) -> bool:
    """A negation a few words before `start`, in the same clause: "sin lo de pelo de mascota", "ohne die"."""
    clause = re.split(r"[,.;:!?]", text[:start])[-1]
    return any(word in value_words().negation for word in _TOKEN.findall(clause)[-NEGATION_REACH:])


def read_values(values: list[str], text: str) -> tuple[list[str], set[str]]:
    """The product's values of one option the words name (in the order said) and those they rule out."""
    folded = fold(text)
    tokens = list(_TOKEN.finditer(folded))
    named: list[tuple[int, str]] = []
    ruled: set[str] = set()
    distinct = _distinct_words(values) if len(values) > 1 else frozenset()
    for value in values:
        spans = _mentions(value, folded, tokens, distinct)
        if spans is None:
            continue
        if _ruled_out(folded, spans[0][0]):
            ruled.add(value)
        else:
            named.append((spans[0][0], value))
    # a value inside a longer one said ("gold" in "rose gold") is not said by itself
    kept = [value for _, value in sorted(named)
            if not any(value != other and fold(value) in fold(other) for _, other in named)]
    return kept, ruled


def names_a_value_alone(text: str) -> bool:
    """A word that names an option value by itself ("en bois", "aus Urethan", "de acero inoxidable", "RGB")."""
    return value_words().said_alone.search(fold(text)) is not None


def asks_other_versions(text: str) -> bool:
    """A question for the other versions of something ("what other options", "welche anderen Varianten")."""
    return value_words().other_versions.search(fold(text)) is not None


def names_a_version(text: str) -> bool:
    """A noun naming another version of a product ("version", "modèle", "Variante", "modelo")."""
    return value_words().version.search(fold(text)) is not None


def prefers(text: str) -> bool:
    """A word preferring another version ("mejor", "plutôt", "lieber", "rather")."""
    return value_words().preference.search(fold(text)) is not None
