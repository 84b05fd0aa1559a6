"""The full-page chat in a real browser: a customer signed in at /chat stays signed in while browsing the
storefront without a shop session (surface11: /shop replaced the chat's cookie with a guest's), and a message sent
faster than the turn budget allows is not read, and the customer is told so in their language with the seconds to
wait (attack11 F4).

The server of this module runs with a small budget per account (`VITRINE_WEB__TURNS_PER_ACCOUNT`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import DemoServer
from tests.browser.test_shop_and_desk import TURN_TIMEOUT_MS, Screens, chat_sign_in

pytestmark = pytest.mark.browser
BUDGET = "2 per 300 seconds"  # long enough that two turns on a loaded host fit in it
PACE_TURN_TIMEOUT_MS = 2 * TURN_TIMEOUT_MS  # the module's first turns also warm its own server up


@pytest.fixture(scope="module", autouse=True)
def small_turn_budget() -> Iterator[None]:
    """Set before the module's server starts (autouse fixtures come first in their scope)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VITRINE_WEB__TURNS_PER_ACCOUNT", BUDGET)
        yield


# The turn of `text` is over: its message is on the page, followed by an assistant message that is not the progress
# line ("_Recherche…_", an assistant step too while the turn runs), and the composer shows its send button, not the
# stop button. The stop button alone does not say a turn runs: in a new chat's first turn Chainlit shows it only once
# `first_interaction` arrives, which waits for the thread's first writes (chainlit.emitter.init_thread, a task of its
# own): on a loaded host, well into the turn. Counting assistant messages mistook the progress line for the answer.
TURN_OVER = """text => {
    const kinds = '[data-step-type="user_message"], [data-step-type="assistant_message"]';
    const steps = [...document.querySelectorAll(kinds)];
    const mine = steps.findLastIndex(step => step.dataset.stepType === "user_message" && step.innerText.includes(text));
    const answers = mine < 0 ? [] : steps.slice(mine + 1).filter(step => step.dataset.stepType === "assistant_message");
    const last = answers.length ? answers[answers.length - 1].innerText.trim() : "…";
    return !last.endsWith("…") && !document.querySelector("#stop-button") && !!document.querySelector("#chat-submit");
}"""


def send_and_wait_for_the_answer(page, text: str) -> None:  # noqa: ANN001
    """Sent with Enter, as a customer types, not by clicking: the send button turns into the stop button on the same
    spot when `first_interaction` arrives, and on a loaded host a click meant for one reached the other ("Task
    manually stopped.": the first turn cancelled, the second message never sent)."""
    page.locator("#chat-submit").wait_for()  # no turn running: the composer sends
    page.fill("#chat-input", text)
    page.press("#chat-input", "Enter")
    page.wait_for_function(TURN_OVER, arg=text, timeout=PACE_TURN_TIMEOUT_MS)
    assert page.get_by_text("Task manually stopped").count() == 0


def test_a_chat_customer_browsing_the_shop_stays_signed_in_in_the_chat(browser, demo_server: DemoServer,  # noqa: ANN001
                                                                      artifacts: Path) -> None:
    screens = Screens(artifacts, "chat-then-shop")
    chat = chat_sign_in(browser, demo_server, "demo_leo_martin", "leo-demo-pass")
    shop = chat.context.new_page()  # the same browser: one set of cookies
    shop.goto(f"{demo_server.url}/shop")
    shop.wait_for_selector("article.product")
    shop.wait_for_selector("#chainlit-copilot-button")
    screens.shot(shop, "shop-signed-out")
    assert shop.locator("header a#sign-in").count() == 1  # no shop session: the shop's own header says so
    shop.goto(f"{demo_server.url}/shop/products/MH01")
    shop.wait_for_selector("#product-name")
    user = chat.request.get(f"{demo_server.url}/chat/user")
    assert user.status == 200 and user.json()["identifier"] == "demo_leo_martin"
    chat.goto(f"{demo_server.url}/chat")
    chat.get_by_text("I'm the Vitrine assistant").wait_for()
    chat.wait_for_timeout(2000)
    chat.fill("#chat-input", "where is my order #D9000004?")
    chat.click("#chat-submit")
    chat.get_by_text("#D9000004 is").first.wait_for(timeout=TURN_TIMEOUT_MS)  # Leo's own order: still Leo
    screens.shot(chat, "chat-still-signed-in")
    assert "/login" not in chat.url


def test_a_message_sent_too_fast_is_not_read_and_the_customer_is_told_when_to_resend(browser, demo_server: DemoServer,  # noqa: ANN001
                                                                           artifacts: Path) -> None:
    screens = Screens(artifacts, "turn-pace")
    page = chat_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass")
    page.get_by_text("I'm the Vitrine assistant").wait_for()  # the session is up before the first message
    page.wait_for_timeout(2000)
    for text in ("bonjour, avez-vous des sweats à capuche ?", "et des vestes de pluie ?"):
        send_and_wait_for_the_answer(page, text)
    send_and_wait_for_the_answer(page, "où en est ma commande #D9000001 ?")
    notice = page.get_by_text("plus vite que je ne peux répondre").first
    notice.wait_for()
    screens.shot(page, "too-fast")
    seconds = int(re.search(r"dans (\d+) s", notice.inner_text()).group(1))  # type: ignore[union-attr]
    assert 1 <= seconds <= 301
    answers = page.locator('[data-step-type="assistant_message"]', has_text="D9000001")
    assert answers.count() == 0  # the assistant never read it
    # Sent again once the wait is over, it is answered: tests/unit/web/test_turn_rate.py and
    # tests/integration/web/test_turn_rate_api.py (waiting minutes here would only slow the suite).


def test_loading_the_sign_in_page_leaves_no_server_error_in_the_log(browser, demo_server: DemoServer,  # noqa: ANN001
                                                                   artifacts: Path) -> None:
    """desk18 F13: each load of /chat's sign-in page logged `RuntimeError: No response returned.` for the requests
    the browser dropped on its way to /chat/login (Chainlit's sub-path check, a BaseHTTPMiddleware; now plain ASGI:
    assistant/web/chat/subpath_check.py)."""
    start = demo_server.log.stat().st_size
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    for _ in range(3):
        page.goto(f"{demo_server.url}/chat")
        page.wait_for_selector("#email", timeout=TURN_TIMEOUT_MS)
        page.wait_for_timeout(1500)
    Screens(artifacts, "sign-in-log").shot(page, "sign-in")
    page.wait_for_timeout(1000)  # the server has logged what these loads left
    page.context.close()
    with demo_server.log.open("rb") as log:
        log.seek(start)
        logged = log.read().decode(errors="replace")
    assert "No response returned" not in logged and "Exception in ASGI application" not in logged, logged[-3000:]
