"""Every surface works in a real browser under its Content-Security-Policy: the chat page, the storefront with
the chat widget (its websocket included), the desk and the API docs load with no policy violation."""

from __future__ import annotations

import pytest

from tests.browser.conftest import DemoServer
from tests.browser.test_shop_and_desk import open_widget

pytestmark = pytest.mark.browser
# Runs before the page's own scripts and is not itself subject to the page's policy.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`
                           + ` at ${event.sourceFile}:${event.lineNumber}`);
}, true);
"""


def watched(page):  # noqa: ANN001, ANN201 - a Playwright page
    """The page, recording policy violations from its events and from the console."""
    page.add_init_script(RECORD_VIOLATIONS)
    page.console_violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text
            and page.console_violations.append(message.text))
    return page


def violations(page) -> list[str]:  # noqa: ANN001
    return list(page.evaluate("window.__violations")) + page.console_violations


def test_the_chat_page_loads_under_its_policy(browser, demo_server: DemoServer) -> None:  # noqa: ANN001
    page = watched(browser.new_context().new_page())
    response = page.goto(f"{demo_server.url}/chat/")
    assert "script-src 'self' 'sha256-" in response.headers["content-security-policy"]
    page.wait_for_selector("input[type=password], #chat-input", timeout=60_000)  # Chainlit's UI rendered
    page.wait_for_timeout(1000)
    assert violations(page) == []


def test_the_shop_widget_chats_under_the_shops_policy(browser, demo_server: DemoServer) -> None:  # noqa: ANN001
    page = watched(browser.new_context(viewport={"width": 1280, "height": 900}).new_page())
    page.goto(f"{demo_server.url}/shop/login")
    page.fill("#login", "demo_mia_novak")
    page.fill("#password", "mia-demo-pass")
    page.click("form.login button[type=submit]")
    page.wait_for_selector("article.product")
    shop = page.reload()
    assert "script-src 'self' 'nonce-" in shop.headers["content-security-policy"]
    page.wait_for_selector("article.product")
    open_widget(page)  # the greeting arrives over the widget's websocket
    assert violations(page) == []


def test_the_desk_and_the_api_docs_load_under_their_policies(browser, demo_server: DemoServer) -> None:  # noqa: ANN001
    context = browser.new_context()
    desk = watched(context.new_page())
    desk.goto(f"{demo_server.url}/desk/login")
    desk.wait_for_selector("#login-form")
    docs = watched(context.new_page())
    docs.goto(f"{demo_server.url}/api/docs")
    docs.wait_for_selector(".opblock", timeout=30_000)  # swagger-ui rendered the operations
    external = [request for request in docs.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
                if not request.startswith(demo_server.url)]
    assert external == []
    assert violations(desk) == [] and violations(docs) == []

