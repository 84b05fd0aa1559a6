"""Intent of a turn without a generative model: patterns first, then the nearest labelled prototypes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from assistant.models.contracts import Intent, TurnIntent
from assistant.models.embedder import TextEmbedder
from assistant.models.requests import DecisionRequest
from assistant.models.resolver.patterns import extract_slots, mask_slots, pattern_intent

TOP_K = 3
TEMPERATURE = 0.1  # sharpens per-intent scores into a confidence
MIN_SCORE = 0.5  # below this (top-k mean + centroid, each a cosine) nothing is close: out of scope


class IntentResolver:
    """Nearest-prototype intent classifier over MiniLM embeddings, with patterns for the sure cases."""

    def __init__(self, embedder: TextEmbedder, prototypes: Mapping[str, Sequence[str]]) -> None:
        self._embedder = embedder
        labels: list[Intent] = []
        texts: list[str] = []
        for label, examples in prototypes.items():
            intent = Intent(label)
            labels.extend(intent for _ in examples)
            texts.extend(examples)
        self._intents = sorted(set(labels), key=list(Intent).index)
        self._labels = np.array([self._intents.index(label) for label in labels])
        self._vectors = embedder.embed([mask_slots(text) for text in texts])
        centroids = np.stack([self._vectors[self._labels == i].mean(0) for i in range(len(self._intents))])
        self._centroids = centroids / np.linalg.norm(centroids, axis=1, keepdims=True)

    def resolve(self, request: DecisionRequest) -> TurnIntent:
        text = request.text.strip()
        slots = extract_slots(text)
        if not text:
            intent = Intent.REPORT_PROBLEM if _complaint_context(request) else Intent.RECOMMEND
            return TurnIntent(intent=intent, confidence=0.6 if request.image else 0.2, slots=slots)
        sure = pattern_intent(text, slots)
        if sure is not None:
            return TurnIntent(intent=sure, confidence=0.97, slots=slots)
        # The patterns saw ids plus other words: the other words say what the customer wants.
        has_ids = bool(slots.order_ids or slots.item_ids or slots.email)
        intent, confidence = self.nearest(text, exclude=Intent.PROVIDE_DETAILS if has_ids else None)
        if intent in (Intent.RECOMMEND, Intent.PRODUCT_QUESTION):
            slots = slots.model_copy(update={"product_query": text[:200]})
        return TurnIntent(intent=intent, confidence=confidence, slots=slots)

    def nearest(self, text: str, exclude: Intent | None = None) -> tuple[Intent, float]:
        """Score each intent by its closest prototypes plus its centroid (the pair generalised best on the
        dev split), and turn the scores into a softmax confidence."""
        vector = self._embedder.embed([mask_slots(text)])[0]
        similarities = self._vectors @ vector
        nearest = [self._top_mean(similarities, index) for index in range(len(self._intents))]
        scores = np.array(nearest) + self._centroids @ vector
        if exclude in self._intents:
            scores[self._intents.index(exclude)] = -1.0
        best = int(scores.argmax())
        if scores[best] < MIN_SCORE:
            return Intent.OUT_OF_SCOPE, round(float(1.0 - scores[best] / 2), 3)
        weights = np.exp((scores - scores[best]) / TEMPERATURE)
        return self._intents[best], round(float(1.0 / weights.sum()), 3)

    def _top_mean(self, similarities: np.ndarray, index: int) -> float:
        own = similarities[self._labels == index]
        k = min(TOP_K, len(own))
        return float(np.partition(own, -k)[-k:].mean())


def _complaint_context(request: DecisionRequest) -> bool:
    return request.evidence is not None or (request.awaiting or "").lower() in {"photo", "complaint"}
