"""Text redaction on labelled photos: personal text unreadable after redaction, garments left alone.

    python -m evals.redaction.text [--photos 120] [--garments 120] [--seed 2] [--out evals/redaction/text.json]

Held out: seed 3 (60 photos), pinned in `held_out_seed3.json` before the code it scores was changed (seed 1 was
used for tuning, seed 2 for the first held-out run and then looked at to find what leaked).

Positives: `synth.labelled_photos` (shipping labels, slips, notes, barcodes and QR codes pasted on catalog
photos). A personal string counts when full OCR (rapidocr at full size, with its direction classifier) reads it
on the photo before redaction; it is read back after redaction when an OCR line shares `min(len, 6)` characters
in a row with it (letters and digits only, case ignored). Barcodes and QR codes: decoded by OpenCV before, not
after. Negatives: catalog photos without anything pasted (random, disjoint from the positives' photos); the
share of each photo blurred as text or code, and masked in all (the faces of the catalog's models included).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image

from assistant.intake.redaction import Redactor
from assistant.intake.regions import RegionKind, ignore_mask
from evals.redaction.faces import CATALOG
from evals.redaction.held_out import check
from evals.redaction.synth import labelled_photos

TUNING_SEED = 1  # the seed the thresholds were looked at on; report a different one


def _norm(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def readable(personal: str, lines: list[str]) -> bool:
    target = _norm(personal)
    need = min(len(target), 6)
    for line in lines:
        got = _norm(line)
        match = SequenceMatcher(None, target, got, autojunk=False).find_longest_match(0, len(target), 0, len(got))
        if match.size >= need:
            return True
    return False


def _ocr_lines(ocr: Any, rgb: np.ndarray) -> list[str]:
    result, _ = ocr(np.ascontiguousarray(rgb[:, :, ::-1]))
    return [str(text) for _, text, _ in result or []]


def _decodes(rgb: np.ndarray) -> bool:
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(grey)
    ok, decoded, _, _ = cv2.barcode.BarcodeDetector().detectAndDecodeWithType(grey)
    return bool(text) or bool(ok and any(decoded))


def _split(catalog: Path, seed: int) -> tuple[list[Path], list[Path]]:
    photos = sorted(catalog.rglob("*.jpg"))
    random.Random(seed).shuffle(photos)
    half = len(photos) // 2
    return photos[:half], photos[half:]


def evaluate(redactor: Redactor, catalog: Path, photos: int, garments: int, seed: int) -> dict[str, Any]:
    from rapidocr_onnxruntime import RapidOCR

    ocr = RapidOCR()
    positives, negatives = _split(catalog, seed)
    counted = read_back = codes = codes_left = 0
    leaks: list[str] = []
    items = labelled_photos(positives, seed, photos)
    pinned = check(seed, items)  # a pinned held-out seed must still make the photos it was pinned with
    for item in items:
        before = _ocr_lines(ocr, item.rgb)
        after_rgb = redactor.redact_pixels(item.rgb).rgb
        after = _ocr_lines(ocr, after_rgb)
        for text in item.personal:
            if readable(text, before):
                counted += 1
                if readable(text, after):
                    read_back += 1
                    leaks.append(f"{item.kind}: {text}")
        if _decodes(item.rgb):
            codes += 1
            codes_left += _decodes(after_rgb)
    shares, text_shares = [], []
    for path in negatives[:garments]:
        rgb = np.asarray(Image.open(path).convert("RGB"))
        regions = redactor.masked_regions(rgb)
        shares.append(float(ignore_mask(regions, rgb.shape).mean()))
        text = [region for region in regions if region.kind is not RegionKind.FACE]
        text_shares.append(float(ignore_mask(text, rgb.shape).mean()))
    return {
        "seed": seed, "pinned": pinned, "photos": photos, "personal_strings_read_before": counted,
        "personal_strings_read_after": read_back,
        "unreadable_share": 1 - read_back / counted if counted else None, "leaks": leaks,
        "codes_decoded_before": codes, "codes_decoded_after": codes_left,
        "garments": len(shares),
        "garment_text_masked_median": statistics.median(text_shares),
        "garment_text_masked_max": max(text_shares),
        "garments_with_text_masked": sum(share > 0 for share in text_shares),
        "garment_masked_median_faces_included": statistics.median(shares),
        "garment_masked_p90_faces_included": float(np.percentile(shares, 90)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--catalog", type=Path, default=CATALOG)
    parser.add_argument("--photos", type=int, default=120, help="labelled photos with personal text or a code")
    parser.add_argument("--garments", type=int, default=120, help="catalog photos with nothing pasted")
    parser.add_argument("--seed", type=int, default=2, help=f"generator seed ({TUNING_SEED} was used for tuning)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    result = evaluate(Redactor(), args.catalog, args.photos, args.garments, args.seed)
    text = json.dumps(result, indent=1, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)  # noqa: T201


if __name__ == "__main__":
    main()
