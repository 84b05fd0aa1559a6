"""The photo models are loaded by using them once on a catalog photo before the app serves (surface9, finding J)."""

from pathlib import Path

from assistant.context import catalog_image_roots
from assistant.intake.photo_warm_up import warm_photo_models, warm_up_photo_models
from tools.catalog.index import CatalogIndex


def test_warming_compares_a_catalog_photo_with_its_own_variant(shop_catalog: tuple[Path, CatalogIndex]) -> None:
    _, index = shop_catalog
    seconds = warm_photo_models(index, catalog_image_roots())
    assert seconds is not None and seconds > 0


def test_without_catalog_photos_there_is_nothing_to_warm(shop_catalog: tuple[Path, CatalogIndex],
                                                        tmp_path: Path) -> None:
    _, index = shop_catalog
    assert warm_photo_models(index, [tmp_path]) is None  # no photo on disk: the first photo loads the models


async def test_a_failing_warm_up_never_stops_the_app(tmp_path: Path) -> None:
    class Broken:
        client = None  # scroll on None raises: the warm-up logs it and returns

    await warm_up_photo_models(Broken(), [tmp_path])  # type: ignore[arg-type]
