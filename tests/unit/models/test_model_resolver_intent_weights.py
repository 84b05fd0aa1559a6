"""The resolver's learned intent weights: fresh for the labelled data, used for English only, and the general
pattern rules for closings and contact-only turns."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.models.contracts import Intent, TurnIntent
from assistant.models.prompts import PromptLibrary
from assistant.models.requests import DecisionRequest
from assistant.models.resolver.backend import ResolverBackend
from assistant.models.resolver.intent_weights import IntentWeights, fingerprint
from assistant.models.resolver.patterns import extract_slots, pattern_intent
from evals.intent import run, train
from evals.intent.train import labelled_texts
from tools.softmax_regression import fit_softmax_regression


def test_shipped_weights_were_trained_on_the_current_labelled_texts(prompts: PromptLibrary) -> None:
    weights = IntentWeights.load()
    rows = labelled_texts(prompts.get("intent_prototypes").data())
    # Stale weights (prototypes or a seen split edited since) fail here: rerun `vitrine eval intent-train`.
    assert weights.trained_on == fingerprint([(row.intent.value, row.text) for row in rows])
    assert weights.labels == tuple(Intent) and weights.coef.shape == (384, len(Intent))


def test_english_turns_use_the_weights_and_other_languages_their_own_prototypes(resolver: ResolverBackend) -> None:
    english = resolver.decide_now(TurnIntent, DecisionRequest(text="where is my parcel"))
    assert "+intent_weights#" in english.prompt_version and english.value.intent is Intent.ORDER_STATUS
    french = resolver.decide_now(TurnIntent, DecisionRequest(text="je voudrais annuler ma commande", language="fr"))
    assert french.value.intent is Intent.CANCEL_ORDER


@pytest.mark.parametrize("text", ["okay, goodbye then", "sure, many thanks", "yep, take care"])
def test_a_closing_after_a_bare_yes_ends_the_chat(text: str) -> None:
    assert pattern_intent(text, extract_slots(text)) is Intent.THANKS_BYE


@pytest.mark.parametrize("text", ["ok thanks", "yes, go ahead", "sure, do it"])
def test_a_yes_without_a_closing_stays_a_yes(text: str) -> None:
    assert pattern_intent(text, extract_slots(text)) is Intent.AFFIRM


def test_an_email_with_only_contact_words_gives_details(resolver: ResolverBackend) -> None:
    text = "you can contact me at li.wei@example.org"
    assert pattern_intent(text, extract_slots(text)) is Intent.PROVIDE_DETAILS
    request = resolver.decide_now(TurnIntent, DecisionRequest(text="cancel my order, my email is li.wei@example.org"))
    assert request.value.intent is Intent.CANCEL_ORDER and request.value.slots.email == "li.wei@example.org"


def test_the_softmax_fit_reaches_the_regularised_optimum() -> None:
    rng = np.random.default_rng(1)
    centres = rng.normal(size=(3, 8))
    labels = np.repeat(np.arange(3), 20)
    vectors = (centres[labels] + 0.8 * rng.normal(size=(60, 8))).astype(np.float32)
    coef, bias = fit_softmax_regression(vectors, np.eye(3)[labels], l2=1 / 10.0, iterations=train.ITERATIONS)
    logits = vectors @ coef + bias
    probabilities = np.exp(logits - logits.max(1, keepdims=True))
    probabilities /= probabilities.sum(1, keepdims=True)
    residual = probabilities - np.eye(3)[labels]
    # At the optimum the gradient vanishes: X^T (P - Y) + coef / C = 0 and the bias gradient sum(P - Y) = 0.
    assert np.abs(vectors.T @ residual + coef / 10.0).max() < 1e-3
    assert np.abs(residual.sum(0)).max() < 1e-3


def test_new_holdout_files_are_scored_without_a_code_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for split in ("holdout10", "test", "holdout2", "dev", "holdout"):
        (tmp_path / f"utterances.{split}.yaml").write_text("greet: [hi]\n")
    monkeypatch.setattr(run, "SPLITS_DIR", tmp_path)
    assert run.discover_splits() == ["dev", "test", "holdout", "holdout2", "holdout10"]
