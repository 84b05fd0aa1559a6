"""Undamaged photos of the ordered variant read as damage? Every catalog view of demo catalog colours, through
a phone's degradations and redaction, against defects drawn by the held-out generators (B, C: never fitted on)
on the same products, product-grouped: the framed check's logistic is fitted on the calibration products and
every figure is read on the test products.

    python -m evals.defects.clean_views --work-dir /work/cache/photo18b/clean-views [--fit]

`--fit` prints the logistic for `tools/catalog/defects.FRAMED_COEF`; the photos' readings are kept in
`--work-dir` (a re-run reads them). Report: evals/defects/CLEAN_VIEWS.md.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from assistant.intake.redaction import Redactor
from assistant.settings import PROJECT_ROOT
from evals.conversations.photos import DEGRADATIONS, _reshoot, _stain, _tear
from evals.defects.dataset import phone_copy
from evals.defects.generator_c import draw_generator_c_defect
from evals.defects.heldout_generator import draw_heldout_defect
from evals.retrieval.phone import jpeg
from evals.retrieval.runner import catalog_documents
from tools.catalog.colour import read_colour, region_for_category
from tools.catalog.compare import _without
from tools.catalog.defects import framed_probability, read_damage, shipped_defect_model
from tools.catalog.left_out import left_out
from tools.catalog.photos import cut_out
from tools.catalog.reference_framing import frame_reference, framed_residual

DEMO = PROJECT_ROOT / "data" / "demo-catalog"
DEFECTS = ("tear", "hole", "stain", "broken")
Way = Callable[[Image.Image, random.Random], Image.Image]


def _after_reshoot(step: Way) -> Way:
    return lambda image, rng: step(_reshoot(image), rng)


CLEAN_WAYS: dict[str, Way] = {
    "jpeg": lambda image, rng: jpeg(image, rng),
    "reshoot": lambda image, rng: _reshoot(image),
    **{f"reshoot+{name}": _after_reshoot(step) for name, step in DEGRADATIONS.items() if name != "jpeg"},
    "phone": lambda image, rng: phone_copy(image, rng, geometric=True),
}


def split(product_id: str) -> str:
    return "calibration" if zlib.crc32(f"clean-views:{product_id}".encode()) % 2 == 0 else "test"


def colours(count: int) -> list[tuple[str, list[str]]]:
    """(product id, views: main first) of `count` products, the colour with the most views of each."""
    return [(p, views) for p, views, _colour, _category in documents(count)]


def documents(count: int) -> list[tuple[str, list[str], str | None, str | None]]:
    """(product id, views, colour, category path) of `count` products, the colour with the most views of each."""
    best: dict[str, tuple[list[str], str | None, str | None]] = {}
    for document in catalog_documents(DEMO):
        views = [str(p) for p in [document.image_path, *document.extra_images] if p]
        if views and len(views) > len(best.get(document.product_id, ([], None, None))[0]):
            best[document.product_id] = (views, document.colour, document.category_path)
    chosen = sorted((p for p, v in best.items() if len(v[0]) >= 2), key=lambda p: zlib.crc32(p.encode()))
    return [(p, *best[p]) for p in chosen[:count]]


def photos(product_id: str, views: list[str]) -> list[tuple[str, str, Image.Image]]:
    """(kind, how it was made, photo) for one colour: clean photos of every view, defects on the main view."""
    images = DEMO / "images"
    made = []
    for number, view in enumerate(views):
        studio = Image.open(images / view).convert("RGB")
        for way, step in CLEAN_WAYS.items():
            made.append(("clean", f"view{number}:{way}", step(studio.copy(), random.Random(f"{view}:{way}"))))
    main = Image.open(images / views[0]).convert("RGB")
    for kind in (*DEFECTS, "crushed"):
        for generator, draw in (("B", draw_heldout_defect), ("C", draw_generator_c_defect)):
            rng = random.Random(f"{views[0]}:{kind}:{generator}")
            made.append((kind, f"{generator}:phone", phone_copy(draw(main.copy(), kind, rng), rng, geometric=True)))
    for kind, alter in (("tear", _tear), ("stain", _stain)):
        rng = random.Random(f"{views[0]}:{kind}:suite")
        made.append((kind, "suite:reshoot", alter(_reshoot(main.copy()), rng)))
    return made


def reading(photo: Image.Image, views: list[Path], redactor: Redactor, known: dict[str, Any] | None = None,
            colour: str | None = None, category: str | None = None) -> dict[str, Any]:
    """The shipped comparison with the main view and the framed evidence over every view, after redaction (the
    regions it covered filled and left out, as the photo comparison does). `known`: the comparison's fields of
    an earlier run (only the framing is read again)."""
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG", quality=88)
    rgb = np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    regions = [region.padded for region in redactor.redact_pixels(rgb).regions]
    image, mask = left_out(Image.fromarray(rgb), regions) if regions else (Image.fromarray(rgb), None)
    if known is None:
        old = read_damage(image, reference=views[0])
        known = {"defect_score": old.defect_score, "defect": old.defect, "crushed": old.crushed}
    framing = frame_reference(image, views)
    evidence = framed_residual(image, framing, mask) if framing else None
    cutout = cut_out(image)
    read = read_colour(cutout if mask is None else _without(cutout, mask), region_for_category(category))
    # compare._same_colour without its fallback to the closest catalog colour (it needs the index)
    another = colour is not None and read.name.lower() != colour.lower() and read.confidence >= 0.5
    return {**{k: known[k] for k in ("defect_score", "defect", "crushed")}, "another_colour": another,
            "framed_view": framing.view if framing else None, "inliers": framing.inliers if framing else 0,
            "blob": evidence.blob_share if evidence else None, "hot": evidence.hot_share if evidence else None}


def measure(work_dir: Path, count: int, reframe: bool = False) -> list[dict[str, Any]]:
    """Every photo's readings, kept in `work_dir`; `reframe`: the framing read again, the comparison kept."""
    path = work_dir / f"readings-{count}.json"
    rows: list[dict[str, Any]] = json.loads(path.read_text()) if path.is_file() else []
    known = {(row["product_id"], row["kind"], row["way"]): row for row in rows} if reframe else {}
    rows = [] if reframe else rows
    done = {row["product_id"] for row in rows}
    redactor = Redactor()
    for product_id, views, colour, category in documents(count):
        if product_id in done:
            continue
        files = [DEMO / "images" / v for v in views]
        for kind, way, photo in photos(product_id, views):
            rows.append({"product_id": product_id, "split": split(product_id), "kind": kind, "way": way,
                         **reading(photo, files, redactor, known.get((product_id, kind, way)), colour, category)})
        work_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(rows))
    return rows


