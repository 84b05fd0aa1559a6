"""The chat and the desk as customers and agents use them (issue 20, fresh-eyes pass in Chromium): the desk says
when the agent has replied, Yes/No survive a reload
and an offer that is gone says so, the same photo can be chosen twice, the widget's own labels are in the
customer's language, an agent's URL is shown as typed (not a link), and on a phone the open widget fills the
screen."""

from __future__ import annotations

import base64
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
from tests.browser.test_storefront import overlaps

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
HOODIE = "I got the Chaz Kangeroo hoodie in the wrong colour"
PANT = "my Caesar Warm-Up Pant came in the wrong colour"
SHADOW_LINKS = ("() => [...document.querySelector('#chainlit-copilot').shadowRoot.querySelectorAll('a')]"
                ".map(a => a.getAttribute('href') || '')")
SHADOW_LABELS = ("() => { const root = document.querySelector('#chainlit-copilot').shadowRoot;"
                 " return [...root.querySelectorAll('.sr-only')].map(e => e.textContent.trim())"
                 ".concat([...root.querySelectorAll('[aria-label]')].map(e => e.getAttribute('aria-label'))); }")
ENGLISH_LABELS = {"Close", "Toggle theme", "Toggle Sidebar", "Close toast", "Close lightbox"}


def resolve_on_desk(desk) -> None:  # noqa: ANN001 - a Playwright page
    desk.fill("#resolve-form input[name=resolution]", "done")
    desk.click("#resolve-form button[type=submit]")
    desk.wait_for_load_state()


def test_a_desk_reply_shows_urls_as_typed_and_the_desk_says_the_agent_replied(
        browser, demo_server: DemoServer, artifacts: Path) -> None:  # noqa: ANN001
    """Items 3 and 7: after the reply the desk no longer says "waiting for an agent"; a bare URL, a www. address
    and an e-mail address in the reply reach the chat as the agent typed them, and none is a link."""
    screens = Screens(artifacts, "fresh-reply-as-typed")
    page = shop_sign_in(browser, demo_server, "demo_leo_martin", "leo-demo-pass")
    widget = open_widget(page)
    send(widget, PANT, IMAGES / "m/p/mp01-black_main.jpg")
    widget.get_by_text("member of our team").first.wait_for(timeout=TURN_TIMEOUT_MS)
    number = ticket_number(widget.get_by_text("VT-").first.inner_text())
    reply = ("Hi Leo, see https://evil.example/reset or www.evil.example/login, "
             "or write to help@evil.example")
    desk = reply_from_desk(browser, demo_server, number, reply, screens)
    state = desk.inner_text("#chat-state")
    assert "waiting for an agent" not in state, state
    assert "replied" in state, state
    widget.get_by_text("Hi Leo, see").first.wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "reply-in-chat")
    # What the customer sees: the characters as typed (a word joiner, U+2060, has no width and no glyph).
    shown = widget.get_by_text("Hi Leo, see").first.inner_text().replace("\u2060", "")
    for typed in ("https://evil.example/reset", "www.evil.example/login", "help@evil.example"):
        assert typed in shown, shown
    assert [href for href in page.evaluate(SHADOW_LINKS) if "evil.example" in href] == []
    # The customer answers: now the desk is the one to answer again.
    send(widget, "thanks, when will it arrive?")
    page.wait_for_timeout(3000)
    desk.reload()
    assert "waiting for an agent" in desk.inner_text("#chat-state")
    resolve_on_desk(desk)


