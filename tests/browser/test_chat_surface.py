"""The chat as customers use it (issue 20): the storefront's widget opened at once with a first message,
progress in words during a photo turn, Yes/No buttons in the customer's language, the shop's own branding.

Chainlit 2.12's widget used to sign in in the background after the page loaded: its first `/chat/user` was
refused and, at a random later moment, a retry authenticated it, loaded the project settings and turned the
feedback buttons on under replies already shown, which crashed the widget (React error #310); a socket opened
before the sign-in finished was refused ("Could not reach the server"). Each visit here is a new browser
context (nothing kept from the visit before), signed in to the shop only.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from assistant.web.favicon import ICON
from tests.browser.conftest import DemoServer
from tests.browser.test_shop_and_desk import (
    IMAGES,
    TURN_TIMEOUT_MS,
    Screens,
    faces_in,
    open_widget,
    reply_from_desk,
    send,
    shop_sign_in,
    ticket_number,
)

pytestmark = pytest.mark.browser
REPLY_TIMEOUT_MS = 60_000
SETTLE_MS = 6_000  # the old widget's background sign-in retry landed about 5 s after the page loaded
CRASH_TEXTS = ("Minified React error", "Could not reach the server")


@dataclass
class Visit:
    """What one visit saw: the chat's own requests for its user, errors and the widget's text."""

    user_statuses: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    text: str = ""

    def crashed(self) -> bool:
        return any(crash in seen for crash in CRASH_TEXTS for seen in [self.text, *self.errors])


def widget_text(page) -> str:  # noqa: ANN001 - a Playwright page
    return page.evaluate("() => document.querySelector('#chainlit-copilot')?.shadowRoot?.textContent || ''")


def first_message_visit(browser, server: DemoServer, shop_cookies: list[dict], number: int,  # noqa: ANN001
                        screens: Screens) -> Visit:
    """A fresh visit to /shop: open the widget as soon as its button is there and send a first message."""
    visit = Visit()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies(shop_cookies)
    page = context.new_page()
    page.on("response", lambda response: visit.user_statuses.append(response.status)
            if response.url.split("?")[0].endswith("/chat/user") else None)
    page.on("pageerror", lambda error: visit.errors.append(str(error)))
    page.on("console", lambda message: visit.errors.append(message.text) if message.type == "error" else None)
    page.goto(f"{server.url}/shop")
    page.click("#chainlit-copilot-button")
    widget = page.locator("#chainlit-copilot")
    question = f"where is my order #D9000004? ({number})"
    try:
        widget.locator("#chat-input").fill(question)
        widget.locator("#chat-submit").click()
        widget.get_by_text("#D9000004 on your account").first.wait_for(timeout=REPLY_TIMEOUT_MS)
        page.wait_for_timeout(SETTLE_MS)
    except Exception as error:  # noqa: BLE001 - a widget that never answers is a crash too
        visit.errors.append(f"no reply: {error}")
    visit.text = widget_text(page)
    if visit.crashed():
        screens.shot(page, f"visit-{number}-crashed")
    context.close()
    return visit


def shop_cookies_of(browser, server: DemoServer) -> list[dict]:  # noqa: ANN001
    page = shop_sign_in(browser, server, "demo_mia_novak", "mia-demo-pass")
    cookies = [cookie for cookie in page.context.cookies() if cookie["name"] == "vitrine_shop"]
    page.context.close()
    assert cookies, "signing in to the shop sets its session cookie"
    return cookies


def assert_no_crash(visits: list[Visit]) -> None:
    crashed = [(number, visit.errors[-3:]) for number, visit in enumerate(visits) if visit.crashed()]
    assert not crashed, f"{len(crashed)} of {len(visits)} first messages crashed the widget: {crashed}"
    # The widget is signed in from its very first request, so nothing is left to race against.
    assert all(visit.user_statuses and visit.user_statuses[0] == 200 for visit in visits), \
        [visit.user_statuses for visit in visits]


def run_visits(browser, server: DemoServer, artifacts: Path, count: int, name: str) -> list[Visit]:  # noqa: ANN001
    screens = Screens(artifacts, name)
    cookies = shop_cookies_of(browser, server)
    return [first_message_visit(browser, server, cookies, number, screens) for number in range(count)]


def test_the_widget_opened_at_once_answers_a_first_message(browser, demo_server: DemoServer,
                                                           artifacts: Path) -> None:
    assert_no_crash(run_visits(browser, demo_server, artifacts, 4, "widget-first-message"))


@pytest.mark.slow
def test_thirty_first_messages_in_the_widget_opened_at_once_never_crash(browser, demo_server: DemoServer,
                                                                         artifacts: Path) -> None:
    assert_no_crash(run_visits(browser, demo_server, artifacts, 30, "widget-first-message-30"))


# Every text the widget shows while a turn runs, recorded from its shadow root as it changes.
RECORD_WIDGET_TEXT = """() => { window.widgetTexts = [];
  const root = document.querySelector('#chainlit-copilot').shadowRoot;
  new MutationObserver(() => window.widgetTexts.push(root.textContent))
    .observe(root, {subtree: true, childList: true, characterData: true}); }"""
STEP_NAMES = re.compile(r"\b(Used|Using) \w+|Writing the reply")


def recorded_texts(page) -> list[str]:  # noqa: ANN001
    return page.evaluate("() => window.widgetTexts")


def assert_own_photo_is_the_redacted_copy(page, original: Path) -> None:  # noqa: ANN001
    """The customer's photo in the chat loads (no broken image) and is the redacted copy: its face is gone."""
    page.wait_for_function("() => [...document.querySelector('#chainlit-copilot').shadowRoot"
                           ".querySelectorAll('img[src*=\"/project/file/\"]')]"
                           ".some(img => img.complete && img.naturalWidth > 0)", timeout=TURN_TIMEOUT_MS)
    source = page.evaluate("() => document.querySelector('#chainlit-copilot').shadowRoot"
                           ".querySelector('img[src*=\"/project/file/\"]').src")
    served = page.context.request.get(source)
    assert served.status == 200 and served.headers["content-type"] == "image/jpeg"
    assert faces_in(original.read_bytes()) >= 1 and faces_in(served.body()) == 0


