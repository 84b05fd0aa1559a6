"""Intent accuracy of the resolver on the labelled utterance splits, with a confusion table."""

from __future__ import annotations

import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from assistant.models.contracts import Intent, TurnIntent
from assistant.models.requests import DecisionRequest
from assistant.models.resolver.backend import ResolverBackend

SPLITS_DIR = Path(__file__).parent
# The splits seen while building the resolver (its weights are trained on them); benches time these.
SPLITS = ("dev", "test", "holdout", "holdout2")


@dataclass
class SplitResult:
    split: str
    total: int = 0
    correct: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[tuple[str, str, str, float]] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def discover_splits() -> list[str]:
    """Every `utterances.<split>.yaml` here, dev and test first, then holdouts by number: a new holdout file is
    scored by `vitrine eval intent` as soon as it exists."""
    files = SPLITS_DIR.glob("utterances.*.yaml")
    names = [path.name.removeprefix("utterances.").removesuffix(".yaml") for path in files]
    first = {"dev": 0, "test": 1}
    return sorted(names, key=lambda name: (first.get(name, 2), len(name), name))


def load_split(split: str) -> list[tuple[str, str]]:
    data = yaml.safe_load((SPLITS_DIR / f"utterances.{split}.yaml").read_text())
    return [(label, text) for label, texts in data.items() for text in texts]


def evaluate(resolver: ResolverBackend, split: str) -> SplitResult:
    result = SplitResult(split)
    for label, text in load_split(split):
        started = time.perf_counter()
        decision = resolver.decide_now(TurnIntent, DecisionRequest(text=text))
        result.latencies_ms.append((time.perf_counter() - started) * 1000)
        predicted = decision.value.intent.value
        result.total += 1
        result.correct += predicted == label
        result.confusion[(label, predicted)] += 1
        if predicted != label:
            result.errors.append((label, predicted, text, decision.value.confidence))
    return result


def confusion_markdown(results: list[SplitResult]) -> str:
    """Rows: true intent; columns: predicted intent (abbreviated); all splits summed."""
    confusion: Counter[tuple[str, str]] = Counter()
    for result in results:
        confusion.update(result.confusion)
    labels = [intent.value for intent in Intent]
    short = {label: "".join(part[:3] for part in label.split("_")) for label in labels}
    lines = [
        "| true \\ predicted | " + " | ".join(short[label] for label in labels) + " | recall |",
        "|---" * (len(labels) + 2) + "|",
    ]
    for true in labels:
        row = [confusion[(true, predicted)] for predicted in labels]
        total = sum(row)
        recall = f"{row[labels.index(true)] / total:.2f}" if total else "-"
        cells = [str(count) if count else "·" for count in row]
        lines.append(f"| {true} | " + " | ".join(cells) + f" | {recall} |")
    legend = ", ".join(f"{short[label]} = {label}" for label in labels)
    return "\n".join(lines) + f"\n\nColumns: {legend}."


def summary_markdown(results: list[SplitResult]) -> str:
    lines = [
        "| split | utterances | correct | accuracy | p50 ms/turn | p95 ms/turn |",
        "|---|---|---|---|---|---|",
    ]
    for result in results:
        latencies = sorted(result.latencies_ms)
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        lines.append(
            f"| {result.split} | {result.total} | {result.correct} | {result.accuracy:.3f} | "
            f"{statistics.median(latencies):.2f} | {p95:.2f} |"
        )
    return "\n".join(lines)


def errors_markdown(results: list[SplitResult]) -> str:
    lines = ["| split | true | predicted | confidence | utterance |", "|---|---|---|---|---|"]
    for result in results:
        for true, predicted, text, confidence in result.errors:
            lines.append(f"| {result.split} | {true} | {predicted} | {confidence:.2f} | {text} |")
    return "\n".join(lines)
