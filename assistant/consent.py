"""Whether the customer's reply to a proposed write is an explicit yes or no, read in code.

A model may understand "sure, what would the refund be?" as agreement; a write needs more than that. A reply
is a yes only when the whole message is a plain affirmative: yes words, polite words, and at most a
restatement of the very action proposed ("yes, cancel it"), in English, French, Spanish or German. Every
other word (a deferral, a question, a condition, a "but", another order, a different action) makes the reply
unclear, and the customer is asked again. The vocabulary is data: `prompts/consent/<language>.yaml`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field

LEXICON_DIR = Path(__file__).resolve().parent.parent / "prompts" / "consent"
LANGUAGES = ("en", "fr", "es", "de")
Answer = Literal["yes", "no"]
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


class Lexicon(BaseModel):
    """One language's consent vocabulary (see prompts/consent/README.md)."""

    yes: list[str] = Field(min_length=1)
    no: list[str] = Field(min_length=1)
    hedges: list[str] = []
    negators: list[str] = []
    polite: list[str] = []
    objects: list[str] = []
    others: list[str] = []
    verbs: dict[str, list[str]] = {}


@dataclass
class _Vocabulary:
    """Every language's phrases, as word tuples, with the classes each belongs to."""

    classes: dict[tuple[str, ...], set[str]] = field(default_factory=dict)

    def add(self, phrases: list[str], kind: str) -> None:
        for phrase in phrases:
            words = tuple(_words(_normalise(phrase)))
            if words:
                self.classes.setdefault(words, set()).add(kind)


def _normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = re.sub(r"[\u2018\u2019\u02bc`´]", "'", plain).replace("\ufe0f", "")
    plain = re.sub(r"[\U0001F3FB-\U0001F3FF]", "", plain)  # emoji skin tones
    return plain.lower().replace("-", " ")


_BREAK = "|"
_TOKEN = re.compile(r"[\w']+|[,.!¡;:…~*]+|[^\w\s]")


def _words(text: str) -> list[str]:
    """Words (apostrophes kept inside: "d'accord", "that's"), punctuation as a break, other symbols alone."""
    return [_BREAK if re.fullmatch(r"[,.!¡;:…~*]+", token) else token for token in _TOKEN.findall(text)]


@cache
def _vocabulary() -> _Vocabulary:
    vocabulary = _Vocabulary()
    for language in LANGUAGES:
        lexicon = Lexicon.model_validate(yaml.safe_load((LEXICON_DIR / f"{language}.yaml").read_text("utf-8")))
        vocabulary.add(lexicon.yes, "yes")
        vocabulary.add(lexicon.no, "no")
        vocabulary.add(lexicon.hedges, "hedge")
        vocabulary.add(lexicon.negators, "negator")
        vocabulary.add(lexicon.polite, "polite")
        vocabulary.add(lexicon.objects, "object")
        vocabulary.add(lexicon.others, "other")
        for action, verbs in lexicon.verbs.items():
            vocabulary.add(verbs, f"verb:{action}")
    return vocabulary


UNKNOWN: set[str] = set()


def _phrases(words: list[str]) -> list[set[str]]:
    """The message as a sequence of phrases (longest match first), each with its classes; an unknown word
    has none."""
    classes = _vocabulary().classes
    found: list[set[str]] = []
    position = 0
    while position < len(words):
        if words[position] == _BREAK:
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


def _verb_classes(action: str | None, kinds: set[str]) -> bool:
    verbs = {kind for kind in kinds if kind.startswith("verb:")}
    if not verbs:
        return False
    if action is None:
        return True
    named = {f"verb:{action}", f"verb:{GENERIC}"}
    if action in SAME_REQUEST:
        named.add(f"verb:{SAME_REQUEST[action]}")
    return bool(verbs & named)


def _is_yes(phrases: list[set[str]], action: str | None) -> bool:
    saw_yes = False
    for kinds in phrases:
        if "no" in kinds and "yes" not in kinds:
            return False
        if not (kinds & {"yes", "polite", "object", "break"} or _verb_classes(action, kinds)):
            return False
        # "go ahead with the swap", "adelante con el cambio": a phrase that says to proceed is the yes
        saw_yes = saw_yes or "yes" in kinds or f"verb:{GENERIC}" in kinds
    return saw_yes


