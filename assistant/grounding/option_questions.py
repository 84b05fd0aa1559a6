"""A question about an item's variants asked while the assistant waits for the option values of an item change
(fresh18 F3, F4; fresh17 F9): "which of those is the cheapest?", "does the green one cost more?", "¿tengo que pagar
algo si elijo la azul?", "la 34 a le même prix ? et elle est disponible en gris aussi ?". It is answered from the
variants and the option asked again; it never chooses a variant. A sentence that only names values ("Schwarz. Kostet
das mehr?", "kabellos Over-Ear, was kostet der Unterschied?") chooses them: that turn is no question here.
Also questions (fresh20 A1, A3): "do you have it in 34? / gibts die auch in rot" asked as a question, "what colours are
there?", "whats the material btw", "is the gray one mesh or fabric?", and a question beside a choice: "the gray one,
but first tell me if it's mesh or fabric" asks from the cue on, and the clause before it chooses gray.

The words are data (prompts/option_questions.vN.yaml)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.lexicon import PROMPTS, phrase_pattern, require_every_language
from assistant.models.prompts import PromptLibrary

TABLES = (
    "openers", "price_words", "stock_words", "cheapest_words", "ask_cues", "or_words", "joiners", "request_openers"
)
# read only of a question about a swap already proposed (assistant/grounding/swap_questions.py)
WORD_TABLES = (*TABLES, "copulas", "switch_cues", "has_words", "possible_words", "and_words", "than_words")
_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;\n]*")
_PART = re.compile(r"[,:]")
_CLAUSE = re.compile(r"[,:;]|\s[-–—]\s|[–—]")  # "the red one instead - is it cheaper?"


class OptionQuestionWords(BaseModel):
    """prompts/option_questions.vN.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    openers: dict[str, list[str]]
    price_words: dict[str, list[str]]
    stock_words: dict[str, list[str]]
    cheapest_words: dict[str, list[str]]
    ask_cues: dict[str, list[str]]
    joiners: dict[str, list[str]]
    request_openers: dict[str, list[str]]
    copulas: dict[str, list[str]]
    switch_cues: dict[str, list[str]]
    has_words: dict[str, list[str]]
    possible_words: dict[str, list[str]]
    or_words: dict[str, list[str]]
    and_words: dict[str, list[str]]
    than_words: dict[str, list[str]]
    option_names: dict[str, dict[str, list[str]]]
    lines: dict[str, dict[str, str]]

    def model_post_init(self, _: object) -> None:
        require_every_language(self, WORD_TABLES, "option questions")
        for kind, words in self.option_names.items():
            if missing := {"en", "fr", "es", "de"} - words.keys():
                raise ValueError(f"option questions: option_names.{kind} lacks {sorted(missing)}")


class OptionQuestion(BaseModel):
    """What the question asks: the cheapest variant, the sentences asking a price, whether one is sold or which
    values an option has, the options named ("colour", "material": their kinds, as in `option_names`), and the words
    of a clause choosing values beside the question ("the gray one, but first tell me …")."""

    cheapest: bool = False
    asked: list[str] = []
    options: list[str] = []
    chosen: str = ""


@lru_cache(maxsize=1)
def option_question_words() -> OptionQuestionWords:
    return OptionQuestionWords.model_validate(PromptLibrary(PROMPTS).get("option_questions").data())


@lru_cache(maxsize=1)
def option_question_patterns() -> dict[str, re.Pattern[str]]:
    """Each table's words, every language in one pattern (lower case, accents optional)."""
    words = option_question_words()
    return {
        table: phrase_pattern([w for ws in getattr(words, table).values() for w in ws], accents_optional=True)
        for table in WORD_TABLES
    }


@lru_cache(maxsize=1)
def _option_name_patterns() -> dict[str, re.Pattern[str]]:
    return {
        kind: phrase_pattern([w for ws in words.values() for w in ws], accents_optional=True)
        for kind, words in option_question_words().option_names.items()
    }


def options_named(sentence: str) -> list[str]:
    """The kinds of option a sentence names ("what colours are there?": colour)."""
    return [kind for kind, pattern in _option_name_patterns().items() if pattern.search(sentence)]


def alternatives(sentence: str) -> list[str]:
    """The parts "mesh or fabric" offers as alternatives (the sentence itself when it offers none)."""
    return [part for part in option_question_patterns()["or_words"].split(sentence) if part.strip()]


