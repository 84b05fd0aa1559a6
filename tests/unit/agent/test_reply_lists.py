"""A reply that slots a list never renders an empty one into its sentence ("Your delivered items: .")."""

from __future__ import annotations

import re

import pytest

from assistant.models.prompts import PromptLibrary
from assistant.models.replies import LIST_FACTS, ReplyTemplates
from assistant.models.requests import ReplyRequest
from tests.conftest import REPO_ROOT

TEMPLATES = ReplyTemplates(PromptLibrary(REPO_ROOT / "prompts"))
# An empty slot shows as punctuation with nothing before it: "items: .", "for  in order", "(, ", ": ?".
EMPTY_SLOT = re.compile(r"[:;,(]\s*[.?!)]|:\s*$|\s{2,}|\s[.,]")  # French puts a space before ?:;!
LISTED = [(language, key, fact) for language in TEMPLATES.languages() for key in TEMPLATES.keys()  # noqa: SIM118 - not a mapping
          for fact in sorted(TEMPLATES.fields(key) & LIST_FACTS)]


def test_the_templates_that_slot_lists_are_found() -> None:
    keys = {key for _, key, _ in LISTED}
    assert {"ask_complaint_item", "ask_items", "recommendations", "ask_refund_method"} <= keys


@pytest.mark.parametrize(("language", "key", "fact"), LISTED)
def test_an_empty_list_gets_a_line_of_its_own(language: str, key: str, fact: str) -> None:
    facts: dict[str, str | list[str]] = {name: "Blue Hoodie" for name in TEMPLATES.fields(key)}
    full = TEMPLATES.render(ReplyRequest(key=key, facts=facts, language=language))
    facts[fact] = []
    empty = TEMPLATES.render(ReplyRequest(key=key, facts=facts, language=language))
    assert not EMPTY_SLOT.search(empty), empty
    assert empty != full


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
def test_no_delivered_items_is_said_in_words(language: str) -> None:
    text = TEMPLATES.render(ReplyRequest(key="ask_complaint_item", facts={"items": []}, language=language))
    assert not text.rstrip().endswith(": .") and ": ." not in text
