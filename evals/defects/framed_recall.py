"""Defect recall of the laid-over view's reading on generators B, C and D, and its false alarms on undamaged
photos of every view, on the clean-views products (`clean_views.py`), product-grouped (issue 18, defect28).

    python -m evals.defects.framed_recall --work-dir /work/cache/defect28/framed [--workers 2]

The photos are clean_views.py's (every view through 7 degradations; B and C defects and crushed items on the
main view through the phone copy; the suites' tear and stain), plus generator D's five kinds (two of each,
test products only: held out) and generator A's four defect kinds (two of each, calibration products only:
what the peaks reader is fitted on). Each photo is redacted and the view laid over once; the laying (the photo,
the view moved into its frame, its item and what redaction covered) is kept in `--work-dir`, so readers of it
are compared on the same layings. The comparison's score (the fallback where no view is laid over, and the
colour gate) is read only where the rule needs it.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import time
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from evals.defects.clean_views import DEMO, documents, photos, split
from evals.defects.dataset import phone_copy
from evals.defects.generator_d import KINDS as D_KINDS
from evals.defects.generator_d import draw_generator_d_defect
from evals.defects.train_generator import draw_defect

A_KINDS = ("tear", "hole", "stain", "broken")
REPEATS = 2


def more_photos(product_id: str, views: list[str]) -> list[tuple[str, str, Image.Image]]:
    """Generator D on test products (held out), generator A on calibration products (fitting)."""
    main = Image.open(DEMO / "images" / views[0]).convert("RGB")
    made = []
    if split(product_id) == "test":
        for kind in D_KINDS:
            for repeat in range(REPEATS):
                rng = random.Random(f"{views[0]}:{kind}:D:{repeat}")
                drawn = draw_generator_d_defect(main.copy(), kind, rng)
                made.append((kind, f"D:phone:{repeat}", phone_copy(drawn, rng, geometric=True)))
    else:
        for kind in A_KINDS:
            for repeat in range(REPEATS):
                rng = random.Random(f"{views[0]}:{kind}:A:{repeat}")
                drawn, _mask = draw_defect(main.copy(), kind, rng)
                made.append((kind, f"A:phone:{repeat}", phone_copy(drawn, rng, geometric=True)))
    return made


def _product(job: tuple[str, list[str], str | None, str | None, str]) -> list[dict[str, Any]]:
    """Every photo of one product: its reading (comparison where needed, colour, laying kept as .npz)."""
    import torch

    from assistant.intake.redaction import Redactor
    from tools.catalog.colour import read_colour, region_for_category
    from tools.catalog.compare import _without
    from tools.catalog.defects import read_damage
    from tools.catalog.left_out import left_out
    from tools.catalog.photos import cut_out
    from tools.catalog.reference_framing import frame_reference, framed_residual

    torch.set_num_threads(1)
    product_id, views, colour, category, out = job
    target = Path(out) / product_id
    done = target / "rows.json"
    if done.is_file():
        return list(json.loads(done.read_text()))
    target.mkdir(parents=True, exist_ok=True)
    redactor = Redactor()
    files = [DEMO / "images" / v for v in views]
    rows = []
    for number, (kind, way, photo) in enumerate([*photos(product_id, views), *more_photos(product_id, views)]):
        buffer = io.BytesIO()
        photo.save(buffer, format="JPEG", quality=88)
        rgb = np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
        regions = [region.padded for region in redactor.redact_pixels(rgb).regions]
        image, mask = left_out(Image.fromarray(rgb), regions) if regions else (Image.fromarray(rgb), None)
        framing = frame_reference(image, files)
        cutout = cut_out(image)
        read = read_colour(cutout if mask is None else _without(cutout, mask), region_for_category(category))
        another = colour is not None and read.name.lower() != colour.lower() and read.confidence >= 0.5
        row: dict[str, Any] = {"product_id": product_id, "split": split(product_id), "kind": kind, "way": way,
                               "another_colour": another, "number": number, "blob": None, "defect_score": None}
        if framing is not None:
            row["blob"] = framed_residual(image, framing, mask).blob_share
            row["framed_view"] = framing.view
            np.savez_compressed(target / f"{number}.npz", photo=np.asarray(image), reference=np.asarray(
                framing.reference), item=framing.item, left_out=np.zeros(0, bool) if mask is None else mask)
        if framing is None or another:
            old = read_damage(image, reference=files[0])
            row["defect_score"] = old.defect_score
        rows.append(row)
    done.write_text(json.dumps(rows))
    return rows


def measure(work_dir: Path, count: int, workers: int) -> list[dict[str, Any]]:
    jobs = [(p, v, c, g, str(work_dir)) for p, v, c, g in documents(count)]
    work_dir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    with Pool(workers) as pool:
        chunks = pool.map(_product, jobs, chunksize=1)
    print(f"measured {len(jobs)} products in {time.time() - started:.0f} s")
    return [row for chunk in chunks for row in chunk]


def laying(work_dir: Path, row: dict[str, Any]) -> dict[str, np.ndarray]:
    with np.load(work_dir / row["product_id"] / f"{row['number']}.npz") as kept:
        return {key: kept[key] for key in kept.files}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work-dir", type=Path, required=True)
    parser.add_argument("--products", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--report", action="store_true", help="fit the peaks reader and print the tables")
    parser.add_argument("--times", action="store_true", help="CPU ms per photo of both readers")
    args = parser.parse_args()
    if args.times:
        print(json.dumps(reading_times()))
        return
    if not args.report:
        rows = measure(args.work_dir, args.products, args.workers)
        (args.work_dir / "rows.json").write_text(json.dumps(rows))
        print(len(rows), "photos")
        return
    report(args.work_dir, args.workers)



def _peaks_of(job: tuple[str, str]) -> list[list[float] | None]:
    from tools.catalog.reference_framing import Framing, framed_peaks

    work_dir, product_id = Path(job[0]), job[1]
    kept_peaks = work_dir / product_id / "peaks.json"
    if kept_peaks.is_file():
        return list(json.loads(kept_peaks.read_text()))
    rows = json.loads((work_dir / product_id / "rows.json").read_text())
    out: list[list[float] | None] = []
    for row in rows:
        if row["blob"] is None:
            out.append(None)
            continue
        kept = laying(work_dir, row)
        framing = Framing(Image.fromarray(kept["reference"]), kept["item"], 0, 0, 1.0, 0.0)
        mask = kept["left_out"] if kept["left_out"].size else None
        out.append([float(v) for v in framed_peaks(Image.fromarray(kept["photo"]), framing, mask)])
    kept_peaks.write_text(json.dumps(out))
    return out


def with_peaks(work_dir: Path, rows: list[dict[str, Any]], workers: int) -> list[dict[str, Any]]:
    """Each laid-over photo's PEAK_FEATURES, read from its kept laying (kept in `work_dir`/<product>/peaks.json)."""
    products = sorted({row["product_id"] for row in rows})
    with Pool(workers) as pool:
        known = dict(zip(products, pool.map(_peaks_of, [(str(work_dir), p) for p in products]), strict=True))
    return [{**row, "peaks": known[row["product_id"]][row["number"]]} for row in rows]


