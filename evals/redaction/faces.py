"""Face recall and garment loss of the face detector on labelled catalog photos, at every quarter turn.

    python -m evals.redaction.faces [--catalog ../shared/data/magento-catalog/images]

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


def evaluate(detector: FaceDetector, catalog: Path, turns: tuple[int, ...] = (0, 1, 2, 3)) -> dict[str, object]:
    photos = json.loads(LABELS.read_text())["photos"]
    scores: dict[str, list[float]] = {"frontal": [], "profile": [], "none": []}
    missed: list[str] = []
    for name, label in photos.items():
        if label["kind"] not in scores:
            continue
        for turn in turns:
            value = score_photo(detector, catalog, name, label, turn)
            scores[label["kind"]].append(value)
            if label["kind"] != "none" and value == 0.0:
                missed.append(f"{name}@{90 * turn}")
    return {
        "frontal_recall": statistics.fmean(scores["frontal"]), "frontal_n": len(scores["frontal"]),
        "profile_recall": statistics.fmean(scores["profile"]), "profile_n": len(scores["profile"]),
        "no_face_masked_median": statistics.median(scores["none"]),
        "no_face_masked_max": max(scores["none"]), "no_face_photos_masked": sum(v > 0 for v in scores["none"]),
        "no_face_n": len(scores["none"]), "missed": missed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--catalog", type=Path, default=CATALOG, help="the Magento catalog's images folder")
    parser.add_argument("--turns", default="0,1,2,3", help="quarter turns to score, comma-separated")
    args = parser.parse_args()
    turns = tuple(int(turn) for turn in args.turns.split(","))
    print(json.dumps(evaluate(FaceDetector(), args.catalog, turns), indent=1))  # noqa: T201


if __name__ == "__main__":
    main()
