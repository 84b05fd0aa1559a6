"""A photo complaint's offer answered with a request for a person (fresh25 F12): "Ja bitte. Kann ich trotzdem kurz
mit einem Mitarbeiter sprechen?" to a free replacement. The yes was dropped without a word and the person's ticket
said "other", with no item. The person now gets the ticket the offer would have made (the verdict's category, the
order and item, the photo as evidence, the verdict) and, when the answer opened with a yes, the yes written on it;
the customer is told that what they said yes to waits for the person. Nothing is written before the person takes it
(they asked for one), as with a photo sent with a request for a person (steps/photo_handoff.py)."""

from __future__ import annotations

from typing import Any

from assistant.state import ConversationState, Reply
from assistant.steps.proposal_questions import opens_with_yes

KEPT_FROM_THE_OFFER = ("category", "order_id", "item_ids", "verdict")


def _evidence(*lists: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for evidence in lists:
        for item in evidence or []:
            seen.setdefault(str(item.get("sha256") or item.get("uri")), item)
    return list(seen.values())


def offer_for_the_person(state: ConversationState, ticket: dict[str, Any]) -> tuple[dict[str, Any], Reply | None]:
    """The escalation `ticket` with the open photo offer's fields, and the line telling the customer that their yes
    waits for the person (None without a yes); `ticket` as it is when no photo complaint's offer is open."""
    pending = state.get("pending") or {}
    offered = pending.get("ticket")
    if not offered:
        return ticket, None
    kept = {key: offered[key] for key in KEPT_FROM_THE_OFFER if offered.get(key)}
    merged = {**ticket, **kept, "evidence": _evidence(offered.get("evidence") or [], ticket.get("evidence") or [])}
    facts = pending.get("reply_facts") or {}
    offer = f"{facts.get('remedy_text', 'the offer')} for {facts.get('items', 'the item')}"
    if not opens_with_yes((state.get("incoming") or {}).get("text", "")):
        merged["summary"] = f"{ticket.get('summary', '')} Offered, not answered: {offer}."[:4000]
        return merged, None
    merged["summary"] = (f"{ticket.get('summary', '')} The customer said YES to {offer}; "
                         f"it waits for you to confirm it with them.")[:4000]
    line = Reply(key="offer_waits_for_person", facts={"remedy_text": facts.get("remedy_text", ""),
                                                      "items": facts.get("items", ""),
                                                      "order_id": facts.get("order_id", "")})
    return merged, line
