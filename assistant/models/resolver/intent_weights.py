"""Learned intent weights: a softmax regression over MiniLM turn vectors, blended with the prototype scores.

Trained offline by `vitrine eval intent-train` (evals/intent/train.py) on the prototypes and the labelled
utterances; the resolver only reads the file, so it stays offline and costs one small matrix product per turn.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from assistant.models.contracts import Intent
from assistant.settings import PROJECT_ROOT

INTENT_WEIGHTS = PROJECT_ROOT / "prompts" / "intent_weights.v1.npz"

Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True)
class IntentWeights:
    """`coef` (dim x labels) and `bias` score a unit turn vector; `blend` weighs the prototype scores added to
    those log-probabilities (chosen by cross-validation). `trained_on` fingerprints the labelled texts, so
    stale weights can be detected."""

    labels: tuple[Intent, ...]
    coef: Matrix
    bias: Matrix
    blend: float
    trained_on: str

    def log_proba(self, vector: Matrix) -> Matrix:
        logits = vector @ self.coef + self.bias
        logits = logits - logits.max()
        return logits - np.log(np.exp(logits).sum())

    @property
    def ref(self) -> str:
        """Recorded with each decision next to the prototypes' ref: which weights read the turn."""
        digest = hashlib.sha256(self.coef.tobytes() + self.bias.tobytes()).hexdigest()[:8]
        return f"intent_weights#{digest}"

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            labels=np.array([label.value for label in self.labels]),
            coef=self.coef.astype(np.float32),
            bias=self.bias.astype(np.float32),
            blend=np.float32(self.blend),
            trained_on=np.array(self.trained_on),
        )

    @classmethod
    def load(cls, path: Path = INTENT_WEIGHTS) -> IntentWeights:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                labels=tuple(Intent(str(label)) for label in data["labels"]),
                coef=data["coef"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                blend=float(data["blend"]),
                trained_on=str(data["trained_on"]),
            )


def fingerprint(labelled: list[tuple[str, str]]) -> str:
    """A hash of (label, text) pairs in a stable order: what a set of weights was trained on."""
    lines = sorted(f"{label}\t{text}" for label, text in labelled)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
