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
    photos: int = 0  # catalog views embedded (every view of every written colour)
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
    written = missing = photos = 0
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
            photos += sum(1 for point in points if isinstance(point.vector, dict) for _v in point.vector.get(IMAGE, []))
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
        photos=photos,
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
    # Every catalog view of a colour (main, back, alternates) becomes one vector of its `image` multi-vector.
    views = [[path for path in d.views if (image_root / path).is_file()] for d in batch]
    flat = [image_root / path for paths in views for path in paths]
    embedded = iter(embedders.image.embed_images(flat)) if flat else iter(())
    seconds = time.perf_counter() - embed_started
    points = []
    for i, document in enumerate(batch):
        vector: dict[str, Any] = {
            TEXT: texts[i].tolist(),
            LEXICAL: document_vector(document.text()),
        }
        view_vectors = [next(embedded).tolist() for _path in views[i]]
        if view_vectors:
            vector[IMAGE] = view_vectors
        points.append(
            models.PointStruct(
                id=point_id(document), vector=vector, payload=document_payload(document, prints[i])
            )
        )
    return points, sum(1 for paths in views if not paths), seconds
