"""fresh11 F10, F11, F13, F15 in code (loops11; cases in evals/suites/dialogue-classes-22.yaml): German typed
without umlauts is read with them; a request for a photo is not repeated; after a refusal a never-mind drops the
request and questions are questions; an item change says it is allowed once; the desk reads the photo verdict about
the customer, never addressed to "you"."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.grounding.german_spelling import with_umlauts
from assistant.grounding.policy_questions import policy_question
from assistant.models.contracts import Intent, TriageLabel, TurnIntent
from assistant.models.requests import PhotoEvidence
from assistant.models.resolver.triage import triage_photo
from assistant.state import ConversationState
from assistant.steps.after_refusal import lets_it_go
from assistant.steps.photo_not_sent import instead_of_photo_reading, own_request_instead_of_photo
from assistant.steps.routing import after_understanding

PROMPTS = Path(__file__).resolve().parents[3] / "prompts"


@pytest.mark.parametrize(("typed", "read"), [
    ("ich will das top zuruckgeben", "ich will das top zurückgeben"),
    ("konnen sie die grosse auf L andern?", "können sie die größe auf L ändern?"),
    ("die jacke war fur meine schwester", "die jacke war für meine schwester"),
    ("Zuruckschicken, bitte", "Zurückschicken, bitte"),
    ("ich mochte das rucksendeetikett", "ich möchte das rücksendeetikett"),
])
def test_german_typed_without_umlauts_is_read_with_them(typed: str, read: str) -> None:
    assert with_umlauts(typed) == read


@pytest.mark.parametrize("text", ["schon gut, danke", "die bestellung wurde verschickt", "andere farben?",
                                  "ich habe einen rucksack bestellt", "wer zahlt das porto", "schön, danke"])
def test_german_words_of_their_own_are_left_as_typed(text: str) -> None:
    assert with_umlauts(text) == text


def _state(text: str, said_last: list[str], **more: Any) -> ConversationState:
    return {"conversation_id": "c", "customer_id": "demo_mia_novak", "incoming": {"text": text},  # type: ignore[typeddict-item]
            "said_last": said_last, "transcript": [], **more}


def test_a_request_sent_instead_of_the_photo_is_read_as_that_request() -> None:
    state = _state("no photo, nothing is broken, I ordered it by mistake. can you cancel it?", ["ask_photo"])
    unsure = TurnIntent(intent=Intent.REPORT_PROBLEM, confidence=0.3)
    assert instead_of_photo_reading(state, state["incoming"]["text"], unsure).intent is Intent.CANCEL_ORDER
    assert own_request_instead_of_photo(state, Intent.RETURN_ITEM)
    assert not own_request_instead_of_photo(_state("cancel it", []), Intent.CANCEL_ORDER)  # no photo was asked
    with_photo = _state("here", ["ask_photo"], incoming={"text": "here", "photo": {"uri": "x", "sha256": "y"}})
    assert not own_request_instead_of_photo(with_photo, Intent.RETURN_ITEM)


@pytest.mark.parametrize("text", ["nvm, don't cancel it then", "non laissez, ne l'annulez pas alors",
                                  "vale nada, no lo canceles entonces", "ok, dann halt nicht stornieren",
                                  "nah forget it"])
def test_after_a_refusal_a_never_mind_drops_the_request(text: str) -> None:
    state = _state(text, ["none_eligible_cancel"], intent={"intent": "cancel_order", "confidence": 0.9})
    assert lets_it_go(state) and after_understanding(state) == "drop_topic"
    assert not lets_it_go(_state(text, ["order_list"]))  # nothing was refused: the usual reading


@pytest.mark.parametrize(("text", "topic"), [
    ("what's the difference between cancelling and returning?", "cancel_or_return"),
    ("c'est quoi la différence entre annuler et retourner ?", "cancel_or_return"),
    ("que diferencia hay entre cancelar y devolver?", "cancel_or_return"),
    ("was ist der Unterschied zwischen stornieren und zurückschicken?", "cancel_or_return"),
    ("the refund goes back to my visa right?", "refund_destination"),
    ("et le remboursement va sur ma visa ?", "refund_destination"),
    ("y me devolveis el dinero a la visa?", "refund_destination"),
    ("und das Geld geht zurück auf meine Karte, oder?", "refund_destination"),
])
def test_questions_after_a_refusal_are_questions_about_the_rules(text: str, topic: str) -> None:
    assert policy_question(text) == topic
    state = _state(text, ["none_eligible_cancel"], intent={"intent": "return_item", "confidence": 0.9},
                   topic={"intent": "cancel_order", "slots": {}})
    assert after_understanding(state) == "shop_policy"


@pytest.mark.parametrize("text", ["refund it to my paypal please", "what's the price difference?"])
def test_requests_are_not_questions_about_the_rules(text: str) -> None:
    assert policy_question(text) is None


@pytest.mark.parametrize(("language", "once"), [("en", "only once"), ("fr", "une seule fois"),
                                                ("es", "una sola vez"), ("de", "nur einmal")])
def test_an_item_change_says_before_the_yes_that_it_is_allowed_once(language: str, once: str) -> None:
    suffix = "" if language == "en" else f"_{language}"
    replies = yaml.safe_load((PROMPTS / f"replies{suffix}.v1.yaml").read_text(encoding="utf-8"))
    assert once in replies["confirm_swap_pending"] and once in replies["confirm_swap"]  # a delivered one: once too


@pytest.mark.parametrize("words", ["my hoodie arrived with a stain", "the colour is wrong", "it's damaged"])
@pytest.mark.parametrize("evidence", [
    None, PhotoEvidence(photo_colour="Yellow", ordered_colour="Black", same_product=True),
])
def test_the_verdict_the_desk_reads_speaks_of_the_customer(words: str, evidence: PhotoEvidence | None) -> None:
    triage = triage_photo(evidence, words)
    assert triage.label in TriageLabel and not re.search(r"\byou\b", triage.rationale, re.I), triage.rationale
