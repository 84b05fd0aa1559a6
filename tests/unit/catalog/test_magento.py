"""Reading the Magento sample catalog into products, variants and reviews."""

from __future__ import annotations

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
