"""Scores of the defect models on held-out (generator B) photos, and the markdown report."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel

from evals.defects.dataset import CLASSES, Sample
from evals.defects.fit import DEFECT_KINDS
from tools.catalog.defects import DefectModel, crushed_features, defect_score_of_grid


class HeldoutScores(BaseModel):
    photos: int
    flagged: dict[str, float]  # kind -> share flagged as defect (tear..broken) or crushed (crushed), ok: any flag
    defect_recall: float  # the four defect kinds flagged as a defect or crushed (either sends it to damage triage)
    triage_accuracy: float  # ok / defect / crushed, as the rule below reads the two flags
    confusion: dict[str, dict[str, int]]
    scores: list[tuple[str, float, float]]  # kind, defect score, crushed score (for calibration)


def verdict(model: DefectModel, defect: float, crushed: float) -> str:
    if crushed >= model.crushed_threshold:
        return "crushed"
    return "defect" if defect >= model.defect_threshold else "ok"


def heldout_scores(model: DefectModel, samples: Sequence[Sample]) -> HeldoutScores:
    rows = []
    for sample in samples:
        defect = defect_score_of_grid(model.patch.probability(sample.features.patches), sample.on_subject)
        crushed = float(model.crushed.probability(crushed_features(sample.features)[None])[0])
        rows.append((sample.kind, defect, crushed))
    said = [verdict(model, d, c) for _k, d, c in rows]
    truth = ["ok" if k == "ok" else "crushed" if k == "crushed" else "defect" for k, _d, _c in rows]
    flagged = {}
    for kind in CLASSES:
        picks = [s for (k, _d, _c), s in zip(rows, said, strict=True) if k == kind]
        wanted = {"ok": "ok", "crushed": "crushed"}.get(kind, "defect")
        flagged[kind] = round(float(np.mean([s == wanted for s in picks])), 3) if picks else 0.0
    defects = [s != "ok" for (k, _d, _c), s in zip(rows, said, strict=True) if k in DEFECT_KINDS]
    confusion: dict[str, dict[str, int]] = {}
    for t, s in zip(truth, said, strict=True):
        confusion.setdefault(t, {}).setdefault(s, 0)
        confusion[t][s] += 1
    return HeldoutScores(
        photos=len(rows),
        flagged=flagged,
        defect_recall=round(float(np.mean(defects)), 3),
        triage_accuracy=round(float(np.mean([t == s for t, s in zip(truth, said, strict=True)])), 3),
        confusion=confusion,
        scores=[(k, round(d, 4), round(c, 4)) for k, d, c in rows],
    )


def markdown(model: DefectModel, scores: HeldoutScores, oof: dict[str, float], command: str) -> str:
    lines = [
        "# Defects seen in the photo",
        "",
        f"Command: `{command}`  ",
        f"Model: `tools/catalog/defect_model.json`, fitted on {model.fitted_on}; thresholds defect "
        f"{model.defect_threshold:.3f}, crushed {model.crushed_threshold:.3f} (chosen out of fold, product-grouped).",
        "",
        f"## Held out: generator B on holdout products ({scores.photos} photos)",
        "",
        f"Defect recall (tear, hole, stain, broken part flagged): **{scores.defect_recall:.3f}**; "
        f"ok / defect / crushed triage: **{scores.triage_accuracy:.3f}**.",
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
    ]
    if oof:
        lines += [
            "## Fitting set (generator A, out of fold)",
            "",
            *[f"- {name}: {value:.3f}" for name, value in oof.items()],
            "",
        ]
    return "\n".join(lines)
