"""Checks in code that a model-written reply says what its draft says and nothing it was not given.

A model may rephrase a reply template (the draft). The rewrite is refused when it drops an id, amount or
other figure of the draft, adds one, commits the shop to an action or refuses where the draft does neither,
drops the draft's question, or shows prompt text (a prompt's labels or a run of its words). Rules that
depend on language are data (`prompts/reply_rules.vN.yaml`); nothing here depends on a template's wording.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Literal

from assistant.models.prompts import PromptLibrary
from assistant.models.requests import ReplyRequest

CheckFailure = Literal["missing_fact", "unstated_fact", "promise", "refusal", "dropped_question", "prompt_text",
                       "empty"]
SHINGLE_WORDS = 6  # a run of this many words of a prompt in a reply is prompt text, not chance
_LABEL = re.compile(r"^\s*([A-Z][A-Za-z ]{0,30}?)\s*:", re.M)
_THOUSANDS = re.compile(r"(?<=\d)[\s\u00a0\u202f,.'](?=\d{3}\b)")
_SENTENCE = re.compile(r"[^.!?¿¡\n]+[.!?\n]*")


@dataclass(frozen=True)
class Commitments:
    markers: re.Pattern[str]
    actions: tuple[str, ...]


class ReplyRules:
    """The rules file plus what is read from the prompt library: its labels and runs of its words."""

    def __init__(self, prompts: PromptLibrary) -> None:
        data = prompts.get("reply_rules").data()
        self.fixed_keys = frozenset(data["fixed_keys"])
        self.fixed_when_facts = frozenset(data["fixed_when_facts"])
        self.commitments = {
            language: Commitments(_any(rules["markers"]), tuple(rules["actions"]))
            for language, rules in data["commitments"].items()
        }
        self.refusals = {language: _any(patterns) for language, patterns in data["refusals"].items()}
        texts = [prompt.text for prompt in map(prompts.get, prompts.names()) if prompt.suffix == "md"]
        self.labels = frozenset(data["labels"]) | {m[1].strip() for text in texts for m in _LABEL.finditer(text)}
        self.prompt_shingles = frozenset(s for text in texts for part in _static_parts(text) for s in _shingles(part))

    def is_fixed(self, request: ReplyRequest) -> bool:
        return request.key in self.fixed_keys or bool(self.fixed_when_facts & request.facts.keys())


def check_reply(text: str, draft: str, request: ReplyRequest, rules: ReplyRules) -> CheckFailure | None:
    """The first rule the rewrite breaks, or None when it may be sent."""
    if not text.strip():
        return "empty"
    if _has_prompt_text(text, draft, rules):
        return "prompt_text"
    given, said = figures(draft), figures(text)
    if given - said:
        return "missing_fact"
    if said - given - _fact_figures(request):
        return "unstated_fact"
    if "?" in draft and "?" not in text:
        return "dropped_question"
    languages = {request.language, "en"}
    if any(_commits(text, rules.commitments[lang]) - _commits(draft, rules.commitments[lang])
           for lang in languages if lang in rules.commitments):
        return "promise"
    if any(p.search(text) and not p.search(draft) for lang, p in rules.refusals.items() if lang in languages):
        return "refusal"
    return None


def figures(text: str) -> set[str]:
    """Ids, amounts and other figures, written the same way whatever the punctuation: `#W2378156` and
    `W2378156`, `$1,054.20` and `1 054,20 $` each give one token."""
    joined = _THOUSANDS.sub("", text)
    tokens = (re.sub(r"[^0-9A-Za-z]", "", token).upper() for token in joined.split())
    return {token for token in tokens if any(c.isdigit() for c in token)}


def _fact_figures(request: ReplyRequest) -> set[str]:
    values = [item for value in request.facts.values() for item in (value if isinstance(value, list) else [value])]
    return figures(" ".join(str(value) for value in values))


def _commits(text: str, rules: Commitments) -> set[str]:
    """The actions that sentences of `text` commit to (questions commit to nothing)."""
    actions = set()
    for sentence in _SENTENCE.findall(text.lower()):
        if "?" in sentence or not rules.markers.search(sentence):
            continue
        actions |= {action for action in rules.actions if re.search(rf"\b{re.escape(action)}", sentence)}
    return actions


def _has_prompt_text(text: str, draft: str, rules: ReplyRules) -> bool:
    draft_labels = {m[1].strip() for m in _LABEL.finditer(draft)}
    if any(m[1].strip() in rules.labels - draft_labels for m in _LABEL.finditer(text)):
        return True
    return bool((set(_shingles(text)) & rules.prompt_shingles) - set(_shingles(draft)))


def _static_parts(template: str) -> list[str]:
    """A prompt's own words: the text between its {fields}."""
    return [literal for literal, *_ in string.Formatter().parse(template)]


def _shingles(text: str) -> list[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return [tuple(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)]


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
