"""The resolver's intent reading: slots by pattern, intents by nearest MiniLM prototypes."""

from __future__ import annotations

import pytest
import yaml

from assistant.models.contracts import Intent, TurnIntent
from assistant.models.prompts import PromptLibrary
from assistant.models.requests import DecisionRequest, ImageInput, PhotoEvidence
from assistant.models.resolver.backend import ResolverBackend
from assistant.models.resolver.patterns import extract_slots
from assistant.settings import PROJECT_ROOT

EVAL_DIR = PROJECT_ROOT / "evals" / "intent"


def _labelled(split: str) -> list[tuple[str, str]]:
    data = yaml.safe_load((EVAL_DIR / f"utterances.{split}.yaml").read_text())
    return [(label, text) for label, texts in data.items() for text in texts]


async def _intent(resolver: ResolverBackend, text: str, **extra: object) -> TurnIntent:
    return (await resolver.decide(TurnIntent, DecisionRequest(text=text, **extra))).value  # type: ignore[arg-type]


def test_eval_utterances_are_not_prototypes(prompts: PromptLibrary) -> None:
    prototypes = {t.lower() for texts in prompts.get("intent_prototypes").data().values() for t in texts}
    for split in ("dev", "test", "holdout", "holdout2"):
        assert not prototypes & {text.lower() for _, text in _labelled(split)}, split


# Every split here is training data for the learned weights now (evals/intent/NOTES.md): these gates only guard
# regressions. The estimates are the cross-validation in evals/intent/TRAINING.md and the unseen holdout3.
GATES = {"dev": 0.95, "test": 0.95, "holdout": 0.95, "holdout2": 0.95}


@pytest.mark.parametrize("split", list(GATES))
def test_intent_accuracy_meets_the_gate(resolver: ResolverBackend, split: str) -> None:
    labelled = _labelled(split)
    right = sum(
        resolver.decide_now(TurnIntent, DecisionRequest(text=text)).value.intent.value == label
        for label, text in labelled
    )
    assert right / len(labelled) >= GATES[split], f"{split}: {right}/{len(labelled)}"


async def test_identity_and_ids_are_read_as_given(resolver: ResolverBackend) -> None:
    by_email = await _intent(resolver, "sure, it's Jo.Park+shop@example.com")
    assert by_email.intent is Intent.PROVIDE_DETAILS and by_email.slots.email == "Jo.Park+shop@example.com"
    by_name = await _intent(resolver, "Yusuf Rossi 19122")
    assert (by_name.slots.first_name, by_name.slots.last_name, by_name.slots.zip_code) == (
        "Yusuf",
        "Rossi",
        "19122",
    )
    ids = extract_slots("return 1008292230 and MH01-XS-Black from order W2378156")
    assert ids.order_ids == ["#W2378156"] and ids.item_ids == ["1008292230", "MH01-XS-Black"]


async def test_cancel_reason_and_modification_are_slots(resolver: ResolverBackend) -> None:
    cancel = await _intent(resolver, "please cancel #W1234567, I ordered it by mistake")
    assert cancel.intent is Intent.CANCEL_ORDER and cancel.slots.order_ids == ["#W1234567"]
    assert cancel.slots.cancel_reason == "ordered by mistake"
    move = await _intent(resolver, "I need to change the shipping address on my order")
    assert move.intent is Intent.MODIFY_ORDER and move.slots.modification == "address"


async def test_yes_no_and_human_are_sure(resolver: ResolverBackend) -> None:
    assert (await _intent(resolver, "yes please")).intent is Intent.AFFIRM
    assert (await _intent(resolver, "no, keep it")).intent is Intent.DENY
    human = await _intent(resolver, "this is going nowhere, let me talk to a real person")
    assert human.intent is Intent.HUMAN_AGENT and human.confidence > 0.9


async def test_a_photo_without_words_is_a_complaint_when_evidence_came_with_it(
    resolver: ResolverBackend, photo: ImageInput
) -> None:
    complaint = await _intent(resolver, "", image=photo, evidence=PhotoEvidence(same_product=True))
    assert complaint.intent is Intent.REPORT_PROBLEM
    browsing = await _intent(resolver, "", image=photo)
    assert browsing.intent is Intent.RECOMMEND


async def test_decisions_carry_provenance(resolver: ResolverBackend) -> None:
    decision = await resolver.decide(TurnIntent, DecisionRequest(text="where is my parcel"))
    assert decision.backend == "resolver" and not decision.degraded
    assert decision.prompt_version.startswith("intent_prototypes.v2#")
    assert decision.value.intent is Intent.ORDER_STATUS


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "can you change the default address on my account"),
        ("en", "I moved, please update the address for my future orders"),
        ("en", "set my profile address to 5 Elm St, Austin, TX 78701"),
        ("fr", "je voudrais modifier l'adresse par défaut de mon compte"),
        ("es", "necesito cambiar la dirección de mi cuenta"),
        ("de", "bitte ändern Sie meine Standardadresse"),
    ],
)
async def test_the_accounts_default_address_is_its_own_request(
    resolver: ResolverBackend, language: str, text: str
) -> None:
    assert (await _intent(resolver, text, language=language)).intent is Intent.CHANGE_DEFAULT_ADDRESS


async def test_an_orders_shipping_address_stays_an_order_change(resolver: ResolverBackend) -> None:
    for text in ("I need to change the shipping address on my order", "ship #W1234567 to my new address instead"):
        assert (await _intent(resolver, text)).intent is Intent.MODIFY_ORDER, text
