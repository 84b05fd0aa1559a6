"""The consent vocabulary and how a reply is read against it: the words of yes, no, hedges, politeness and each
action's verbs in English, French, Spanish and German (`prompts/consent/<language>.yaml`), and a message cut into
its known phrases, each with the classes it belongs to. The readings of a reply built on it live in
`assistant/consent.py` (a plain yes or no) and `assistant/consent_details.py` (a yes that says more).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, Field

LEXICON_DIR = Path(__file__).resolve().parent.parent / "prompts" / "consent"
LANGUAGES = ("en", "fr", "es", "de")
# The proposed write's tool, as the kind of action a restatement may name.
ACTION_OF_TOOL = {
    "cancel_pending_order": "cancel",
    "return_delivered_order_items": "return",
    "exchange_delivered_order_items": "exchange",
    "modify_pending_order_items": "modify_items",
    "modify_pending_order_address": "address",
    "modify_pending_order_payment": "payment",
    "modify_customer_address": "profile_address",
    "modify_user_address": "profile_address",
    "open_ticket": "ticket",
}
GENERIC = "any"
# Actions a customer names by each other's verbs: an item swap is "exchanged" on a pending order and "changed" on a
# delivered one ("yes, exchange it" answers a proposed modification of items, "ja, ändern" a proposed exchange).
SAME_REQUEST = {"modify_items": "exchange", "exchange": "modify_items"}
MAX_PHRASE_WORDS = 8


def proposed_action(tool: str | None) -> str | None:
    """The action a restatement must name to answer the proposed write `tool` (GENERIC for a tool with no verbs of
    its own); None when no write is proposed: then a restatement of any action has the answer's shape."""
    return (ACTION_OF_TOOL.get(tool) or GENERIC) if tool else None


class Lexicon(BaseModel):
    """One language's consent vocabulary (see prompts/consent/README.md)."""

    yes: list[str] = Field(min_length=1)
    no: list[str] = Field(min_length=1)
    hedges: list[str] = []
    negators: list[str] = []
    polite: list[str] = []
    objects: list[str] = []
    others: list[str] = []
    retractions: list[str] = []
    all_orders: list[str] = []
    withdrawals: list[str] = []  # letting the proposal go ("déjalo", "let it be"): a decline whatever hedge joins it
    # "ok", "d'accord", "vale", "passt": yes words that may only acknowledge; with `thanks` and no other yes
    # ("ok thanks", "d'accord, merci", "ok danke") they close the talk rather than agree (attack27 A27-1/A27-2)
    acknowledgements: list[str] = []
    thanks: list[str] = []
    verbs: dict[str, list[str]] = {}
    # read with accents kept (`sets_a_condition`): Spanish "si" sets a condition, "sí" agrees
    conditions: list[str] = Field(min_length=1)
    not_conditions: list[str] = []
    not_wanted: list[str] = Field(min_length=1)


@dataclass
class Vocabulary:
    """Every language's phrases, as word tuples, with the classes each belongs to."""

    classes: dict[tuple[str, ...], set[str]] = field(default_factory=dict)

    def add(self, phrases: list[str], kind: str) -> None:
        for phrase in phrases:
            words = tuple(split_words(normalise(phrase)))
            if words:
                self.classes.setdefault(words, set()).add(kind)


def normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = re.sub(r"[\u2018\u2019\u02bc`´]", "'", plain).replace("\ufe0f", "")
    plain = re.sub(r"[\U0001F3FB-\U0001F3FF]", "", plain)  # emoji skin tones
    return plain.lower().replace("-", " ")


BREAK = "|"
# A dash between words ("yes — not", "ja – niemals") parts them like a comma does.
_BREAKS = ",.!¡;:…~*\u2013\u2014"
_TOKEN = re.compile(rf"[\w']+|[{_BREAKS}]+|[^\w\s]")


def split_words(text: str) -> list[str]:
    """Words (apostrophes kept inside: "d'accord", "that's"), punctuation as a break, other symbols alone."""
    return [BREAK if re.fullmatch(rf"[{_BREAKS}]+", token) else token for token in _TOKEN.findall(text)]


@cache
def lexicons() -> dict[str, Lexicon]:
    """Every language's file, validated once (a malformed file fails at the first read)."""
    return {language: Lexicon.model_validate(yaml.safe_load((LEXICON_DIR / f"{language}.yaml").read_text("utf-8")))
            for language in LANGUAGES}


