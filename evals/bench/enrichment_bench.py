"""Photos per second of catalog enrichment vs the bare photo encoder, side by side on the same photos.

    python -m evals.bench.enrichment_bench [SOURCE] [--products N]

The bare encoder is the fused photo embedder (`tools/catalog/fused.py`: decode, cut-out, subject crop,
EfficientNet-Lite0, colour histogram), what indexing runs per photo; enrichment is `enrich_products` (the
same decode, cut-out and network, plus the heads and the colour reader). Products are taken in chunks and the
two are timed alternately on each chunk (the order flipping every chunk), so load from other processes on a
shared host falls on both alike. One torch thread each. Writes evals/bench/results/enrichment_bench.{md,json}.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from tqdm import tqdm

from tools.catalog.enrichment.heads import shipped_heads
from tools.catalog.enrichment.run import colourways, enrich_products
from tools.catalog.fused import FusedEmbedder
from tools.catalog.magento import read_magento_catalog

RESULTS = Path(__file__).resolve().parent / "results"
CHUNK = 6  # products per alternation


def main() -> None:
    import torch

    torch.set_num_threads(1)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, nargs="?", default=Path("../shared/data/magento-catalog"))
    parser.add_argument("--products", type=int, default=0, help="How many products (0: the whole catalog).")
    args = parser.parse_args()
    images = args.source / "images"
    products = read_magento_catalog(args.source)
    products = products[: args.products] if args.products else products
    encoder = FusedEmbedder()
    heads = shipped_heads()
    warm = [path for _, path in next(iter(colourways(products[0], images).values()))]
    encoder.embed_images(warm)
    enrich_products(products[:1], images, heads=heads)
    seconds = {"encoder": 0.0, "enrichment": 0.0}
    photos = 0
    chunks = [products[i : i + CHUNK] for i in range(0, len(products), CHUNK)]
    for number, chunk in enumerate(tqdm(chunks, desc="chunks of products")):
        paths = [path for product in chunk for ways in colourways(product, images).values() for _, path in ways]
        photos += len(paths)
        order = ("encoder", "enrichment") if number % 2 == 0 else ("enrichment", "encoder")
        for name in order:
            started = time.perf_counter()
            if name == "encoder":
                encoder.embed_images(paths)
            else:
                enrich_products(chunk, images, heads=heads)
            seconds[name] += time.perf_counter() - started
    rates = {name: photos / value for name, value in seconds.items()}
    result = {
        "command": "python -m evals.bench.enrichment_bench" + (f" --products {args.products}" if args.products else ""),
        "products": len(products),
        "photos": photos,
        "seconds": {k: round(v, 2) for k, v in seconds.items()},
        "photos_per_second": {k: round(v, 3) for k, v in rates.items()},
        "enrichment_vs_encoder": round(rates["enrichment"] / rates["encoder"], 3),
        "target": 0.9,
        "heads": heads.model_version,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "enrichment_bench.json").write_text(json.dumps(result, indent=1) + "\n")
    (RESULTS / "enrichment_bench.md").write_text(
        "# Enrichment vs the bare photo encoder (same photos, alternating chunks)\n\n"
        f"Command: `{result['command']}` ({len(products)} products, {photos} photos; one torch thread; this "
        "shared 2-core host)\n\n"
        "| | seconds | photos/s |\n|---|---|---|\n"
        f"| bare encoder (fused embedder) | {seconds['encoder']:.1f} | {rates['encoder']:.2f} |\n"
        f"| enrichment (reader) | {seconds['enrichment']:.1f} | {rates['enrichment']:.2f} |\n\n"
        f"Enrichment runs at **{result['enrichment_vs_encoder']:.0%}** of the encoder's photos/s (target >= 90 %).\n"
    )
    print(json.dumps(result, indent=1))  # noqa: T201


if __name__ == "__main__":
    main()