def test_yes_and_no_come_back_after_a_reload_and_an_offer_that_is_gone_says_so(
        browser, demo_server: DemoServer, artifacts: Path) -> None:  # noqa: ANN001
    """Item 4: the proposal on screen is still confirmable after a reload; a Yes left in another tab after the
    proposal ended there tells the customer it is no longer open, and writes nothing."""
    screens = Screens(artifacts, "fresh-yes-after-reload")
    page = shop_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass")
    widget = open_widget(page)
    send(widget, HOODIE, IMAGES / "m/h/mh01-orange_main.jpg")
    widget.get_by_role("button", name="Yes", exact=True).wait_for(timeout=TURN_TIMEOUT_MS)
    page.reload()
    page.wait_for_selector("article.product")
    page.click("#chainlit-copilot-button")
    widget.get_by_text(HOODIE).first.wait_for(timeout=TURN_TIMEOUT_MS)
    yes = widget.get_by_role("button", name="Yes", exact=True)
    try:
        yes.wait_for(timeout=10_000)
    finally:
        screens.shot(page, "after-reload")
    # A second tab on the same conversation: the customer says no there; the first tab's Yes is then stale.
    other = page.context.new_page()
    other.goto(f"{demo_server.url}/shop")
    other.click("#chainlit-copilot-button")
    other_widget = other.locator("#chainlit-copilot")
    other_widget.get_by_text(HOODIE).first.wait_for(timeout=TURN_TIMEOUT_MS)
    other.wait_for_timeout(2000)
    other_widget.get_by_role("button", name="No", exact=True).click()
    other.wait_for_timeout(4000)
    yes.click()
    widget.get_by_text("no longer open").first.wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "stale-yes")
    assert widget.get_by_text("VT-").count() == 0


# Chromium's File System Access picker, answered with the photo as the customer would choose it (Playwright cannot
# drive the real one); the widget uses it where the browser has it, the file input elsewhere.
FILE_PICKER = """(photo) => { window.showOpenFilePicker = async () => [{kind: "file", name: photo.name,
    getFile: async () => new File([Uint8Array.from(atob(photo.data), c => c.charCodeAt(0))], photo.name,
                                  {type: "image/jpeg"})}]; }"""
NO_FILE_PICKER = "delete window.showOpenFilePicker; delete Window.prototype.showOpenFilePicker;"


def choose_photo(page, widget, photo: Path, picker: str) -> None:  # noqa: ANN001
    if picker == "file picker":
        widget.locator("#upload-button").click()
        return
    with page.expect_file_chooser() as chooser:
        widget.locator("#upload-button").click()
    chooser.value.set_files(str(photo))


@pytest.mark.parametrize("picker", ["file input", "file picker"])
def test_the_same_photo_chosen_twice_is_attached_twice(browser, demo_server: DemoServer, artifacts: Path,  # noqa: ANN001
                                                       picker: str) -> None:
    """Item 5: the photo the customer chose, chosen again, is attached again: after it was sent with a message,
    and after it was taken off the message (the attachment's remove button). Through the file input (Firefox,
    Safari, Chrome on Android) and through Chromium's file picker."""
    page = shop_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass")
    photo = IMAGES / "m/h/mh01-orange_main.jpg"
    if picker == "file input":
        page.add_init_script(NO_FILE_PICKER)
    page.reload()
    page.wait_for_selector("article.product")
    if picker == "file picker":
        page.evaluate(FILE_PICKER, {"name": photo.name, "data": base64.b64encode(photo.read_bytes()).decode()})
    widget = open_widget(page)
    screens = Screens(artifacts, f"fresh-same-photo-{picker.replace(' ', '-')}")
    attached = widget.locator("#attachments").get_by_text(photo.stem).first
    missing = []
    for attempt, text in enumerate(("is this hoodie orange?", "and is this one orange too?")):
        choose_photo(page, widget, photo, picker)
        try:
            attached.wait_for(timeout=10_000)
        except Exception:  # noqa: BLE001 - a choice that attached nothing is what this test looks for
            screens.shot(page, f"sent-{attempt + 1}-nothing-attached")
            missing.append(f"chosen for message {attempt + 1}")
            continue
        page.wait_for_timeout(1000)
        widget.locator("#chat-input").fill(text)
        widget.locator("#chat-submit").click()
        attached.wait_for(state="detached", timeout=10_000)
        widget.get_by_text(text).first.wait_for(timeout=TURN_TIMEOUT_MS)
        page.wait_for_timeout(3000)
    for attempt in range(2):
        choose_photo(page, widget, photo, picker)
        try:
            attached.wait_for(timeout=10_000)
        except Exception:  # noqa: BLE001
            screens.shot(page, f"removed-{attempt + 1}-nothing-attached")
            missing.append(f"chosen again after removing it ({attempt + 1})")
            continue
        page.wait_for_timeout(500)
        widget.locator("#attachments button").first.click()
        attached.wait_for(state="detached", timeout=10_000)
    assert missing == []


