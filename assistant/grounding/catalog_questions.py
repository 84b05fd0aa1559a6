"""What a question about a product asks (material, reviews, suitability, sizes, a comparison...) and which
shown product it points at, in the four languages of the lexicons."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, Field

from assistant.grounding.catalog_lexicon import (
    Ordinal,
    QuestionKind,
    fold,
    fold_german,
    fold_german_pattern,
    load_lexicons,
)
from assistant.grounding.catalog_spelling import respell

ORDINAL_INDEX: dict[Ordinal, int] = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}
# "measure": the biggest, the lightest... a size or weight, which the catalog does not hold (said so, never guessed)
COMPARISONS: frozenset[QuestionKind] = frozenset({"cheapest", "priciest", "best_rated", "warmest", "measure"})


class ProductQuestion(BaseModel):
    asks: list[QuestionKind] = Field(default_factory=list, examples=[["material", "reviews"]])
    ordinal: int | None = Field(default=None, description="index among the shown products; -1 is the last")
    ordinals: list[int] = Field(default_factory=list, description="every index named, in the order said")

    def compares(self) -> bool:
        return any(kind in COMPARISONS for kind in self.asks)

    def sets_side_by_side(self) -> bool:
        """"Compare X and Y", "the first or the second?": two or more products asked about together."""
        return "compare" in self.asks or len(self.ordinals) > 1


@cache
def _patterns() -> tuple[dict[QuestionKind, re.Pattern[str]], dict[Ordinal, re.Pattern[str]]]:
    asks: dict[QuestionKind, list[str]] = {}
    ordinals: dict[Ordinal, list[str]] = {}
    for lexicon in load_lexicons().values():
        for kind, patterns in lexicon.product_questions.items():
            asks.setdefault(kind, []).extend(patterns)
        for ordinal, words in lexicon.ordinals.items():
            ordinals.setdefault(ordinal, []).extend(words)
    return ({kind: re.compile("|".join(f"(?:{p})" for p in patterns)) for kind, patterns in asks.items()},
            {o: re.compile(r"\b(?:" + "|".join(re.escape(fold(w)) for w in words) + r")\b")
             for o, words in ordinals.items()})


@cache
def _leading_pair() -> re.Pattern[str]:
    words = {fold(w) for lexicon in load_lexicons().values() for w in lexicon.leading_pair}
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")


@cache
def _options_asked() -> re.Pattern[str]:
    patterns = [p for lexicon in load_lexicons().values() for p in lexicon.options_asked]
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)")


def asks_my_options(text: str) -> bool:
    """"what are my options then?", "c'est quoi mes options ?", "¿qué opciones tengo?", "was hab ich dann für
    Möglichkeiten?": in a shopping chat, the colours and sizes of the product spoken of (read there only, so the
    words keep their meaning in an order's flow)."""
    return _options_asked().search(fold_german(text)) is not None or _options_asked().search(fold(text)) is not None


@cache
def _shopping_cue() -> re.Pattern[str]:
    cues = {fold(cue) for lexicon in load_lexicons().values() for cue in lexicon.shopping_cues}
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + r")\b")


@cache
def _cue_pattern(field: str) -> re.Pattern[str]:
    cues = {fold(cue) for lexicon in load_lexicons().values() for cue in getattr(lexicon, field)}
    if not cues:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + r")(?!\w)")


def asks_availability(text: str) -> bool:
    """"do you sell…?", "¿tenéis…?", "habt ihr…?", "vous avez…?": whether the shop has something."""
    return _cue_pattern("availability_cues").search(fold(text)) is not None


def asks_an_option(text: str) -> bool:
    """"does it come in red?", "il existe en XL ?", "¿lo tenéis en otros colores?", "gibt es den in Lila?": whether
    the product spoken of comes in a colour, a size or another option."""
    return _cue_pattern("option_cues").search(fold(text)) is not None


# A clothing size written as such ("XXL", "3XL", "XS"), also one no product of the catalog comes in
_SIZE_WORD = re.compile(r"(?<![\w'’])(?:X{0,3}S|M|X{0,3}L|[2-5]XL)(?![\w'’])")


def size_said(text: str) -> str | None:
    """The size the text writes in capitals ("gibt's den auch in XXL?" → "XXL"), whether or not the catalog has it."""
    found = _SIZE_WORD.search(text)
    return found.group(0) if found else None


# Endings a colour word takes in a sentence ("grüne", "rojas", "noire")
_COLOUR_ENDING = re.compile(r"(?:e|en|er|es|em|s|a|as|o|os)$")
_WAIST_SIZE = re.compile(r"\d{2}")


@cache
def _option_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The lexicons' colour words, size words and the small words said around them, folded, as single words."""
    lexicons = load_lexicons().values()
    colours = {w for lex in lexicons for phrase in lex.colours for w in fold(phrase).split()}
    sizes = {w for lex in lexicons for phrase in lex.sizes for w in fold(phrase).split()}
    fillers = {w for lex in lexicons for phrase in lex.option_follow_up_words for w in fold(phrase).split()}
    return frozenset(colours), frozenset(sizes), frozenset(fillers)


