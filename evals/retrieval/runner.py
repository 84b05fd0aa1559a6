"""Runs the retrieval suite: an index per embedder setup, then text, photo and colour queries."""

from __future__ import annotations

import random
import time
import zlib
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel
from tqdm import tqdm

from evals.retrieval.metrics import Metrics, RankedQuery, summarise
from evals.retrieval.perturb import PERTURBATIONS, perturbed
from evals.retrieval.queries import PhotoQuery, alternate_view_queries, attribute_queries, photo_queries
from tools.catalog.colour import read_colour, region_for_category
from tools.catalog.embedders import EmbedderConfig
from tools.catalog.index import CatalogIndex, IndexConfig, ensure_collection, open_catalog_index
from tools.catalog.ingest import IngestReport, ingest_documents
from tools.catalog.magento import read_magento_catalog
from tools.catalog.photos import open_photo
from tools.catalog.records import IndexDocument, index_documents
from tools.catalog.search import ALL_CHANNELS, Channel, search_products

TEXT_CHANNELS = {
    "hybrid (RRF)": ALL_CHANNELS,
    "dense only": frozenset({Channel.DENSE}),
    "lexical only": frozenset({Channel.LEXICAL}),
}
QUERY_SIDE = 384  # perturbations work on a reduced copy, as a phone upload would be resized


class EmbedderSetup(BaseModel):
    label: str
    config: EmbedderConfig


class SetupResult(BaseModel):
    label: str
    fingerprint: str
    ingest: IngestReport
    text: dict[str, Metrics]
    photo: dict[str, Metrics]
    photo_exact_colour_at_1: dict[str, float]
    alternate_views: dict[str, Metrics]


class ColourResult(BaseModel):
    photos: int
    accuracy: float
    accuracy_by_kind: dict[str, float]
    confusions: dict[str, int]
    # Catalog photo accuracy on the products colour_fit.py may learn from (train) and on the rest (holdout).
    accuracy_by_split: dict[str, float] = {}


class RetrievalReport(BaseModel):
    catalog: str
    documents: int
    seconds: float
    setups: list[SetupResult]
    colour: ColourResult | None


def split_of(product_id: str) -> str:
    """`holdout` for about 40 % of the products (by a stable hash of the id), else `train`: colour cuts may
    be learned from train products only (evals/retrieval/colour_fit.py)."""
    return "holdout" if zlib.crc32(product_id.encode()) % 5 < 2 else "train"


def catalog_documents(source: Path) -> list[IndexDocument]:
    return [doc for product in read_magento_catalog(source) for doc in index_documents(product)]


def run_retrieval_eval(
    source: Path,
    setups: Sequence[EmbedderSetup],
    *,
    work_dir: Path,
    sample: int | None = None,
    seed: int = 7,
    colour: bool = True,
    progress: bool = True,
) -> RetrievalReport:
    """Score every setup on the same queries; `sample` limits the photo queries to that many colours."""
    started = time.perf_counter()
    documents = catalog_documents(source)
    photo_docs = random.Random(seed).sample(documents, sample) if sample else documents
    results = [_run_setup(source, documents, photo_docs, setup, work_dir, seed, progress) for setup in setups]
    return RetrievalReport(
        catalog=str(source),
        documents=len(documents),
        seconds=round(time.perf_counter() - started, 1),
        setups=results,
        colour=_colour_accuracy(source, photo_docs, seed, progress) if colour else None,
    )


