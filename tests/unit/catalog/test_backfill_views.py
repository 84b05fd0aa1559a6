"""An index written before the payload held a colour's other views gets them without re-embedding: the damage
reader remembers every catalog view of the ordered colour (tools/catalog/compare.reference_views)."""

from __future__ import annotations

from qdrant_client import QdrantClient, models

from tools.catalog.index import point_id
from tools.catalog.ingest import backfill_views
from tools.catalog.records import IndexDocument


def _document(product: str, extra: list[str]) -> IndexDocument:
    return IndexDocument(
        product_id=product,
        name=product,
        colour="Gray",
        category_path="Men/Tops/Hoodies & Sweatshirts",
        gender="Men",
        variant_skus=[f"{product}-S-Gray"],
        price_cents=1000,
        image_path=f"m/h/{product.lower()}-gray_main.jpg",
        extra_images=extra,
    )


def test_old_points_get_their_views_and_keep_their_vectors() -> None:
    client = QdrantClient(":memory:")
    client.create_collection("c", vectors_config=models.VectorParams(size=2, distance=models.Distance.COSINE))
    old = _document("MH01", ["m/h/mh01-gray_back.jpg", "m/h/mh01-gray_alt1.jpg"])
    new = _document("MH02", ["m/h/mh02-gray_back.jpg"])
    client.upsert("c", points=[
        models.PointStruct(id=point_id(old), vector=[1.0, 0.0], payload={"image_path": old.image_path}),
        models.PointStruct(id=point_id(new), vector=[0.0, 1.0],
                           payload={"image_path": new.image_path, "extra_images": new.extra_images}),
    ])
    assert backfill_views(client, "c", [old, new]) == 1
    stored = {str(p.id): p for p in client.retrieve("c", ids=[point_id(old), point_id(new)], with_vectors=True)}
    assert stored[point_id(old)].payload == {"image_path": old.image_path, "extra_images": old.extra_images}
    assert stored[point_id(old)].vector == [1.0, 0.0]
    assert stored[point_id(new)].payload["extra_images"] == new.extra_images  # type: ignore[index]
    assert backfill_views(client, "c", [old, new]) == 0  # a second import writes nothing
