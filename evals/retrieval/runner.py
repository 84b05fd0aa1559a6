"""Runs the retrieval suite: an index per embedder setup, then text, photo and colour queries."""

from __future__ import annotations

import random
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from PIL import Image
from pydantic import BaseModel
from tqdm import tqdm

from evals.retrieval.colour_samples import (
    CATALOG_PHOTO,
    EVAL_KINDS,
    FOLDS,
    QUERY_SIDE,
    ColourSample,
    colour_samples,
    held_out_names,
    out_of_fold_names,
)
from evals.retrieval.metrics import Metrics, RankedQuery, summarise
from evals.retrieval.perturb import PERTURBATIONS, perturbed
from evals.retrieval.queries import PhotoQuery, alternate_view_queries, attribute_queries, photo_queries
from tools.catalog.colour_features import COLOUR_NAMES
from tools.catalog.colour_model import shipped_colour_model
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
    """Colour-name accuracy on the labelled catalog photos and perturbed copies of them.

    `accuracy` and `accuracy_by_kind` are out of sample: each photo is named by a classifier fitted with
    its product's colourways left out (product-grouped k-fold cross-validation, `folds` folds).
    """

    photos: int
    accuracy: float
    accuracy_by_kind: dict[str, float]
    confusions: dict[str, int]
    # Catalog photos of the held-out products (split_of), named by a classifier fitted on the train
    # products only; `train` is that classifier on its own training products (in sample).
    accuracy_by_split: dict[str, float] = {}
    method: str = ""
    folds: int = 0
    palette_accuracy_by_kind: dict[str, float] = {}  # the hand-set palette alone, no classifier
    shipped_accuracy_by_kind: dict[str, float] = {}  # the shipped classifier file (fitted on all: in sample)


class RetrievalReport(BaseModel):
    catalog: str
    documents: int
    seconds: float
    setups: list[SetupResult]
    colour: ColourResult | None


def split_of(product_id: str) -> str:
    """`holdout` for about 40 % of the products (by a stable hash of the id), else `train`: the colour
    classifier of the held-out figure is fitted on the train products only."""
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


def _text_metrics(index: CatalogIndex, documents: list[IndexDocument], channels: frozenset[Channel]) -> Metrics:
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
        ranked[query.kind].append(RankedQuery(ranked=[c.product_id for c in cards], relevant={query.product_id}))
        top = cards[0] if cards else None
        exact[query.kind].append(top is not None and f"{top.product_id}:{(top.colour or '-').lower()}" == query.key)
    return ranked, exact


def _query_photo(source: Path, query: PhotoQuery, seed: int) -> Image.Image:
    image = open_photo(source / "images" / query.image_path, side=QUERY_SIDE)
    return perturbed(image, query.kind, seed) if query.kind in PERTURBATIONS else image


def _colour_accuracy(source: Path, documents: list[IndexDocument], seed: int, progress: bool) -> ColourResult:
    samples = colour_samples(source, documents, seed, progress=progress)
    scored = [i for i, s in enumerate(samples) if s.kind in EVAL_KINDS]
    out_of_fold = out_of_fold_names(samples)
    splits = [split_of(s.product_id) for s in samples]
    held_out = held_out_names(samples, [split == "train" for split in splits])
    model = shipped_colour_model()
    shipped = model.predict(np.stack([s.features for s in samples])) if model else []
    palette = [_palette_name(s.features) for s in samples]
    confusions: dict[str, int] = defaultdict(int)
    for i in scored:
        if samples[i].kind == CATALOG_PHOTO and out_of_fold[i] != samples[i].label:
            confusions[f"{samples[i].label} -> {out_of_fold[i]}"] += 1
    by_kind = _accuracy_by(samples, scored, out_of_fold, lambda s: s.kind)
    catalog = [i for i in scored if samples[i].kind == CATALOG_PHOTO]
    return ColourResult(
        photos=len(catalog),
        accuracy=by_kind[CATALOG_PHOTO],
        accuracy_by_kind=by_kind,
        confusions=dict(sorted(confusions.items(), key=lambda kv: -kv[1])),
        accuracy_by_split=_accuracy_by(samples, catalog, held_out, lambda s: split_of(s.product_id)),
        method=(
            f"out of fold: {FOLDS}-fold cross-validation grouped by product (tools/catalog/colour_model.py "
            "logistic regression refitted per fold on the other folds' catalog photos, their training copies "
            "and the palette swatches; perturbation draws for training differ from the scored ones)"
        ),
        folds=FOLDS,
        palette_accuracy_by_kind=_accuracy_by(samples, scored, palette, lambda s: s.kind),
        shipped_accuracy_by_kind=_accuracy_by(samples, scored, shipped, lambda s: s.kind) if shipped else {},
    )


def _accuracy_by(
    samples: list[ColourSample], chosen: list[int], names: list[str], key: Callable[[ColourSample], str]
) -> dict[str, float]:
    hits: dict[str, list[bool]] = defaultdict(list)
    for i in chosen:
        hits[key(samples[i])].append(names[i] == samples[i].label)
    return {group: sum(v) / len(v) for group, v in sorted(hits.items(), key=lambda kv: _kind_order(kv[0]))}


def _kind_order(group: str) -> int:
    return EVAL_KINDS.index(group) if group in EVAL_KINDS else len(EVAL_KINDS)


def _palette_name(features: np.ndarray) -> str:
    # The features end with the palette's name totals (tools/catalog/colour_features.py): the heaviest is
    # what the hand-set palette alone reads.
    totals = features[-len(COLOUR_NAMES) :]
    return COLOUR_NAMES[int(np.argmax(totals))]
