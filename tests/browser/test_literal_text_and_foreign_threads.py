"""What people type is shown as typed, and a conversation that is not yours says so (attack16 F8, F12), in Chromium.

F8: ':word' is a directive to the chat's markdown renderer (remark-directive), which showed nothing of it:
"Nota:importante el pedido:urgente ratio:alto" read "Nota el pedido ratio" in the customer's own bubble and in a
desk reply. F12: another account's /chat/thread/<id> was refused, but the page said "Could not reach the server".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import DemoServer
from tests.browser.test_shop_and_desk import (
    TURN_TIMEOUT_MS,
    Screens,
    chat_sign_in,
    desk_sign_in,
    send,
    ticket_number,
)

pytestmark = pytest.mark.browser
TYPED = "Nota:importante el pedido:urgente ratio:alto *no* _bold_ # here"
AGENT = "Ana:aqui el pedido:urgente, ratio:alto, ver:detalles"
BUBBLE_TEXT = "() => [...document.querySelectorAll('.message-content, pre')].map(e => e.innerText).join('\\n')"


def _shown(page) -> str:  # noqa: ANN001 - a Playwright page
    return page.evaluate(BUBBLE_TEXT).replace("\u2060", "")


def test_customer_and_agent_text_with_colon_words_is_shown_as_typed(browser, demo_server: DemoServer,  # noqa: ANN001
                                                                     artifacts: Path) -> None:
    screens = Screens(artifacts, "literal-text")
    page = chat_sign_in(browser, demo_server, "demo_leo_martin", "leo-demo-pass")
    chat = page.locator("body")
    send(chat, TYPED)
    chat.get_by_text("Nota:importante", exact=False).first.wait_for(timeout=TURN_TIMEOUT_MS)
    page.wait_for_timeout(1500)
    assert TYPED in _shown(page), _shown(page)
    send(chat, "I'd like to talk to a person please")
    handed = chat.get_by_text("VT-").first
    handed.wait_for(timeout=TURN_TIMEOUT_MS)
    number = ticket_number(handed.inner_text())
    desk = desk_sign_in(browser, demo_server)
    desk.click(f"a:text-is('{number}')")  # a ticket without a photo: no evidence to wait for
    desk.fill("#reply-text", AGENT)
    desk.click("#reply-form button[type=submit]")
    desk.wait_for_load_state()
    chat.get_by_text("Ana:", exact=False).first.wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "typed-and-replied")
    assert AGENT in _shown(page), _shown(page)


def test_another_accounts_conversation_says_it_is_not_yours(browser, demo_server: DemoServer,  # noqa: ANN001
                                                            artifacts: Path) -> None:
    screens = Screens(artifacts, "foreign-thread")
    owner = chat_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass")
    send(owner.locator("body"), "what's the status of #D9000002?")
    owner.wait_for_url("**/chat/thread/*", timeout=TURN_TIMEOUT_MS)
    address = owner.url
    owner.get_by_text("#D9000002").nth(1).wait_for(timeout=TURN_TIMEOUT_MS)

    intruder = chat_sign_in(browser, demo_server, "demo_leo_martin", "leo-demo-pass")
    for url in (address, f"{demo_server.url}/chat/thread/00000000-0000-4000-8000-000000000000"):
        response = intruder.goto(url)
        assert response is not None and response.status == 404
        intruder.get_by_text("Conversation not found").wait_for()
        body = intruder.inner_text("body")
        assert "isn't yours" in body and "reach the server" not in body, body
        assert "#D9000002" not in body
        screens.shot(intruder, "not-yours")
    intruder.get_by_role("link", name="Start a new chat").click()
    intruder.get_by_text("I'm the Vitrine assistant").wait_for()

    # the owner's own address still opens the conversation
    owner.goto(address)
    owner.get_by_text("what's the status of #D9000002?").first.wait_for(timeout=TURN_TIMEOUT_MS)
