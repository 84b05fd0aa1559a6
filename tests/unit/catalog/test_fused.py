"""The photo embedder: pretrained EfficientNet-Lite0 weights, strictly loaded, on the subject crop, through the
learned head; the eval's cached-feature path gives the same vectors as the embedder."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from evals.retrieval.phone import phone_photo
from tools.catalog.efficientnet_lite import load_efficientnet_lite0, weights_path
from tools.catalog.fused import FusedEmbedder, subject_crop
from tools.catalog.photos import cut_out

IMAGES = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "magento-catalog" / "images"
SWEATSHIRT, MAILBAG, BACKPACK, PURSE = 841, 636, 414, 748
needs_catalog = pytest.mark.skipif(not IMAGES.is_dir(), reason="the Magento catalog photos are not in ../shared")


@pytest.fixture(scope="module")
def embedder() -> FusedEmbedder:
    return FusedEmbedder()


def test_weights_that_do_not_match_the_network_are_refused(tmp_path: Path) -> None:
    state = torch.load(weights_path(), map_location="cpu", weights_only=True)
    del state["_conv_head.weight"]
    broken = tmp_path / "broken.pth"
    torch.save(state, broken)
    with pytest.raises(RuntimeError, match="_conv_head.weight"):
        load_efficientnet_lite0(broken)


@needs_catalog
@pytest.mark.parametrize(
    ("photo", "classes"),
    [("m/h/mh01-black_main.jpg", {SWEATSHIRT}), ("m/b/mb01-blue-0.jpg", {MAILBAG, BACKPACK, PURSE})],
)
def test_the_pretrained_network_recognises_catalog_items(photo: str, classes: set[int]) -> None:
    model = load_efficientnet_lite0()
    crop = subject_crop(cut_out(IMAGES / photo, 320))
    tensor = torch.from_numpy((crop.astype(np.float32) - 127.5) / 128.0).permute(2, 0, 1)[None]
    with torch.inference_mode():
        top5 = set(model(tensor).topk(5).indices[0].tolist())
    assert top5 & classes


def test_vectors_are_unit_length_and_of_the_declared_size(embedder: FusedEmbedder) -> None:
    photos = [Image.new("RGB", (120, 160), (200, 30, 40)), Image.new("RGB", (90, 90), (30, 70, 200))]
    vectors = embedder.embed_images(photos)
    assert vectors.shape == (2, embedder.dim)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


@needs_catalog
def test_a_phone_photo_of_an_unindexed_view_finds_its_product(embedder: FusedEmbedder) -> None:
    # Main views are indexed; each back view, degraded like a phone photo, is the query.
    indexed = [
        "m/h/mh01-gray_main.jpg",
        "w/s/ws01-black_main.jpg",
        "m/j/mj01-yellow_main.jpg",
        "m/h/mh01-black_main.jpg",
        "w/s/ws01-yellow_main.jpg",
        "m/j/mj01-red_main.jpg",
    ]
    queries = {"m/h/mh01-gray_back.jpg": "mh01", "w/s/ws01-black_back.jpg": "ws01", "m/j/mj01-yellow_back.jpg": "mj01"}
    index = embedder.embed_images([IMAGES / path for path in indexed])
    rng = random.Random(3)
    photos = [phone_photo(Image.open(IMAGES / path), rng)[0] for path in queries]
    nearest = (embedder.embed_images(photos) @ index.T).argmax(axis=1)
    found = [indexed[i].rsplit("/", 1)[-1].split("-")[0] for i in nearest]
    assert found == list(queries.values())


@needs_catalog
def test_the_eval_cache_path_gives_the_embedders_vectors(embedder: FusedEmbedder, tmp_path: Path) -> None:
    # unseen-views scores the head on cached float16 maps: they must be the vectors the index gets.
    from evals.retrieval.feature_cache import load_entries
    from evals.retrieval.head_train import describe
    from tools.catalog.fused import fuse

    paths = ["m/h/mh01-gray_main.jpg", "w/s/ws01-black_back.jpg"]
    entries = load_entries(IMAGES, [(p, None) for p in paths], embedder.pooling.backbone, tmp_path, progress=False)
    colour = np.stack([e.colour for e in entries])
    cached = fuse(embedder.head(describe(entries, embedder.pooling)), colour, embedder.head.spec.colour_weight)
    live = embedder.embed_images([IMAGES / p for p in paths])
    assert np.abs(cached - live).max() < 0.01


def test_the_version_names_the_head_so_a_retrained_head_means_a_rebuilt_index(
    embedder: FusedEmbedder, tmp_path: Path
) -> None:
    from tools.catalog.photo_head import HEAD_PATH, load_head

    head = load_head(HEAD_PATH)
    head.arrays["b1"] = head.arrays["b1"] + 0.01
    head.save(tmp_path / "retrained.npz")
    other = FusedEmbedder(model=embedder.model, head_path=tmp_path / "retrained.npz")
    assert other.dim == embedder.dim and other.version != embedder.version
