"""Lines built from codes and evidence rather than reply keys (tool refusals, the photo verdict's reason, photo
refusals at intake, the chat's fixed lines) have no English in French, Spanish or German."""

from __future__ import annotations

import re

import pytest

from assistant.intake.validation import PhotoRefused, intake_line
from assistant.language_tables import language_table
from assistant.message_limits import too_long_notice
from assistant.models.contracts import TriageLabel
from assistant.models.prompts import PromptLibrary
from assistant.models.replies import ReplyTemplates
from assistant.models.requests import DamageCue, PhotoEvidence, ReplyRequest
from assistant.refusals import REASONS, refusal_reply
from assistant.steps.verdict_reasons import REASONS_FILE, verdict_reason
from tests.conftest import REPO_ROOT
from tests.language_leaks import english_fragments
from tools.registry import ToolResult

LANGUAGES = ["fr", "es", "de"]
EVIDENCE = [
    (TriageLabel.WRONG_COLOUR_OR_SIZE, PhotoEvidence(photo_colour="Purple", ordered_colour="Black")),
    (TriageLabel.WRONG_ITEM, PhotoEvidence(same_product=False, best_other_product="Hero Hoodie")),
    (TriageLabel.SHIPPING_DAMAGE, PhotoEvidence(damage_cues=[DamageCue.CRUSHED_PARCEL])),
    (TriageLabel.NOT_A_PROBLEM, PhotoEvidence(same_product=True)),
    (TriageLabel.NOT_A_PROBLEM, PhotoEvidence()),
    (TriageLabel.MISSING_PARTS, None),
]


def _templates() -> ReplyTemplates:
    return ReplyTemplates(PromptLibrary(REPO_ROOT / "prompts"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_refusal_reads_in_the_customers_language(language: str) -> None:
    templates = _templates()
    results = [ToolResult(tool="t", ok=False, error="x", error_code=code) for code in [*REASONS, "unknown", None]]
    results.append(ToolResult(tool="cancel_pending_order", ok=False, error="only pending orders can be cancelled",
                              error_code="wrong_status",
                              error_facts={"order_id": "#D1", "status": "processed", "required": "pending"}))
    for result in results:
        reply = refusal_reply(result)
        text = templates.render(ReplyRequest(key=reply["key"], facts=reply["facts"], language=language))
        assert "only pending" not in text and not english_fragments(text, language), text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("label", "evidence"), EVIDENCE)
def test_the_verdict_reason_is_in_the_customers_language(label: TriageLabel, evidence: PhotoEvidence | None,
                                                         language: str) -> None:
    reason = verdict_reason(label, evidence, language)
    assert not english_fragments(reason, language, names=["Hero Hoodie"]), reason


def test_the_verdict_reason_names_the_colours_in_the_customers_words() -> None:
    evidence = PhotoEvidence(photo_colour="Purple", ordered_colour="Black")
    assert verdict_reason(TriageLabel.WRONG_COLOUR_OR_SIZE, evidence, "fr") == (
        "l'article de la photo est violet, celui commandé est noir")
    assert "Lila" in verdict_reason(TriageLabel.WRONG_COLOUR_OR_SIZE, evidence, "de")
    assert "Purple" in verdict_reason(TriageLabel.WRONG_COLOUR_OR_SIZE, evidence, "en")
    assert set(language_table(REASONS_FILE)) >= {"en", *LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_photo_refusals_and_chat_lines_are_in_the_customers_language(language: str) -> None:
    refusals = [PhotoRefused("too_large", megabytes=10), PhotoRefused("quota", minutes=3), PhotoRefused("damaged"),
                PhotoRefused("too_small", pixels=64), PhotoRefused("one_photo"), PhotoRefused("unavailable")]
    lines = [r.words(language) for r in refusals] + [intake_line("held_with_photo", language),
                                                     too_long_notice(5000, language)]
    chat_lines = language_table(REPO_ROOT / "prompts" / "chat_lines.v1.yaml")[language].values()
    lines += [re.sub(r"\{\w+\}", "", line) for line in chat_lines]  # the facts are filled in where shown
    assert all(not english_fragments(line, language) for line in lines), lines
    assert str(PhotoRefused("too_large", megabytes=10)) == "This photo is larger than 10 MB; please send a smaller one."


@pytest.mark.parametrize(("language", "signed"), [("fr", "Service client : "), ("es", "Atención al cliente: "),
                                                  ("de", "Kundenservice: "), ("en", "Customer service: ")])
def test_a_desk_reply_is_signed_in_the_conversations_language(language: str, signed: str) -> None:
    from assistant.web.chat.turns import message_content  # imports chainlit

    shown = message_content({"text": "Bonjour", "author": "agent"}, language)
    assert shown == f"{signed}Bonjour"
