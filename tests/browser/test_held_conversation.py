"""A conversation the desk holds does not trap the customer (fresh-eyes report): "New chat" starts a new
conversation that the assistant answers, a reload or a new tab afterwards keeps the new one, and the held one is
brought to a browser with nothing stored only once, with the line that an agent is handling it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import DemoServer
from tests.browser.test_shop_and_desk import (
    IMAGES,
    TURN_TIMEOUT_MS,
    Screens,
    open_widget,
    reply_from_desk,
    send,
    shop_sign_in,
    ticket_number,
)

pytestmark = pytest.mark.browser
COMPLAINT = "my Caesar Warm-Up Pant came in the wrong colour"
PAUSED = ("member of our team", "from our team")


def start_new_chat(page) -> None:  # noqa: ANN001 - a Playwright page
    widget = page.locator("#chainlit-copilot")
    widget.locator("#new-chat-button").click()
    page.locator("#confirm").click()
    widget.get_by_text(COMPLAINT).first.wait_for(state="detached", timeout=TURN_TIMEOUT_MS)


def test_new_chat_leaves_the_held_conversation_and_the_assistant_answers(
        browser, demo_server: DemoServer, artifacts: Path) -> None:  # noqa: ANN001
    screens = Screens(artifacts, "held-new-chat")
    page = shop_sign_in(browser, demo_server, "demo_leo_martin", "leo-demo-pass")
    widget = open_widget(page)
    send(widget, COMPLAINT, IMAGES / "m/p/mp01-black_main.jpg")
    widget.get_by_text("member of our team").first.wait_for(timeout=TURN_TIMEOUT_MS)
    number = ticket_number(widget.get_by_text("VT-").first.inner_text())
    screens.shot(page, "escalated")

    start_new_chat(page)
    send(widget, "do you have hoodies?")
    widget.get_by_text("hoodie", exact=False).nth(1).wait_for(timeout=TURN_TIMEOUT_MS)
    page.wait_for_timeout(1500)
    screens.shot(page, "new-chat-answered")
    text = widget.inner_text()
    assert not any(words in text for words in PAUSED), text
    assert COMPLAINT not in text

    # The desk answers the conversation the customer left: the reply reaches the chat they have open, marked as
    # written in their other conversation.
    reply = "Hi Leo, Ana here: the right colour ships today."
    reply_from_desk(browser, demo_server, number, reply, screens)
    widget.get_by_text(reply).wait_for(timeout=TURN_TIMEOUT_MS)
    widget.get_by_text("replied in your other conversation").wait_for()
    screens.shot(page, "reply-from-the-other-conversation")

    page.reload()
    page.wait_for_selector("article.product")
    page.click("#chainlit-copilot-button")
    widget.get_by_text("do you have hoodies?").first.wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "new-chat-kept-after-reload")
    assert COMPLAINT not in widget.inner_text()

    tab = page.context.new_page()
    tab.goto(f"{demo_server.url}/shop")
    tab.wait_for_selector("article.product")
    tab.click("#chainlit-copilot-button")
    tab.wait_for_timeout(3000)
    screens.shot(tab, "new-tab")
    assert COMPLAINT not in tab.locator("#chainlit-copilot").inner_text()


def test_a_new_visit_starts_a_new_conversation_and_the_desk_reply_still_reaches_it(
        browser, demo_server: DemoServer, artifacts: Path) -> None:  # noqa: ANN001
    """fresh12 F11 (and fresh-eyes #14 before it): a held conversation followed the customer into a new visit, the
    widget of a fresh browser reopened it, and a shopping question went to the desk queue ("Passed on to our team
    as well"). Within the visit that asked for a person, the shop's pages keep that conversation; a new visit
    starts a new one that the assistant answers, told that the team still has the earlier request (its ticket),
    and the agent's reply to the held conversation still reaches the customer there. The desk keeps the ticket
    as it was: the new visit's question is not on it."""
    from tests.browser.test_storefront import CATALOG

    screens = Screens(artifacts, "held-new-visit")
    complaint = "the Chaz Kangeroo hoodie came in the wrong colour"
    first = shop_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass")
    widget = open_widget(first)
    send(widget, complaint, IMAGES / "m/h/mh01-black_main.jpg")
    widget.get_by_text("member of our team").first.wait_for(timeout=TURN_TIMEOUT_MS)
    number = ticket_number(widget.get_by_text("VT-").first.inner_text())
    first.goto(f"{demo_server.url}/shop?page=2")  # the same visit, another page: the same conversation
    first.wait_for_selector("article.product")
    first.click("#chainlit-copilot-button")
    first.locator("#chainlit-copilot").get_by_text(complaint).first.wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(first, "same-visit-keeps-the-held-conversation")
    first.context.close()

    product = CATALOG["MH07"]
    page = shop_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass")  # a new visit: another browser
    page.goto(f"{demo_server.url}/shop/products/{product.id}")
    widget = open_widget(page)
    widget.get_by_text(f"still handling your earlier request (ticket {number})").wait_for(timeout=TURN_TIMEOUT_MS)
    page.click("#ask-about")
    widget.locator(f"text=That's the {product.name}").wait_for(timeout=TURN_TIMEOUT_MS)
    page.wait_for_timeout(1000)
    screens.shot(page, "new-visit-answered")
    text = widget.inner_text()
    assert complaint not in text and not any(words in text for words in PAUSED), text

    reply = "Hi Mia, Ana here: the black hoodie ships today."
    desk = reply_from_desk(browser, demo_server, number, reply, screens)
    ticket_page = desk.inner_text("body")
    assert complaint in ticket_page and product.name not in ticket_page, ticket_page  # the held thread, as it was
    widget.get_by_text(reply).wait_for(timeout=TURN_TIMEOUT_MS)
    widget.get_by_text("replied in your other conversation").wait_for()
    screens.shot(page, "desk-reply-in-the-new-visit")


def test_every_message_while_held_is_acknowledged_reaches_the_desk_and_the_agents_reply_the_chat(
        browser, demo_server: DemoServer, artifacts: Path) -> None:  # noqa: ANN001
    """desk18 F11: while the desk held the conversation, only the first follow-up got a line ("A member of our team
    will answer here shortly."); the next ones met silence, and a customer typing into it thinks the chat is broken.
    Each message now gets a line (the full sentence first, then a shorter one), both are on the desk's ticket for the
    agent, and the agent's reply reaches the chat. (Last in this module: Leo's earlier tickets stay open.)"""
    from tests.browser.test_shop_and_desk import chat_sign_in, desk_sign_in

    screens = Screens(artifacts, "held-acks")
    page = chat_sign_in(browser, demo_server, "demo_leo_martin", "leo-demo-pass")
    chat = page.locator("body")
    send(chat, "I'd like to talk to a person please")
    chat.get_by_text("handing this conversation").first.wait_for(timeout=TURN_TIMEOUT_MS)
    number = ticket_number(chat.get_by_text("VT-").last.inner_text())
    first, second = "hello? I'm still here", "it's for a gift on Friday, so it's a bit urgent"
    send(chat, first)
    chat.get_by_text("will answer here shortly").first.wait_for(timeout=TURN_TIMEOUT_MS)
    send(chat, second)
    chat.get_by_text("Added to your case").first.wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "both-acknowledged")

    desk = desk_sign_in(browser, demo_server)
    desk.click(f"a:text-is('{number}')")
    desk.wait_for_selector("#events")
    relayed = desk.locator("#events li.event-customer_message").all_inner_texts()
    assert any(first in text for text in relayed) and any(second in text for text in relayed), relayed
    screens.shot(desk, "desk-has-both")
    reply = "Hi Leo, Ana here: I'll make sure it ships before Friday."
    desk.fill("#reply-text", reply)
    desk.click("#reply-form button[type=submit]")
    desk.wait_for_load_state()
    chat.get_by_text(reply).wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "reply-in-chat")