def _is_plain_no(phrases: list[set[str]], action: str | None) -> bool:
    saw_no = False
    after_negator = False
    for kinds in phrases:
        if "yes" in kinds and not kinds & {"no", "polite", "object"}:
            return False
        is_verb = _verb_classes(action, kinds)
        if is_verb and not (after_negator or kinds & {"no", "polite", "object"}):
            return False  # "no, cancel it" says both
        if not (kinds & {"no", "negator", "polite", "object", "break"} or is_verb):
            return False
        saw_no = saw_no or bool(kinds & {"no", "negator"})
        after_negator = bool(kinds & {"negator", "no"}) or (after_negator and "object" in kinds)
    return saw_no


def _leads_with_no(phrases: list[set[str]], action: str | None) -> bool:
    """ "No, keep the original item": a refusal first, then anything that neither agrees nor asks for this
    very action ("no, cancel it" says both)."""
    first, rest = phrases[0], phrases[1:]
    if "no" not in first or "yes" in first:
        return False
    after_negator = True
    for kinds in rest:
        if "yes" in kinds and not kinds & {"no", "polite", "object"}:
            return False
        if action is not None and _verb_classes(action, kinds) and not after_negator:
            return False
        after_negator = bool(kinds & {"negator", "no"}) or (after_negator and "object" in kinds)
    return True


def explicit_answer(text: str, *, tool: str | None = None) -> Answer | None:
    """'yes' or 'no' when the whole reply says so plainly; None when it is anything else.

    `tool`: the proposed write; a restatement must name that action ("yes, cancel it" answers a cancellation,
    not an address change). Without it, a restatement of any action is accepted as the answer's shape.
    """
    if "?" in text or len(text) > 200:
        return None
    phrases = _phrases(_words(_normalise(text)))
    while phrases and phrases[0] == {"break"}:
        phrases.pop(0)
    if not phrases or any("hedge" in kinds for kinds in phrases):
        return None  # "but", "wait", "maybe", "if", "later": whatever else it says, ask again
    action = ACTION_OF_TOOL.get(tool) if tool else None
    if tool and action is None:
        action = GENERIC
    if _is_yes(phrases, action):
        return "yes"
    if _is_plain_no(phrases, action) or _leads_with_no(phrases, action):
        return "no"
    return None


# Words a hesitation may hold besides its hedge ("hmm, I'm not sure yet", "ich weiß nicht recht").
HESITATION_UNKNOWN_WORDS = 3
_ANSWER_SHAPED = {"yes", "no", "hedge", "negator", "polite", "object", "break"}


def hesitates(text: str) -> bool:
    """The reply only hesitates ("hmm, not sure actually", "je ne sais pas trop", "ich weiß nicht recht"): a hedge
    and nothing that asks for something else. It is neither a yes nor a no; the proposal stays open."""
    if "?" in text or len(text) > 120:
        return False
    phrases = _phrases(_words(_normalise(text)))
    if not any("hedge" in kinds for kinds in phrases):
        return False
    if any(kind.startswith("verb:") for kinds in phrases for kind in kinds):
        return False
    unknown = sum(1 for kinds in phrases if not kinds & _ANSWER_SHAPED)
    return unknown <= HESITATION_UNKNOWN_WORDS


def _spans(words: list[str]) -> list[tuple[int, set[str]]]:
    """Like `_phrases`, with each phrase's length in words (unknown words and breaks count one)."""
    classes = _vocabulary().classes
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
            found.append((1, {"break"} if words[position] == _BREAK else UNKNOWN))
            position += 1
    return found


def yes_with_details(text: str, *, tool: str | None) -> list[str] | None:
    """A yes that says more than a yes ("sí, la negra", "yes, the boots in size 9", "oui pour la montre en argent"):
    the words besides its yes, polite, object and action words, for the caller to check against the proposal. None
    when it is no such yes: no yes phrase, a no, a hedge or a negator, a question, another action named."""
    if "?" in text or len(text) > 200:
        return None
    words = _words(_normalise(text))
    action = (ACTION_OF_TOOL.get(tool) or GENERIC) if tool else None
    extra: list[str] = []
    saw_yes, position = False, 0
    for length, kinds in _spans(words):
        chunk, position = words[position:position + length], position + length
        if kinds & {"hedge", "negator"} or ("no" in kinds and "yes" not in kinds):
            return None
        if "yes" in kinds or f"verb:{GENERIC}" in kinds:
            saw_yes = True
        elif any(kind.startswith("verb:") for kind in kinds) and not _verb_classes(action, kinds):
            return None  # "yes, return the headphones" to a proposed exchange
        elif not kinds & {"polite", "object", "break"} and not _verb_classes(action, kinds):
            extra.extend(chunk)
    return extra if saw_yes and extra else None


