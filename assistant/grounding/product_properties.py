"""Properties of a product asked about that no catalog attribute holds ("is it breathable?", "¿es elástico?",
"good for running?"), read from the customer's words and looked up in the product's own name, description and
style (`prompts/product_properties.v1.yaml`, fresh20 F10): the sentence that says it, or nothing."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from assistant.grounding.lexicon import LANGUAGES

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "product_properties.v1.yaml"
_SENTENCE = re.compile(r"[^.!?\n•]+")


class ProductProperty(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: dict[str, list[str]] = Field(min_length=len(LANGUAGES))
    evidence: list[str] = Field(min_length=1)
    label: dict[str, str] = Field(min_length=len(LANGUAGES))


class ProductProperties(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int
    properties: dict[str, ProductProperty]


class _Compiled(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)
    asked: dict[str, re.Pattern[str]]
    evidence: dict[str, re.Pattern[str]]
    labels: dict[str, dict[str, str]]


@cache
def _compiled(path: Path = WORDS_FILE) -> _Compiled:
    """The file, validated and compiled once; a malformed file fails at start-up."""
    data = ProductProperties.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    asked = {name: re.compile(r"\b(?:" + "|".join(p for ps in prop.words.values() for p in ps) + r")\b")
             for name, prop in data.properties.items()}
    evidence = {name: re.compile("|".join(f"(?:{p})" for p in prop.evidence), re.I)
                for name, prop in data.properties.items()}
    return _Compiled(asked=asked, evidence=evidence, labels={n: p.label for n, p in data.properties.items()})


def properties_asked(folded: str) -> list[str]:
    """The properties a (folded) question names, in the file's order."""
    return [name for name, pattern in _compiled().asked.items() if pattern.search(folded)]


def property_label(name: str, language: str) -> str:
    labels = _compiled().labels[name]
    return labels.get(language) or labels["en"]


def property_evidence(texts: list[str], name: str) -> str | None:
    """The first sentence of `texts` (name, description, style) that says the product has the property."""
    pattern = _compiled().evidence[name]
    for text in texts:
        for sentence in _SENTENCE.findall(re.sub(r"<[^>]+>", " ", text)):
            if pattern.search(sentence):
                return " ".join(sentence.split())
    return None
