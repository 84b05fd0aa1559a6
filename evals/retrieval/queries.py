"""The labelled query sets, built from catalog metadata only (no hand-written answers)."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence

from pydantic import BaseModel

from tools.catalog.records import IndexDocument

# How a shopper would name each catalog category leaf.
LEAF_WORDS = {
    "Hoodies & Sweatshirts": ["hoodie", "sweatshirt"],
    "Bras & Tanks": ["sports bra", "tank top"],
    "Tees": ["tee", "t-shirt"],
    "Tanks": ["tank top", "tank"],
    "Jackets": ["jacket"],
    "Pants": ["pants", "trousers"],
    "Shorts": ["shorts"],
    "Bags": ["bag"],
    "Watches": ["watch"],
    "Fitness Equipment": ["fitness gear"],
}
TEMPLATES = (
    "{colour} {material} {leaf} for {gender}",
    "{gender}'s {colour} {leaf} in {material}",
    "{leaf} {colour} {material} {gender}",
    "a {colour} {leaf} made of {material} for {gender}",
)
GEAR_TEMPLATES = ("{colour} {leaf}", "{leaf} in {colour}")
GENDER_WORDS = {"Men": ["men", "man"], "Women": ["women", "woman", "ladies"]}


class TextQuery(BaseModel):
    text: str
    relevant: set[str]  # document keys (product:colour) with every attribute the text asks for


class PhotoQuery(BaseModel):
    image_path: str
    kind: str  # crop, rotation, lighting, background, or alt1/back for other views
    product_id: str
    key: str


def attribute_queries(documents: Sequence[IndexDocument], seed: int = 13) -> list[TextQuery]:
    """One query per (category leaf, colour, gender, material) present in the catalog."""
    groups: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for document in documents:
        leaf = (document.category_path or "").split("/")[-1]
        if not document.colour or leaf not in LEAF_WORDS:
            continue
        for material in document.material or [""]:
            groups[(leaf, document.colour, document.gender or "", material)].add(document.key)
    rng = random.Random(seed)
    queries = []
    for (leaf, colour, gender, material), keys in sorted(groups.items()):
        words = {"leaf": rng.choice(LEAF_WORDS[leaf]), "colour": colour.lower(), "material": material.lower()}
        if gender:
            template = rng.choice(TEMPLATES if material else TEMPLATES[:1])
            words["gender"] = rng.choice(GENDER_WORDS[gender])
        else:
            template = rng.choice(GEAR_TEMPLATES)
        queries.append(TextQuery(text=" ".join(template.format(**words).split()), relevant=keys))
    return queries


def photo_queries(documents: Sequence[IndexDocument], kinds: Sequence[str]) -> list[PhotoQuery]:
    """Each catalog photo once per perturbation kind."""
    return [
        PhotoQuery(image_path=d.image_path, kind=kind, product_id=d.product_id, key=d.key)
        for d in documents
        if d.image_path
        for kind in kinds
    ]


def alternate_view_queries(documents: Sequence[IndexDocument]) -> list[PhotoQuery]:
    """The other views (`_alt1`, `_back`, `_outfit`) of each colour, which the index never saw."""
    return [
        PhotoQuery(image_path=path, kind=_view(path), product_id=d.product_id, key=d.key)
        for d in documents
        for path in d.extra_images
    ]


def _view(path: str) -> str:
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return stem.rsplit("_", 1)[-1] if "_" in stem else "other"
