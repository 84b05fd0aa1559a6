"""Several requests in one message, served one at a time (fresh11 F3): "cancel #W1, and change the address of #W2
to …", "return the lamp and cancel the other order", "what did I pay for #W1? and cancel #W2". The message is read
as its first write (with any question about an order's facts answered beside it, `status_aside`); the other writes
wait in the state's queue, in the order said, and the customer is told they come next. A queued request is served
once nothing is open (its proposal answered yes or no, or refused): read like a message of its own, it gets its own
proposal and its own yes (`confirm`), so one yes never writes two things. A request added while a proposal waits
("oh and also, return the lamp") joins the queue and the proposal is asked again. Serving pops the queue in the
same state update that reads the request, so a turn resumed from a checkpoint serves nothing twice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from assistant.consent import explicit_answer
from assistant.grounding.details_only import gives_details_only
from assistant.grounding.orders import canonical_order_id, order_numbers
from assistant.grounding.request_clauses import (
    action_of,
    adds_a_request,
    asks_an_order_fact,
    clauses,
    default_address_request,
    says_one_of_them,
    without_opening,
)
from assistant.grounding.requested_action import says_order_address
from assistant.models.backend import Decision, ModelBackend
from assistant.models.contracts import TurnIntent
from assistant.models.requests import DecisionRequest
from assistant.models.resolver.patterns import EMAIL, PROFILE_ADDRESS, ZIP
from assistant.state import ConversationState, Pending, QueuedRequest, Reply
from assistant.steps.addresses import ADDRESS
from assistant.steps.yes_and_another import another_order_with_yes
from assistant.steps.yes_with_address import address_with_yes

NOTE_KEY = "request_queued"
DEFAULT_ADDRESS = "default_address"  # the account's address, asked beside an order's (not one of `action_of`'s)


class RequestsRead(BaseModel):
    """A message of several requests: the first write's words, the questions beside it, the writes after it."""

    first: str
    facts: str = ""
    rest: list[str] = []


class _Part(BaseModel):
    kind: str  # "write", "fact", "details" (an email, order number, zip and the words naming them), or "lead"
    # (words before any request: "two things please:")
    text: str
    action: str | None = None  # a write's action in words (`request_clauses.action_of`)
    start: int = 0  # its words in the message, the clauses that belong to it included
    end: int = 0


def read_requests(text: str, language: str = "en") -> RequestsRead | None:
    """The requests of a message that asks for two writes, or a write and an order fact; None for one request, or
    for requests of which the customer wants one if not both can be done (read whole, as one message)."""
    said = clauses(text)
    if len(said) < 2 or says_one_of_them(text):
        return None  # one clause starts one part at most, and two requests need two (a write and another)
    parts: list[_Part] = []
    for clause in said:
        part = _read_clause(clause.text, parts[-1] if parts else None)
        if part is None:
            parts[-1].end = clause.end
        else:
            parts.append(part.model_copy(update={"start": clause.start, "end": clause.end}))
    writes = [at for at, part in enumerate(parts) if part.kind == "write"]
    facts = [at for at, part in enumerate(parts) if part.kind == "fact"]
    if not writes or len(writes) + len(facts) < 2:
        return None
    words = [text[part.start:part.end].strip(" ,") for part in parts]
    words = _address_shared(text, parts, words, language)
    lead = [words[at] for at in range(writes[0]) if parts[at].kind == "lead"]
    # Who the customer is goes with the request served now, wherever it was said ("I'd like to return a kettle.
    # <email> order W… zip …", fresh18 F10): never a request of its own, never quoted back as one
    details = [words[at] for at, part in enumerate(parts) if part.kind == "details"]
    details += [proof for at in facts for proof in _proof_within(words[at])]
    return RequestsRead(first=" ".join([*lead, words[writes[0]], *details]),
                        facts=" ".join(words[at] for at in facts),
                        rest=[without_opening(words[at]) for at in writes[1:]])


def _proof_within(question: str) -> list[str]:
    """An email or zip said inside a question's clause ("PLZ 77122 - was war da alles drin?"): a proof detail that
    goes with the request served, so the guest is not asked for it again."""
    return [found.group(0) for pattern in (EMAIL, ZIP) for found in pattern.finditer(question)]


def _read_clause(clause: str, current: _Part | None) -> _Part | None:
    """The part a clause starts, or None when it belongs to the part before it (a reason, a detail, an address)."""
    if gives_details_only(clause):  # "<email> commande W… code postal …": "commande" is no write here
        return _Part(kind="details", text=clause)
    if asks_an_order_fact(clause):
        return _Part(kind="fact", text=clause)
    action = action_of(clause)
    if action is None and _default_address_too(current, clause):
        action = DEFAULT_ADDRESS  # "… and also my default address to <address>" after an order's address change
    if action is not None and _starts_another(current, action, clause):
        return _Part(kind="write", text=clause, action=action)
    return _Part(kind="lead", text=clause) if current is None else None


