"""A gear product's gender comes from its own data (gear has no Men/Women category); apparel keeps its category's."""

from tools.catalog.records import ProductRecord


def test_gear_of_one_gender_has_it() -> None:
    watch = ProductRecord(id="24-MG04", name="Aim Analog Watch", category_path="Gear/Watches",
                          attributes={"gender": ["Men"]})
    assert watch.gender == "Men"


def test_gear_for_everyone_has_no_gender() -> None:
    watch = ProductRecord(id="24-MG03", name="Summit Watch", category_path="Gear/Watches",
                          attributes={"gender": ["Men", "Women", "Unisex"]})
    assert watch.gender is None


def test_apparel_gender_is_its_category_head() -> None:
    jacket = ProductRecord(id="WJ01", name="Stellar Solar Jacket", category_path="Women/Tops/Jackets",
                           attributes={"gender": ["Men"]})
    assert jacket.gender == "Women"
