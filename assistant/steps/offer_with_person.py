"""A photo complaint's offer answered with a request for a person (fresh25 F12): "Ja bitte. Kann ich trotzdem kurz
mit einem Mitarbeiter sprechen?" to a free replacement. The yes was dropped without a word and the person's ticket
said "other", with no item. The person now gets the ticket the offer would have made (the verdict's category, the
order and item, the photo as evidence, the verdict) and, when the answer opened with a yes, the yes written on it;
the customer is told that what they said yes to waits for the person. Nothing is written before the person takes it
(they asked for one), as with a photo sent with a request for a person (steps/photo_handoff.py).

Any other proposed write answered the same way (attack26 A26-3: "yes — and I want to speak to a human", "passez-moi
un conseiller, et oui pour l'annulation", in either word order) is handed over alike: the ticket names the proposal
(its order, the write and its arguments) and the yes, the customer hears `proposal_waits_for_person`, nothing is
written (routing sends such a turn to `escalate` while a proposal is open, and the hand-over drops the proposal)."""

from __future__ import annotations

import json
import re
from typing import Any

from assistant.state import ConversationState, Pending, Reply
from assistant.steps.proposal_questions import opens_with_yes

KEPT_FROM_THE_OFFER = ("category", "order_id", "item_ids", "verdict")
# Where a clause of a reply starts: its punctuation, or a conjunction ("I want a person. and yes, cancel it",
# "je veux un humain, mais oui annulez", "pásame con un agente, y sí", "mit einem Menschen, und ja").
_CLAUSES = re.compile(r"[.;:!?,\u2014\u2013]+|\s-\s|\b(?:and|but|et|mais|y|pero|und|aber)\b", re.I)


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
        return _proposal_for_the_person(state, ticket)
    kept = {key: offered[key] for key in KEPT_FROM_THE_OFFER if offered.get(key)}
    merged = {**ticket, **kept, "evidence": _evidence(offered.get("evidence") or [], ticket.get("evidence") or [])}
    facts = pending.get("reply_facts") or {}
    offer = f"{facts.get('remedy_text', 'the offer')} for {facts.get('items', 'the item')}"
    if not yes_beside_person(state):
        merged["summary"] = f"{ticket.get('summary', '')} Offered, not answered: {offer}."[:4000]
        return merged, None
    merged["summary"] = (f"{ticket.get('summary', '')} The customer said YES to {offer}; "
                         f"it waits for you to confirm it with them.")[:4000]
    line = Reply(key="offer_waits_for_person", facts={"remedy_text": facts.get("remedy_text", ""),
                                                      "items": facts.get("items", ""),
                                                      "order_id": facts.get("order_id", "")})
    return merged, line


def _proposed(pending: Pending) -> str:
    """The proposed write(s) as the desk reads them: the tool and its arguments, a write made first named first."""
    first = pending.get("first")
    ahead = f"{_proposed(first)}, then " if first else ""
    arguments = json.dumps(pending.get("arguments") or {}, sort_keys=True, default=str)
    return f"{ahead}{pending.get('tool', 'the proposal')} {arguments}"


def _proposal_for_the_person(state: ConversationState, ticket: dict[str, Any]) -> tuple[dict[str, Any], Reply | None]:
    """The escalation `ticket` with the open write proposal (its order, the write) and, when the answer opened with
    a yes or says one, that yes for the person to carry out; the line telling the customer so (None without a yes).
    `ticket` as it is when nothing is proposed."""
    pending = state.get("pending") or {}
    if not pending.get("tool"):
        return ticket, None
    order_id = (pending.get("arguments") or {}).get("order_id") or ticket.get("order_id")
    merged = {**ticket, "order_id": order_id}
    if not yes_beside_person(state):
        merged["summary"] = f"{ticket.get('summary', '')} Proposed, not answered: {_proposed(pending)}."[:4000]
        return merged, None
    merged["summary"] = (f"{ticket.get('summary', '')} The customer said YES to {_proposed(pending)}; nothing is "
                         f"written: it waits for you to confirm it with them.")[:4000]
    return merged, Reply(key="proposal_waits_for_person", facts={})


def yes_beside_person(state: ConversationState) -> bool:
    """The turn says yes to the open proposal beside its request for a person, in any word order ("yes — and I want
    a human", "get me an agent. and yes, cancel it"): it opens with a yes, or one of its clauses is a plain yes."""
    text = (state.get("incoming") or {}).get("text", "")
    return opens_with_yes(text) or any(opens_with_yes(clause) for clause in _CLAUSES.split(text))
