"""What the customer asked the desk and no one answered is picked up when the agent hands back (fresh12/13 F10).

Leo asks for a person in the full-page chat; Ana replies from the desk; Leo asks something else, which reaches
Ana's ticket page; Ana hands the conversation back without answering it. Leo sees the assistant say it is back,
name his question and answer it (before: "Is there anything else I can help with?", the question lost).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import DemoServer
from tests.browser.test_shop_and_desk import TURN_TIMEOUT_MS, Screens, chat_sign_in, desk_sign_in, ticket_number

pytestmark = pytest.mark.browser


def test_the_question_left_with_the_desk_is_answered_after_the_hand_back(browser, demo_server: DemoServer,  # noqa: ANN001
                                                                         artifacts: Path) -> None:
    screens = Screens(artifacts, "hand-back-pick-up")
    page = chat_sign_in(browser, demo_server, "demo_leo_martin", "leo-demo-pass")
    chat = page.locator("body")
    chat.locator("#chat-input").fill("hello")  # the module's first turn also warms its server up
    chat.locator("#chat-input").press("Enter")
    chat.locator('[data-step-type="assistant_message"]').nth(1).wait_for(timeout=2 * TURN_TIMEOUT_MS)
    page.wait_for_timeout(3000)
    chat.locator("#chat-input").fill("I want to talk to a person please")
    chat.locator("#chat-input").press("Enter")
    chat.get_by_text("member of our team").first.wait_for(timeout=TURN_TIMEOUT_MS)
    number = ticket_number(chat.get_by_text("VT-").first.inner_text())

    desk = desk_sign_in(browser, demo_server)
    desk.click(f"a:text-is('{number}')")
    desk.fill("#reply-text", "Hi Leo, Ana here. How can I help?")
    desk.click("#reply-form button[type=submit]")
    desk.wait_for_load_state()
    chat.get_by_text("Ana here. How can I help?").wait_for(timeout=TURN_TIMEOUT_MS)

    question = "what are my orders?"
    chat.locator("#chat-input").fill(question)
    chat.locator("#chat-input").press("Enter")
    chat.get_by_text("they have your new message too", exact=False).first.wait_for(timeout=TURN_TIMEOUT_MS)
    desk.reload()
    desk.get_by_text(question).first.wait_for(timeout=TURN_TIMEOUT_MS)  # the agent sees it on the ticket
    screens.shot(desk, "desk-has-the-question")

    desk.click("#hand-back-form button[type=submit]")
    desk.wait_for_load_state()
    assert "handed back" in desk.inner_text("body")

    back = chat.get_by_text("pick up your last message to them", exact=False)
    back.wait_for(timeout=TURN_TIMEOUT_MS)
    assert question in back.inner_text()
    chat.get_by_text("#D9000", exact=False).first.wait_for(timeout=TURN_TIMEOUT_MS)  # his orders: answered
    screens.shot(page, "picked-up-and-answered")
    assert chat.get_by_text("Is there anything else I can help with").count() == 0