def _default_address_too(current: _Part | None, clause: str) -> bool:
    """The account's default address named after a change of an order's shipping address ("… und auch meine
    Standardadresse auf …", attack20 A7): a write of its own, never dropped into the order's change."""
    return (current is not None and current.action == "address" and PROFILE_ADDRESS.search(clause) is not None
            and not says_order_address(clause))


def _address_shared(text: str, parts: list[_Part], words: list[str], language: str) -> list[str]:
    """The two address changes of one message said with one postal address ("the order's address and also my
    default address to 500 Market Street, …"): the order's said with it, the account's as a request of its own in
    the message's language, so each is proposed with that address."""
    found = ADDRESS.search(text)
    if found is None or not any(part.action == DEFAULT_ADDRESS for part in parts):
        return words
    address = found.group(0)
    return [default_address_request(address, language) if part.action == DEFAULT_ADDRESS
            else f"{said}: {address}" if part.action == "address" and address not in said
            else said for part, said in zip(parts, words, strict=True)]


def _starts_another(current: _Part | None, action: str, clause: str) -> bool:
    """A write clause after another write is a request of its own when it asks another action or names another
    order ("cancel #W1 … and cancel #W2 too"); "cancel it, cancel the whole order" is one request."""
    if current is None or current.kind != "write":
        return True
    named = set(order_numbers(clause))
    return action != current.action or bool(named - set(order_numbers(current.text)))


def queued_from(read: RequestsRead, message_id: str) -> list[QueuedRequest]:
    return [QueuedRequest(text=text, message_id=message_id, noted=False) for text in read.rest]


def nothing_open(state: ConversationState) -> bool:
    """No proposal waits for a yes, no question of a request is open, no person has the conversation."""
    return not (state.get("pending") or state.get("topic") or (state.get("handoff") or {}).get("active"))


def with_queue_note(state: ConversationState) -> dict[str, Any]:
    """Requests queued and not yet said to come next: said, before this turn's last reply (a proposal's question
    stays last, so its buttons stay on screen)."""
    queued = list(state.get("queued") or [])
    unnoted = [request for request in queued if not request["noted"]]
    outbox = list(state.get("outbox") or [])
    if not unnoted or not outbox:
        return {}
    notes = [Reply(key=NOTE_KEY, facts={"request": request["text"]}) for request in unnoted]
    at = len(outbox) - 1
    return {"outbox": [*outbox[:at], *notes, *outbox[at:]],
            "queued": [QueuedRequest(text=r["text"], message_id=r["message_id"], noted=True) for r in queued]}


@dataclass(frozen=True)
class QueueReading:
    """What `several_requests` read: the request to serve now and its reading, the questions beside it, and the
    queue after this message; `added`: the message only adds a request while a proposal waits."""

    request: DecisionRequest
    decision: Decision[TurnIntent]
    queued: list[QueuedRequest]
    aside: str | None = None
    added: bool = False


async def several_requests(backend: ModelBackend, request: DecisionRequest, state: ConversationState
                           ) -> QueueReading | None:
    """The message read as several requests (None for one): with a proposal waiting, a request added to it ("oh
    and also, …"); else its first write, the questions beside it and the writes after it."""
    message_id = (state.get("incoming") or {}).get("message_id", "")
    queued = list(state.get("queued") or [])
    if request.image:
        return None
    if pending := state.get("pending"):
        if not adds_a_request(request.text) or explicit_answer(request.text) is not None or not _another_than(
                pending, request.text) or another_order_with_yes(request.text, pending) or address_with_yes(
                request.text, pending):
            # "yes, and also cancel #W…": one order at a time, as yes_and_another answers it; "yes but ship it to
            # …": the address goes with the item change (`yes_with_address`), never after it
            return None
        added = QueuedRequest(text=without_opening(request.text), message_id=message_id, noted=False)
        return QueueReading(request=request, decision=await backend.decide(TurnIntent, request),
                            queued=[*queued, added], added=True)
    read = read_requests(request.text, request.language)
    if read is None:
        return None
    first = request.model_copy(update={"text": read.first})
    return QueueReading(request=first, decision=await backend.decide(TurnIntent, first), aside=read.facts or None,
                        queued=[*queued, *queued_from(read, message_id)])


TOOL_ACTIONS = {"cancel_pending_order": "cancel", "return_delivered_order_items": "return",
                "exchange_delivered_order_items": "change", "modify_pending_order_items": "change",
                "modify_pending_order_address": "address"}


def _another_than(pending: Pending, text: str) -> bool:
    """The words ask another action than the proposal's, or name another order ("and also cancel it, I found it
    cheaper" is more of the same request)."""
    proposed = (pending.get("arguments") or {}).get("order_id")
    named = {canonical_order_id(number) for number in order_numbers(text)}
    return action_of(text) != TOOL_ACTIONS.get(pending.get("tool", "")) or bool(named - {proposed})
