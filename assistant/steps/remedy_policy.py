"""The shop's remedy policy, applied in code to whichever backend proposed the remedy: a model may propose, but
only a remedy the order and the photo's verdict allow is offered; anything else goes to a person.

- A remedy that acts (a return, a refund, an exchange, a replacement) needs a delivered order: the writes it
  leads to refuse any other, so offering one would ask for a yes the shop cannot honour.
- "Nothing to do" stands only when the verdict is that the item looks as ordered; when the photo shows a problem,
  a person decides.
- A remedy that acts on a damage verdict (a crushed parcel, a defect, a missing part) needs the photo itself to
  show that damage on the ordered item (`damage_evidence.photo_shows_damage`), whatever the words say and whatever
  confidence a backend gave: a picture that shows no damage goes to a person with the photo.
"""

from __future__ import annotations

from typing import Any

from assistant.models.contracts import RemedyKind, RemedyProposal, TriageLabel
from assistant.models.damage_evidence import photo_shows_damage
from assistant.models.requests import PhotoEvidence

ACTING = {RemedyKind.RETURN_REFUND, RemedyKind.REFUND_GIFT_CARD, RemedyKind.EXCHANGE, RemedyKind.REPLACEMENT_TICKET}


def within_policy(proposal: RemedyProposal, order: dict[str, Any], verdict: TriageLabel,
                  evidence: PhotoEvidence | None) -> RemedyProposal:
    """`proposal` when the policy allows it for `order`, `verdict` and the photo's `evidence`, else an escalation
    saying why."""
    status = str(order.get("status") or "")
    if proposal.remedy in ACTING and not status.startswith("delivered"):
        return _escalate(proposal, f"the order is {status}, not delivered")
    if proposal.remedy in ACTING and not photo_shows_damage(evidence, verdict):
        return _escalate(proposal, f"the photo does not show the {verdict.value.replace('_', ' ')}")
    if proposal.remedy is RemedyKind.NO_ACTION and verdict is not TriageLabel.NOT_A_PROBLEM:
        return _escalate(proposal, f"the photo shows {verdict.value.replace('_', ' ')}")
    return proposal


def _escalate(proposal: RemedyProposal, why: str) -> RemedyProposal:
    return proposal.model_copy(update={"remedy": RemedyKind.ESCALATE, "rationale": why})
