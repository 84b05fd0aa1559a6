"""The desk as agents use it (issue 20): on a phone nothing runs off the screen, catalog text reads as text
(`Lycra®`, not `Lycra&reg;`), the log says who escalated and why, and a repeated complaint is on the open
ticket. The tickets are opened through the ticket tools on the running app's store, as the assistant does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import DemoServer
from tests.browser.test_shop_and_desk import Screens, desk_sign_in
from tests.conftest import run_blocking
from tools.context import Actor, ToolContext
from tools.store.engine import create_engine, create_session_factory
from tools.store.enums import EscalationReason, TicketCategory
from tools.ticket_followups import find_open_ticket, follow_up_ticket
from tools.ticket_views import OpenTicket, TicketView
from tools.tickets import open_ticket

pytestmark = pytest.mark.browser
MIA = "demo_mia_novak"  # #D9000001: Chaz Kangeroo Hoodie (Wool) + Iris Workout Top (Lycra®, Polyester, ...)
PHONE = {"width": 390, "height": 844}
NO_OVERFLOW = "() => document.documentElement.scrollWidth <= window.innerWidth"


async def _open(url: str, conversation: str, request: OpenTicket) -> TicketView:
    engine = create_engine(url)
    try:
        async with create_session_factory(engine)() as session, session.begin():
            ctx = ToolContext(session, Actor.customer(MIA), conversation_id=conversation)
            return await open_ticket(ctx, request, action_id="browser")
    finally:
        await engine.dispose()


async def _repeat(url: str, conversation: str, order_id: str, item_ids: list[str]) -> TicketView | None:
    engine = create_engine(url)
    try:
        async with create_session_factory(engine)() as session, session.begin():
            ctx = ToolContext(session, Actor.customer(MIA), conversation_id=conversation)
            found = await find_open_ticket(ctx, order_id=order_id, item_ids=item_ids)
            if found is None:
                return None
            return await follow_up_ticket(ctx, found.id, "Still the wrong colour, here it is again",
                                          dedupe_key="repeat-1",
                                          escalate_because=EscalationReason.LOW_CONFIDENCE)
    finally:
        await engine.dispose()


def _escalated(reason: EscalationReason, summary: str) -> OpenTicket:
    return OpenTicket(category=TicketCategory.WRONG_COLOUR_OR_SIZE, summary=summary, order_id="#D9000001",
                      item_ids=["WS03-S-Blue"], escalate=True,
                      escalation_reason=reason)


def test_the_desk_fits_a_phone_and_says_who_escalated(browser, demo_server: DemoServer, artifacts: Path) -> None:  # noqa: ANN001
    url = demo_server.env["VITRINE_DATABASE_URL"]
    system = run_blocking(_open(url, "desk-phone-1", _escalated(
        EscalationReason.LOW_CONFIDENCE, "The photo may show the Iris Workout Top in another colour; not sure")))
    asked = run_blocking(_open(url, "desk-phone-2", OpenTicket(
        category=TicketCategory.OTHER, summary="Customer asked for a human: " + "averyveryverylongword" * 6,
        order_id="#D9000002", escalate=True)))
    again = run_blocking(_repeat(url, "desk-phone-3", "#D9000001", ["WS03-S-Blue"]))
    assert again is not None and again.id == system.id  # the repeat went to the open ticket

    screens = Screens(artifacts, "desk-phone")
    desk = desk_sign_in(browser, demo_server)
    desk.set_viewport_size(PHONE)
    desk.goto(f"{demo_server.url}/desk/")
    desk.wait_for_selector(f"[data-ticket-id='{system.id}']")
    screens.shot(desk, "queue")
    assert desk.evaluate(NO_OVERFLOW)

    desk.click(f"a:text-is('{system.number}')")
    desk.wait_for_selector("#events")
    screens.shot(desk, "ticket-low-confidence")
    assert desk.evaluate(NO_OVERFLOW)
    # Fresh-eyes Low list: a price wrapped inside itself ("$29./00"). Each price is one line.
    lines = desk.eval_on_selector_all("table.items tbody td:last-child", """cells => cells.map(cell => {
        const range = document.createRange(); range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map(rect => Math.round(rect.top))).size; })""")
    assert lines and all(count == 1 for count in lines), lines
    order = desk.inner_text("table.items")
    assert "Lycra®" in order and "&reg;" not in order and "&reg;" not in desk.content().replace("&amp;reg;", "")
    escalated = desk.locator("#events li.event-escalated")
    assert escalated.count() == 1
    assert "by the assistant" in escalated.inner_text() and "low confidence" in escalated.inner_text()
    assert "customer" not in escalated.locator(".actor").inner_text()
    repeat = desk.locator("#events li.event-customer_message")
    assert "Still the wrong colour" in repeat.inner_text()

    desk.goto(f"{demo_server.url}/desk/tickets/{asked.id}")
    desk.wait_for_selector("#events")
    screens.shot(desk, "ticket-customer-request")
    assert desk.evaluate(NO_OVERFLOW)
    escalated = desk.locator("#events li.event-escalated")
    assert f"by customer {MIA}" in escalated.inner_text()
    assert "the customer asked for a person" in escalated.inner_text()
