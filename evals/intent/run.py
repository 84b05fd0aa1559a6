"""Intent accuracy of the resolver on the labelled utterance splits, with a confusion table."""

from __future__ import annotations

import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from assistant.models.contracts import Intent, TurnIntent
from assistant.models.requests import ChatTurn, DecisionRequest, ImageInput
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
    by_language: defaultdict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

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


# The turn's photo in cases that have one: the resolver reads that a photo came, never its pixels, for intents.
PHOTO = ImageInput(data=b"\x89PNG\r\n\x1a\n" + bytes(16), media_type="image/png")


@dataclass(frozen=True)
class Case:
    """One labelled turn: English text alone in the older splits; language, a photo and the assistant's
    previous line (a product in focus) where a split gives them (a list of mappings, as holdout4)."""

    intent: str
    text: str
    language: str = "en"
    photo: bool = False
    after: str | None = None

    def request(self) -> DecisionRequest:
        history = [ChatTurn(role="assistant", text=self.after)] if self.after else []
        return DecisionRequest(text=self.text, language=self.language, image=PHOTO if self.photo else None,
                               history=history)


def load_cases(split: str) -> list[Case]:
    data = yaml.safe_load((SPLITS_DIR / f"utterances.{split}.yaml").read_text())
    if isinstance(data, list):
        return [Case(**{("language" if key == "lang" else key): value for key, value in case.items()}) for case in data]
    return [Case(label, text) for label, texts in data.items() for text in texts]


def load_split(split: str) -> list[tuple[str, str]]:
    return [(case.intent, case.text) for case in load_cases(split)]


def evaluate(resolver: ResolverBackend, split: str) -> SplitResult:
    result = SplitResult(split)
    for case in load_cases(split):
        started = time.perf_counter()
        decision = resolver.decide_now(TurnIntent, case.request())
        result.latencies_ms.append((time.perf_counter() - started) * 1000)
        predicted, label = decision.value.intent.value, case.intent
        result.total += 1
        result.correct += predicted == label
        result.confusion[(label, predicted)] += 1
        result.by_language[case.language][0] += 1
        result.by_language[case.language][1] += predicted == label
        if predicted != label:
            shown = f"[{case.language}{', photo' if case.photo else ''}] {case.text}"
            result.errors.append((label, predicted, shown, decision.value.confidence))
    return result


def by_language_markdown(results: list[SplitResult]) -> str:
    """Per split and language, where a split has more than English: correct / utterances."""
    lines = ["| split | language | utterances | correct | accuracy |", "|---|---|---|---|---|"]
    for result in results:
        if set(result.by_language) == {"en"}:
            continue
        for language, (total, correct) in sorted(result.by_language.items()):
            lines.append(f"| {result.split} | {language} | {total} | {correct} | {correct / total:.3f} |")
    return "\n".join(lines) if len(lines) > 2 else ""


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
