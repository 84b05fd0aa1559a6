"""Photo models loaded before a customer's first photo: one catalog photo through the photo search and the
comparison with its own variant (networks, heads, reference maps), once per process at start-up.

The models load on first use; in a freshly started server the first photo turn paid for that load and could pass
the turn deadline (`intake.turn_deadline_s`): the customer saw their turn held. Measured with
`python -m evals.bench.first_photo` (see its module docstring). It runs before the app serves (≈0.4 s), not
beside the first customer's photo, where it would compete with it for the CPU.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from pathlib import Path

from tools.catalog.compare import compare_photo, reference_photo
from tools.catalog.index import CatalogIndex

log = logging.getLogger(__name__)


def _a_catalog_photo(index: CatalogIndex, image_roots: Sequence[Path]) -> tuple[str, Path] | None:
    """A variant of the catalog (its sku) and its own photo, or None when the catalog has no photo on disk."""
    records, _ = index.client.scroll(index.collection, limit=8, with_payload=True, with_vectors=False)
    for record in records:
        payload = record.payload or {}
        skus = payload.get("variant_skus") or []
        photo = reference_photo(payload, image_roots)
        if skus and photo is not None:
            return str(skus[0]), photo
    return None


def warm_photo_models(index: CatalogIndex, image_roots: Sequence[Path]) -> float | None:
    """Load the photo models by using them once; the seconds it took, or None when there was no photo to use."""
    found = _a_catalog_photo(index, image_roots)
    if found is None:
        return None
    sku, photo = found
    started = time.perf_counter()
    compare_photo(index, photo, ordered_sku=sku, image_roots=image_roots)
    return time.perf_counter() - started


async def warm_up_photo_models(index: CatalogIndex, image_roots: Sequence[Path]) -> None:
    """`warm_photo_models` in a worker thread; a failure is logged, never raised (the first photo then loads)."""
    try:
        seconds = await asyncio.to_thread(warm_photo_models, index, image_roots)
    except Exception:  # noqa: BLE001 - warming is an optimisation: the server serves without it
        log.warning("photo models could not be warmed; the first photo will load them", exc_info=True)
        return
    if seconds is not None:
        log.info("photo models warmed in %.2f s", seconds)