def test_a_photo_turn_shows_progress_in_words_no_step_name_and_the_redacted_photo(browser, demo_server: DemoServer,
                                                                   artifacts: Path) -> None:
    screens = Screens(artifacts, "progress-in-words")
    page = shop_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass")
    widget = open_widget(page)
    page.evaluate(RECORD_WIDGET_TEXT)
    send(widget, "I got the Chaz Kangeroo hoodie in the wrong colour", IMAGES / "m/h/mh01-orange_main.jpg")
    # The labels are read from everything the widget showed during the turn (a fast step's label may be gone
    # before a poll would see it).
    widget.get_by_role("button", name="Yes", exact=True).wait_for(timeout=TURN_TIMEOUT_MS)
    page.wait_for_timeout(1000)
    screens.shot(page, "offer")
    texts = recorded_texts(page)
    assert any("Checking your photo" in text for text in texts)
    assert any("Comparing with your order" in text for text in texts)
    assert not [match.group(0) for text in texts for match in [STEP_NAMES.search(text)] if match]
    final = widget_text(page)
    assert "wrong colour or size" in final
    assert_own_photo_is_the_redacted_copy(page, IMAGES / "m/h/mh01-orange_main.jpg")
    assert "Checking your photo" not in final and "Comparing with your order" not in final  # gone with the reply


def test_a_french_customer_gets_oui_non_buttons_and_oui_confirms(browser, demo_server: DemoServer,
                                                                artifacts: Path) -> None:
    screens = Screens(artifacts, "buttons-in-french")
    page = shop_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass")
    widget = open_widget(page)
    page.evaluate(RECORD_WIDGET_TEXT)
    send(widget, "Je voudrais annuler ma commande #D9000002, je l'ai commandée par erreur")
    oui = widget.get_by_role("button", name="Oui", exact=True)
    oui.wait_for(timeout=TURN_TIMEOUT_MS)
    widget.get_by_role("button", name="Non", exact=True).wait_for()
    assert not widget.get_by_role("button", name="Yes", exact=True).count()
    assert any("Recherche de votre commande" in text for text in recorded_texts(page))
    screens.shot(page, "oui-non")
    oui.click()
    widget.get_by_text("annulée").first.wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "cancelled")
    database = demo_server.env["VITRINE_DATABASE_URL"].split(":///", 1)[1]
    with sqlite3.connect(database) as connection:
        assert connection.execute("select status from orders where id = '#D9000002'").fetchone()[0] == "cancelled"


