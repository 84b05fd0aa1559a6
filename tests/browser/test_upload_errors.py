"""A photo the browser refuses before any upload (too big, wrong type) is explained in the customer's language, and
what they typed stays in the box (surface9, finding J: these notices were Chainlit's English in fr/es/de)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import DemoServer
from tests.browser.test_shop_and_desk import TURN_TIMEOUT_MS, Screens, shop_sign_in

pytestmark = pytest.mark.browser

GREETING = {"fr-FR": "Bonjour ! Je suis l'assistant Vitrine", "de-DE": "Hallo! Ich bin der Vitrine-Assistent"}


def _widget_in(browser, server: DemoServer, locale: str):  # noqa: ANN001, ANN202
    page = shop_sign_in(browser, server, "demo_mia_novak", "mia-demo-pass", locale=locale)
    page.click("#chainlit-copilot-button")
    widget = page.locator("#chainlit-copilot")
    widget.get_by_text(GREETING[locale]).wait_for(timeout=TURN_TIMEOUT_MS)
    page.wait_for_timeout(2000)  # the widget settles its session just after the greeting
    return page, widget


@pytest.mark.parametrize(("locale", "typed", "too_big", "wrong_type"), [
    ("fr-FR", "Le sweat est arrivé déchiré", "dépasse 10 Mo", "JPEG, PNG ou WebP"),
    ("de-DE", "Der Pulli ist kaputt angekommen", "größer als 10 MB", "JPEG-, PNG- oder WebP-Foto"),
])
def test_a_refused_file_is_explained_in_the_customers_language_and_the_text_is_kept(
        browser, demo_server: DemoServer, artifacts: Path, tmp_path: Path,  # noqa: ANN001
        locale: str, typed: str, too_big: str, wrong_type: str) -> None:
    screens = Screens(artifacts, f"upload-errors-{locale}")
    page, widget = _widget_in(browser, demo_server, locale)
    widget.locator("#chat-input").fill(typed)
    big = tmp_path / "photo.jpg"
    big.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * (11 * 1024 * 1024))
    widget.locator("input[type=file]").first.set_input_files(str(big))
    widget.get_by_text(too_big).wait_for(timeout=10_000)
    screens.shot(page, "too-big")
    assert "File is larger than" not in page.content() + widget.inner_text()
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a photo")
    widget.locator("input[type=file]").first.set_input_files(str(text_file))
    widget.get_by_text(wrong_type).first.wait_for(timeout=10_000)
    screens.shot(page, "wrong-type")
    assert "File type must be" not in widget.inner_text()
    assert widget.locator("#chat-input").inner_text().strip() == typed or \
        widget.locator("#chat-input").input_value().strip() == typed


@pytest.mark.parametrize(("locale", "refused"), [("es-ES", "Error al iniciar sesión"),
                                                 ("de-DE", "Anmeldung fehlgeschlagen")])
def test_a_refused_chat_sign_in_is_said_in_the_customers_language_never_as_the_raw_error(
        browser, demo_server: DemoServer, artifacts: Path, locale: str, refused: str) -> None:  # noqa: ANN001
    """fresh25 F14: Chainlit's notification of a refused sign-in read "Unauthorized: credentialssignin" (its raw HTTP
    error, in English) beside the form's translated error."""
    screens = Screens(artifacts, f"chat-sign-in-refused-{locale}")
    page = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900}).new_page()
    page.goto(f"{demo_server.url}/chat/login")
    page.fill("#email", "demo_mia_novak")
    page.fill("#password", "not-her-password")
    page.locator("button[type=submit]").click()
    page.locator("[data-sonner-toast]").first.wait_for(timeout=TURN_TIMEOUT_MS)
    page.wait_for_timeout(1000)  # the page's notice observer rewords the notification as it appears
    screens.shot(page, "refused")
    toast = page.locator("[data-sonner-toast]").first.inner_text()
    assert "credentialssignin" not in toast.lower() and "Unauthorized" not in toast
    assert refused in toast
