"""Search filters become Qdrant conditions; the index client honours the configured backend."""

from __future__ import annotations

import warnings
from pathlib import Path

from pydantic import SecretStr
from qdrant_client import models

from tools.catalog.index import IndexConfig, open_client
from tools.catalog.search import SearchFilters, build_filter


def test_no_filters_means_no_condition() -> None:
    assert build_filter(None) is None
    assert build_filter(SearchFilters()) is None


def test_each_filter_becomes_a_condition() -> None:
    built = build_filter(
        SearchFilters(
            category="Women/Bottoms", colour="Black", size="28", min_price_cents=1000, max_price_cents=5000
        )
    )
    assert built is not None and built.must is not None
    conditions = {c.key: c for c in built.must if isinstance(c, models.FieldCondition)}
    assert conditions["category_levels"].match == models.MatchValue(value="women/bottoms")
    assert _colour_condition(["black"]) in built.must
    assert conditions["sizes_in_stock"].match == models.MatchValue(value="28")
    assert conditions["price_cents"].range == models.Range(gte=1000, lte=5000)


def test_local_mode_is_the_default(tmp_path: Path) -> None:
    client = open_client(IndexConfig(path=tmp_path / "qdrant"))
    assert client.get_collections().collections == []
    assert (tmp_path / "qdrant").is_dir()
    client.close()


def test_a_server_url_and_api_key_build_a_remote_client(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # no server is reachable here: the version check only warns
        client = open_client(
            IndexConfig(path=tmp_path / "unused", url="http://127.0.0.1:1", api_key=SecretStr("s3cret"))
        )
    remote = client._client
    assert remote.rest_uri == "http://127.0.0.1:1"
    assert remote._api_key == "s3cret"
    assert not (tmp_path / "unused").exists()


def test_any_of_colours_kinds_attributes_and_excluded_colours() -> None:
    built = build_filter(SearchFilters(colours=["Lavender", "Purple"], exclude_colours=["Black"],
                                       categories=["tanks", "bras & tanks"],
                                       attributes={"climate": ["Cold", "Wintry"], "material": ["CoolTech&trade;"]}))
    assert built is not None and built.must is not None and built.must_not is not None
    must = [c for c in built.must if isinstance(c, models.FieldCondition)]
    assert _colour_condition(["lavender", "purple"]) in built.must
    assert models.MatchAny(any=["tanks", "bras & tanks"]) in [c.match for c in must if c.key == "category_names"]
    # Every attribute is its own condition (all must hold), each an any-of its values.
    assert [c.match for c in must if c.key == "attribute_keys"] == [
        models.MatchAny(any=["climate:cold", "climate:wintry"]), models.MatchAny(any=["material:cooltech"])]
    assert built.must_not == [_colour_condition(["black"])]


def _colour_condition(colours: list[str]) -> models.Filter:
    """The catalog's colour, or one an agent accepted from the photo (catalog enrichment)."""
    accepted = [f"{name}:{colour}" for name in ("colour", "dominant_colour") for colour in colours]
    return models.Filter(should=[models.FieldCondition(key="colour_key", match=models.MatchAny(any=colours)),
                                 models.FieldCondition(key="attribute_keys", match=models.MatchAny(any=accepted))])