def _own_negation(spans: list[tuple[int, set[str]]], index: int, action: str | None) -> bool:
    """A "no" or "not" inside the customer's own words ("i don't need it anymore", "ya no lo necesito", "der gefällt
    mir nicht"): next to a word no lexicon knows, and next to no action verb ("ja, nicht stornieren")."""
    around = [spans[i][1] for i in (index - 1, index + 1) if 0 <= i < len(spans)]
    if any(any(kind.startswith("verb:") for kind in kinds) for kinds in around):
        return False
    last = index + 1 >= len(spans) or spans[index + 1][1] == {"break"}
    if last and "no" in spans[index][1]:
        return False  # "…o todavía no", "…or not": a question's tag or a no of its own, never inside a yes
    return any(not kinds for kinds in around)


def yes_then_more(text: str, *, tool: str | None) -> list[str] | None:
    """A reply that opens with a yes to the proposal and goes on in words of its own ("yes and send me the
    confirmation by email", "sí, cancélalo porque ya no lo necesito", "ja bitte, der gefällt mir nicht", "passt, danke
    dir!"): the words past its yes, polite, object and action words, for the caller to ground against the proposal.
    None when it is no such reply: a question mark, no yes before the first word of its own, a hedge or a condition
    anywhere ("yes if it's free", "oui si c'est gratuit", "sí, siempre que no me cobren"), a no of its own ("yes, no
    wait", "ja, nicht stornieren"), another action, or something besides the proposal ("the other one")."""
    if "?" in text or len(text) > 200:
        return None
    words = _words(_normalise(text))
    action = (ACTION_OF_TOOL.get(tool) or GENERIC) if tool else None
    spans = _spans(words)
    extra: list[str] = []
    saw_yes, position = False, 0
    for index, (length, kinds) in enumerate(spans):
        chunk, position = words[position:position + length], position + length
        if kinds & {"hedge", "other"}:
            return None
        if kinds & {"no", "negator"} and "yes" not in kinds:
            if not (saw_yes and _own_negation(spans, index, action)):
                return None
            extra.extend(chunk)
        elif saw_yes and chunk == ["si"] and index + 1 < len(spans) and not spans[index + 1][1]:
            return None  # "oui si c'est gratuit": the French and Spanish "if", not a second yes
        elif ("yes" in kinds and not kinds & {"polite", "object"}) or f"verb:{GENERIC}" in kinds:
            saw_yes = True  # "ya" is a yes in English and a filler in Spanish: only a yes in every language opens
        elif any(kind.startswith("verb:") for kind in kinds) and not _verb_classes(action, kinds):
            return None
        elif not kinds:
            if not saw_yes:
                return None  # the yes must come first: "send me the email, yes" is not read
            extra.extend(chunk)
    return extra if saw_yes and extra else None


def declines(text: str) -> bool:
    """The message drops the request in progress ("non finalement je la garde", "forget it, I don't want to cancel
    anymore", "ich will doch nicht stornieren"): a plain no, a refusal of several words anywhere in it ("i'll keep
    it", "laisse tomber"), or a negated action ("nicht stornieren"). Only used where no write is proposed: a
    decline never writes, it ends the request."""
    if explicit_answer(text) == "no":
        return True
    if "?" in text or len(text) > 200:
        return False
    spans = _spans(_words(_normalise(text)))
    if any(length > 1 and "no" in kinds and "yes" not in kinds for length, kinds in spans):
        return True
    return any(kinds & {"negator", "no"} and any(_verb_classes(None, after) for _, after in spans[i + 1:i + 3])
               for i, (_, kinds) in enumerate(spans))


def hedges(text: str) -> bool:
    """The words hold a hedge anywhere ("but", "wait", "maybe", "pero", "attends", "moment"): whatever else they
    say, they agree to nothing."""
    return any("hedge" in kinds for kinds in _phrases(_words(_normalise(text))))
