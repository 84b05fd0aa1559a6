"""Decision contracts: the typed answers the agent graph asks a model backend for.

Each contract is requested as JSON constrained by its schema (see `schema.py`); `prompt` names the
versioned prompt file in `prompts/` that asks for it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field


class DecisionContract(BaseModel):
    """Base of every decision: closed to extra keys so the JSON schema is strict."""

    model_config = ConfigDict(extra="forbid")
    prompt: ClassVar[str]
    # Whether a model needs the customer's photo for this decision; others get the text and evidence only,
    # which keeps requests small and lets a text-only model answer them.
    reads_image: ClassVar[bool] = False


class Intent(StrEnum):
    GREET = "greet"
    PROVIDE_DETAILS = "provide_details"  # identity (email, name + zip) or order/item ids on their own
    ORDER_STATUS = "order_status"
    CANCEL_ORDER = "cancel_order"
    MODIFY_ORDER = "modify_order"
    RETURN_ITEM = "return_item"
    EXCHANGE_ITEM = "exchange_item"
    CHANGE_DEFAULT_ADDRESS = "change_default_address"  # the address saved on the account, not an order's
    REPORT_PROBLEM = "report_problem"  # damage, defect, wrong item/colour/size, missing parts
    PRODUCT_QUESTION = "product_question"
    RECOMMEND = "recommend"
    HUMAN_AGENT = "human_agent"
    AFFIRM = "affirm"
    DENY = "deny"
    THANKS_BYE = "thanks_bye"
    OUT_OF_SCOPE = "out_of_scope"


# Bounds for open strings, in the JSON schema only: they keep a model's longest answer (and so a decision's
# token cap) near what real values need, while the resolver, which copies what the customer wrote, is never
# refused for a longer one. Order ids are like #W + 7 digits, item ids 10 digits or dashed skus.
Id = Annotated[str, Field(json_schema_extra={"maxLength": 24})]
Word = Annotated[str, Field(json_schema_extra={"maxLength": 40})]
Name = Annotated[str, Field(json_schema_extra={"maxLength": 60})]
Email = Annotated[str, Field(json_schema_extra={"maxLength": 254})]
Zip = Annotated[str, Field(json_schema_extra={"maxLength": 10})]

CancelReason = Literal["no longer needed", "ordered by mistake"]
Modification = Literal["address", "payment", "items"]


class TurnSlots(DecisionContract):
    """Values stated in the turn, as the customer gave them (ids normalised, nothing invented)."""

    order_ids: list[Id] = Field(default_factory=list, max_length=5, description="#W and seven digits, as written")
    item_ids: list[Id] = Field(
        default_factory=list, max_length=5, description="ten-digit ids or product codes with dashes, as written"
    )
    email: Email | None = None
    first_name: Name | None = None
    last_name: Name | None = None
    zip_code: Zip | None = Field(default=None, description="5-digit US zip")
    cancel_reason: CancelReason | None = None
    modification: Modification | None = None
    colour: Word | None = None
    size: Word | None = None
    product_query: str | None = Field(default=None, max_length=200, description="what they look for")


class TurnIntent(DecisionContract):
    """What the customer wants in this turn and the details they gave."""

    prompt: ClassVar[str] = "intent"
    intent: Intent
    confidence: float = Field(ge=0.0, le=1.0)
    slots: TurnSlots = Field(default_factory=TurnSlots)


class ComplaintTarget(DecisionContract):
    """Which order and items a complaint is about, chosen among the customer's orders."""

    prompt: ClassVar[str] = "complaint_target"
    reads_image: ClassVar[bool] = True
    order_id: Id | None = Field(description="one of the listed order ids, or null when unclear")
    item_ids: list[Id] = Field(default_factory=list, max_length=10)
    confidence: float = Field(ge=0.0, le=1.0)
    rationale: str = Field(max_length=280)


class TriageLabel(StrEnum):
    SHIPPING_DAMAGE = "shipping_damage"
    PRODUCT_DEFECT = "product_defect"
    WRONG_ITEM = "wrong_item"
    WRONG_COLOUR_OR_SIZE = "wrong_colour_or_size"
    MISSING_PARTS = "missing_parts"
    NOT_A_PROBLEM = "not_a_problem"


class PhotoTriage(DecisionContract):
    """What the customer's photo shows about their complaint."""

    prompt: ClassVar[str] = "triage"
    reads_image: ClassVar[bool] = True
    label: TriageLabel
    confidence: float = Field(ge=0.0, le=1.0)
    rationale: str = Field(max_length=280)


class RemedyKind(StrEnum):
    RETURN_REFUND = "return_refund"  # return the item, refund to the original payment method
    EXCHANGE = "exchange"
    REFUND_GIFT_CARD = "refund_gift_card"
    REPLACEMENT_TICKET = "replacement_ticket"
    NO_ACTION = "no_action"
    ESCALATE = "escalate"


class RemedyProposal(DecisionContract):
    """The remedy to offer; the graph checks it against policy and asks for an explicit yes."""

    prompt: ClassVar[str] = "remedy"
    remedy: RemedyKind
    order_id: Id | None
    item_ids: list[Id] = Field(default_factory=list, max_length=10)
    rationale: str = Field(max_length=280)


class PhotoAttributes(DecisionContract):
    """Product attributes read from a photo, for visual Q&A and recommendations."""

    prompt: ClassVar[str] = "photo_attributes"
    reads_image: ClassVar[bool] = True
    category: Word | None = Field(description="e.g. jacket, tee, pants, bag, shoes")
    colours: list[Word] = Field(default_factory=list, max_length=4)
    material: Word | None = Field(default=None, description="only when visible, e.g. wool, denim")
    pattern: Word | None = Field(default=None, description="e.g. solid, striped, checked")
    style: Word | None = Field(default=None, description="e.g. casual, formal, sporty")
    description: str = Field(max_length=200)


DECISION_KINDS: tuple[type[DecisionContract], ...] = (
    TurnIntent,
    ComplaintTarget,
    PhotoTriage,
    RemedyProposal,
    PhotoAttributes,
)
