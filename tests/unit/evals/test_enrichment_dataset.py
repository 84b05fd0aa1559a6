"""The enrichment eval's labelled photos: a photo borrowed from a product of another category, products that
share a photo kept in one cross-validation group, a gear photo of another colourway than its variant's."""

from __future__ import annotations

from evals.enrichment.dataset import borrowed_photos, label_photos, photo_groups
from tools.catalog.records import ProductRecord, VariantRecord


def _product(pid: str, category: str, *variants: tuple[str | None, list[str]]) -> ProductRecord:
    return ProductRecord(
        id=pid, name=pid, category_path=category,
        variants=[VariantRecord(sku=f"{pid}-{k}", options={"color": colour} if colour else {}, price_cents=100,
                                images=images) for k, (colour, images) in enumerate(variants)],
    )


BRA = _product("WB01", "Women/Tops/Bras & Tanks", ("Black", ["w/b/wb01-black_main.jpg", "w/b/wb01-black-0.jpg"]),
               ("Gray", ["w/b/wb01-gray_main.jpg"]))
BAG = _product("24-WB01", "Gear/Bags", ("Black", ["w/b/wb01-black-0.jpg"]))
BALL_S = _product("24-WG081-gray", "Gear/Fitness Equipment", ("Gray", ["l/u/ball-gray.jpg"]))
BALL_M = _product("24-WG082-gray", "Gear/Fitness Equipment", ("Gray", ["l/u/ball-gray.jpg"]))
BACKPACK = _product("24-MB02", "Gear/Bags", ("Gray", ["m/b/mb02-gray-0.jpg", "m/b/mb02-blue-0.jpg"]))
CATALOG = [BRA, BAG, BALL_S, BALL_M, BACKPACK]


def test_a_photo_another_category_lists_first_is_not_the_later_lister_s() -> None:
    assert borrowed_photos(CATALOG) == {("WB01", "w/b/wb01-black-0.jpg")}
    photos = label_photos(CATALOG, lambda image: True)
    bra = [p.image for p in photos if p.product_id == "WB01"]
    assert bra == ["w/b/wb01-black_main.jpg", "w/b/wb01-gray_main.jpg"]
    assert [p.image for p in photos if p.product_id == "24-WB01"] == ["w/b/wb01-black-0.jpg"]


def test_products_sharing_a_photo_are_one_group_and_a_borrowed_photo_joins_none() -> None:
    groups = photo_groups(CATALOG, borrowed_photos(CATALOG))
    assert groups["24-WG081-gray"] == groups["24-WG082-gray"] == "24-WG081-gray"
    assert groups["WB01"] == "WB01" and groups["24-WB01"] == "24-WB01" and groups["24-MB02"] == "24-MB02"
    photos = label_photos(CATALOG, lambda image: True)
    assert {p.group for p in photos if p.image == "l/u/ball-gray.jpg"} == {"24-WG081-gray"}


def test_a_photo_of_another_colourway_than_its_variant_s_has_no_colour_label_and_its_own_colourway() -> None:
    photos = {p.image: p for p in label_photos(CATALOG, lambda image: True)}
    gray, blue = photos["m/b/mb02-gray-0.jpg"], photos["m/b/mb02-blue-0.jpg"]
    assert (gray.colour, gray.colourway) == ("Gray", "24-MB02:Gray")
    assert blue.colour is None and blue.colourway != gray.colourway
    assert photos["w/b/wb01-gray_main.jpg"].colourway == "WB01:Gray"


def test_only_present_photos_are_labelled() -> None:
    photos = label_photos(CATALOG, lambda image: "gray" in image)
    assert {p.image for p in photos} == {"w/b/wb01-gray_main.jpg", "l/u/ball-gray.jpg", "m/b/mb02-gray-0.jpg"}
