"""Shopping vocabulary per language as data (`prompts/catalog_lexicon/<language>.yaml`), loaded and validated."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

LEXICON_DIR = Path(__file__).resolve().parents[2] / "prompts" / "catalog_lexicon"
AttributeName = Literal["climate", "activity", "material", "style", "eco"]
Gender = Literal["Men", "Women"]
QuestionKind = Literal["colours", "sizes", "fit", "price", "reviews", "material", "suitability", "warmth", "cheapest",
                       "priciest", "best_rated", "warmest", "about", "care", "compare", "measure"]
Ordinal = Literal["first", "second", "third", "fourth", "last"]


class PricePatterns(BaseModel):
    model_config = ConfigDict(extra="forbid")
    below: list[str] = Field(default_factory=list)  # a strict cap: "under 60" leaves 60 out
    max: list[str] = Field(default_factory=list)  # an inclusive cap: "60 max", "up to 60" keep 60
    min: list[str] = Field(default_factory=list)
    range: list[str] = Field(default_factory=list)


class CatalogLexicon(BaseModel):
    """One language's words for colours, sizes, gender, categories, attributes, exclusions, refinements, prices."""

    model_config = ConfigDict(extra="forbid")
    colours: dict[str, list[str]]
    sizes: dict[str, str]
    size_cues: list[str]
    gender: dict[Gender, list[str]]
    categories: dict[str, list[str]]
    attributes: dict[str, dict[AttributeName, list[str]]]
    exclusion_cues: list[str]
    # words that may stand between a cue and a category or material it rules out ("pas DE t-shirt", "no ANY wool")
    exclusion_fillers: list[str] = Field(default_factory=list)
    # words after a category or material that rule it out at the clause's end ("pantalones no", "shorts nicht")
    exclusion_after_cues: list[str] = Field(default_factory=list)
    any_colour: list[str]
    # words right after an any-colour phrase that rule out the colours after them ("any colour but grey")
    any_colour_but: list[str] = Field(default_factory=list)
    another_colour: list[str]
    cheaper: list[str]
    price: PricePatterns
    product_questions: dict[QuestionKind, list[str]]
    ordinals: dict[Ordinal, list[str]]
    # "the first two", "les deux premiers", "los dos primeros", "die ersten beiden": the first two cards, together
    leading_pair: list[str] = Field(default_factory=list)
    # "what are my options?", "c'est quoi mes options ?", "¿qué opciones tengo?", "was hab ich für Möglichkeiten?":
    # asked of the product spoken of in a shopping chat, its colours and sizes (regular expressions, folded)
    options_asked: list[str] = Field(default_factory=list)
    shopping_cues: list[str]
    # "do you sell…?", "tenéis…?", "habt ihr…?": asking whether the shop has a kind of product is shopping
    availability_cues: list[str] = Field(default_factory=list)
    # "does it come in red?", "lo tenéis en XL?", "gibt es den in Lila?": whether the product in focus has an option
    option_cues: list[str] = Field(default_factory=list)
    # "and in a medium?", "et en XL noir ?", "¿y en talla M?", "und in Grün?": the small words around a colour or a
    # size said alone, as a short follow-up about the product in focus
    option_follow_up_words: list[str] = Field(default_factory=list)
    # "something similar to…", "like the…": a request for other products than the one named
    alternative_cues: list[str] = Field(default_factory=list)
    # "something warmer", "autre chose pour le yoga", "lieber etwas zum Wandern": other products than those shown
    other_products_cues: list[str] = Field(default_factory=list)
    # A kind of product finer than the catalog's categories, as the word its products' names use ("mochila" →
    # "backpack": Fusion Backpack, Crown Summit Backpack...). Read like a category, filtered on names.
    kinds: dict[str, list[str]] = Field(default_factory=dict)
    # "forget it", "olvídalo", "vergiss die Jacken": the topic before is dropped (regular expressions, folded)
    dismissal_cues: list[str] = Field(default_factory=list)
    # What a product's own (English) description says of a quality ("warm", "water", "wind"), as patterns
    description_evidence: dict[str, list[str]] = Field(default_factory=dict)
    weather_words: list[str] = Field(default_factory=list)  # a question about a season or weather, not a property
    # Words other languages' lexicons read that this language uses for something else (es "dame": give me, not the
    # French lady; de "man": one, not the English man): not read in a message in this language.
    false_friends: list[str] = Field(default_factory=list)
    # Phrases of this language in which a product word means something else (fr "en bas", "plus bas": low, not the
    # bottoms "un bas"): blanked before reading.
    other_senses: list[str] = Field(default_factory=list)
    # "my", "mi", "ma", "meine": with a gender word after it ("para mi novia", "for my bro") the purchase is for
    # someone, not an order of the customer's own.
    possessives: list[str] = Field(default_factory=list)


def fold(text: str) -> str:
    """Lower case without accents ("Grün" → "grun", "weiß" → "weiss"), entities decoded, ® and ™ dropped."""
    if text.isascii() and "&" not in text:  # no entity, accent, ß, ®, ™ or ’: nothing but the case to change
        return text.lower()
    text = html.unescape(text).replace("\u00ae", "").replace("\u2122", "").replace("\u2019", "'")
    text = unicodedata.normalize("NFKD", text.lower().replace("\u00df", "ss"))
    return "".join(character for character in text if not unicodedata.combining(character))


# German typed without umlauts writes ä, ö, ü as ae, oe, ue ("guenstiger", "groesse", "fuer"); where those letters
# are no umlaut (the "ue" of "neue", "blaue", "Quelle", the "oe" of "Poet"...) they are left alone.
_UMLAUT_SPELLING = re.compile(r"(?<![aeiq])ue|(?<![aeio])oe|(?<![aeio])ae")
_CHARACTER_CLASS = re.compile(r"(\[[^\]]*\])")


def fold_german(text: str) -> str:
    """`fold` with German's two ways of writing an umlaut made one: "günstiger", "guenstiger" and "gunstiger"
    all read "gunstiger". Applied to the text and to the words it is matched against alike."""
    return _UMLAUT_SPELLING.sub(lambda match: match.group(0)[0], fold(text))


def fold_german_pattern(pattern: str) -> str:
    """`fold_german` of a regular expression's letters, its character classes ("[oa]") left as they are."""
    parts = _CHARACTER_CLASS.split(fold(pattern))
    return "".join(part if part.startswith("[") else _UMLAUT_SPELLING.sub(lambda m: m.group(0)[0], part)
                   for part in parts)


@cache
def load_lexicons(directory: Path = LEXICON_DIR) -> dict[str, CatalogLexicon]:
    """Every language's lexicon, validated; a malformed file fails at start-up, not in a conversation."""
    lexicons = {}
    for path in sorted(directory.glob("*.yaml")):
        lexicon = CatalogLexicon.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
        questions = [p for patterns in lexicon.product_questions.values() for p in patterns]
        for pattern in [*lexicon.any_colour, *lexicon.another_colour, *lexicon.cheaper, *questions]:
            re.compile(pattern)
        lexicons[path.stem] = lexicon
    if not lexicons:
        raise FileNotFoundError(f"no catalog lexicon in {directory}")
    return lexicons
