"""Qdrant local mode vs the in-process Qdrant Edge engine (`qdrant-edge-py`) on the same points and queries.

    python -m evals.bench.edge_bench [--points 20000 100000] [--queries 100]

Points carry the catalog index's two dense vectors (`text` 384-d MiniLM-sized, `image` 880-d descriptor-sized,
cosine). The vectors are synthetic but clustered (product-like groups with per-point noise), since uniform
random vectors are a pathological case for graph indexes that real embeddings are not. Both engines get the
same points and the same queries; recall@10 is measured against exact search in numpy. Local mode is
qdrant-client's embedded engine (`QdrantClient(location=":memory:")`, numpy brute force); Edge builds HNSW indexes with
`optimize()` and is queried with its defaults. Writes evals/bench/results/edge_bench.{md,json}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

RESULTS = Path(__file__).resolve().parent / "results"
DIMS = {"text": 384, "image": 880}


def clustered_vectors(count: int, dim: int, rng: np.random.Generator) -> np.ndarray:
    groups = rng.standard_normal((max(count // 20, 1), dim)).astype(np.float32)
    vectors = groups[rng.integers(0, len(groups), count)] + 0.6 * rng.standard_normal((count, dim)).astype(
        np.float32
    )
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _timed(search: Callable[[str, np.ndarray], list[int]], queries: dict[str, np.ndarray], exact: dict) -> dict:
    out: dict[str, object] = {}
    for name, rows in queries.items():
        times, recalls = [], []
        for query, truth in zip(rows, exact[name], strict=True):
            started = time.perf_counter()
            found = search(name, query)
            times.append((time.perf_counter() - started) * 1000)
            recalls.append(len(set(found) & truth) / 10)
        ordered = sorted(times)
        out[name] = {
            "p50_ms": round(statistics.median(ordered), 3),
            "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 3),
            "recall@10": round(float(np.mean(recalls)), 4),
        }
    return out


def local_mode(vectors: dict[str, np.ndarray], queries: dict, exact: dict) -> dict:
    from qdrant_client import QdrantClient, models

    # In memory: local mode's on-disk variant writes through SQLite and loaded 2,000 points in ~40 s here.
    client = QdrantClient(location=":memory:")
    client.create_collection(
        "bench",
        vectors_config={
            name: models.VectorParams(size=dim, distance=models.Distance.COSINE) for name, dim in DIMS.items()
        },
    )
    count = len(vectors["text"])
    started = time.perf_counter()
    for start in range(0, count, 1000):
        ids = range(start, min(count, start + 1000))
        client.upsert(
            "bench",
            points=models.Batch(
                ids=list(ids), vectors={name: vectors[name][start : ids.stop].tolist() for name in DIMS}
            ),
        )
    load = time.perf_counter() - started

    def search(name: str, query: np.ndarray) -> list[int]:
        found = client.query_points("bench", query=query.tolist(), using=name, limit=10).points
        return [int(p.id) for p in found]

    result = {"load_s": round(load, 1), "index_s": 0.0, **_timed(search, queries, exact)}
    client.close()
    return result


def edge(vectors: dict[str, np.ndarray], queries: dict, exact: dict, directory: Path) -> dict:
    import qdrant_edge as qe

    config = qe.EdgeConfig(
        vectors={name: qe.EdgeVectorParams(size=dim, distance=qe.Distance.Cosine) for name, dim in DIMS.items()},
        max_search_threads=1,
    )
    shard = qe.EdgeShard.create(str(directory), config)
    count = len(vectors["text"])
    started = time.perf_counter()
    for start in range(0, count, 1000):
        points = [
            qe.Point(id=i, vector={name: vectors[name][i].tolist() for name in DIMS})
            for i in range(start, min(count, start + 1000))
        ]
        shard.update(qe.UpdateOperation.upsert_points(points))
    shard.flush()
    load = time.perf_counter() - started
    started = time.perf_counter()
    shard.optimize()  # builds the HNSW indexes in-process
    index = time.perf_counter() - started

    def search(name: str, query: np.ndarray) -> list[int]:
        found = shard.query(qe.QueryRequest(limit=10, query=qe.Query.Nearest(query.tolist(), using=name)))
        return [int(p.id) for p in found]

    result = {"load_s": round(load, 1), "index_s": round(index, 1), **_timed(search, queries, exact)}
    shard.close()
    return result


def run(count: int, query_count: int, seed: int = 11) -> dict[str, object]:
    rng = np.random.default_rng(seed)
    vectors = {name: clustered_vectors(count, dim, rng) for name, dim in DIMS.items()}
    # Queries are perturbed copies of held points: "a photo of something we sell".
    queries = {}
    for name, rows in vectors.items():
        picks = rows[rng.integers(0, count, query_count)]
        noisy = picks + 0.3 * rng.standard_normal(picks.shape).astype(np.float32) / np.sqrt(DIMS[name])
        queries[name] = noisy / np.linalg.norm(noisy, axis=1, keepdims=True)
    exact = {name: [set(np.argsort(-(vectors[name] @ q))[:10].tolist()) for q in queries[name]] for name in DIMS}
    with tempfile.TemporaryDirectory() as work:
        return {
            "points": count,
            "queries": query_count,
            "local mode": local_mode(vectors, queries, exact),
            "edge": edge(vectors, queries, exact, Path(work) / "edge"),
        }


def markdown(results: list[dict], command: str) -> str:
    lines = [
        "# Qdrant local mode vs Qdrant Edge",
        "",
        f"Command: `{command}`; {os.cpu_count()} CPUs, load average at the end {os.getloadavg()[0]:.1f} "
        "(a shared host: compare the engines within a row, not across runs).",
        "",
        "| points | engine | load s | index build s | text p50 ms | text p95 ms | text recall@10 | "
        "image p50 ms | image p95 ms | image recall@10 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        for engine in ("local mode", "edge"):
            r = result[engine]
            lines.append(
                f"| {result['points']} | {engine} | {r['load_s']} | {r['index_s']} | {r['text']['p50_ms']} | "
                f"{r['text']['p95_ms']} | {r['text']['recall@10']} | {r['image']['p50_ms']} | "
                f"{r['image']['p95_ms']} | {r['image']['recall@10']} |"
            )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--points", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--out", type=Path, default=RESULTS / "edge_bench.md")
    args = parser.parse_args()
    command = "python -m evals.bench.edge_bench --points " + " ".join(map(str, args.points))
    results: list[dict] = []
    for count in args.points:  # written after each size, so a long run leaves its finished sizes behind
        results.append(run(count, args.queries))
        args.out.write_text(markdown(results, command))
        args.out.with_suffix(".json").write_text(json.dumps(results, indent=2))
        print(markdown(results[-1:], command), flush=True)  # noqa: T201 - a command-line benchmark


if __name__ == "__main__":
    main()
