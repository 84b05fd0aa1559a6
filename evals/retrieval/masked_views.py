"""Backbone features of catalog views with the model's face masked the way redaction masks a customer's photo.

A customer's photo is redacted before search (`assistant.intake.redaction`: each face covered with a flat block of
its own average colour, the box grown by the redaction margin). Two sets are cached here, next to the plain ones
of `feature_cache.py`:

- `clean`: each catalog view with its faces masked (BlazeFace upright only: catalog photos stand straight), what
  an index built with the faces masked would hold;
- a degradation seed: the phone-like copy of the view (`phone.py`, the eval's chain) redacted as the chat does
  (all four quarter turns), what the unseen-view queries look like once redacted.

- `<seed>-filled`: that redacted copy with the masked boxes filled from their surroundings (`left_out.py`),
  what the chat's search embeds today (`search_products(..., ignore_regions=...)`).

A view where no face is found keeps its plain entry (the same pixels); the boxes found are kept beside the
features (`boxes-<set>.json`) so a re-run only computes what is missing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PIL import Image
from tqdm import tqdm

from evals.retrieval.feature_cache import BATCH, Entry, _read, photo_maps, query_photo
from evals.retrieval.views import View

Box = tuple[int, int, int, int]


def face_masked_entries(
    images: Path, views: Sequence[View], plain: Sequence[Entry], seed: int | None, cache: Path,
    backbone: str = "lite0", progress: bool = True, filled: bool = False,
) -> tuple[list[Entry], int]:  # fmt: skip
    """The entries of `views` (clean when `seed` is None, else their phone-like copies) with faces masked, and how
    many had a face; `plain` are the unmasked entries of the same photos."""
    from assistant.intake.faces import FaceDetector
    from assistant.intake.text_reading import DETECT_SIDE, shrunk

    name = "clean" if seed is None else str(seed)
    folder = cache / "faces-masked" / backbone / (name + ("-filled" if filled else ""))
    folder.mkdir(parents=True, exist_ok=True)
    boxes_file = cache / "faces-masked" / backbone / name / "boxes.json"  # the filled set reuses the detections
    boxes: dict[str, list[Box]] = json.loads(boxes_file.read_text()) if boxes_file.is_file() else {}
    detector = FaceDetector(turns=(0,) if seed is None else (0, 1, 2, 3))
    files = [folder / (hashlib.sha1(v.path.encode()).hexdigest() + ".npz") for v in views]
    todo = [i for i, v in enumerate(views) if v.path not in boxes or (boxes[v.path] and not files[i].is_file())]
    for start in tqdm(range(0, len(todo), BATCH), desc=f"faces masked ({name})", disable=not progress or not todo):
        masked: list[tuple[int, Image.Image, list[str]]] = []
        for i in todo[start : start + BATCH]:
            image, steps = query_photo(images, views[i].path, seed)
            rgb = np.asarray(image)
            small = shrunk(rgb, DETECT_SIDE)
            found = [_scaled(face.box, rgb.shape[1] / small.shape[1]) for face in detector.detect(small)]
            boxes[views[i].path] = [_padded(box, rgb.shape) for box in found]
            if found:
                shown = flat_faces(rgb, boxes[views[i].path])
                masked.append((i, _filled(shown, boxes[views[i].path]) if filled else Image.fromarray(shown), steps))
        if masked:
            final, mid, colour = photo_maps([image for _i, image, _s in masked], backbone)
            for j, (i, _image, steps) in enumerate(masked):
                np.savez(files[i], final=final[j], mid=mid[j], colour=colour[j], steps=np.array(steps, dtype=str))
        boxes_file.write_text(json.dumps(boxes))
    entries = [_read(files[i]) if boxes.get(v.path) else plain[i] for i, v in enumerate(views)]
    return entries, sum(1 for v in views if boxes.get(v.path))


def flat_faces(rgb: np.ndarray, boxes: Sequence[Box]) -> np.ndarray:
    """Each (padded) box covered with its own average colour, as `redaction.apply_masks` covers a face."""
    out = rgb.copy()
    for x, y, w, h in boxes:
        area = out[y : y + h, x : x + w]
        if area.size:
            area[:] = area.reshape(-1, 3).mean(axis=0).astype(np.uint8)
    return out


def _filled(rgb: np.ndarray, boxes: Sequence[Box]) -> Image.Image:
    from tools.catalog.left_out import left_out

    return left_out(Image.fromarray(rgb), boxes)[0]


def _scaled(box: Box, factor: float) -> Box:
    x, y, w, h = (round(v * factor) for v in box)
    return x, y, w, h


def _padded(box: Box, shape: tuple[int, ...]) -> Box:
    from assistant.intake.regions import padded

    return padded(box, shape)