def test_the_chat_wears_the_shops_logo_and_icon_not_chainlits(demo_server: DemoServer) -> None:
    for theme in ("light", "dark"):
        logo = httpx.get(f"{demo_server.url}/chat/logo", params={"theme": theme})
        assert logo.status_code == 200 and b"Vitrine" in logo.content and b"Chainlit" not in logo.content
    assert httpx.get(f"{demo_server.url}/chat/favicon").content.strip() == ICON
    assert httpx.get(f"{demo_server.url}/chat/avatars/Vitrine").content.strip() == ICON
    page = httpx.get(f"{demo_server.url}/chat/login").text
    assert "<title>Vitrine</title>" in page and "github.com/Chainlit" not in page and "chainlit_banner" not in page


def test_a_desk_reply_reaches_the_idle_widget_and_is_saved_once_with_the_chat_also_open_at_chat(
        browser, demo_server: DemoServer, artifacts: Path) -> None:  # noqa: ANN001
    """The widget, idle, shows the desk's reply without crashing; the same conversation reopened at /chat shows it
    too, and the chat history keeps it once (each open session used to save it under an id of its own)."""
    screens = Screens(artifacts, "widget-desk-reply")
    page = shop_sign_in(browser, demo_server, "demo_leo_martin", "leo-demo-pass")
    widget = open_widget(page)
    send(widget, "my Caesar Warm-Up Pant came in the wrong colour", IMAGES / "m/p/mp01-black_main.jpg")
    widget.get_by_text("member of our team").first.wait_for(timeout=TURN_TIMEOUT_MS)
    number = ticket_number(widget.get_by_text("VT-").first.inner_text())
    thread_id = page.evaluate("() => window.getChainlitCopilotThreadId()")
    full = page.context.new_page()
    full.goto(f"{demo_server.url}/chat/thread/{thread_id}")
    full.get_by_text("Caesar Warm-Up Pant came in the wrong colour").first.wait_for(timeout=TURN_TIMEOUT_MS)
    full.wait_for_timeout(2000)  # the reopened thread's session subscribes to the conversation's live events
    screens.shot(full, "reopened-at-chat")

    reply = "Hi Leo, Ana here: the right colour ships today."
    reply_from_desk(browser, demo_server, number, reply, screens)
    widget.get_by_text(reply).wait_for(timeout=TURN_TIMEOUT_MS)
    full.get_by_text(reply).first.wait_for(timeout=TURN_TIMEOUT_MS)
    page.wait_for_timeout(3000)
    screens.shot(page, "reply-in-widget")
    assert not any(crash in widget_text(page) for crash in CRASH_TEXTS)
    history = Path(demo_server.env["VITRINE_DATA_DIR"]) / "chat-history.db"
    with sqlite3.connect(history) as connection:
        saved = connection.execute("select count(*) from steps where output like ?", (f"%{reply}%",)).fetchone()[0]
    assert saved == 1


@pytest.mark.parametrize(("locale", "greeting"), [
    ("fr-FR", "Bonjour ! Je suis l'assistant Vitrine"), ("de-DE", "Hallo! Ich bin der Vitrine-Assistent")])
def test_the_greeting_is_in_the_browsers_language(browser, demo_server: DemoServer, artifacts: Path,
                                                  locale: str, greeting: str) -> None:
    screens = Screens(artifacts, f"greeting-{locale}")
    page = shop_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass", locale=locale)
    page.click("#chainlit-copilot-button")
    page.locator("#chainlit-copilot").get_by_text(greeting).wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "greeting")
    assert "I'm the Vitrine assistant" not in page.locator("#chainlit-copilot").inner_text()