def compared(sentence: str) -> list[str]:
    """The two sides of a comparison "is the wood cheaper than the black?" (the sentence itself when it has none)."""
    return [part for part in option_question_patterns()["than_words"].split(sentence) if part.strip()]


def listed(sentence: str) -> list[str]:
    """The parts of a list "the black, the red and the white" (commas and "and" words), the sentence itself when it
    lists nothing."""
    parts = _PART.split(sentence)
    return [piece for part in parts for piece in option_question_patterns()["and_words"].split(part) if piece.strip()]


def _after_cue(sentence: str) -> tuple[str, str]:
    """("the gray one, but first ", "tell me if it's mesh or fabric"): the clause before an ask cue and the question
    from it on; ("", sentence) when there is no cue."""
    match = option_question_patterns()["ask_cues"].search(sentence)
    return (sentence[: match.start()], sentence[match.start():]) if match else ("", sentence)


def _start(sentence: str) -> str:
    """The sentence's start, lower case, without a joiner first ("and do you have it in red", "ok can I …")."""
    start = sentence.strip(" ¿¡-").lower()
    joiner = option_question_patterns()["joiners"].match(start)
    return start[joiner.end():].strip(" ,¿¡-") if joiner else start


def sentences_of(text: str) -> list[str]:
    """The message's sentences, stripped, in order."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def clauses_of(sentence: str) -> list[str]:
    """A sentence's clauses ("oh wait", "the red one instead", "is it cheaper?"), stripped, in order."""
    return [part.strip() for part in _CLAUSE.split(sentence) if part.strip(" ¿¡")]


def switch_said(sentence: str, names_values: Callable[[str], bool]) -> bool:
    """A clause of the sentence before its question changes the value ("no, espera, mejor la verde, ¿cuánto
    cuesta?"): it names a value with a switch cue, asks nothing itself and offers no alternatives."""
    patterns = option_question_patterns()
    clauses = clauses_of(sentence)
    return any(patterns["switch_cues"].search(clause.lower()) and names_values(clause)
               and not opens_a_question(clause) and not patterns["or_words"].search(clause.lower())
               for clause in clauses[:-1])


def opens_a_request(sentence: str) -> bool:
    """ "ok can I get it one size bigger then?": a value asked for, said as a question."""
    return option_question_patterns()["request_openers"].match(_start(sentence)) is not None


def opens_a_question(sentence: str) -> bool:
    start = _start(sentence)  # "and do you have it in red"
    match = option_question_patterns()["openers"].search(start)
    return sentence.rstrip().endswith("?") or (match is not None and match.start() == 0)


def option_question(text: str, names_values: Callable[[str], bool]) -> OptionQuestion | None:
    """The question the words ask about the variants, or None when they ask none or choose values. `names_values`:
    a callable telling whether a piece of text names an option value of the item's product."""
    patterns = option_question_patterns()
    question = OptionQuestion()
    for said in (s.strip() for s in _SENTENCE.findall(text) if s.strip()):
        chosen, sentence = _after_cue(said)  # "the gray one, but first tell me if it's mesh or fabric"
        if sentence == said and not patterns["ask_cues"].search(said) and not opens_a_question(sentence):
            if names_values(sentence):
                return None  # "Schwarz. Kostet das mehr?": black chosen, the proposal says what it costs
            continue
        first = _PART.split(sentence, maxsplit=1)[0]
        asks_stock = patterns["stock_words"].search(sentence[len(first):])  # "and in grey, does that exist?"
        if first != sentence and names_values(first) and not any(patterns[t].search(first) for t in TABLES) and (
            not asks_stock
        ):
            return None  # "kabellos Over-Ear, was kostet der Unterschied?": chosen, with a question about it
        question.chosen = f"{question.chosen} {chosen}".strip()
        named = options_named(sentence)
        offered = len(alternatives(sentence)) > 1 and names_values(sentence)  # "is the gray one mesh or fabric?"
        # "are they leather?", "¿son de cuero?": whether the variants have the value, a question (nothing chosen)
        checked = bool(patterns["copulas"].search(sentence.lower())) and names_values(sentence)
        if patterns["cheapest_words"].search(sentence):
            question.cheapest = True
        elif opens_a_request(sentence) and not patterns["price_words"].search(sentence):
            if names_values(sentence):
                return None  # "could I have it in 34?": a choice said as a question
        elif (patterns["price_words"].search(sentence) or patterns["stock_words"].search(sentence) or named or offered
              or checked):
            question.asked.append(sentence)
            question.options += [kind for kind in named if kind not in question.options]
    return question if question.cheapest or question.asked else None