@pytest.mark.parametrize(("locale", "close"), [("fr-FR", "Fermer"), ("es-ES", "Cerrar"), ("de-DE", "Schließen")])
def test_the_widgets_own_labels_are_in_the_customers_language(browser, demo_server: DemoServer, artifacts: Path,  # noqa: ANN001
                                                             locale: str, close: str) -> None:
    """Item 6: Chainlit's labels it writes in English whatever the language ("Close" on its dialogs)."""
    page = shop_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass", locale=locale)
    page.click("#chainlit-copilot-button")
    widget = page.locator("#chainlit-copilot")
    widget.locator("#chat-input").wait_for(timeout=TURN_TIMEOUT_MS)
    widget.locator("#new-chat-button").click()
    page.locator("#confirm").wait_for()
    page.wait_for_timeout(500)
    Screens(artifacts, f"fresh-labels-{locale}").shot(page, "new-chat-dialog")
    labels = page.evaluate(SHADOW_LABELS)
    assert close in labels, labels
    assert ENGLISH_LABELS.isdisjoint(labels), labels


def test_the_open_widget_fills_a_phone_screen(browser, demo_server: DemoServer, artifacts: Path) -> None:  # noqa: ANN001
    """Item 8: on a 390x844 phone the open chat is the whole screen, and it can still be closed."""
    page = shop_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass")
    page.set_viewport_size(PHONE)
    widget = open_widget(page)
    screens = Screens(artifacts, "fresh-phone")
    screens.shot(page, "open")
    box = page.evaluate("() => { const r = document.querySelector('#chainlit-copilot').shadowRoot"
                        ".querySelector('#chainlit-copilot-chat').getBoundingClientRect();"
                        " return [r.top, r.left, r.width, r.height]; }")
    assert box[0] <= 2 and box[1] <= 2 and box[2] >= PHONE["width"] - 4 and box[3] >= PHONE["height"] - 4, box
    button = page.locator("#chainlit-copilot-button").bounding_box()
    for control in ("#chat-input", "#chat-submit", "#new-chat-button", "#upload-button"):
        assert not overlaps(button, widget.locator(control).bounding_box()), control
    page.locator("#chainlit-copilot-button").click()
    widget.locator("#chat-input").wait_for(state="hidden", timeout=10_000)


def test_the_full_page_chats_own_labels_are_in_the_customers_language(browser, demo_server: DemoServer,  # noqa: ANN001
                                                                      artifacts: Path) -> None:
    """Item 6 on /chat: its theme toggle ("Toggle theme") and sidebar toggle, in German."""
    page = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE").new_page()
    page.goto(f"{demo_server.url}/chat/login")
    page.fill("#email", "demo_leo_martin")
    page.fill("#password", "leo-demo-pass")
    page.locator("button[type=submit]").click()
    page.get_by_text("Hallo! Ich bin der Vitrine-Assistent").wait_for(timeout=TURN_TIMEOUT_MS)
    page.wait_for_timeout(1500)
    Screens(artifacts, "fresh-labels-chat-de").shot(page, "chat")
    labels = page.evaluate("() => [...document.querySelectorAll('.sr-only')].map(e => e.textContent.trim())"
                           ".concat([...document.querySelectorAll('[aria-label]')]"
                           ".map(e => e.getAttribute('aria-label')))")
    assert "Design wechseln" in labels, labels
    assert ENGLISH_LABELS.isdisjoint(labels), labels
