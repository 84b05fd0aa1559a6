"""The widget keeps what the customer says and the conversation they are in (issue 20): a message sent the instant
the widget opens is sent, not lost; after a reload the widget resumes the customer's conversation, so a desk reply
reaches the chat they have open; the widget's theme is served (no 404 in the console); uploads go to the app's data
directory and are not kept there."""

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
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.browser
FIRST_QUESTION = "where is my order #D9000004?"


def test_a_message_sent_the_instant_the_widget_opens_is_answered(browser, demo_server: DemoServer,  # noqa: ANN001
                                                                  artifacts: Path) -> None:
    """Typed and sent in the same instant the widget opens: before its chat session is connected."""
    screens = Screens(artifacts, "instant-first-message")
    page = shop_sign_in(browser, demo_server, "demo_leo_martin", "leo-demo-pass")
    page.evaluate("""(question) => {
        window.toggleChainlitCopilot();
        const send = () => {
          const root = document.querySelector('#chainlit-copilot').shadowRoot;
          const input = root && root.querySelector('#chat-input');
          if (!input) { requestAnimationFrame(send); return; }
          input.focus();
          document.execCommand('insertText', false, question);
          input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', code: 'Enter', bubbles: true,
                                                           composed: true}));
        };
        send();
    }""", FIRST_QUESTION)
    widget = page.locator("#chainlit-copilot")
    widget.get_by_text(FIRST_QUESTION).first.wait_for(timeout=TURN_TIMEOUT_MS)
    widget.get_by_text("#D9000004 on your account").first.wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "answered")
    shown = page.evaluate("(q) => document.querySelector('#chainlit-copilot').shadowRoot.textContent"
                          ".split(q).length - 1", FIRST_QUESTION)
    assert shown == 1  # sent once: neither lost nor repeated


def test_after_a_reload_the_widget_resumes_the_conversation_and_a_desk_reply_reaches_it(
        browser, demo_server: DemoServer, artifacts: Path) -> None:  # noqa: ANN001
    screens = Screens(artifacts, "reload-resume")
    page = shop_sign_in(browser, demo_server, "demo_leo_martin", "leo-demo-pass")
    widget = open_widget(page)
    send(widget, "my Caesar Warm-Up Pant came in the wrong colour", IMAGES / "m/p/mp01-black_main.jpg")
    widget.get_by_text("member of our team").first.wait_for(timeout=TURN_TIMEOUT_MS)
    number = ticket_number(widget.get_by_text("VT-").first.inner_text())
    screens.shot(page, "escalated")

    page.reload()
    page.wait_for_selector("article.product")
    page.click("#chainlit-copilot-button")
    widget.get_by_text("Caesar Warm-Up Pant came in the wrong colour").first.wait_for(timeout=TURN_TIMEOUT_MS)
    page.wait_for_timeout(2000)  # the resumed session subscribes to the conversation's live events
    screens.shot(page, "resumed-after-reload")

    reply = "Hi Leo, Ana here: after your reload, the right colour ships today."
    desk = reply_from_desk(browser, demo_server, number, reply, screens)
    widget.get_by_text(reply).wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "reply-after-reload")
    desk.fill("#resolve-form input[name=resolution]", "right colour sent")  # the next complaint gets its own ticket
    desk.click("#resolve-form button[type=submit]")
    desk.wait_for_load_state()


def test_the_widget_asks_for_nothing_that_is_missing(browser, demo_server: DemoServer) -> None:  # noqa: ANN001
    page = shop_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass")
    missing: list[str] = []
    page.on("response", lambda response: missing.append(f"{response.status} {response.url}")
            if response.status == 404 else None)
    page.reload()
    open_widget(page)
    assert missing == []


def test_a_photo_upload_goes_to_the_data_directory_and_is_not_kept(browser, demo_server: DemoServer) -> None:  # noqa: ANN001
    before = set((REPO_ROOT / ".files").rglob("*")) if (REPO_ROOT / ".files").is_dir() else set()
    page = shop_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass")
    widget = open_widget(page)
    send(widget, "the Chaz Kangeroo hoodie came in the wrong colour", IMAGES / "m/h/mh01-orange_main.jpg")
    widget.get_by_role("button", name="Yes", exact=True).wait_for(timeout=TURN_TIMEOUT_MS)
    uploads = Path(demo_server.env["VITRINE_DATA_DIR"]) / "chat-uploads"
    assert [path for path in uploads.iterdir() if path.is_dir()], "the session's upload folder is in the data dir"
    assert [path for path in uploads.rglob("*") if path.is_file()] == []  # read, then deleted
    after = set((REPO_ROOT / ".files").rglob("*")) if (REPO_ROOT / ".files").is_dir() else set()
    assert after <= before
    widget.get_by_role("button", name="No", exact=True).click()