def blob_flag(row: dict[str, Any], threshold: float) -> bool:
    """The shipped rule (defects.framed_defect, reader "blob"): the laid-over view's largest blob where a view
    was laid over the photo, the lower of it and the comparison on another colour, else the comparison."""
    from tools.catalog.defects import framed_probability

    if row["blob"] is None:
        return float(row["defect_score"]) >= threshold
    score = framed_probability(float(row["blob"]))
    return (min(score, float(row["defect_score"])) if row["another_colour"] else score) >= threshold


def peaks_flag(row: dict[str, Any], threshold: float, model: Any) -> bool:
    """The same rule with the peaks reader's probability (defects.framed_defect, reader "peaks")."""
    if row["blob"] is None:
        return float(row["defect_score"]) >= threshold
    score = float(model.probability(np.asarray([row["peaks"]]))[0])
    return (min(score, float(row["defect_score"])) if row["another_colour"] else score) >= threshold


def fit_peaks(rows: list[dict[str, Any]], threshold: float, features: list[int] | None = None,
              seed: int = 0) -> tuple[Any, dict[str, float]]:
    """The peaks reader's logistic, fitted on the calibration products only: clean photos of every view against
    generator A's defects (class-balanced), standardised; its cut chosen out of fold (product-grouped, 5 folds
    of the calibration products) so that the clean photos it flags do not outnumber the shipped rule's on the
    same photos; the intercept is then moved so that the cut falls at the model's defect threshold."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from tools.catalog.defects import LinearModel

    chosen = [r for r in rows if r["split"] == "calibration" and r["blob"] is not None
              and (r["kind"] == "clean" or r["way"].startswith("A:"))]
    columns = features if features is not None else list(range(len(chosen[0]["peaks"])))
    x = np.asarray([[r["peaks"][i] for i in columns] for r in chosen])
    y = np.asarray([r["kind"] != "clean" for r in chosen])
    groups = np.asarray([r["product_id"] for r in chosen])
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9

    def fitted(rows_x: np.ndarray, rows_y: np.ndarray) -> LogisticRegression:
        return LogisticRegression(class_weight="balanced", C=1.0).fit((rows_x - mean) / scale, rows_y)

    z = np.zeros(len(chosen))
    for train, test in GroupKFold(5).split(x, y, groups):
        model = fitted(x[train], y[train])
        z[test] = model.decision_function((x[test] - mean) / scale)
    shipped_clean = np.mean([blob_flag(r, threshold) for r in chosen if r["kind"] == "clean"])
    clean_z = np.sort(z[~y])
    allowed = int(np.floor(shipped_clean * len(clean_z)))  # clean photos the cut may flag, as the shipped rule
    cut = float(clean_z[len(clean_z) - allowed - 1]) + 1e-6 if allowed < len(clean_z) else float(clean_z[0])
    final = fitted(x, y)
    logit = float(np.log(threshold / (1 - threshold)))
    model = LinearModel(mean=mean.tolist(), scale=scale.tolist(), coef=final.coef_[0].tolist(),
                             intercept=float(final.intercept_[0]) - cut + logit)
    figures = {"calibration photos": float(len(chosen)), "out-of-fold clean flagged": float(np.mean(clean_z > cut)),
               "out-of-fold A defects flagged": float(np.mean(z[y] > cut)),
               "shipped rule, the same clean photos": float(shipped_clean)}
    return model, figures


def group_of(row: dict[str, Any]) -> str:
    if row["kind"] == "clean":
        return "clean"
    source = row["way"].split(":")[0]
    return "crushed " + source if row["kind"] == "crushed" else source


def side_by_side(rows: list[dict[str, Any]], part: str, flags: dict[str, Any]) -> str:
    """Share of photos flagged a defect by each rule, per generator (defects: recall) and clean (false alarms)."""
    chosen = [r for r in rows if r["split"] == part]
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in chosen:
        groups.setdefault(group_of(r), []).append(r)
        if r["kind"] not in ("clean", "crushed"):
            groups.setdefault(f"{group_of(r)}: {r['kind']}", []).append(r)
        if r["kind"] == "clean":
            groups.setdefault(f"clean: {r['way'].split(':')[1]}", []).append(r)
    lines = [f"| {part} products ({len({r['product_id'] for r in chosen})}) | n | " + " | ".join(flags) + " |",
             "|---|---|" + "---|" * len(flags)]
    for key in sorted(groups, key=lambda k: (k.split(":")[0] != "clean", k)):
        group = groups[key]
        cells = []
        for flag in flags.values():
            hits = sum(bool(flag(r)) for r in group)
            cells.append(f"{hits / len(group):.3f} ({hits})")
        lines.append(f"| {key} | {len(group)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def report(work_dir: Path, workers: int) -> None:
    from tools.catalog.defects import shipped_defect_model
    from tools.catalog.reference_framing import PEAK_FEATURES

    rows = with_peaks(work_dir, [row for product in sorted(work_dir.iterdir()) if (product / "rows.json").is_file()
                                 for row in json.loads((product / "rows.json").read_text())], workers)
    threshold = shipped_defect_model().defect_threshold
    peaks, figures = fit_peaks(rows, threshold)
    blob_only, blob_figures = fit_peaks(rows, threshold, [0])
    (work_dir / "framed_peaks_model.json").write_text(peaks.model_dump_json(indent=1) + "\n")
    print("peaks model (PEAK_FEATURES", PEAK_FEATURES, f"): {work_dir / 'framed_peaks_model.json'}",
          "(tools/catalog/framed_peaks_model.json)")
    print("fit:", json.dumps(figures), "\nblob alone refitted on A:", json.dumps(blob_figures))
    flags = {"shipped (blob)": lambda r: blob_flag(r, threshold),
             "blob refitted on A": lambda r: peaks_flag({**r, "peaks": r["peaks"] and r["peaks"][:1]}, threshold,
                                                        blob_only),
             "peaks (fitted on A)": lambda r: peaks_flag(r, threshold, peaks)}
    for part in ("calibration", "test"):
        print(side_by_side(rows, part, flags), "", sep="\n")


def reading_times(count: int = 12) -> dict[str, float]:
    """CPU ms per photo (p50, one torch thread, interleaved) of the whole damage reading with every view, the
    shipped "blob" reader against "peaks", on generator D photos of test products (the maps of the views kept
    warm, as in the shop: the same ordered variant comes back)."""
    import torch

    from tools.catalog.defects import read_damage

    torch.set_num_threads(1)
    times: dict[str, list[float]] = {"blob": [], "peaks": []}
    jobs = [(p, v) for p, v, _c, _g in documents(40) if split(p) == "test"]
    for number in range(count + 1):
        product_id, views = jobs[number % len(jobs)]
        files = [DEMO / "images" / v for v in views]
        kind, _way, photo = more_photos(product_id, views)[number % 10]
        for reader in (("blob", "peaks") if number % 2 else ("peaks", "blob")):
            started = time.process_time()
            read_damage(photo, reference=files[0], views=files, framed_reader=reader)
            if number:  # the first reading warms the network up
                times[reader].append(1000 * (time.process_time() - started))
    return {reader: float(np.percentile(values, 50)) for reader, values in times.items()}


if __name__ == "__main__":
    main()
