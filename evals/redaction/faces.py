"""Face recall and garment loss of the face detector on labelled catalog photos, at every quarter turn.

    python -m evals.redaction.faces [--catalog ../shared/data/magento-catalog/images] [--set back_views] [--out F]

`face_labels.json` (labelled by eye): a frontal face counts as found when masks cover 90 % of its middle
(eyes, nose, mouth); a profile when masks cover half its box; photos without a face report the share masked.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

import numpy as np
from PIL import Image

from assistant.intake.faces import Box, FaceDetector
from assistant.intake.regions import covered

ROOT = Path(__file__).resolve().parents[2]
LABELS = Path(__file__).with_name("face_labels.json")
CATALOG = ROOT.parent / "shared" / "data" / "magento-catalog" / "images"
SIDE = 640  # the photos a phone upload is reduced to by the time it is compared; faces ~5-20 % of the side


def load(catalog: Path, name: str, turn: int) -> np.ndarray:
    image = Image.open(catalog / name).convert("RGB")
    image.thumbnail((SIDE, SIDE))
    return np.asarray(image.rotate(90 * turn, expand=True))


def turned(box: Box, size: tuple[int, int], turn: int) -> Box:
    """A box on the photo turned counter-clockwise as `Image.rotate(90 * turn, expand=True)` turns it."""
    x, y, w, h = box
    width, height = size
    for _ in range(turn % 4):
        x, y, w, h = y, width - x - w, h, w
        width, height = height, width
    return x, y, w, h


def middle(box: Box) -> Box:
    x, y, w, h = box
    return x + w // 5, y + h // 5, w - 2 * (w // 5), h - 2 * (h // 5)


def score_photo(detector: FaceDetector, catalog: Path, name: str, label: dict, turn: int) -> float:
    """Frontal and profile: 1.0 when found, else 0.0; none: the share of the photo masked."""
    rgb = load(catalog, name, turn)
    mask = covered([face.box for face in detector.detect(rgb)], rgb.shape)
    if label["kind"] == "none":
        return float(mask.mean())
    upright = (rgb.shape[1], rgb.shape[0]) if turn % 2 == 0 else (rgb.shape[0], rgb.shape[1])
    bx, by, bw, bh = label["box"]
    box = (round(bx * upright[0]), round(by * upright[1]), round(bw * upright[0]), round(bh * upright[1]))
    x, y, w, h = turned(box, upright, turn)
    if label["kind"] == "frontal":
        x, y, w, h = middle((x, y, w, h))
        return float(mask[y:y + h, x:x + w].mean() >= 0.9)
    return float(mask[y:y + h, x:x + w].mean() >= 0.5)


Scores = dict[str, list[float]]


def score_set(detector: FaceDetector, catalog: Path, turns: tuple[int, ...] = (0, 1, 2, 3),
              subset: str | None = None) -> tuple[Scores, list[str]]:
    """Per kind, each photo's score at each turn; `subset`: one labelled set ("sample", the first 160;
    "back_views", added later to score profiles the detector was not tuned on), or all."""
    photos = {name: label for name, label in json.loads(LABELS.read_text())["photos"].items()
              if subset is None or label.get("set", "sample") == subset}
    scores: Scores = {"frontal": [], "profile": [], "none": []}
    missed: list[str] = []
    for name, label in photos.items():
        if label["kind"] not in scores:
            continue
        for turn in turns:
            value = score_photo(detector, catalog, name, label, turn)
            scores[label["kind"]].append(value)
            if label["kind"] != "none" and value == 0.0:
                missed.append(f"{name}@{90 * turn}")
    return scores, missed


def summary(name: str, scores: Scores, missed: list[str]) -> dict[str, object]:
    """Recall per pose and both together; the share masked on photos without a face."""
    found = scores["frontal"] + scores["profile"]
    return {
        "set": name,
        "face_recall": statistics.fmean(found) if found else None, "faces_n": len(found),
        "frontal_recall": statistics.fmean(scores["frontal"]) if scores["frontal"] else None,
        "frontal_n": len(scores["frontal"]),
        "profile_recall": statistics.fmean(scores["profile"]) if scores["profile"] else None,
        "profile_n": len(scores["profile"]),
        "no_face_masked_median": statistics.median(scores["none"]),
        "no_face_masked_max": max(scores["none"]), "no_face_photos_masked": sum(v > 0 for v in scores["none"]),
        "no_face_n": len(scores["none"]), "missed": missed,
    }


def evaluate(detector: FaceDetector, catalog: Path, turns: tuple[int, ...] = (0, 1, 2, 3),
             subset: str | None = None) -> dict[str, object]:
    return summary(subset or "all", *score_set(detector, catalog, turns, subset))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--catalog", type=Path, default=CATALOG, help="the Magento catalog's images folder")
    parser.add_argument("--turns", default="0,1,2,3", help="quarter turns to score, comma-separated")
    parser.add_argument("--set", dest="subset", default=None, choices=["sample", "back_views"],
                        help="one labelled set (default: each set, then all)")
    parser.add_argument("--out", type=Path, default=None, help="write the results as JSON here too")
    args = parser.parse_args()
    turns = tuple(int(turn) for turn in args.turns.split(","))
    detector = FaceDetector()
    subsets = [args.subset] if args.subset else ["sample", "back_views"]
    scored = {subset: score_set(detector, args.catalog, turns, subset) for subset in subsets}
    results = [summary(subset, *scores) for subset, scores in scored.items()]
    if len(scored) > 1:
        both: Scores = {kind: [v for scores, _ in scored.values() for v in scores[kind]]
                        for kind in ("frontal", "profile", "none")}
        results.append(summary("all", both, [m for _, missed in scored.values() for m in missed]))
    text = json.dumps(results if len(results) > 1 else results[0], indent=1)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)  # noqa: T201


if __name__ == "__main__":
    main()