def _run_setup(
    source: Path,
    documents: list[IndexDocument],
    photo_docs: list[IndexDocument],
    setup: EmbedderSetup,
    work_dir: Path,
    seed: int,
    progress: bool,
) -> SetupResult:
    index = open_catalog_index(IndexConfig(path=work_dir / setup.label, collection="eval"), setup.config)
    ensure_collection(index.client, index.collection, index.embedders)
    ingest = ingest_documents(
        index.client,
        index.collection,
        documents,
        index.embedders,
        image_root=source / "images",
        progress=progress,
    )
    text = {name: _text_metrics(index, documents, channels) for name, channels in TEXT_CHANNELS.items()}
    kinds = list(PERTURBATIONS)
    photo_ranked, exact = _photo_rankings(index, source, photo_queries(photo_docs, kinds), seed, progress)
    alternates, _ = _photo_rankings(index, source, alternate_view_queries(photo_docs), seed, progress)
    index.client.close()
    return SetupResult(
        label=setup.label,
        fingerprint=index.embedders.fingerprint,
        ingest=ingest,
        text=text,
        photo={kind: summarise(queries) for kind, queries in photo_ranked.items()},
        photo_exact_colour_at_1={kind: sum(hits) / len(hits) for kind, hits in exact.items()},
        alternate_views={kind: summarise(queries) for kind, queries in alternates.items()},
    )


def _text_metrics(
    index: CatalogIndex, documents: list[IndexDocument], channels: frozenset[Channel]
) -> Metrics:
    ranked = []
    for query in attribute_queries(documents):
        cards = search_products(index, text=query.text, limit=10, channels=channels)
        keys = [f"{card.product_id}:{(card.colour or '-').lower()}" for card in cards]
        ranked.append(RankedQuery(ranked=keys, relevant=query.relevant))
    return summarise(ranked)


def _photo_rankings(
    index: CatalogIndex, source: Path, queries: list[PhotoQuery], seed: int, progress: bool
) -> tuple[dict[str, list[RankedQuery]], dict[str, list[bool]]]:
    ranked: dict[str, list[RankedQuery]] = defaultdict(list)
    exact: dict[str, list[bool]] = defaultdict(list)
    for number, query in enumerate(tqdm(queries, desc="photo queries", disable=not progress)):
        photo = _query_photo(source, query, seed + number)
        cards = search_products(index, image=photo, limit=10)
        ranked[query.kind].append(
            RankedQuery(ranked=[c.product_id for c in cards], relevant={query.product_id})
        )
        top = cards[0] if cards else None
        exact[query.kind].append(
            top is not None and f"{top.product_id}:{(top.colour or '-').lower()}" == query.key
        )
    return ranked, exact


def _query_photo(source: Path, query: PhotoQuery, seed: int):  # type: ignore[no-untyped-def]
    image = open_photo(source / "images" / query.image_path, side=QUERY_SIDE)
    return perturbed(image, query.kind, seed) if query.kind in PERTURBATIONS else image


def _colour_accuracy(source: Path, documents: list[IndexDocument], seed: int, progress: bool) -> ColourResult:
    hits: dict[str, list[bool]] = defaultdict(list)
    by_split: dict[str, list[bool]] = defaultdict(list)
    confusions: dict[str, int] = defaultdict(int)
    labelled = [d for d in documents if d.colour and d.image_path]
    for number, document in enumerate(tqdm(labelled, desc="colour", disable=not progress)):
        region = region_for_category(document.category_path)
        for kind in ("catalog photo", "crop", "rotation", "background", "lighting"):
            query = PhotoQuery(
                image_path=str(document.image_path),
                kind=kind,
                product_id=document.product_id,
                key=document.key,
            )
            name = read_colour(_query_photo(source, query, seed + number), region).name
            hits[kind].append(name == document.colour)
            if kind == "catalog photo":
                by_split[split_of(document.product_id)].append(name == document.colour)
                if name != document.colour:
                    confusions[f"{document.colour} -> {name}"] += 1
    main = hits["catalog photo"]
    return ColourResult(
        photos=len(main),
        accuracy=sum(main) / max(len(main), 1),
        accuracy_by_kind={kind: sum(v) / len(v) for kind, v in hits.items()},
        confusions=dict(sorted(confusions.items(), key=lambda kv: -kv[1])),
        accuracy_by_split={split: sum(v) / len(v) for split, v in sorted(by_split.items())},
    )
