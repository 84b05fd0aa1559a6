"""The customer vocabulary grounding reads (`prompts/grounding_lexicon.vN.yaml`, and the product kinds of
`prompts/item_nouns.vN.yaml`), validated once at load."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from assistant.models.prompts import PromptLibrary
from tools.money import format_money

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
LANGUAGES = ("en", "fr", "es", "de")


def require_every_language(words: BaseModel, tables: tuple[str, ...], what: str) -> None:
    """Each per-language table of a word file has all four languages, or the file is refused when loaded."""
    for table in tables:
        missing = set(LANGUAGES) - getattr(words, table).keys()
        if missing:
            raise ValueError(f"{what}: {table} lacks {sorted(missing)}")


def any_language_pattern(entries: dict[str, list[str]]) -> re.Pattern[str]:
    """A word file's regex entries of every language (keyed by language code) as one alternation."""
    return re.compile("|".join(f"(?:{entry})" for language in LANGUAGES for entry in entries[language]))


Topic = TypeVar("Topic", bound=str)


@dataclass(frozen=True)
class TopicCues(Generic[Topic]):
    """A question word file compiled: per topic, the question in any language (in the file's order); `besides`, the
    words that make a turn something other than such a question (a request, a change)."""

    asks: dict[Topic, re.Pattern[str]]
    besides: re.Pattern[str]


def topic_cues(asks: Mapping[Topic, dict[str, list[str]]], besides: dict[str, list[str]]) -> TopicCues[Topic]:
    return TopicCues(asks={topic: any_language_pattern(entries) for topic, entries in asks.items()},
                     besides=any_language_pattern(besides))


def phrase_pattern(phrases: list[str], accents_optional: bool = False) -> re.Pattern[str]:
    """Any of `phrases` on word boundaries, the longest first (so "gift card" wins over "card"); "…" in a phrase
    stands for a few words. `accents_optional`: an accented letter also matches its plain letter, for words
    customers often type without their accents ("plutot", "a la place", "sac a dos")."""
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    parts = (_phrase(p, accents_optional) for p in ordered)
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.I)


def _phrase(phrase: str, accents_optional: bool = False) -> str:
    """A phrase as a pattern; "…" stands for up to five words ("send … back": "send the hoodie back")."""
    escape = _accent_tolerant if accents_optional else re.escape
    return r"\W+(?:\w+\W+){0,5}?".join(escape(part.strip()) for part in phrase.split("…"))


def _accent_tolerant(text: str) -> str:
    """`text` escaped, each accented letter as a class of itself and its plain letter ("é" → "[ée]")."""
    out = []
    for character in text:
        plain = "".join(c for c in unicodedata.normalize("NFKD", character) if not unicodedata.combining(c))
        out.append(f"[{character}{plain}]" if plain and plain != character and len(plain) == 1
                   else re.escape(character))
    return "".join(out)


# Tables whose words customers type without accents often enough to matter: what they wish for and what they own.
# (Not the yes/no or cancel words: "si" is no "sí".)
ACCENTS_OPTIONAL = frozenset({"variant_wishes", "own_words", "exchange_verbs", "change_verbs", "size_words",
                              "option_name_words", "open_order", "item_nouns", "colours", "sizes",
                              "payment_same_as_order", "payment_exclusions", "status_questions", "return_words",
                              "addition_words", "both_words", "other_item_words", "destination_words",
                              "all_items_words"})



class WordsPerLanguage(BaseModel):
    """A word file's shape: per language, a non-empty list of words or patterns."""

    model_config = ConfigDict(extra="forbid")
    en: list[str] = Field(min_length=1)
    fr: list[str] = Field(min_length=1)
    es: list[str] = Field(min_length=1)
    de: list[str] = Field(min_length=1)


