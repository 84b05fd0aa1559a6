"""The photo-triage report: accuracy per truth, confusions, verdict time and the reliability table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from evals.photo_triage.calibrate import Reliability
from evals.photo_triage.escalation import ChosenBar
from evals.photo_triage.runner import EXPECTED, Verdict


def _accuracy(verdicts: Sequence[Verdict]) -> str:
    return f"{np.mean([v.correct for v in verdicts]):.3f} ({sum(v.correct for v in verdicts)}/{len(verdicts)})"


def markdown(
    verdicts: Sequence[Verdict],
    table: Reliability,
    train: Sequence[Verdict] | None,
    chosen: ChosenBar | None,
    bar: float,
    command: str,
    seconds: float,
    times: Sequence[tuple[float, float]],
) -> str:
    lines = [
        "# Photo complaint triage from the photo alone",
        "",
        f"Command: `{command}` ({seconds:.0f} s)  ",
        'Message: the neutral "there is a problem with the item from my order, see the photo"; the whole '
        "Magento catalog indexed (every view; photos by the fused embedder, text by MiniLM; the app's default "
        "photo embedder is `descriptor`); cases of the `holdout` products.",
        "",
        f"Overall: **{_accuracy(verdicts)}**",
        "",
        "| truth | right label | called instead |",
        "|---|---|---|",
    ]
    for truth in EXPECTED:
        picked = [v for v in verdicts if v.truth == truth]
        wrong = Counter(v.label.value for v in picked if not v.correct)
        lines.append(f"| {truth} | {_accuracy(picked)} | {', '.join(f'{k} {n}' for k, n in wrong.most_common())} |")
    wall = sorted(w for w, _c in times)
    cpu = sorted(c for _w, c in times)
    lines += [
        "",
        f"Photo verdict time, {len(times)} whole verdicts with nothing cached (comparison with the catalog, damage "
        f"reader with the reference's maps computed afresh, triage; one torch thread): CPU p50 "
        f"{_pct(cpu, 0.5)} ms, p90 {_pct(cpu, 0.9)} ms; wall p50 {_pct(wall, 0.5)} ms, p90 {_pct(wall, 0.9)} ms "
        "(wall on this shared 2-core host, others' jobs running).",
        "",
        "## Confidence reliability (holdout verdicts)",
        "",
        "| confidence | verdicts | mean confidence | accuracy |",
        "|---|---|---|---|",
    ]
    for row in table.rows:
        mean = f"{row.mean_confidence:.3f}" if row.mean_confidence is not None else "-"
        accuracy = f"{row.accuracy:.3f}" if row.accuracy is not None else "-"
        lines.append(f"| {row.low:.1f}-{row.high:.1f} | {row.verdicts} | {mean} | {accuracy} |")
    lines += [
        "",
        f"ECE {table.expected_calibration_error:.3f}, Brier {table.brier:.3f}. Below the escalation bar "
        f"({bar:.2f}, `escalate_below` in `photo_confidence.json`, read by the graph as "
        f"`photo_confidence.ESCALATE_BELOW`): {table.escalated:.3f} of verdicts, "
        f"{table.wrong_escalated:.3f} of the wrong ones; accuracy of the verdicts kept: {table.accuracy_kept} "
        f"(a verdict below the bar goes to a person with the photo and the verdict on the ticket).",
        "",
    ]
    if train is not None:
        lines.append(f"Confidence model fitted on {len(train)} train-product verdicts (accuracy {_accuracy(train)}).")
    if chosen is not None:
        lines += [
            "",
            f"Escalation bar chosen on those train verdicts only (`evals/photo_triage/escalation.py`): the highest "
            f"bar with at most {chosen.budget:.0%} of them below it, on out-of-fold confidences: {chosen.bar:.2f} "
            f"({chosen.escalated:.3f} of the train verdicts below it, {chosen.wrong_escalated:.3f} of the wrong "
            f"ones; the verdicts below it right {chosen.right_below} of the time).",
        ]
    return "\n".join(lines)


def _pct(values: Sequence[float], share: float) -> str:
    return f"{values[min(int(len(values) * share), len(values) - 1)] * 1000:.0f}" if values else "-"
