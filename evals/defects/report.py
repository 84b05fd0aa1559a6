"""Scores of the defect reader on held-out (generator B) photos, and the markdown report."""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel

from evals.defects.dataset import CLASSES, CLEAN, OTHER_PRODUCT, DefectSet
from evals.defects.fit import DEFECT_KINDS
from tools.catalog.defects import DamageReading, DefectModel, comparison_features, judge


class HeldoutScores(BaseModel):
    photos: int
    flagged: dict[str, float]  # kind -> share given the right call (clean: nothing flagged)
    defect_recall: float  # the four defect kinds called a defect
    damage_recall: float  # the four defect kinds flagged at all (defect or crushed)
    false_alarms: dict[str, float]  # clean kind -> share flagged (defect or crushed)
    triage_accuracy: float  # ok / defect / crushed
    confusion: dict[str, dict[str, int]]
    milliseconds_per_photo: float  # comparison + models, the maps already computed
    other_product_crushed: float | None = None  # another product's photo called crushed (a wrong item sent)
    scores: list[tuple[str, float, float]]  # kind, defect score, crushed score


def verdict(reading: DamageReading) -> str:
    if reading.crushed:
        return "crushed"
    return "defect" if reading.defect else "ok"


def _truth(kind: str) -> str:
    return "ok" if kind in CLEAN else "crushed" if kind == "crushed" else "defect"


def heldout_scores(model: DefectModel, data: DefectSet) -> HeldoutScores:
    readings = []
    started = time.perf_counter()
    for sample in data.samples:
        features = comparison_features(model, sample.maps, data.references[sample.reference])
        readings.append((sample.kind, judge(model, features)))
    seconds = time.perf_counter() - started
    others = [reading.crushed for kind, reading in readings if kind == OTHER_PRODUCT]
    timed = len(readings)
    readings = [row for row in readings if row[0] != OTHER_PRODUCT]  # the scores below: the ordered product's photos
    rows = [(kind, reading.defect_score, reading.crushed_score) for kind, reading in readings]
    said = [verdict(reading) for _kind, reading in readings]
    kinds = [k for k, _d, _c in rows]
    flagged = {kind: _share([s == _truth(kind) for k, s in zip(kinds, said, strict=True) if k == kind])
               for kind in CLASSES if kind != OTHER_PRODUCT}
    confusion: dict[str, dict[str, int]] = {}
    for k, s in zip(kinds, said, strict=True):
        confusion.setdefault(_truth(k), {}).setdefault(s, 0)
        confusion[_truth(k)][s] += 1
    return HeldoutScores(
        photos=len(rows),
        flagged=flagged,
        defect_recall=_share([s == "defect" for k, s in zip(kinds, said, strict=True) if k in DEFECT_KINDS]),
        damage_recall=_share([s != "ok" for k, s in zip(kinds, said, strict=True) if k in DEFECT_KINDS]),
        false_alarms={kind: _share([s != "ok" for k, s in zip(kinds, said, strict=True) if k == kind])
                      for kind in CLEAN},
        triage_accuracy=_share([_truth(k) == s for k, s in zip(kinds, said, strict=True)]),
        confusion=confusion,
        milliseconds_per_photo=round(1000 * seconds / max(timed, 1), 2),
        other_product_crushed=_share(others) if others else None,
        scores=[(k, round(d, 4), round(c, 4)) for k, d, c in rows],
    )


def _share(flags: Sequence[bool]) -> float:
    return round(float(np.mean(flags)), 3) if flags else 0.0


def markdown(
    model: DefectModel, scores: HeldoutScores, oof: dict[str, float], command: str, generator: str = "B"
) -> str:
    alarms = ", ".join(f"{kind} {share:.3f}" for kind, share in scores.false_alarms.items())
    lines = [
        "# Defects seen in the photo",
        "",
        f"Command: `{command}`  ",
        f"Model: `tools/catalog/defect_model.json`, fitted on {model.fitted_on}; thresholds defect "
        f"{model.defect_threshold:.3f}, crushed {model.crushed_threshold:.3f} (chosen out of fold, product-grouped).",
        "",
        f"## Held out: generator {generator} on holdout products ({scores.photos} photos)",
        "",
        f"Defect recall (tear, hole, stain, broken part called a defect): **{scores.defect_recall:.3f}** "
        f"(flagged at all, defect or crushed: {scores.damage_recall:.3f}); false alarms on clean photos "
        f"(defect or crushed flagged): **{alarms}**; ok / defect / crushed triage: **{scores.triage_accuracy:.3f}**.",
        "",
        "| photo | right call |",
        "|---|---|",
        *[f"| {kind} | {share:.3f} |" for kind, share in scores.flagged.items()],
        "",
        "Confusion (truth -> call): "
        + "; ".join(
            f"{t}: " + ", ".join(f"{s} {n}" for s, n in sorted(c.items())) for t, c in sorted(scores.confusion.items())
        ),
        "",
        f"Comparison and models, the maps already computed: {scores.milliseconds_per_photo:.2f} ms per photo.",
        "",
    ]
    if scores.other_product_crushed is not None:
        lines[-1:-1] = [
            f"Another product's clean photo against the ordered product's reference (a wrong item sent) called "
            f"crushed: {scores.other_product_crushed:.3f} (not in the figures above).",
            "",
        ]
    if oof:
        lines += [
            "## Fitting set (generator A, out of fold)",
            "",
            *[f"- {name}: {value:.3f}" for name, value in oof.items()],
            "",
        ]
    return "\n".join(lines)
