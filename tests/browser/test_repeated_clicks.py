"""Four synchronous clicks on one "Sí" button (attack20 A3): the order is cancelled once, the chat shows "Sí" and
the done reply once, and one line says the offer was already answered."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.browser.conftest import DemoServer
from tests.browser.test_shop_and_desk import TURN_TIMEOUT_MS, Screens, open_widget, send, shop_sign_in

pytestmark = pytest.mark.browser
FOUR_CLICKS = """() => { const root = document.querySelector('#chainlit-copilot').shadowRoot;
  const si = [...root.querySelectorAll('button')].find(b => b.textContent.trim() === 'Sí');
  for (let n = 0; n < 4; n++) si.click(); }"""
WIDGET_TEXT = "() => document.querySelector('#chainlit-copilot').shadowRoot.textContent"
DONE, ANSWERED = "está cancelado", "Ya respondió a esto"


def test_four_clicks_on_si_cancel_once_and_show_the_reply_once(browser, demo_server: DemoServer,  # noqa: ANN001
                                                               artifacts: Path) -> None:
    screens = Screens(artifacts, "four-clicks")
    page = shop_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass")
    widget = open_widget(page)
    send(widget, "Quiero cancelar mi pedido #D9000002, lo pedí por error")
    widget.get_by_role("button", name="Sí", exact=True).wait_for(timeout=TURN_TIMEOUT_MS)

    page.evaluate(FOUR_CLICKS)
    widget.get_by_text(ANSWERED).first.wait_for(timeout=TURN_TIMEOUT_MS)
    page.wait_for_timeout(3000)  # anything a repeated click would still show
    screens.shot(page, "after-four-clicks")

    text = page.evaluate(WIDGET_TEXT)
    assert text.count(DONE) == 1, text
    assert text.count(ANSWERED) == 1, text
    assert text.index(DONE) < text.index(ANSWERED)  # the note comes after the reply it refers to
    assert not widget.get_by_role("button", name="Sí", exact=True).count()
    database = demo_server.env["VITRINE_DATABASE_URL"].split(":///", 1)[1]
    with sqlite3.connect(database) as connection:
        assert connection.execute("select status from orders where id = '#D9000002'").fetchone()[0] == "cancelled"
        refunds = connection.execute("select count(*) from payment_transactions where order_id = '#D9000002' "
                                     "and transaction_type = 'refund'").fetchone()[0]
        confirmations = connection.execute("select count(*) from audit_events where subject_id = '#D9000002' "
                                           "and action = 'cancel_pending_order'").fetchone()[0]
    assert refunds == 1 and confirmations == 1
