"""How often `assistant.intake.no_item` says "no item" on pictures of paper and screens, and on complaint photos of
real items (which must keep going to triage as before), read by the intake's redaction as in the app; `redact_ms`
is the whole redaction with that reading.

    python -m evals.photo_triage.no_item [--seeds holdout] [--per-kind 20] [--per-truth 20]

Pictures without an item are drawn in code (`evals/conversations/drawn_photos.py`), half of them through a phone's
degradations; item photos are `vitrine eval photo-triage`'s cases (train products, seed 5; holdout products,
seed 6): the ordered item as it is, in another colour, another product, with a defect, crushed. The levels were set
on seeds "m*" and 24 train cases per truth; "holdout" seeds were drawn after.
"""

from __future__ import annotations

import io
import json
import random
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import typer
from PIL import Image

from assistant.intake.redaction import Redactor
from evals.conversations.drawn_photos import draw_picture
from evals.defects.dataset import phone_copy
from evals.photo_triage.cases import build_cases

NO_ITEM_KINDS = ("text", "screenshot", "receipt", "document", "page", "flat")
OTHER_KINDS = ("label", "card", "box", "scene")  # drawn, no item either, but not what the reader is for


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def _drawn(kinds: tuple[str, ...], per_kind: int, seeds: str) -> list[tuple[str, Image.Image]]:
    pictures = []
    for kind in kinds:
        for n in range(per_kind):
            picture = draw_picture(kind, f"{seeds}{n}")
            if n % 2:
                picture = phone_copy(picture, random.Random(f"{seeds}:{kind}:{n}"), geometric=True)
            pictures.append((kind, picture))
    return pictures


def measure(source: Path, per_kind: int, per_truth: int, seeds: str) -> dict[str, object]:
    redactor = Redactor()
    said: dict[str, Counter[str]] = defaultdict(Counter)
    times = []
    photos = [("no item: " + k, p) for k, p in _drawn(NO_ITEM_KINDS, per_kind, seeds)]
    photos += [("drawn, other: " + k, p) for k, p in _drawn(OTHER_KINDS, per_kind // 2, seeds)]
    photos += [(f"item ({split}): {c.truth}", c.photo) for split, seed, count in
               (("train", 5, 2 * per_truth), ("holdout", 6, per_truth))
               for c in build_cases(source, split, count, seed)]
    for group, photo in photos:
        data = _jpeg(photo)
        started = time.perf_counter()
        _redacted, report = redactor.redact(data)  # the intake reads what the photo shows while it redacts
        times.append(time.perf_counter() - started)
        verdict = report.no_item
        said[group][verdict.value if verdict else "item"] += 1
    return {"seeds": seeds, "groups": {g: dict(c) for g, c in sorted(said.items())},
            "redact_ms_p50": round(1000 * float(np.median(times)), 1),
            "redact_ms_p90": round(1000 * float(np.percentile(times, 90)), 1)}


def main(source: Path = typer.Option(Path("../shared/data/magento-catalog")), per_kind: int = 20, per_truth: int = 20,
         seeds: str = "holdout", out: Path | None = None) -> None:
    result = measure(source, per_kind, per_truth, seeds)
    text = json.dumps(result, indent=1)
    if out:
        out.write_text(text)
    typer.echo(text)


if __name__ == "__main__":
    typer.run(main)
