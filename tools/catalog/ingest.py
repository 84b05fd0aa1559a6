"""Batched, idempotent, resumable ingestion of index documents into the Qdrant collection."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from qdrant_client import QdrantClient, models
from tqdm import tqdm

from tools.catalog.embedders import EmbedderPair
from tools.catalog.index import IMAGE, LEXICAL, TEXT, document_payload, point_id
from tools.catalog.lexical import document_vector
from tools.catalog.records import IndexDocument

STALE_CHECK_CHUNK = 1000


class IngestReport(BaseModel):
    """What one ingestion run did; `skipped` points were already indexed with the same content."""

    total: int
    written: int
    skipped: int
    missing_images: int
    seconds: float
    embed_seconds: float


def fingerprint(document: IndexDocument, embedders: EmbedderPair) -> str:
    content = document.model_dump_json() + embedders.fingerprint
    return hashlib.sha256(content.encode()).hexdigest()[:16]


def ingest_documents(
    client: QdrantClient,
    collection: str,
    documents: Sequence[IndexDocument],
    embedders: EmbedderPair,
    *,
    image_root: Path,
    batch_size: int = 32,
    progress: bool = True,
    on_batch: Callable[[int], None] | None = None,
) -> IngestReport:
    """Embed and upsert documents in batches; points whose stored fingerprint matches are skipped.

    Point ids are derived from product id + colour, so an interrupted run resumes where it stopped and a
    repeated run writes nothing. Each batch is written while the next one is embedded.
    """
    started = time.perf_counter()
    written = missing = 0
    embed_seconds = 0.0
    prints = [fingerprint(d, embedders) for d in documents]
    todo = _stale(client, collection, documents, prints)
    bar = tqdm(
        total=len(documents),
        initial=len(documents) - len(todo),
        desc="indexing",
        unit="colour",
        disable=not progress,
    )
    # One writer thread: the embedders release the GIL in torch/OpenCV, so writing overlaps embedding.
    with ThreadPoolExecutor(max_workers=1) as writer:
        pending: Future[object] | None = None
        for start in range(0, len(todo), batch_size):
            chosen = todo[start : start + batch_size]
            points, batch_missing, seconds = _points(
                [documents[i] for i in chosen], [prints[i] for i in chosen], embedders, image_root
            )
            if pending is not None:
                pending.result()
            pending = writer.submit(client.upsert, collection, points=points, wait=True)
            written += len(points)
            missing += batch_missing
            embed_seconds += seconds
            bar.update(len(chosen))
            if on_batch:
                on_batch(len(chosen))
        if pending is not None:
            pending.result()
    bar.close()
    return IngestReport(
        total=len(documents),
        written=written,
        skipped=len(documents) - len(todo),
        missing_images=missing,
        seconds=time.perf_counter() - started,
        embed_seconds=embed_seconds,
    )


def _stale(
    client: QdrantClient, collection: str, documents: Sequence[IndexDocument], prints: list[str]
) -> list[int]:
    """Positions of the documents whose point is absent or was written from other content."""
    known: dict[str, object] = {}
    ids = [point_id(d) for d in documents]
    for start in range(0, len(ids), STALE_CHECK_CHUNK):
        chunk = ids[start : start + STALE_CHECK_CHUNK]
        stored = client.retrieve(collection, ids=chunk, with_payload=["fingerprint"])
        known.update({str(p.id): (p.payload or {}).get("fingerprint") for p in stored})
    return [i for i, d in enumerate(documents) if known.get(ids[i]) != prints[i]]


def _points(
    batch: list[IndexDocument], prints: list[str], embedders: EmbedderPair, image_root: Path
) -> tuple[list[models.PointStruct], int, float]:
    embed_started = time.perf_counter()
    texts = embedders.text.embed_texts([d.text() for d in batch])
    with_image = [i for i, d in enumerate(batch) if d.image_path and (image_root / d.image_path).is_file()]
    images = embedders.image.embed_images([image_root / str(batch[i].image_path) for i in with_image])
    image_rows = dict(zip(with_image, images, strict=True))
    seconds = time.perf_counter() - embed_started
    points = []
    for i, document in enumerate(batch):
        vector: dict[str, Any] = {
            TEXT: texts[i].tolist(),
            LEXICAL: document_vector(document.text()),
        }
        if i in image_rows:
            vector[IMAGE] = image_rows[i].tolist()
        points.append(
            models.PointStruct(
                id=point_id(document), vector=vector, payload=document_payload(document, prints[i])
            )
        )
    return points, len(batch) - len(with_image), seconds
