"""Photo search on redacted photos of worn products: like with like.

Each main photo of the demo pack is re-shot as the visual-qa suite's customer does (`evals.conversations.photos`:
90 % crop, 4 degree tilt, dimmer) and redacted by the chat's own `Redactor` (a face masked with its average
colour). The photos where something was masked are searched photo-only on the eval shop's index (the catalog's
views unmasked) three ways: unredacted (the ceiling), redacted as it is, and redacted with the masked regions
left out (`search_products(..., ignore_regions=...)`, what the chat does). A hit is the right product.

`python -m evals.retrieval.redacted_photos [--cache-dir DIR] [--out FILE.json]`
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import time
from pathlib import Path

from PIL import Image

from assistant.intake.redaction import Redactor
from evals.conversations.photos import IMAGES, render_photo
from evals.conversations.shop import DEFAULT_CACHE, cache_lock, prepare_shop
from evals.conversations.suite import PhotoFixture
from evals.retrieval.runner import catalog_documents
from tools.catalog.search import Channel, search_products

WAYS = ("unredacted", "as it is", "regions left out")


def _products_by_photo() -> dict[str, str]:
    return {path: d.product_id for d in catalog_documents(IMAGES.parent) for path in [d.image_path, *d.extra_images]
            if path}


def run(cache: Path) -> dict[str, object]:
    started = time.perf_counter()
    redactor = Redactor()
    product_of = _products_by_photo()
    ranks: dict[str, list[int]] = {way: [] for way in WAYS}
    with cache_lock(cache):
        index = asyncio.run(prepare_shop(cache)).index
        for photo in sorted(IMAGES.rglob("*_main.jpg")):
            source = str(photo.relative_to(IMAGES))
            if source not in product_of:
                continue
            shot = render_photo(PhotoFixture(source=source))
            redacted, report = redactor.redact(shot)
            if not report.regions:
                continue
            boxes = [region.padded for region in report.regions]
            for way, image, regions in (("unredacted", shot, None), ("as it is", redacted, None),
                                        ("regions left out", redacted, boxes)):
                hits = search_products(index, image=Image.open(io.BytesIO(image)), limit=10,
                                       channels=frozenset({Channel.PHOTO}), ignore_regions=regions)
                found = [hit.product_id for hit in hits]
                ranks[way].append(found.index(product_of[source]) if product_of[source] in found else 10)
        embedder = f"{index.embedders.image.name}/v{getattr(index.embedders.image, 'version', '')}"
    return {
        "embedder": embedder,
        "photos": len(ranks["as it is"]),
        "recall": {way: {f"@{k}": round(sum(r < k for r in found) / len(found), 3) for k in (1, 5)}
                   for way, found in ranks.items()},
        "seconds": round(time.perf_counter() - started, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("REDACTED_PHOTOS.json"))
    args = parser.parse_args()
    result = run(args.cache_dir)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
