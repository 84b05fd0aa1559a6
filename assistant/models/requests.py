"""What the graph hands a backend: the turn, an optional photo, retrieval evidence and order context."""

from __future__ import annotations

import base64
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.models.contracts import TriageLabel

MediaType = Literal["image/jpeg", "image/png", "image/webp"]
_MAGIC: dict[str, tuple[bytes, ...]] = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/webp": (b"RIFF",),
}


class ImageInput(BaseModel):
    """Photo bytes already accepted by intake. There is deliberately no URL field: models only ever
    receive the bytes as a `data:` URL, never a customer-supplied link."""

    model_config = ConfigDict(frozen=True)
    data: bytes = Field(repr=False)
    media_type: MediaType = "image/jpeg"

    @model_validator(mode="after")
    def _bytes_match_type(self) -> ImageInput:
        if not self.data.startswith(_MAGIC[self.media_type]):
            raise ValueError(f"image bytes are not {self.media_type}")
        return self

    def data_url(self) -> str:
        return f"data:{self.media_type};base64,{base64.b64encode(self.data).decode('ascii')}"


class DamageCue(StrEnum):
    CRUSHED_PARCEL = "crushed_parcel"
    TEAR = "tear"
    STAIN = "stain"
    HOLE = "hole"
    BROKEN_PART = "broken_part"
    MISSING_PART = "missing_part"
    VISIBLE_DEFECT = "visible_defect"  # a tear, hole, stain or broken part seen by the defect model


class PhotoEvidence(BaseModel):
    """What the retrieval layer measured about the customer's photo; filled by the graph."""

    similarity_to_ordered: float | None = Field(
        default=None, ge=-1.0, le=1.0, description="photo vs the ordered variant's catalog photos"
    )
    same_product: bool | None = Field(default=None, description="looks like the ordered product")
    photo_colour: str | None = Field(default=None, description="named garment colour in the photo")
    ordered_colour: str | None = None
    ordered_size: str | None = None
    best_other_product: str | None = Field(default=None, description="best-matching other product")
    best_other_colour: str | None = None
    best_other_similarity: float | None = Field(default=None, ge=-1.0, le=1.0)
    damage_cues: list[DamageCue] = Field(default_factory=list)
    defect_score: float | None = Field(default=None, ge=0.0, le=1.0, description="defect model, 0..1")
    crushed_score: float | None = Field(default=None, ge=0.0, le=1.0, description="crushed-item model, 0..1")
    colour_confidence: float | None = Field(default=None, ge=0.0, le=1.0, description="certainty of photo_colour")
    best_similarity: float | None = Field(default=None, ge=-1.0, le=1.0, description="photo vs its best catalog match")

    def as_text(self) -> str:
        """The evidence as lines a generative model can read next to the image."""
        fields = self.model_dump(exclude_none=True, exclude_defaults=True)
        return "\n".join(f"- {key}: {value}" for key, value in fields.items()) or "- (no evidence)"


class OrderLine(BaseModel):
    item_id: str
    product_name: str
    colour: str | None = None
    size: str | None = None


class OrderSummary(BaseModel):
    order_id: str
    status: str = Field(description="as the store gives it, e.g. delivered, pending")
    items: list[OrderLine] = Field(default_factory=list)


class ChatTurn(BaseModel):
    role: Literal["customer", "assistant"]
    text: str


class DecisionRequest(BaseModel):
    """Everything a backend may use to make one decision; unused parts stay empty."""

    text: str = Field(default="", description="the customer's latest message")
    history: list[ChatTurn] = Field(default_factory=list, description="recent turns, oldest first")
    image: ImageInput | None = None
    evidence: PhotoEvidence | None = None
    orders: list[OrderSummary] = Field(default_factory=list)
    awaiting: str | None = Field(default=None, description="what the assistant last asked for")
    language: str = Field(default="en", pattern=r"^[a-z]{2}$", description="ISO 639-1 code the customer writes in")
    triage: TriageLabel | None = None
    triage_confidence: float | None = None
    target_order_id: str | None = None
    target_item_ids: list[str] = Field(default_factory=list)


class ReplyRequest(BaseModel):
    """A reply to write: `key` names a template in `prompts/replies.*.yaml`, `facts` fill it."""

    key: str
    facts: dict[str, str | int | float | list[str]] = Field(default_factory=dict)
    text: str = ""
    history: list[ChatTurn] = Field(default_factory=list)
    language: str = Field(default="en", pattern=r"^[a-z]{2}$", description="ISO 639-1 code of the reply")
