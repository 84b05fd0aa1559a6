"""Reading the Magento sample catalog into products, variants and reviews."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools.catalog.magento import CatalogSourceError, read_magento_catalog
from tools.catalog.records import ProductRecord, index_documents


@pytest.fixture(scope="module")
def products(catalog_dir: Path) -> dict[str, ProductRecord]:
    return {p.id: p for p in read_magento_catalog(catalog_dir)}


def test_configurable_products_carry_their_size_colour_variants(products: dict[str, ProductRecord]) -> None:
    hoodie = products["MH01"]
    assert hoodie.name == "Chaz Kangeroo Hoodie"
    assert hoodie.category_path == "Men/Tops/Hoodies & Sweatshirts"
    assert hoodie.attributes["material"] == ["Wool"]
    variant = next(v for v in hoodie.variants if v.sku == "MH01-XS-Black")
    assert variant.options == {"color": "Black", "size": "XS", "material": "Wool"}
    assert variant.price_cents == 5200
    assert variant.images[0] == "m/h/mh01-black_main.jpg"


def test_gear_products_get_one_variant_each(products: dict[str, ProductRecord]) -> None:
    bag = products["24-MB01"]
    assert bag.category_path == "Gear/Bags"
    assert [v.sku for v in bag.variants] == ["24-MB01"]
    assert bag.variants[0].options["color"] == "Blue"
    assert bag.variants[0].price_cents == 3400


def test_reviews_attach_to_their_product(products: dict[str, ProductRecord]) -> None:
    assert any("compartments" in r.body for r in products["24-MB01"].reviews)


def test_catalog_size(products: dict[str, ProductRecord]) -> None:
    assert len(products) == 191
    assert sum(len(p.variants) for p in products.values()) == 1891


def test_one_index_document_per_product_colour(products: dict[str, ProductRecord]) -> None:
    documents = index_documents(products["MH01"])
    assert sorted(d.colour or "" for d in documents) == ["Black", "Gray", "Orange"]
    black = next(d for d in documents if d.colour == "Black")
    assert black.sizes_in_stock == ["XS", "S", "M", "L", "XL"]
    assert all(sku.endswith("-Black") for sku in black.variant_skus)
    assert "Hoodies" in black.text() and "Wool" in black.text()


def test_a_directory_without_the_catalog_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CatalogSourceError):
        read_magento_catalog(tmp_path)


def test_filterable_attributes_are_clean_words_and_yoga_comes_from_the_collection(
        products: dict[str, ProductRecord]) -> None:
    from tools.catalog.index import document_payload
    from tools.catalog.records import index_documents

    yoga = [p for p in products.values() if "Yoga" in (p.attributes.get("activity") or [])]
    assert any((p.category_path or "").startswith(("Men/", "Women/")) for p in yoga)
    payloads = [document_payload(d, "f") for p in products.values() for d in index_documents(p)]
    materials = {m for payload in payloads for m in payload["attributes"]["material"]}
    assert "CoolTech" in materials and not any("&" in m or "\u2122" in m for m in materials)
    assert all(key == key.lower() and ":" in key for payload in payloads for key in payload["attribute_keys"])


ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _texts(item)]
    return []


def test_no_catalog_text_keeps_an_html_entity(products: dict[str, ProductRecord]) -> None:
    # Every string a product carries (names, categories, attributes, variant options, reviews) is plain text.
    encoded = [(p.id, text) for p in products.values() for text in _texts(p.model_dump()) if ENTITY.search(text)]
    assert encoded == []


def test_entities_are_decoded_once_at_import(products: dict[str, ProductRecord]) -> None:
    materials = {m for p in products.values() for m in p.attributes.get("material", [])}
    assert "Lycra®" in materials and "CoolTech™" in materials
    options = {v.options.get("material", "") for p in products.values() for v in p.variants}
    assert any("Lycra®" in text for text in options)
    assert "Harmony Lumaflex™ Strength Band Kit" in {p.name for p in products.values()}


def test_a_field_is_decoded_once_and_not_twice(tmp_path: Path) -> None:
    from tools.catalog.magento import _text

    assert _text("Lycra&reg;") == "Lycra®"
    assert _text("Fish &amp;amp; chips") == "Fish &amp; chips"  # a literal entity in the source stays literal
    assert _text("Hoodies & Sweatshirts") == "Hoodies & Sweatshirts"


def test_the_index_is_built_from_decoded_text(products: dict[str, ProductRecord]) -> None:
    documents = [d for p in products.values() for d in index_documents(p)]
    assert [d.key for d in documents if ENTITY.search(d.model_dump_json() + d.text())] == []
