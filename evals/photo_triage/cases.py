"""Labelled photo-complaint cases built from the catalog: what arrived (truth) and the photo the customer sends.

Per ordered product colour: `ok` (a phone copy of its photo), `wrong_colour` (a sibling colour's photo),
`wrong_item` (another product of the same department), `defect` (a held-out-generator tear, hole, stain or
broken part on it), `damage` (it crushed, held-out generator). Every photo goes through phone degradations.
"""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

from PIL import Image
from pydantic import BaseModel, ConfigDict

from evals.defects.dataset import phone_copy
from evals.defects.heldout_generator import draw_heldout_defect
from evals.retrieval.runner import catalog_documents, split_of
from tools.catalog.records import IndexDocument

TRUTHS = ("ok", "wrong_colour", "wrong_item", "defect", "damage")
DEFECT_KINDS = ("tear", "hole", "stain", "broken")


class Case(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    truth: str
    product_id: str
    ordered_sku: str
    source_photo: str
    reference: str  # the ordered colour's catalog photo (relative path)
    detail: str  # the defect kind, or the colour / product that arrived
    photo: Image.Image


def build_cases(source: Path, split: str, per_truth: int, seed: int) -> list[Case]:
    documents = [d for d in catalog_documents(source) if d.image_path and d.variant_skus]
    by_product: dict[str, list[IndexDocument]] = defaultdict(list)
    for document in documents:
        by_product[document.product_id].append(document)
    department = lambda d: (d.category_path or "").split("/")[0]  # noqa: E731
    rng = random.Random(seed)
    ordered = [d for d in documents if split_of(d.product_id) == split and len(by_product[d.product_id]) > 1]
    rng.shuffle(ordered)
    cases = []
    for n, document in enumerate(ordered[: per_truth * len(TRUTHS)]):
        truth = TRUTHS[n % len(TRUTHS)]
        own = Image.open(source / "images" / str(document.image_path)).convert("RGB")
        photo, detail, path = own, document.colour or "", str(document.image_path)
        if truth == "wrong_colour":
            sibling = rng.choice([d for d in by_product[document.product_id] if d.key != document.key])
            path, detail = str(sibling.image_path), sibling.colour or ""
            photo = Image.open(source / "images" / path).convert("RGB")
        elif truth == "wrong_item":
            other = rng.choice(
                [d for d in documents if d.product_id != document.product_id and department(d) == department(document)]
            )
            path, detail = str(other.image_path), other.product_id
            photo = Image.open(source / "images" / path).convert("RGB")
        elif truth == "defect":
            detail = DEFECT_KINDS[(n // len(TRUTHS)) % len(DEFECT_KINDS)]
            photo = draw_heldout_defect(own, detail, rng)
        elif truth == "damage":
            detail, photo = "crushed", draw_heldout_defect(own, "crushed", rng)
        if photo.width > 512 or photo.height > 512:
            photo = photo.copy()
            photo.thumbnail((512, 512))
        cases.append(
            Case(
                truth=truth,
                product_id=document.product_id,
                ordered_sku=document.variant_skus[0],
                source_photo=path,
                reference=str(document.image_path),
                detail=detail,
                photo=phone_copy(photo, rng, geometric=True),
            )
        )
    return cases
