"""What a CLIP model changes, as a tested code path: text reaches the photo vectors, and the eval runs it.

No CLIP weights exist offline, so a tiny random CLIPModel built from a config stands in; the numbers it
produces are meaningless, the wiring is what is checked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.retrieval.runner import EmbedderSetup, run_retrieval_eval
from tests.unit.catalog.test_clip import build_tiny_clip
from tools.catalog.embedders import EmbedderConfig
from tools.catalog.index import CatalogIndex, IndexConfig, ensure_collection, open_catalog_index
from tools.catalog.ingest import ingest_documents
from tools.catalog.magento import read_magento_catalog
from tools.catalog.records import index_documents
from tools.catalog.search import Channel, search_products


@pytest.fixture(scope="module")
def clip_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_clip(tmp_path_factory.mktemp("clip"))


def _index(directory: Path, catalog: Path, config: EmbedderConfig) -> CatalogIndex:
    index = open_catalog_index(IndexConfig(path=directory, collection="clip"), config)
    ensure_collection(index.client, index.collection, index.embedders)
    documents = [d for p in read_magento_catalog(catalog) for d in index_documents(p)]
    ingest_documents(
        index.client,
        index.collection,
        documents,
        index.embedders,
        image_root=catalog / "images",
        progress=False,
    )
    return index


def test_with_clip_a_text_query_searches_the_photos(
    tmp_path: Path, small_catalog: Path, clip_dir: Path
) -> None:
    clip = _index(
        tmp_path / "clip", small_catalog, EmbedderConfig(image_embedder="clip", clip_model=str(clip_dir))
    )
    photo_only = frozenset({Channel.PHOTO})
    assert len(search_products(clip, text="red running jacket", channels=photo_only, limit=3)) == 3
    descriptor = _index(tmp_path / "descriptor", small_catalog, EmbedderConfig())
    assert search_products(descriptor, text="red running jacket", channels=photo_only, limit=3) == []


def test_the_eval_scores_a_clip_setup_beside_the_default(
    tmp_path: Path, small_catalog: Path, clip_dir: Path
) -> None:
    setups = [
        EmbedderSetup(label="default", config=EmbedderConfig()),
        EmbedderSetup(
            label="clip",
            config=EmbedderConfig(text_embedder="clip", image_embedder="clip", clip_model=str(clip_dir)),
        ),
    ]
    report = run_retrieval_eval(
        small_catalog, setups, work_dir=tmp_path, sample=2, colour=False, progress=False
    )
    assert [s.label for s in report.setups] == ["default", "clip"]
    assert report.setups[1].fingerprint == "text=clip/16;image=clip/16"
    assert set(report.setups[1].photo) == {"crop", "rotation", "lighting", "background"}
    assert report.setups[0].text["hybrid (RRF)"].queries > 0
