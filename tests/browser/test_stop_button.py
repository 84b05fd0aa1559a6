"""A click that lands on Stop the instant Send turns into it cancels nothing (fresh13 browser pass, "Send/Stop").

Chainlit's composer shows the stop button on the send button's spot while a turn runs (in a new chat only once the
server's first_interaction arrives, well into the first turn). A customer's click meant for Send, or the second
click of a double-click, landed on Stop: "Task manually stopped.", and the message they had sent was never
answered. Here the page clicks the stop button the moment it appears, in every turn (the worst case of that race),
in the full-page chat and in the shop's widget: every message is still answered, and nothing says it was stopped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import DemoServer
from tests.browser.test_chat_sign_in_and_pace import TURN_OVER
from tests.browser.test_shop_and_desk import TURN_TIMEOUT_MS, Screens, chat_sign_in, open_widget, shop_sign_in

pytestmark = pytest.mark.browser

# Clicks #stop-button as soon as it is in the page or the widget's shadow root, once per button; counts the clicks.
CLICK_STOP_AS_IT_APPEARS = """() => {
    window.stopClicks = 0;
    const click = root => {
        const button = root.querySelector("#stop-button");
        if (button && !button.dataset.testClicked) {
            button.dataset.testClicked = "1";
            window.stopClicks += 1;
            button.click();
        }
    };
    const widget = () => {
        const host = document.getElementById("chainlit-copilot");
        if (host && host.shadowRoot && !host.shadowRoot.testWatched) {
            host.shadowRoot.testWatched = true;
            watch(host.shadowRoot);  // mutations inside a shadow root reach no observer of the page
        }
    };
    const watch = root => new MutationObserver(() => { click(root); widget(); }).observe(
        root, {childList: true, subtree: true});
    watch(document.documentElement);
    widget();
}"""
# TURN_OVER, read inside the widget's shadow root.
TURN_OVER_IN_WIDGET = TURN_OVER.replace("document.querySelector", "root.querySelector").replace(
    "text => {", 'text => {\n    const root = document.getElementById("chainlit-copilot").shadowRoot;', 1).replace(
    "[...document.querySelectorAll(kinds)]", "[...root.querySelectorAll(kinds)]")
MESSAGES = ("do you have hoodies?", "what are my orders?", "and my gift card balance?")


def _every_turn_answered(page, composer, turn_over: str, screens: Screens) -> None:  # noqa: ANN001
    page.evaluate(CLICK_STOP_AS_IT_APPEARS)
    for text in MESSAGES:
        composer.locator("#chat-submit").wait_for()
        composer.locator("#chat-input").fill(text)
        composer.locator("#chat-input").press("Enter")
        page.wait_for_function(turn_over, arg=text, timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "answered")
    assert page.evaluate("window.stopClicks") >= 1  # the race was run: Stop was clicked as it appeared
    assert composer.get_by_text("Task manually stopped").count() == 0
    assert composer.get_by_text("hoodie", exact=False).count() >= 2  # the question and its answer
    assert composer.get_by_text("#D9000", exact=False).count() >= 1


def test_stop_clicked_as_it_appears_cancels_no_turn_in_the_chat(browser, demo_server: DemoServer,  # noqa: ANN001
                                                                 artifacts: Path) -> None:
    page = chat_sign_in(browser, demo_server, "demo_leo_martin", "leo-demo-pass")
    _every_turn_answered(page, page.locator("body"), TURN_OVER, Screens(artifacts, "stop-race-chat"))


def test_stop_clicked_as_it_appears_cancels_no_turn_in_the_widget(browser, demo_server: DemoServer,  # noqa: ANN001
                                                                  artifacts: Path) -> None:
    page = shop_sign_in(browser, demo_server, "demo_leo_martin", "leo-demo-pass")
    widget = open_widget(page)
    _every_turn_answered(page, widget, TURN_OVER_IN_WIDGET, Screens(artifacts, "stop-race-widget"))