def _is_colour_word(word: str, colours: frozenset[str]) -> bool:
    return word in colours or _COLOUR_ENDING.sub("", word) in colours


def names_only_options(text: str) -> bool:
    """"and in a medium?", "et en XL noir ?", "¿y en naranja?", "und in XXL?": a short follow-up whose only words
    of substance are a colour or a size (waist sizes included), so it can only be asked of the product spoken of."""
    colours, sizes, fillers = _option_words()
    said = [word for word in re.findall(r"[^\W_]+", text) if word.strip()]
    options = [w for w in said if _SIZE_WORD.fullmatch(w) or _WAIST_SIZE.fullmatch(w)
               or _is_colour_word(fold(w), colours) or fold(w) in sizes]
    rest = [w for w in said if w not in options and fold(w) not in fillers]
    return bool(options) and not rest


def names_weather(text: str) -> bool:
    """"warm enough for winter?", "¿para la lluvia?": a season or weather is named, not only a property."""
    return _cue_pattern("weather_words").search(fold(text)) is not None


def asks_for_alternatives(text: str) -> bool:
    """"something similar to…", "parecido a…", "so etwas wie…": other products than the one named."""
    return _cue_pattern("alternative_cues").search(fold(text)) is not None


def asks_for_other_products(text: str) -> bool:
    """"something warmer", "autre chose", "mejor algo", "lieber etwas": products other than those shown."""
    return _cue_pattern("other_products_cues").search(fold(text)) is not None


def is_shopping_request(text: str) -> bool:
    """"I'm looking for...", "busco...", "ich suche...": the customer is shopping, not asking about an order."""
    return _shopping_cue().search(fold(text)) is not None


@cache
def _german_asks() -> dict[QuestionKind, re.Pattern[str]]:
    """The German questions with their umlauts however typed ("was ist waermer?", "guenstiger")."""
    german = load_lexicons().get("de")
    return {kind: re.compile("|".join(f"(?:{fold_german_pattern(p)})" for p in patterns))
            for kind, patterns in (german.product_questions.items() if german else ())}


@cache
def _question_words() -> frozenset[str]:
    """The words the question patterns spell out ("resenas", "material", "bewertung"), for slips of the keyboard."""
    patterns = [p for lexicon in load_lexicons().values() for ps in lexicon.product_questions.values() for p in ps]
    return frozenset(word for p in patterns for word in re.findall(r"(?<!\\)[a-z]{6,}", p))


def read_question(text: str) -> ProductQuestion:
    """What a question asks; a question word typed with one slip ("reesnas") is read as the word meant."""
    folded, spelt = respell(fold(text), _question_words()), respell(fold_german(text), _question_words())
    asks, ordinals = _patterns()
    german = _german_asks()
    found = [kind for kind, pattern in asks.items()
             if pattern.search(folded) or (kind in german and german[kind].search(spelt))]
    if "measure" in found and "sizes" in found:  # "la plus petite taille ?": the smallest size, no measure
        found.remove("measure")
    ordinal = next((ORDINAL_INDEX[o] for o, pattern in ordinals.items() if pattern.search(folded)), None)
    # "the first or the second?", "la primera con la segunda": both, in the order said
    said = sorted((match.start(), ORDINAL_INDEX[o]) for o, pattern in ordinals.items()
                  for match in pattern.finditer(folded))
    indices = list(dict.fromkeys(index for _, index in said))
    if _leading_pair().search(folded):  # "compare the first two": the first and the second card, both
        indices = list(dict.fromkeys([0, 1, *indices]))
        ordinal = None
    return ProductQuestion(asks=found, ordinal=ordinal, ordinals=indices)


# The quality a climate asks about, as the descriptions' evidence names it.
QUALITY_OF_CLIMATE = {"cold": "warm", "wintry": "warm", "rainy": "water", "windy": "wind"}
_SENTENCE = re.compile(r"[^.!?\n•]+")


@cache
def _evidence() -> dict[str, re.Pattern[str]]:
    found: dict[str, list[str]] = {}
    for lexicon in load_lexicons().values():
        for quality, patterns in lexicon.description_evidence.items():
            found.setdefault(quality, []).extend(patterns)
    return {quality: re.compile("|".join(f"(?:{p})" for p in patterns), re.I) for quality, patterns in found.items()}


def description_says(product: dict[str, object], climates: list[str]) -> tuple[str, str] | None:
    """The quality asked (warm, water, wind) and the sentence of the product's own description that says the
    product has it, or None ("keeps you warm on the bus" answers "is it warm?" whatever the climate tags say)."""
    text = re.sub(r"<[^>]+>", " ", str(product.get("description") or ""))
    for climate in climates:
        quality = QUALITY_OF_CLIMATE.get(climate.lower())
        pattern = _evidence().get(quality or "")
        if pattern is None:
            continue
        for sentence in _SENTENCE.findall(text):
            if pattern.search(sentence):
                return quality, " ".join(sentence.split())  # type: ignore[return-value]
    return None
