"""Items the customer keeps, said beside the part of the order they act on (partial27): "seulement le rouge, le bleu
me va très bien", "nur das graue, das beige behalte ich", "only the backpack, i'll hang on to the shirt". The message
is read without such a clause (`without_kept_items`), so the item kept never joins the one returned, exchanged or
changed. The words are data (prompts/kept_items.vN.yaml, four languages)."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.items import nouns_said
from assistant.grounding.lexicon import PROMPTS, lexicon, phrase_pattern, require_every_language
from assistant.grounding.negations import NEGATION
from assistant.grounding.option_words import names_option_value
from assistant.models.prompts import PromptLibrary

TABLES = ("keeps", "options_kept", "rest")
# A clause ends at a mark or at a word joining two clauses ("return the boots and i'll keep the rest").
_CLAUSE_MARK = re.compile(r"[,;.!?¡¿:\n()]|(?<!\w)(?:and|but|while|et|mais|y|pero|und|aber|sondern)(?!\w)", re.I)


class KeptItemWords(BaseModel):
    """prompts/kept_items.vN.yaml, per language."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    keeps: dict[str, list[str]]
    options_kept: dict[str, list[str]]
    rest: dict[str, list[str]]

    def model_post_init(self, _: object) -> None:
        require_every_language(self, TABLES, "kept items")


@lru_cache(maxsize=1)
def _all_patterns() -> tuple[re.Pattern[str], ...]:
    words = KeptItemWords.model_validate(PromptLibrary(PROMPTS).get("kept_items").data())
    every = [[w for ws in getattr(words, table).values() for w in ws] for table in TABLES]
    return tuple(phrase_pattern(table, accents_optional=True) for table in every)


def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    keeps, options_kept, _ = _all_patterns()
    return keeps, options_kept


def names_a_thing(text: str) -> bool:
    """The words name an item: a common noun for one, or a colour ("le bleu", "das graue")."""
    return bool(nouns_said(text)) or any(p.search(text) for p in lexicon().grouped["colours"].values())


def _clauses(text: str) -> list[tuple[int, int]]:
    """The spans of the text's clauses."""
    spans, start = [], 0
    for mark in _CLAUSE_MARK.finditer(text):
        spans.append((start, mark.start()))
        start = mark.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _keeps_an_item(clause: str) -> bool:
    """A clause that keeps an item: a keep phrase, and outside it no negation and no option word ("on n'y touche
    pas", "lo dejo igual", "bleibt wie sie ist" carry their own), and a thing named, by its noun, its colour or
    another of its values."""
    keeps, options_kept = _patterns()
    rest = keeps.sub(" ", clause)
    return (rest != clause and options_kept.search(rest) is None
            and not any(NEGATION.fullmatch(word) for word in re.findall(r"[\w']+", rest))
            and (names_a_thing(clause) or names_option_value(clause)))  # "la RGB", "die aus Plastik"


# words after "but" that point back at the item just said fine: "…but i want it in black", "…mais je le veux en noir",
# "…pero la quiero en negro", "…aber ich hätte ihn gern in Schwarz", "…but the same one in black"
_POINTS_BACK = re.compile(
    r"\b(?:it|the\s+same|le\s+m[eê]me|la\s+m[eê]me|el\s+mismo|la\s+misma|den\s+gleichen|die\s+gleiche|das\s+gleiche)\b"
    r"|\b(?:le|la|l')\s*(?:veux|voudrais|prendrais|pr[ée]f[èe]re|[ée]change)"
    r"|\b(?:la|lo)\s+(?:quiero|querr[ií]a|cambio|prefiero)"
    r"|\b(?:ihn|es|sie)\s+(?:gern|lieber|in|umtauschen|tauschen)|\bh[äa]tte\s+(?:ihn|es|sie)\b", re.I)


def _conceded(text: str, end: int) -> bool:
    """The clause ending at `end` is followed by "but" and words that point back at its item and name no other
    ("the red t-shirt is fine but i want it in black", "le t-shirt me va mais je le veux en noir"): a concession
    about the item acted on, never an item kept. "the grey one is fine but the black one goes back" keeps it."""
    after = re.match(r"[\s,;]*", text[end:])
    at = end + (after.end() if after else 0)
    turn = lexicon().patterns["clause_turns"].match(text, at)
    if turn is None:
        return False
    rest = text[turn.end():]
    return _POINTS_BACK.search(rest) is not None and not nouns_said(rest)


def kept_beside_the_rest(text: str) -> str | None:
    """"the fleece jacket stays with me, everything else goes back", "me quedo la camiseta, devuelvo lo demás": the
    clauses that keep an item, when another clause acts on "the rest" (every other item); None otherwise ("return
    the boots, keep the rest" keeps the rest: its rest words are inside the keeping clause)."""
    rest = _all_patterns()[2]
    kept: list[str] = []
    acting: list[str] = []
    for start, end in _clauses(text):
        clause = text[start:end]
        (kept if _keeps_an_item(clause) and not _conceded(text, end) else acting).append(clause)
    if kept and any(rest.search(clause) for clause in acting) and not any(rest.search(c) for c in kept):
        return " , ".join(kept)
    return None


def without_kept_items(text: str) -> str:
    """`text` less its clauses that keep an item, when the rest still names the thing acted on; else `text`."""
    kept = [(s, e) for s, e in _clauses(text) if _keeps_an_item(text[s:e]) and not _conceded(text, e)]
    if not kept:
        return text
    read, position = [], 0
    for start, end in kept:
        read.append(text[position:start])
        position = end
    read.append(text[position:])
    joined = re.sub(r"(?:\s*[,;]\s*)+(?=[.!?]|$)", "", "".join(read))
    rest = re.sub(r"\s{2,}", " ", re.sub(r"([.!?])(?:\s*[.!?])+", r"\1", joined)).strip(" ,;")
    return rest if names_a_thing(rest) else text


def only_keeps(text: str) -> bool:
    """Every thing the words name is kept: a clause keeps an item ("je garde la bleue finalement", "ich behalte doch
    den blauen") and the rest names nothing else. The colour or size said is the one the item has, never one wished
    for it."""
    kept = [(s, e) for s, e in _clauses(text) if _keeps_an_item(text[s:e]) and not _conceded(text, e)]
    if not kept:
        return False
    rest = "".join(text[s:e] for s, e in _clauses(text) if (s, e) not in kept)
    return not names_a_thing(rest)