def new_score(row: dict[str, Any]) -> float:
    """The shipped rule after this change (defects.framed_defect): the laid-over view's evidence where a view was
    laid over the photo, else the comparison's score."""
    if row["blob"] is None:
        return float(row["defect_score"])
    framed = framed_probability(float(row["blob"]))
    return min(framed, float(row["defect_score"])) if row.get("another_colour") else framed


def fit(rows: list[dict[str, Any]]) -> tuple[float, float]:
    """The logistic on log(blob + floor), clean against defect photos of the calibration products that a view was
    laid over (class-balanced); generator C's defects are never fitted on (the held-out generator)."""
    from sklearn.linear_model import LogisticRegression

    from tools.catalog.defects import FRAMED_FLOOR

    chosen = [r for r in rows if r["split"] == "calibration" and r["blob"] is not None and r["kind"] != "crushed"
              and not r["way"].startswith("C:")]
    x = np.log(np.asarray([r["blob"] for r in chosen]) + FRAMED_FLOOR)[:, None]
    y = np.asarray([r["kind"] != "clean" for r in chosen])
    model = LogisticRegression(class_weight="balanced").fit(x, y)
    return float(model.coef_[0][0]), float(model.intercept_[0])


def table(rows: list[dict[str, Any]], part: str) -> str:
    threshold = shipped_defect_model().defect_threshold
    chosen = [r for r in rows if r["split"] == part]
    lines = [f"### {part} products ({len({r['product_id'] for r in chosen})})", "",
             "| photos | n | defect named, before | after | crushed named, before | after |",
             "|---|---|---|---|---|---|"]
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in chosen:
        source = r["way"].split(":")[0] if r["kind"] != "clean" else "clean"
        view = r["way"].split(":")[0] if r["kind"] == "clean" else ""
        way = r["way"].split(":")[1]
        for key in ([f"clean, all views ({'main' if view == 'view0' else 'other views'})", f"clean, {way}",
                     "clean, all"] if r["kind"] == "clean" else [f"{r['kind']}, generator {source}",
                                                                  f"defects, generator {source}"]):
            if r["kind"] == "crushed" and key.startswith("defects"):
                continue
            groups.setdefault(key, []).append(r)
    for key in sorted(groups):
        group = groups[key]
        before = sum(r["defect"] for r in group)
        after = sum(new_score(r) >= threshold for r in group)
        crushed = sum(r["crushed"] for r in group)
        # a crushed reading stays where no view was laid over or the laid-over view differs (defects.framed_defect)
        crushed_after = sum(r["crushed"] and (r["blob"] is None or new_score(r) >= threshold) for r in group)
        lines.append(f"| {key} | {len(group)} | {before} ({before / len(group):.3f}) | {after} "
                     f"({after / len(group):.3f}) | {crushed} | {crushed_after} |")
    return "\n".join(lines)


def reliability(rows: list[dict[str, Any]], part: str) -> str:
    """Defect score against the share of photos that are defects, clean and defect photos of `part`."""
    chosen = [r for r in rows if r["split"] == part and r["kind"] != "crushed"]
    lines = ["| defect score | photos before | defects among them | photos after | defects among them |",
             "|---|---|---|---|---|"]
    edges = [0.0, 0.2, 0.4, 0.6, 0.822, 0.9, 0.95, 1.01]
    for low, high in zip(edges, edges[1:], strict=False):
        cells = []
        for score in (lambda r: float(r["defect_score"]), new_score):
            group = [r for r in chosen if low <= score(r) < high]
            defects = sum(r["kind"] != "clean" for r in group)
            cells.append(f"{len(group)} | {defects / len(group):.2f}" if group else "0 | -")
        lines.append(f"| {low:.2f}-{min(high, 1.0):.2f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work-dir", type=Path, default=PROJECT_ROOT / "var" / "eval-clean-views")
    parser.add_argument("--products", type=int, default=40)
    parser.add_argument("--fit", action="store_true")
    parser.add_argument("--reframe", action="store_true", help="read the framing again, keep the comparisons")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(1)
    rows = measure(args.work_dir, args.products, args.reframe)
    if args.fit:
        print("FRAMED_COEF =", fit(rows))
    for part in ("calibration", "test"):
        print(table(rows, part), "", reliability(rows, part), "", sep="\n")


if __name__ == "__main__":
    main()
