"""A guest on the storefront (fresh-eyes class C12): without an account the catalog and the product pages are
open, the chat widget answers product questions, order questions get the guest verification (never an order),
and a visible "Sign in" leads to the customer's sign-in and back to the shop."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import DemoServer
from tests.browser.test_content_security_policy import violations, watched
from tests.browser.test_shop_and_desk import TURN_TIMEOUT_MS, Screens
from tests.conftest import REPO_ROOT
from tools.catalog.magento import read_magento_catalog

pytestmark = pytest.mark.browser
CATALOG = {p.id: p for p in read_magento_catalog(REPO_ROOT / "data" / "demo-catalog")}
ASSISTANT = '[data-step-type="assistant_message"]'
DEMO_ORDERS = ("#D9000001", "#D9000002", "#D9000003", "D9000001", "D9000002", "D9000003")


def guest_page(browser, server: DemoServer, locale: str, path: str = "/shop"):  # noqa: ANN001, ANN201
    page = watched(browser.new_context(locale=locale, viewport={"width": 1280, "height": 900}).new_page())
    page.goto(f"{server.url}{path}")
    return page


@pytest.mark.parametrize(("locale", "sign_in", "ask"), [
    ("es-ES", "Iniciar sesión", "Preguntar por este producto"),
    ("fr-FR", "Se connecter", "Poser une question sur ce produit"),
    ("de-DE", "Anmelden", "Frage zu diesem Produkt"),
])
def test_a_guest_browses_the_catalog_and_a_product_page(browser, demo_server: DemoServer, artifacts: Path,  # noqa: ANN001
                                                        locale: str, sign_in: str, ask: str) -> None:
    screens = Screens(artifacts, f"guest-browse-{locale}")
    page = guest_page(browser, demo_server, locale)
    page.wait_for_selector("article.product", timeout=15_000)
    screens.shot(page, "listing")
    assert page.locator("#password").count() == 0  # no sign-in wall
    assert len(page.locator("article.product").all()) == 24
    assert page.locator("header a#sign-in").inner_text() == sign_in
    page.locator("article.product a").first.click()
    page.wait_for_selector("#product-name")
    product = CATALOG[page.locator("article.product-page").get_attribute("data-product-id")]
    screens.shot(page, "product")
    assert page.inner_text("#product-name") == product.name
    assert page.inner_text("#ask-about") == ask
    assert len(page.locator("#variants tbody tr").all()) == len(product.variants)
    page.wait_for_selector("#chainlit-copilot-button")  # the chat widget is there for a guest too
    assert violations(page) == []


@pytest.mark.parametrize(("locale", "order_question", "verification"), [
    ("es-ES", "¿dónde está mi pedido?", "Antes de consultar sus pedidos necesito confirmar quién es"),
    ("de-DE", "wo ist meine Bestellung?", "Bevor ich Ihre Bestellungen ansehe, muss ich bestätigen, wer Sie sind"),
])
def test_a_guest_asks_the_widget_about_a_product_and_gets_no_orders(  # noqa: PLR0913
        browser, demo_server: DemoServer, artifacts: Path, locale: str, order_question: str,  # noqa: ANN001
        verification: str) -> None:
    screens = Screens(artifacts, f"guest-chat-{locale}")
    product = CATALOG["MH01"]
    page = guest_page(browser, demo_server, locale, f"/shop/products/{product.id}")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(5000)  # Chainlit's widget may crash when opened within ~2 s of loading (issue 20)
    page.click("#ask-about")
    widget = page.locator("#chainlit-copilot")
    widget.locator(ASSISTANT, has_text=product.name).first.wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "asked")
    widget.locator("#chat-input").fill(order_question)
    widget.locator("#chat-submit").click()
    widget.locator(ASSISTANT, has_text=verification).first.wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "order-question")
    shown = widget.inner_text()
    assert not any(order in shown for order in DEMO_ORDERS), shown
    assert violations(page) == []


def test_a_guest_signs_in_from_the_header_and_comes_back_to_the_shop(browser, demo_server: DemoServer,  # noqa: ANN001
                                                                     artifacts: Path) -> None:
    screens = Screens(artifacts, "guest-sign-in")
    page = guest_page(browser, demo_server, "es-ES", "/shop/products/MH01")
    page.wait_for_selector("#product-name")
    page.click("header a#sign-in")
    page.wait_for_selector("form.login")
    screens.shot(page, "sign-in")
    page.fill("#login", "demo_mia_novak")
    page.fill("#password", "mia-demo-pass")
    page.click("form.login button[type=submit]")
    page.wait_for_selector("article.product")
    screens.shot(page, "signed-in")
    assert "demo_mia_novak" in page.inner_text("header") or "Mia" in page.inner_text("header")
    assert page.locator("header a#sign-in").count() == 0
    assert violations(page) == []
