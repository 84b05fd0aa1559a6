"""Intent of a turn without a generative model: patterns first, then learned weights blended with the nearest
labelled prototypes (or the prototypes alone, for the languages without learned weights)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from assistant.grounding.complaint_statement import asks_without_a_problem, reads_as_complaint
from assistant.models.contracts import Intent, TurnIntent
from assistant.models.embedder import TextEmbedder
from assistant.models.requests import DecisionRequest
from assistant.models.resolver.intent_weights import IntentWeights
from assistant.models.resolver.patterns import extract_slots, mask_slots, pattern_intent
from assistant.models.resolver.product_cues import product_reading

TOP_K = 3
TEMPERATURE = 0.1  # sharpens per-intent prototype scores into a confidence (prototypes alone)
MIN_SCORE = 0.5  # below this (top-k mean + centroid, each a cosine) nothing is close: out of scope
UNSURE_COMPLAINT = 0.5  # a complaint read by the prototypes alone below this share needs a problem named or a photo


class IntentResolver:
    """Intent classifier over MiniLM embeddings, with patterns for the sure cases.

    With `weights` a turn's score per intent is the learned log-probability plus `weights.blend` times its
    prototype score; without, the prototype score alone (top-k mean + centroid cosine)."""

    def __init__(
        self, embedder: TextEmbedder, prototypes: Mapping[str, Sequence[str]], weights: IntentWeights | None = None
    ) -> None:
        self._embedder = embedder
        labels: list[Intent] = []
        texts: list[str] = []
        for label, examples in prototypes.items():
            intent = Intent(label)
            labels.extend(intent for _ in examples)
            texts.extend(examples)
        self._intents = sorted(set(labels), key=list(Intent).index)
        self._labels = np.array([self._intents.index(label) for label in labels])
        # One text per call, as a turn is embedded: int8 activations are quantised per batch, so padding in a
        # batch moves a prototype's vector (cosine down to ~0.94 against the same text alone).
        self._vectors = np.concatenate([embedder.embed([mask_slots(text)]) for text in texts])
        centroids = np.stack([self._vectors[self._labels == i].mean(0) for i in range(len(self._intents))])
        # Per intent, the rows of its prototypes, padded with a row past the end (read as -inf): one gather
        # and one partition score every intent at once (a per-intent loop cost a tenth of a turn's budget).
        members = [np.flatnonzero(self._labels == i) for i in range(len(self._intents))]
        self._members = np.full((len(members), max(map(len, members))), len(labels))
        for row, indexes in enumerate(members):
            self._members[row, : len(indexes)] = indexes
        self._top_k = np.array([min(TOP_K, len(indexes)) for indexes in members])
        self._centroids = centroids / np.linalg.norm(centroids, axis=1, keepdims=True)
        self._weights = weights
        if weights is not None:
            missing = set(self._intents) - set(weights.labels)
            if missing:
                raise ValueError(f"intent weights lack {sorted(missing)}")
            self._weight_columns = np.array([weights.labels.index(intent) for intent in self._intents])

    def resolve(self, request: DecisionRequest) -> TurnIntent:
        text = request.text.strip()
        slots = extract_slots(text)
        if not text:
            intent = Intent.REPORT_PROBLEM if _complaint_context(request) else Intent.RECOMMEND
            return TurnIntent(intent=intent, confidence=0.6 if request.image else 0.2, slots=slots)
        sure = pattern_intent(text, slots)
        # What arrived is damaged or not what was ordered: a complaint, in any language ("not what I ordered"
        # also reads as asking for the order list). A photo with the turn is the item it complains about.
        if sure in (None, Intent.ORDER_STATUS) and reads_as_complaint(text, photo=request.image is not None):
            return TurnIntent(intent=Intent.REPORT_PROBLEM, confidence=0.9, slots=slots)
        if sure is not None:
            return TurnIntent(intent=sure, confidence=0.97, slots=slots)
        # The patterns saw order or item ids plus other words: the other words say what the customer wants. An
        # email is not excluded: it is who the customer is, rarely what a request is about ("maybe try x@y.com").
        has_ids = bool(slots.order_ids or slots.item_ids)
        intent, confidence = self.nearest(text, exclude=Intent.PROVIDE_DETAILS if has_ids else None)
        intent = product_reading(intent, text, slots)
        if (intent is Intent.REPORT_PROBLEM and confidence < UNSURE_COMPLAINT and request.image is None
                and not _complaint_context(request) and asks_without_a_problem(text)):
            # far from every example, a question naming no problem: never a complaint (no damage-photo question)
            intent = Intent.OUT_OF_SCOPE
        if intent in (Intent.RECOMMEND, Intent.PRODUCT_QUESTION):
            slots = slots.model_copy(update={"product_query": text[:200]})
        return TurnIntent(intent=intent, confidence=confidence, slots=slots)

    def nearest(self, text: str, exclude: Intent | None = None) -> tuple[Intent, float]:
        """The best intent for a turn, and a confidence; out of scope when no prototype is close.

        The confidence is the prototype softmax's share of the chosen intent, also with learned weights: routing
        thresholds (a new topic needs 0.6) were set on that scale, and the learned probabilities are sure of
        themselves on turns unlike any labelled one ("the bamboo deck, item 4293355847" inside an exchange).
        Where the weights overrule the nearest prototypes, the confidence is low, which is what routing needs."""
        scores, closeness = self._scores(self._embedder.embed([mask_slots(text)])[0])
        if exclude in self._intents:
            closeness[self._intents.index(exclude)] = scores[self._intents.index(exclude)] = -np.inf
        if closeness.max() < MIN_SCORE:
            return Intent.OUT_OF_SCOPE, round(float(1.0 - closeness.max() / 2), 3)
        best = int(scores.argmax())
        shares = np.exp((closeness - closeness.max()) / TEMPERATURE)
        return self._intents[best], round(float(shares[best] / shares.sum()), 3)

    def _scores(self, vector: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per intent: the deciding score, and the prototype score alone."""
        closeness = self.prototype_scores(vector)
        if self._weights is None:
            return closeness.copy(), closeness
        learned = self._weights.log_proba(vector)[self._weight_columns]
        return learned + self._weights.blend * closeness, closeness

    def prototype_scores(self, vector: np.ndarray) -> np.ndarray:
        """Per intent: the mean cosine of its TOP_K closest prototypes plus the cosine to its centroid (the pair
        generalised best on the dev split)."""
        similarities = np.append(self._vectors @ vector, -np.inf)[self._members]
        top = np.partition(similarities, -TOP_K, axis=1)[:, -TOP_K:] if similarities.shape[1] > TOP_K else similarities
        nearest = np.where(np.isfinite(top), top, 0.0).sum(axis=1) / self._top_k
        return nearest + self._centroids @ vector


def _complaint_context(request: DecisionRequest) -> bool:
    return request.evidence is not None or (request.awaiting or "").lower() in {"photo", "complaint"}
