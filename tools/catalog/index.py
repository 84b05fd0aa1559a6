"""The catalog's Qdrant collection: one point per product colour; `text`, `lexical` and a multi-vector `image`
(one vector per catalog view of that colour, scored by its best view: MAX_SIM)."""

from __future__ import annotations

import dataclasses
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, Field, SecretStr
from qdrant_client import QdrantClient, models

from tools.catalog.embedders import EmbedderConfig, EmbedderPair, build_embedders
from tools.catalog.records import IndexDocument, attribute_key

POINT_NAMESPACE = uuid.UUID("6f1c1f3e-5d0a-4f7e-9a57-0c5bd0a1c3e2")
TEXT, IMAGE, LEXICAL = "text", "image", "lexical"
KEYWORD_FIELDS = ("product_id", "colour_key", "category_levels", "category_names", "sizes_in_stock", "gender",
                  "variant_skus", "attribute_keys")


class CollectionLayout(BaseModel):
    """How a Qdrant server spreads a new collection: shards over its nodes, and copies of each shard.
    Unset, the server's defaults; the embedded local mode has one of everything and ignores both."""

    shard_number: int | None = Field(default=None, ge=1)
    replication_factor: int | None = Field(default=None, ge=1)


class IndexConfig(BaseModel):
    """Where the index lives: an embedded local directory by default, a Qdrant server in production."""

    path: Path = Path("var/qdrant")
    url: str | None = None
    api_key: SecretStr | None = None
    collection: str = "vitrine_catalog"
    layout: CollectionLayout = CollectionLayout()


class IndexMismatch(RuntimeError):
    """The collection was built with other embedders or dimensions; rebuild it with `--recreate`."""


RECREATE_HINT = "rebuild it: `vitrine catalog import ... --recreate` (the demo rebuilds its own index)"


def open_client(config: IndexConfig) -> QdrantClient:
    """A client for the configured backend: the server (url + API key) when set, else local mode."""
    if config.url:
        api_key = config.api_key.get_secret_value() if config.api_key else None
        return QdrantClient(url=config.url, api_key=api_key)
    config.path.mkdir(parents=True, exist_ok=True)
    return QdrantClient(path=str(config.path))


@dataclass(frozen=True)
class CatalogIndex:
    """What a search needs: the Qdrant client, the collection name and the embedders that filled it."""

    client: QdrantClient
    collection: str
    embedders: EmbedderPair
    layout: CollectionLayout = dataclasses.field(default_factory=CollectionLayout)


def open_catalog_index(
    config: IndexConfig, embedders: EmbedderConfig | EmbedderPair, *, check: bool = True
) -> CatalogIndex:
    """Open the configured index with its embedders (built from local weights only).

    A collection built by other embedders (or another version of one) is refused here (IndexMismatch),
    before a search would compare vectors from two different spaces and return plausible-looking garbage.
    `check=False` is for the commands that rebuild it (import/reindex: `ensure_collection` checks there,
    unless asked to recreate).
    """
    pair = embedders if isinstance(embedders, EmbedderPair) else build_embedders(embedders)
    client = open_client(config)
    try:
        if check:
            check_built_with(client, config.collection, pair)
    except IndexMismatch:
        client.close()
        raise
    return CatalogIndex(client=client, collection=config.collection, embedders=pair, layout=config.layout)


def built_with(client: QdrantClient, collection: str) -> str | None:
    """The embedder fingerprint a collection was created with (None: no collection, or made before it was kept)."""
    if not client.collection_exists(collection):
        return None
    metadata = client.get_collection(collection).config.metadata or {}
    value = metadata.get("embedders")
    return str(value) if value is not None else None


def check_built_with(client: QdrantClient, collection: str, embedders: EmbedderPair) -> None:
    """Raise IndexMismatch when an existing collection's vectors come from other embedders than `embedders`."""
    stored = built_with(client, collection)
    if stored is not None and stored != embedders.fingerprint:
        raise IndexMismatch(
            f"the index {collection!r} was built with {stored}, but the settings give {embedders.fingerprint}; "
            + RECREATE_HINT
        )


def point_id(document: IndexDocument) -> str:
    """A stable id per product colour, so re-running an import overwrites instead of duplicating."""
    return str(uuid.uuid5(POINT_NAMESPACE, document.key))


def ensure_collection(
    client: QdrantClient, collection: str, embedders: EmbedderPair, *, recreate: bool = False,
    layout: CollectionLayout | None = None,
) -> None:
    """Create the collection (named dense vectors, IDF-weighted sparse vector, payload indexes) if absent."""
    if recreate and client.collection_exists(collection):
        client.delete_collection(collection)
    if client.collection_exists(collection):
        _check_dimensions(client, collection, embedders)
        check_built_with(client, collection, embedders)
        return
    client.create_collection(
        collection,
        vectors_config={
            TEXT: models.VectorParams(size=embedders.text.dim, distance=models.Distance.COSINE),
            IMAGE: models.VectorParams(
                size=embedders.image.dim,
                distance=models.Distance.COSINE,
                multivector_config=models.MultiVectorConfig(comparator=models.MultiVectorComparator.MAX_SIM),
            ),
        },
        sparse_vectors_config={LEXICAL: models.SparseVectorParams(modifier=models.Modifier.IDF)},
        metadata={"embedders": embedders.fingerprint},
        shard_number=layout.shard_number if layout else None,  # None: the server's default
        replication_factor=layout.replication_factor if layout else None,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # local mode warns that payload indexes only matter on a server
        for field in KEYWORD_FIELDS:
            client.create_payload_index(collection, field, models.PayloadSchemaType.KEYWORD)
        client.create_payload_index(collection, "price_cents", models.PayloadSchemaType.INTEGER)


def _check_dimensions(client: QdrantClient, collection: str, embedders: EmbedderPair) -> None:
    vectors = client.get_collection(collection).config.params.vectors
    if not isinstance(vectors, dict):
        raise IndexMismatch(f"{collection} has no named vectors")
    expected = {TEXT: embedders.text.dim, IMAGE: embedders.image.dim}
    for name, dim in expected.items():
        if name not in vectors or vectors[name].size != dim:
            raise IndexMismatch(f"{collection}.{name} is not {dim}-d; " + RECREATE_HINT)
    if vectors[IMAGE].multivector_config is None:
        raise IndexMismatch(f"{collection}.{IMAGE} holds one view per colour; " + RECREATE_HINT)


def document_payload(document: IndexDocument, fingerprint: str) -> dict[str, object]:
    """The stored payload: what cards show and filters use, plus the fingerprint that makes resumes skip."""
    parts = (document.category_path or "").split("/")
    attributes = document.attributes()
    return {
        "product_id": document.product_id,
        "name": document.name,
        "colour": document.colour,
        "colour_key": (document.colour or "").lower(),
        "category_path": document.category_path,
        "category_levels": ["/".join(parts[: i + 1]).lower() for i in range(len(parts)) if parts[0]],
        "category_names": [part.lower() for part in parts if part],
        "attributes": attributes,
        "attribute_keys": [attribute_key(name, value) for name, values in attributes.items() for value in values],
        "gender": (document.gender or "").lower(),
        "variant_skus": document.variant_skus,
        "sizes_in_stock": document.sizes_in_stock,
        "material": document.material,
        "price_cents": document.price_cents,
        "image_path": document.image_path,
        "extra_images": document.extra_images,  # the colour's other catalog views (back, alternates)
        "fingerprint": fingerprint,
    }
