"""Finding a customer's open ticket about an order/item, and following it up (tools/ticket_followups.py)."""

from tests.conftest import Store
from tools import tickets
from tools.context import Actor, ToolContext
from tools.store.enums import ActorKind, EscalationReason, TicketCategory, TicketEventKind, TicketStatus
from tools.ticket_followups import find_open_ticket, follow_up_ticket
from tools.ticket_views import EvidenceRef, OpenTicket

ETHAN = "ethan_lopez_6291"
ORDER, ITEM = "#W6779827", "7896397433"


async def _open(store: Store, action: str, item_ids: list[str]) -> int:
    async with store.sessions() as session, session.begin():
        ctx = ToolContext(session, Actor.customer(ETHAN), conversation_id="c1")
        request = OpenTicket(category=TicketCategory.WRONG_ITEM, summary="wrong item", order_id=ORDER,
                             item_ids=item_ids)
        return (await tickets.open_ticket(ctx, request, action_id=action)).id


async def _find(store: Store, customer: str, item_ids: list[str]):  # noqa: ANN202
    async with store.sessions() as session:
        ctx = ToolContext(session, Actor.customer(customer))
        return await find_open_ticket(ctx, order_id=ORDER, item_ids=item_ids)


async def test_only_the_customers_unresolved_ticket_about_that_item_is_found(store: Store) -> None:
    assert await _find(store, ETHAN, [ITEM]) is None
    opened = await _open(store, "a", [ITEM])
    assert (await _find(store, ETHAN, [ITEM])).id == opened
    assert (await _find(store, ETHAN, [])).id == opened  # the order without an item named
    assert await _find(store, ETHAN, ["1111111111"]) is None  # another item of the order
    assert await _find(store, "noah_brown_6181", [ITEM]) is None  # another customer
    async with store.sessions() as session, session.begin():
        await tickets.resolve_ticket(ToolContext(session, Actor.agent("ana")), opened, "sent a new one")
    assert await _find(store, ETHAN, [ITEM]) is None


async def test_a_follow_up_adds_the_message_once_and_escalates_as_the_assistant(store: Store) -> None:
    opened = await _open(store, "b", [ITEM])
    for _ in range(2):  # a re-run step adds the message once
        async with store.sessions() as session, session.begin():
            ctx = ToolContext(session, Actor.customer(ETHAN), conversation_id="c2")
            view = await follow_up_ticket(ctx, opened, "still wrong", dedupe_key="m1",
                                          evidence=EvidenceRef(uri="evidence/x.jpg"),
                                          escalate_because=EscalationReason.POLICY)
    assert view.status is TicketStatus.ESCALATED and [e.uri for e in view.evidence] == ["evidence/x.jpg"]
    async with store.sessions() as session:
        full = await tickets.get_ticket(ToolContext(session, Actor.agent("ana")), opened)
    kinds = [e.kind for e in full.events]
    assert kinds.count(TicketEventKind.CUSTOMER_MESSAGE) == 1 and kinds.count(TicketEventKind.ESCALATED) == 1
    escalated = next(e for e in full.events if e.kind is TicketEventKind.ESCALATED)
    assert escalated.actor_kind is ActorKind.SYSTEM and escalated.data == {"reason": "policy"}
