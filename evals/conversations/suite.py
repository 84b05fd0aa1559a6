"""The suite format (YAML, one file per suite): typed cases with a user side, a store and expectations.

See evals/suites/README.md for the documented format; these models are its schema.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from tools.verification import GuestRule

TrajectoryMode = Literal["strict", "unordered", "subset", "superset"]
ArgsMode = Literal["exact", "ignore", "subset", "superset"]
Alteration = Literal["none", "tear", "stain", "crushed", "text"]
# evals/conversations/drawn_photos.py
DrawnKind = Literal["flat", "label", "card", "box", "scene", "screenshot", "text", "page", "receipt", "document"]
# An upload that is no image at all (evals/conversations/photos.py): a shell script named .jpg, a JPEG cut short
NotImage = Literal["script", "truncated"]
# A phone's degradation of the re-shot photo (evals/retrieval/phone.py), seeded by the fixture
Degradation = Literal["none", "blur", "light", "jpeg", "perspective", "crop"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PhotoFixture(Strict):
    """A customer photo made at run time from a demo catalog image (path under data/demo-catalog/images), or a
    picture drawn in code that shows no product (`drawn`, with `seed` choosing one of its kind), or bytes that are no
    image (`not_image`: the intake refuses them, and the message's words are answered without a photo)."""

    source: str = ""
    alter: Alteration = "none"
    text: str | None = None  # written onto the photo when alter is "text"
    studio: bool = False  # send the catalog image as is, not re-shot as a customer would
    degrade: Degradation = "none"  # after the re-shoot and the alteration
    drawn: DrawnKind | None = None
    seed: str = ""
    not_image: NotImage | None = None

    @model_validator(mode="after")
    def _one_origin(self) -> PhotoFixture:
        if [bool(self.source), bool(self.drawn), bool(self.not_image)].count(True) != 1:
            raise ValueError("a photo is one of a catalog `source`, `drawn` or `not_image`")
        return self


class DeskAction(Strict):
    """What an agent does at the desk while the conversation waits for them: a reply, then maybe a hand back."""

    reply: str = ""
    hand_back: bool = False


class TurnReply(Strict):
    """What this one turn's reply must say (each entry: alternatives, case-insensitive) and must not say."""

    facts: list[list[str]] = []
    must_not_say: list[str] = []


class Turn(Strict):
    text: str = ""
    photo: PhotoFixture | None = None
    desk: DeskAction | None = None  # an agent's turn at the desk instead of the customer's
    reply: TurnReply | None = None  # checked on this turn's reply alone (the case's `expect.reply`: on all of them)

    @model_validator(mode="after")
    def _one_side(self) -> Turn:
        if self.desk is not None and (self.text or self.photo):
            raise ValueError("a turn is either the customer's or the desk's, not both")
        return self


class Goal(Strict):
    """A simulated user: an LLM plays the customer from a tau-retail task's instruction (or from `instruction`)."""

    task: str | None = None  # a task id of data/tau-retail/tasks-dev.json, e.g. dev-000
    instruction: str | None = None
    max_turns: int = Field(default=12, ge=1, le=40)


class UserSide(Strict):
    persona: str = ""
    customer: str | None = None  # the signed-in customer of the web session; None: anonymous
    # How a guest proves who they are (tools/verification.py): the production rule, or tau-bench's lighter one
    # (the email alone, or name + zip), which only suites replaying tau-retail tasks ask for.
    guest_rule: GuestRule = GuestRule.ORDER_PROOF
    turns: list[Turn] = []
    goal: Goal | None = None

    @model_validator(mode="after")
    def _one_script(self) -> UserSide:
        if bool(self.turns) == bool(self.goal):
            raise ValueError("a user side has either scripted turns or a goal, not both or neither")
        return self


class ToolCall(Strict):
    name: str
    arguments: dict[str, Any] = {}


class Actions(Strict):
    mode: TrajectoryMode = "superset"  # the agent's calls relative to `calls`
    scope: Literal["all", "writes"] = "all"  # "writes": match only the agent's WRITE tool calls
    args: ArgsMode = "superset"  # the agent's arguments relative to each expected call's arguments
    calls: list[ToolCall] = []


class OrderState(Strict):
    id: str
    status: str


class TicketState(Strict):
    """The conversation's ticket; every given field must match. `exists: false` asserts there is none."""

    exists: bool = True
    category: str | None = None
    status: str | None = None
    escalated: bool | None = None
    order_id: str | None = None
    item_ids: list[str] | None = None
    has_evidence: bool | None = None


class StoreExpectations(Strict):
    orders: list[OrderState] = []
    ticket: TicketState | None = None
    unchanged: bool = False  # no write at all in the audit log (confirmations included; identity checks are no write)
    tau_task: str | None = None  # final state must equal this tau-retail task's expected `changed` records


class ReplyExpectations(Strict):
    """Facts the replies must communicate: each entry is a list of alternatives (case-insensitive)."""

    facts: list[list[str]] = []
    must_not_say: list[str] = []
    said_at_most_once: list[str] = []  # phrases a reply may say once, never again in a later turn (repeats)
    waiting_for_agent: bool | None = None

    @model_validator(mode="before")
    @classmethod
    def _single_strings(cls, data: Any) -> Any:
        if isinstance(data, dict) and "facts" in data:
            data = {**data, "facts": [[f] if isinstance(f, str) else f for f in data["facts"]]}
        return data


class Expectations(Strict):
    actions: Actions | None = None
    forbidden: list[ToolCall] = []  # never performed (a refused attempt is not a performed action)
    store: StoreExpectations = StoreExpectations()
    reply: ReplyExpectations = ReplyExpectations()
    rubric: str | None = None  # for an LLM judge; skipped (and reported so) without a model endpoint


class Case(Strict):
    id: str
    tags: list[str] = []
    description: str = ""
    user: UserSide
    store: Literal["shop"] = "shop"  # tau-retail DB + demo catalog (indexed) + demo shop customers
    expect: Expectations = Expectations()
    suite: str = ""


class Suite(Strict):
    suite: str
    description: str = ""
    tags: list[str] = []
    customer: str | None = None  # default signed-in customer for the suite's cases
    guest_rule: GuestRule = GuestRule.ORDER_PROOF  # default guest verification rule for the suite's cases
    cases: list[Case]


def load_suite(path: Path) -> list[Case]:
    raw = yaml.safe_load(path.read_text())
    for case in raw.get("cases", []):
        user = case.setdefault("user", {})
        user.setdefault("customer", raw.get("customer"))
        user.setdefault("guest_rule", raw.get("guest_rule", GuestRule.ORDER_PROOF))
    suite = Suite.model_validate(raw)
    return [case.model_copy(update={"suite": suite.suite, "tags": sorted({suite.suite, *suite.tags, *case.tags})})
            for case in suite.cases]


def load_cases(target: Path, tags: list[str] | None = None) -> list[Case]:
    """Every case of a suite file, or of every `*.yaml` suite in a folder; only those with one of `tags`."""
    files = sorted(target.glob("*.yaml")) if target.is_dir() else [target]
    cases = [case for path in files for case in load_suite(path)]
    ids = [f"{c.suite}/{c.id}" for c in cases]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"duplicate case ids: {sorted(duplicates)}")
    return [c for c in cases if not tags or set(tags) & set(c.tags)]
