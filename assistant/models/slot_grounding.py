"""What an LLM's decision may be acted on, decided in code: ids must come from the customer or the store,
and a self-reported confidence does not decide an escalation.

- `TurnIntent`: an order or item id is kept only when the customer wrote it (this message or their recent
  turns); a model copying an id from an example or inventing one leaves the slot empty, as if unstated.
  Whether a written id is the customer's own is the steps' lookup (another customer's order is "not found").
- `ComplaintTarget`, `RemedyProposal`: the order must be one of the customer's orders the graph listed (read
  from the store), the items must be items of that order; otherwise the target is unknown and the customer
  is asked.
- `PhotoTriage`: an LLM's confidence is not calibrated (0.99999 on wrong readings), so the confidence used
  to escalate is the measured evidence's (the resolver's triage from retrieval evidence and the customer's
  words): kept when the model's label agrees with it, 0 when they disagree, so a person looks.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.models.contracts import ComplaintTarget, DecisionContract, PhotoTriage, RemedyProposal, TurnIntent
from assistant.models.requests import DecisionRequest
from assistant.models.resolver.triage import triage_photo


def ground_decision(value: Any, request: DecisionRequest) -> Any:
    """`value` with every proposal the code cannot stand behind removed (see the module docstring)."""
    if isinstance(value, TurnIntent):
        return _ground_intent(value, request)
    if isinstance(value, ComplaintTarget | RemedyProposal):
        return _ground_target(value, request)
    if isinstance(value, PhotoTriage):
        return _ground_triage(value, request)
    return value


def _key(identifier: str) -> str:
    return re.sub(r"[^0-9a-z]", "", identifier.lower())


def _customer_wrote(request: DecisionRequest) -> str:
    said = [request.text, *(turn.text for turn in request.history if turn.role == "customer")]
    return _key(" ".join(said))


def _ground_intent(value: TurnIntent, request: DecisionRequest) -> TurnIntent:
    written = _customer_wrote(request)
    slots = value.slots
    kept = {
        "order_ids": [i for i in slots.order_ids if _key(i) and _key(i) in written],
        "item_ids": [i for i in slots.item_ids if _key(i) and _key(i) in written],
    }
    return value.model_copy(update={"slots": slots.model_copy(update=kept)})


def _ground_target(value: DecisionContract, request: DecisionRequest) -> DecisionContract:
    assert isinstance(value, ComplaintTarget | RemedyProposal)  # noqa: S101 - dispatched above
    order = next((o for o in request.orders if _key(o.order_id) == _key(value.order_id or "")), None)
    if order is None:
        return value.model_copy(update={"order_id": None, "item_ids": []})
    own = {_key(line.item_id): line.item_id for line in order.items}
    items = [own[_key(i)] for i in value.item_ids if _key(i) in own]
    return value.model_copy(update={"order_id": order.order_id, "item_ids": items})


def _ground_triage(value: PhotoTriage, request: DecisionRequest) -> PhotoTriage:
    measured = triage_photo(request.evidence, request.text)
    confidence = measured.confidence if measured.label is value.label else 0.0
    return value.model_copy(update={"confidence": confidence})
