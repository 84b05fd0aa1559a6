"""Catalog benchmarks: ingest throughput against the bare encoders, and query latency at two index sizes.

Run: `python -m evals.bench.catalog_bench [--synthetic 100000]`; writes
evals/bench/results/catalog_bench.{md,json}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
from qdrant_client import QdrantClient, models

from evals.retrieval.queries import attribute_queries
from evals.retrieval.runner import catalog_documents
from tools.catalog.embedders import EmbedderConfig, EmbedderPair, build_embedders
from tools.catalog.index import (
    IMAGE,
    LEXICAL,
    TEXT,
    CatalogIndex,
    IndexConfig,
    ensure_collection,
    open_client,
)
from tools.catalog.ingest import ingest_documents
from tools.catalog.lexical import document_vector, query_vector
from tools.catalog.records import IndexDocument
from tools.catalog.search import search_products

RESULTS = Path(__file__).resolve().parent / "results"


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(1000 * statistics.median(ordered), 2),
        "p95_ms": round(1000 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 2),
        "n": len(ordered),
    }


def bare_encoders(
    documents: list[IndexDocument], embedders: EmbedderPair, image_root: Path, batch: int
) -> float:
    """Seconds the encoders alone take for the same documents, batches and photos."""
    started = time.perf_counter()
    for start in range(0, len(documents), batch):
        chunk = documents[start : start + batch]
        embedders.text.embed_texts([d.text() for d in chunk])
        embedders.image.embed_images([image_root / str(d.image_path) for d in chunk if d.image_path])
    return time.perf_counter() - started


def ingest_run(
    documents: list[IndexDocument], embedders: EmbedderPair, image_root: Path, batch: int, directory: Path
) -> tuple[float, CatalogIndex]:
    client = open_client(IndexConfig(path=directory))
    ensure_collection(client, "bench", embedders, recreate=True)
    started = time.perf_counter()
    ingest_documents(
        client, "bench", documents, embedders, image_root=image_root, batch_size=batch, progress=False
    )
    return time.perf_counter() - started, CatalogIndex(client=client, collection="bench", embedders=embedders)


def catalog_latency(
    index: CatalogIndex, documents: list[IndexDocument], image_root: Path
) -> dict[str, object]:
    texts = [q.text for q in attribute_queries(documents)][:100]
    photos = [image_root / str(d.image_path) for d in documents if d.image_path][:50]
    timings: dict[str, list[float]] = {
        "text (hybrid, end to end)": [],
        "photo (end to end)": [],
        "photo + text (end to end)": [],
        "qdrant only: hybrid text query": [],
    }
    for text in texts:
        started = time.perf_counter()
        search_products(index, text=text)
        timings["text (hybrid, end to end)"].append(time.perf_counter() - started)
    for photo, text in zip(photos, texts, strict=False):
        started = time.perf_counter()
        search_products(index, image=photo)
        timings["photo (end to end)"].append(time.perf_counter() - started)
        started = time.perf_counter()
        search_products(index, image=photo, text=text)
        timings["photo + text (end to end)"].append(time.perf_counter() - started)
    dense = index.embedders.text.embed_texts(texts)
    for text, vector in zip(texts, dense, strict=True):
        started = time.perf_counter()
        _hybrid(index.client, index.collection, vector, query_vector(text))
        timings["qdrant only: hybrid text query"].append(time.perf_counter() - started)
    return {name: percentiles(values) for name, values in timings.items()}


def _hybrid(
    client: QdrantClient, collection: str, dense: np.ndarray, sparse: models.SparseVector
) -> list[str]:
    response = client.query_points(
        collection,
        prefetch=[
            models.Prefetch(query=dense.tolist(), using=TEXT, limit=40),
            models.Prefetch(query=sparse, using=LEXICAL, limit=40),
        ],
        query=models.FusionQuery(fusion=models.Fusion.RRF),
        limit=10,
    )
    return [str(p.id) for p in response.points]


def synthetic_latency(count: int, text_dim: int, image_dim: int, seed: int = 5) -> dict[str, object]:
    """Local mode (in memory) with `count` random points; recall@10 of its answers against exact search."""
    rng = np.random.default_rng(seed)
    text = rng.standard_normal((count, text_dim)).astype(np.float32)
    image = rng.standard_normal((count, image_dim)).astype(np.float32)
    image /= np.linalg.norm(image, axis=1, keepdims=True)
    words = [f"w{i}" for i in range(5000)]
    client = QdrantClient(location=":memory:")
    client.create_collection(
        "synthetic",
        vectors_config={
            TEXT: models.VectorParams(size=text_dim, distance=models.Distance.COSINE),
            IMAGE: models.VectorParams(size=image_dim, distance=models.Distance.COSINE),
        },
        sparse_vectors_config={LEXICAL: models.SparseVectorParams(modifier=models.Modifier.IDF)},
    )
    started = time.perf_counter()
    for start in range(0, count, 2000):
        stop = min(count, start + 2000)
        client.upsert(
            "synthetic",
            points=[
                models.PointStruct(
                    id=i,
                    vector={
                        TEXT: text[i].tolist(),
                        IMAGE: image[i].tolist(),
                        LEXICAL: document_vector(" ".join(rng.choice(words, 8))),
                    },
                )
                for i in range(start, stop)
            ],
            wait=True,
        )
    load_seconds = time.perf_counter() - started
    photo_times, hybrid_times, recalls = [], [], []
    for _ in range(30):
        query = rng.standard_normal(image_dim).astype(np.float32)
        began = time.perf_counter()
        found = client.query_points("synthetic", query=query.tolist(), using=IMAGE, limit=10).points
        photo_times.append(time.perf_counter() - began)
        exact = set(np.argsort(-(image @ (query / np.linalg.norm(query))))[:10].tolist())
        recalls.append(len(exact & {int(p.id) for p in found}) / 10)
        dense = rng.standard_normal(text_dim).astype(np.float32)
        began = time.perf_counter()
        _hybrid(client, "synthetic", dense, query_vector(" ".join(rng.choice(words, 3))))
        hybrid_times.append(time.perf_counter() - began)
    return {
        "points": count,
        "load_seconds": round(load_seconds, 1),
        "photo query": percentiles(photo_times),
        "hybrid text query (qdrant only)": percentiles(hybrid_times),
        "photo recall@10 vs exact": round(float(np.mean(recalls)), 4),
    }


def markdown(result: dict[str, object]) -> str:
    """The bench result as a short Markdown page."""
    lines = [
        "# Catalog bench",
        "",
        "Command: `python -m evals.bench.catalog_bench`",
        "",
        f"{result['documents']} product colours, embedders `{result['embedders']}`, "
        f"{result['cpu_count']} CPUs, load average at the end {result['load_average']}.",
        "",
        "## Ingest throughput vs the bare encoders (same run, same batches)",
        "",
        "| run | bare encoders (s) | ingest (s) | bare /s | ingest /s | ingest ÷ bare rate |",
        "|---|---|---|---|---|---|",
    ]
    for number, run in enumerate(result["ingest"], 1):  # type: ignore[arg-type]
        lines.append(
            f"| {number} | {run['bare_encoder_s']} | {run['ingest_s']} | {run['bare_rate_per_s']} | "
            f"{run['ingest_rate_per_s']} | {run['ratio']} |"
        )
    lines += [
        "",
        "## Query latency, catalog size (local mode, on disk)",
        "",
        "| query | p50 ms | p95 ms | n |",
        "|---|---|---|---|",
    ]
    for name, value in result["catalog_latency"].items():  # type: ignore[attr-defined]
        lines.append(f"| {name} | {value['p50_ms']} | {value['p95_ms']} | {value['n']} |")
    synthetic = result.get("synthetic")
    if isinstance(synthetic, dict):
        lines += [
            "",
            f"## {synthetic['points']} synthetic points (local mode, in memory)",
            "",
            f"Loaded in {synthetic['load_seconds']} s. Photo recall@10 against exact search: "
            f"{synthetic['photo recall@10 vs exact']}.",
            "",
            "| query | p50 ms | p95 ms | n |",
            "|---|---|---|---|",
        ]
        for name in ("photo query", "hybrid text query (qdrant only)"):
            value = synthetic[name]
            lines.append(f"| {name} | {value['p50_ms']} | {value['p95_ms']} | {value['n']} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, default=Path("../shared/data/magento-catalog"))
    parser.add_argument("--synthetic", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=32)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    embedders = build_embedders(EmbedderConfig())
    documents = catalog_documents(args.source)
    image_root = args.source / "images"
    bare_encoders(documents[:32], embedders, image_root, args.batch)  # warm-up
    runs = []
    with tempfile.TemporaryDirectory() as scratch:
        for attempt in range(2):
            bare = bare_encoders(documents, embedders, image_root, args.batch)
            ingest, index = ingest_run(
                documents, embedders, image_root, args.batch, Path(scratch) / str(attempt)
            )
            runs.append(
                {
                    "bare_encoder_s": round(bare, 2),
                    "ingest_s": round(ingest, 2),
                    "bare_rate_per_s": round(len(documents) / bare, 1),
                    "ingest_rate_per_s": round(len(documents) / ingest, 1),
                    "ratio": round(bare / ingest, 3),
                }
            )
        latency = catalog_latency(index, documents, image_root)
    result = {
        "documents": len(documents),
        "embedders": embedders.fingerprint,
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg(),
        "ingest": runs,
        "catalog_latency": latency,
        "synthetic": synthetic_latency(args.synthetic, embedders.text.dim, embedders.image.dim)
        if args.synthetic
        else None,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "catalog_bench.json").write_text(json.dumps(result, indent=2))
    (RESULTS / "catalog_bench.md").write_text(markdown(result))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