class Lexicon(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    colours: dict[str, list[str]]
    sizes: dict[str, list[str]]
    size_words: list[str]
    size_up: list[str]
    size_down: list[str]
    option_name_words: list[str]
    payment_kinds: dict[str, list[str]]
    card_brands: list[str]
    # Words four card digits follow or precede when they name a card ("ending 1234", "la 1234er Karte").
    card_digit_cues: list[str] = []
    payment_exclusions: list[str]
    payment_exclusions_after: list[str] = []
    difference_words: list[str] = []
    payment_same_as_order: list[str] = []
    payment_same_alone: list[str] = []
    value_false_friends: list[str] = []
    open_order: list[str]
    only_words: list[str] = []
    last_order: list[str]
    last_words: list[str]
    cancel_reasons: dict[str, list[str]]
    modifications: dict[str, list[str]]
    order_nouns: list[str]
    ordered_words: list[str]
    what_words: list[str]
    order_actions: list[str]
    need_words: list[str]
    need_negations: list[str]
    option_names: dict[str, dict[str, str]]
    payment_descriptions: dict[str, dict[str, str]]
    # the opener of a done line per language ("Done:", "Hecho:"), left out when the line is said again after
    # "Yes, that's done:" (fresh28 F8: "Sí, ya está hecho: Hecho: …")
    done_openers: dict[str, str] = {}
    statuses: dict[str, dict[str, str]]
    item_nouns: dict[str, list[str]]
    fit_complaints: list[str]
    variant_wishes: list[str]
    own_words: list[str]
    cancel_words: list[str]
    return_words: list[str]
    problem_words: list[str]
    order_words: list[str]
    payment_questions: list[str]
    contents_questions: list[str]
    amount_questions: list[str]
    amount_words: list[str]
    refund_destination_questions: list[str]
    status_questions: list[str]
    payment_connectors: list[str]
    exchange_verbs: list[str]
    change_verbs: list[str] = []
    an_order: list[str] = []
    return_instead_words: list[str]
    measure_units: dict[str, list[str]]
    # A unit that is a multiple of another: "l": (1000, "ml"), so "1 litre", "100 cl" and "1000ml" are one measure
    measure_scales: dict[str, tuple[float, str]] = {}
    order_reference_words: list[str]
    item_conjunctions: list[str]
    addition_words: list[str] = []
    # Every item of a two-item order, said with a yes to a return of one of them ("yes, both actually")
    both_words: list[str] = []
    # The order's other item or items, said with a yes to a proposal for one ("yes, and the other item too")
    other_item_words: list[str] = []
    # Every item of the order, however many ("les trois", "all of them", "alle drei")
    all_items_words: list[str] = []
    # Words a place to send something to follows ("ship it to …", "livrez-la au …", "mándalo a …", "schick ihn an …")
    destination_words: list[str] = []
    not_arrived_words: list[str]
    received_words: list[str]
    # Words that open a request without answering anything ("ok, show me my orders", "bon, quelles sont...").
    openers: list[str] = []
    # Words that say a thing is fine as it is ("the white one is fine", "le blanc est très bien"): a colour said
    # with them is kept, not wished for.
    content_words: list[str] = []
    clause_turns: list[str] = []
    # Words that only name a detail or are courtesy around it ("commande #… code postal …"): no request in them.
    detail_words: dict[str, list[str]] = {}

    def model_post_init(self, _: object) -> None:
        require_every_language(self, ("option_names", "payment_descriptions", "statuses"), "grounding lexicon")

    @cached_property
    def patterns(self) -> dict[str, re.Pattern[str]]:
        return {
            name: phrase_pattern(getattr(self, name), name in ACCENTS_OPTIONAL)
            for name in ("size_words", "size_up", "size_down", "option_name_words", "card_brands",
                         "payment_exclusions", "payment_same_as_order", "payment_same_alone", "value_false_friends",
                         "open_order", "only_words",
                         "last_order", "last_words",
                         "order_nouns", "ordered_words", "what_words", "order_actions", "need_words", "need_negations",
                         "fit_complaints", "variant_wishes", "own_words", "cancel_words", "return_words",
                         "problem_words", "order_words", "payment_questions", "contents_questions",
                         "amount_questions", "amount_words", "refund_destination_questions",
                         "status_questions", "payment_connectors", "exchange_verbs", "openers",
                         "return_instead_words", "not_arrived_words", "received_words",
                         "order_reference_words", "item_conjunctions", "addition_words", "change_verbs", "an_order",
                         "content_words", "clause_turns", "both_words", "other_item_words", "destination_words",
                         "all_items_words", "payment_exclusions_after", "difference_words", "card_digit_cues")
        }

    @cached_property
    def grouped(self) -> dict[str, dict[str, re.Pattern[str]]]:
        """Per table of named word lists, one pattern per name."""
        return {
            name: {key: phrase_pattern(words, name in ACCENTS_OPTIONAL) for key, words in getattr(self, name).items()}
            for name in ("colours", "sizes", "payment_kinds", "cancel_reasons", "modifications", "item_nouns",
                         "detail_words")
        }

    @cached_property
    def size_word_patterns(self) -> list[re.Pattern[str]]:
        """The sizes' patterns that have a word among their alternatives (longer than two letters), not only codes
        ("s", "xl"): chosen once, not on every reading."""
        return [pattern for pattern in self.grouped["sizes"].values()
                if any(len(w) > 2 for w in pattern.pattern.split("|"))]

    def in_language(self, table: str, language: str) -> dict[str, str]:
        tables: dict[str, dict[str, str]] = getattr(self, table)
        return tables.get(language) or tables["en"]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    prompts = PromptLibrary(PROMPTS)
    return Lexicon.model_validate({**prompts.get("grounding_lexicon").data(), **prompts.get("item_nouns").data()})


def load_vocabulary() -> Lexicon:
    """Load and validate the lexicon and the reply languages' number formats at start-up, not in a first turn
    (an invalid lexicon fails here; a turn has a few seconds to show progress)."""
    for language in LANGUAGES:
        format_money(0, language)
    loaded = lexicon()
    _ = loaded.patterns, loaded.grouped
    return loaded
