"""Photo-only triage on labelled cases: the catalog indexed (every view, fused photo embedder), each case's photo
compared with the ordered variant and triaged with the neutral message; the verdicts feed calibration."""

from __future__ import annotations

import pickle
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from pydantic import BaseModel
from tqdm import tqdm

from assistant.models.contracts import TriageLabel
from assistant.models.requests import PhotoEvidence
from assistant.models.resolver.triage import triage_photo
from assistant.steps.photo_evidence import _evidence
from evals.photo_triage.cases import Case
from evals.retrieval.runner import catalog_documents
from tools.catalog.compare import PhotoComparison, compare_photo, reference_photo
from tools.catalog.defects import cached_reference_maps, read_damage
from tools.catalog.embedders import EmbedderConfig, EmbedderPair, build_embedder
from tools.catalog.fused import FusedEmbedder
from tools.catalog.index import CatalogIndex, IndexConfig, ensure_collection, open_catalog_index
from tools.catalog.ingest import ingest_documents
from tools.catalog.photos import ImageInput

NEUTRAL = "there is a problem with the item from my order, see the photo"
EXPECTED = {
    "ok": TriageLabel.NOT_A_PROBLEM,
    "wrong_colour": TriageLabel.WRONG_COLOUR_OR_SIZE,
    "wrong_item": TriageLabel.WRONG_ITEM,
    "defect": TriageLabel.PRODUCT_DEFECT,
    "damage": TriageLabel.SHIPPING_DAMAGE,
}


class Verdict(BaseModel):
    truth: str
    detail: str
    product_id: str
    label: TriageLabel
    confidence: float
    evidence: PhotoEvidence
    seconds: float

    @property
    def correct(self) -> bool:
        return self.label is EXPECTED[self.truth]


class SavedViews(FusedEmbedder):
    """The fused embedder, answering catalog views from vectors an earlier run saved (same weights)."""

    def __init__(self, saved: dict[str, np.ndarray]) -> None:
        super().__init__()
        self._saved = saved

    def embed_images(self, images: Sequence[ImageInput]) -> np.ndarray:
        if images and all(str(image) in self._saved for image in images):
            return np.stack([self._saved[str(image)] for image in images])
        return super().embed_images(images)


def catalog_index(source: Path, work_dir: Path, saved_blocks: Path | None) -> CatalogIndex:
    """The whole catalog in a local index (resumed when already there)."""
    image: FusedEmbedder = FusedEmbedder()
    if saved_blocks is not None and saved_blocks.is_file():
        with np.load(saved_blocks) as saved:
            # Only vectors of this very embedder version (head included); older files are ignored.
            if "version" in saved.files and str(saved["version"]) == image.version:
                image = SavedViews(dict(zip((str(p) for p in saved["paths"]), saved["vectors"], strict=True)))
    pair = EmbedderPair(text=build_embedder("minilm", EmbedderConfig()), image=image)
    index = open_catalog_index(IndexConfig(path=work_dir / "qdrant", collection="triage"), pair)
    ensure_collection(index.client, index.collection, pair)
    ingest_documents(
        index.client, index.collection, catalog_documents(source), pair, image_root=source / "images", progress=False
    )
    return index


def compared(
    index: CatalogIndex, cases: Sequence[Case], cache: Path | None, progress: bool = True
) -> list[tuple[PhotoComparison, float]]:
    """Each case's comparison with the catalog (no damage reading) and its seconds, kept in `cache`: the
    search over the whole catalog does not change while the damage reader and the triage are refitted."""
    if cache is not None and cache.is_file():
        return pickle.loads(cache.read_bytes())  # noqa: S301 (our own cache)
    rows = []
    for case in tqdm(cases, desc="compare", disable=not progress):
        started = time.perf_counter()
        comparison = compare_photo(index, case.photo, ordered_sku=case.ordered_sku, damage=False)
        rows.append((comparison, time.perf_counter() - started))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(rows))
    return rows


def run_cases(
    index: CatalogIndex, cases: Sequence[Case], image_root: Path, cache: Path | None = None, progress: bool = True
) -> list[Verdict]:
    """Verdicts of the cases: the (cached) comparison, the damage reader against the ordered colour's catalog
    photo, the evidence and the triage; `seconds` adds the comparison's measured time to the rest."""
    verdicts = []
    for case, (plain, compare_seconds) in zip(cases, compared(index, cases, cache, progress), strict=True):
        started = time.perf_counter()
        reference = reference_photo({"image_path": case.reference}, [image_root])
        comparison = plain.model_copy(update={"damage": read_damage(case.photo, reference=reference)})
        evidence = _evidence(comparison, {"options": {}})
        triage = triage_photo(evidence, NEUTRAL)
        verdicts.append(
            Verdict(
                truth=case.truth,
                detail=case.detail,
                product_id=case.product_id,
                label=triage.label,
                confidence=triage.confidence,
                evidence=evidence,
                seconds=compare_seconds + time.perf_counter() - started,
            )
        )
    return verdicts


def verdict_times(index: CatalogIndex, cases: Sequence[Case], image_root: Path) -> list[tuple[float, float]]:
    """(wall, CPU) seconds of whole photo verdicts, nothing cached: comparison with the catalog, the damage
    reader against the ordered colour's photo (its maps computed afresh), evidence and triage. The first
    case warms the network up and is left out."""
    times = []
    for n, case in enumerate(cases):
        cached_reference_maps.cache_clear()
        wall, cpu = time.perf_counter(), time.process_time()
        comparison = compare_photo(index, case.photo, ordered_sku=case.ordered_sku, image_roots=[image_root])
        triage_photo(_evidence(comparison, {"options": {}}), NEUTRAL)
        if n:
            times.append((time.perf_counter() - wall, time.process_time() - cpu))
    return times
