"""Photo-only triage on labelled cases: the catalog indexed (every view, default embedders), each case's photo
compared with the ordered variant and triaged with the neutral message; the verdicts feed calibration."""

from __future__ import annotations

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
from tools.catalog.compare import compare_photo
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


def run_cases(index: CatalogIndex, cases: Sequence[Case], progress: bool = True) -> list[Verdict]:
    verdicts = []
    for case in tqdm(cases, desc="triage", disable=not progress):
        started = time.perf_counter()
        comparison = compare_photo(index, case.photo, ordered_sku=case.ordered_sku)
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
                seconds=time.perf_counter() - started,
            )
        )
    return verdicts