@cache
def vocabulary() -> Vocabulary:
    vocabulary = Vocabulary()
    for lexicon in lexicons().values():
        vocabulary.add(lexicon.yes, "yes")
        vocabulary.add(lexicon.no, "no")
        vocabulary.add(lexicon.hedges, "hedge")
        vocabulary.add(lexicon.negators, "negator")
        vocabulary.add(lexicon.polite, "polite")
        vocabulary.add(lexicon.objects, "object")
        vocabulary.add(lexicon.others, "other")
        vocabulary.add(lexicon.retractions, "retraction")
        vocabulary.add(lexicon.all_orders, "all_orders")
        vocabulary.add(lexicon.withdrawals, "withdrawal")
        vocabulary.add(lexicon.acknowledgements, "acknowledgement")
        vocabulary.add(lexicon.thanks, "thanks")
        for action, verbs in lexicon.verbs.items():
            vocabulary.add(verbs, f"verb:{action}")
    return vocabulary


UNKNOWN: set[str] = set()


def _cased_words(text: str) -> list[str]:
    """Lower case, apostrophes unified, accents kept: unlike `normalise`, "si" (if) stays apart from "sí" (yes)."""
    return split_words(re.sub(r"[\u2018\u2019\u02bc`´]", "'", text).lower())


@cache
def _cased_phrases(kind: str) -> frozenset[tuple[str, ...]]:
    """Every language's phrases of `kind` (`conditions`, `not_conditions`, `not_wanted`), as word tuples."""
    return frozenset(tuple(_cased_words(phrase)) for lexicon in lexicons().values()
                     for phrase in getattr(lexicon, kind))


def _says(text: str, kind: str, unless: str | None = None) -> bool:
    """A phrase of `kind` is in the words, where no phrase of `unless` starts at the same word."""
    found, exceptions = _cased_phrases(kind), _cased_phrases(unless) if unless else frozenset()
    words = _cased_words(text)
    for start in range(len(words)):
        spans = [tuple(words[start:start + length]) for length in range(1, MAX_PHRASE_WORDS + 1)]
        if any(span in found for span in spans) and not any(span in exceptions for span in spans):
            return True
    return False


def sets_a_condition(text: str) -> bool:
    """The words hang what they say on a condition ("if it's free", "si c'est gratuit", "si no cuesta más",
    "wenn's nix kostet"); a phrase that only begins like one ("s'il vous plaît") is none."""
    return _says(text, "conditions", unless="not_conditions")


def says_not_wanted(text: str) -> bool:
    """The words refuse the proposal itself ("I don't want that", "je ne veux pas ça", "das will ich nicht")."""
    return _says(text, "not_wanted")


def read_phrases(words: list[str]) -> list[set[str]]:
    """The message as a sequence of phrases (longest match first), each with its classes; an unknown word
    has none."""
    classes = vocabulary().classes
    found: list[set[str]] = []
    position = 0
    while position < len(words):
        if words[position] == BREAK:
            found.append({"break"})
            position += 1
            continue
        for length in range(min(MAX_PHRASE_WORDS, len(words) - position), 0, -1):
            kinds = classes.get(tuple(words[position:position + length]))
            if kinds:
                found.append(kinds)
                position += length
                break
        else:
            # "yesss", "siii", "okk": a letter held down still says the word.
            kinds = classes.get((re.sub(r"(\w)\1+", r"\1", words[position]),)) or UNKNOWN
            found.append(kinds if kinds & {"yes", "no"} else UNKNOWN)
            position += 1
    return found


def names_action(action: str | None, kinds: set[str]) -> bool:
    verbs = {kind for kind in kinds if kind.startswith("verb:")}
    if not verbs:
        return False
    if action is None:
        return True
    named = {f"verb:{action}", f"verb:{GENERIC}"}
    if action in SAME_REQUEST:
        named.add(f"verb:{SAME_REQUEST[action]}")
    return bool(verbs & named)


def read_spans(words: list[str]) -> list[tuple[int, set[str]]]:
    """Like `read_phrases`, with each phrase's length in words (unknown words and breaks count one)."""
    classes = vocabulary().classes
    found: list[tuple[int, set[str]]] = []
    position = 0
    while position < len(words):
        for length in range(min(MAX_PHRASE_WORDS, len(words) - position), 0, -1):
            kinds = classes.get(tuple(words[position:position + length]))
            if kinds:
                found.append((length, kinds))
                position += length
                break
        else:
            found.append((1, {"break"} if words[position] == BREAK else UNKNOWN))
            position += 1
    return found


def acknowledges_with_thanks(phrases: list[set[str]], action: str | None) -> bool:
    """ "ok thanks", "d'accord, merci", "vale gracias", "alles klar, danke": thanks with yes words that only
    acknowledge, and no yes of its own nor the action named ("yes thanks", "ok cancel it, thanks" agree)."""
    said = [kinds for kinds in phrases if kinds != {"break"}]
    if not any("thanks" in kinds for kinds in said):
        return False
    yes_words = [kinds for kinds in said if "yes" in kinds]
    return all("acknowledgement" in kinds for kinds in yes_words) and not any(
        names_action(action, kinds) or f"verb:{GENERIC}" in kinds for kinds in said)
