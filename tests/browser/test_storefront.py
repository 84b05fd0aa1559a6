"""The storefront as a customer uses it (issue 20): every product page by page, categories, search, product
pages with all photos and variants, "Ask about this product" in the chat widget, and a phone-width screen."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from tests.browser.conftest import DemoServer
from tests.browser.test_content_security_policy import violations, watched
from tests.browser.test_shop_and_desk import TURN_TIMEOUT_MS, Screens
from tests.conftest import REPO_ROOT
from tools.catalog.magento import read_magento_catalog

pytestmark = pytest.mark.browser
CATALOG = {p.id: p for p in read_magento_catalog(REPO_ROOT / "data" / "demo-catalog")}
PHONE = {"width": 390, "height": 844}
NO_OVERFLOW = "() => document.documentElement.scrollWidth <= window.innerWidth"


def signed_in(browser, server: DemoServer, viewport: dict[str, int] | None = None):  # noqa: ANN001, ANN201
    page = watched(browser.new_context(viewport=viewport or {"width": 1280, "height": 900}).new_page())
    page.goto(f"{server.url}/shop/login")
    page.fill("#login", "demo_leo_martin")
    page.fill("#password", "leo-demo-pass")
    page.click("form.login button[type=submit]")
    page.wait_for_selector("article.product")
    return page


def listed_ids(page) -> list[str]:  # noqa: ANN001
    return page.eval_on_selector_all("article.product", "nodes => nodes.map(n => n.dataset.productId)")


def test_every_catalog_product_is_listed_page_by_page(browser, demo_server: DemoServer, artifacts: Path) -> None:  # noqa: ANN001
    screens = Screens(artifacts, "shop-pages")
    page = signed_in(browser, demo_server)
    assert page.inner_text("#product-count").startswith(f"{len(CATALOG)} products")
    seen: list[str] = []
    while True:
        seen += listed_ids(page)
        screens.shot(page, f"page-{len(seen)}")
        following = page.locator("nav.pager a[rel=next]")
        if following.count() == 0:
            break
        following.click()
        page.wait_for_load_state()
    assert len(seen) == len(set(seen)) and set(seen) == set(CATALOG)
    assert violations(page) == []


def test_category_navigation_lists_that_categorys_products(browser, demo_server: DemoServer, artifacts: Path) -> None:  # noqa: ANN001
    screens = Screens(artifacts, "shop-categories")
    page = signed_in(browser, demo_server)
    by_branch: dict[str, set[str]] = defaultdict(set)
    for product in CATALOG.values():
        parts = (product.category_path or "").split("/")
        for depth in range(1, len(parts) + 1):
            by_branch["/".join(parts[:depth])].add(product.id)
    nav = page.locator("nav.categories")
    for name in ("Gear", "Bags"):
        nav.get_by_role("link", name=name, exact=True).first.click()
        page.wait_for_load_state()
    screens.shot(page, "gear-bags")
    assert page.locator("nav.categories a[aria-current=page]").inner_text() == "Bags"
    assert [text.strip() for text in page.locator("ol.crumbs li").all_inner_texts()] == ["Shop", "Gear", "Bags"]
    assert set(listed_ids(page)) == by_branch["Gear/Bags"]
    nav.get_by_role("link", name="Women", exact=True).first.click()
    page.wait_for_load_state()
    women = set()
    while True:
        women |= set(listed_ids(page))
        following = page.locator("nav.pager a[rel=next]")
        if following.count() == 0:
            break
        following.click()
        page.wait_for_load_state()
    assert women == by_branch["Women"]


def test_search_finds_products_by_their_words(browser, demo_server: DemoServer, artifacts: Path) -> None:  # noqa: ANN001
    screens = Screens(artifacts, "shop-search")
    page = signed_in(browser, demo_server)
    for words, expected in (("duffle bag", "24-WB07"), ("kangeroo hoodie", "MH01"), ("yoga strap", None)):
        page.fill("#q", words)
        page.click("form.search button[type=submit]")
        page.wait_for_load_state()
        screens.shot(page, words.replace(" ", "-"))
        found = listed_ids(page)
        assert found, words
        if expected:
            assert expected in found[:3], (words, found[:5])
        else:
            assert any("strap" in CATALOG[i].name.lower() for i in found[:3]), [CATALOG[i].name for i in found[:5]]


@pytest.mark.parametrize("product_id", ["MH01", "WJ07", "24-WB05", "24-MG04"])
def test_a_product_page_shows_every_photo_and_variant(browser, demo_server: DemoServer, artifacts: Path,  # noqa: ANN001
                                                      product_id: str) -> None:
    product = CATALOG[product_id]
    page = signed_in(browser, demo_server)
    page.goto(f"{demo_server.url}/shop/products/{product_id}")
    Screens(artifacts, f"product-{product_id}").shot(page, "page")
    assert page.inner_text("#product-name") == product.name
    photos: dict[str, list[str]] = defaultdict(list)
    for variant in product.variants:
        photos[variant.colour or ""] += [p for p in variant.images if p not in photos[variant.colour or ""]]
    shown = page.eval_on_selector_all(
        ".colour-photos", "sections => sections.map(s => [s.dataset.colour, s.querySelectorAll('img').length])")
    assert dict(shown) == {colour: len(paths) for colour, paths in photos.items()}
    page.wait_for_function("() => [...document.querySelectorAll('.colour-photos img')]"
                           ".every(img => img.complete && img.naturalWidth > 0)", timeout=15_000)
    rows = page.eval_on_selector_all("#variants tbody tr", "rows => rows.map(r => [r.dataset.itemId, "
                                     "...[...r.cells].map(c => c.innerText)])")
    expected = [[v.sku, v.colour or "—", v.options.get("size") or "—", f"${v.price_cents / 100:,.2f}",
                 "In stock" if v.available else "Out of stock"] for v in product.variants]
    assert rows == expected
    assert violations(page) == []


def test_the_shop_fits_a_phone(browser, demo_server: DemoServer, artifacts: Path) -> None:  # noqa: ANN001
    screens = Screens(artifacts, "shop-phone")
    page = signed_in(browser, demo_server, PHONE)
    screens.shot(page, "listing")
    assert page.evaluate(NO_OVERFLOW)
    page.goto(f"{demo_server.url}/shop/products/MH01")
    screens.shot(page, "product")
    assert page.evaluate(NO_OVERFLOW)
    assert page.locator("#ask-about").is_visible()


def overlaps(one: dict[str, float] | None, other: dict[str, float] | None) -> bool:
    if one is None or other is None:
        return False
    return (one["x"] < other["x"] + other["width"] and other["x"] < one["x"] + one["width"]
            and one["y"] < other["y"] + other["height"] and other["y"] < one["y"] + one["height"])


def test_on_a_phone_the_chat_takes_the_screen_and_closes_to_the_page(browser, demo_server: DemoServer,  # noqa: ANN001
                                                                     artifacts: Path) -> None:
    """Fresh-eyes Low list: on a phone the widget was a box 80% wide over the page, covering the sign-out button.
    Open, it takes the whole screen (issue 20: it stopped ~100 px short, above its button); that button, in the
    header's corner, covers none of the chat's controls, still closes it, and the page (with its sign-out) is there
    again."""
    screens = Screens(artifacts, "shop-phone-chat")
    page = signed_in(browser, demo_server, PHONE)
    page.wait_for_timeout(3000)  # Chainlit's widget may crash when opened within ~2 s of loading (issue 20)
    page.click("#chainlit-copilot-button")
    page.wait_for_selector("#chainlit-copilot >> text=I'm the Vitrine assistant")
    page.wait_for_timeout(1000)
    screens.shot(page, "open")
    box = page.locator("#chainlit-copilot #chainlit-copilot-chat").bounding_box()
    assert box is not None and box["width"] >= PHONE["width"] - 2 and box["height"] >= PHONE["height"] - 4, box
    button = page.locator("#chainlit-copilot-button").bounding_box()
    for control in ("#chat-input", "#chat-submit", "#new-chat-button", "#upload-button"):
        assert not overlaps(button, page.locator(f"#chainlit-copilot {control}").bounding_box()), control
    page.click("#chainlit-copilot-button")
    page.wait_for_timeout(800)
    screens.shot(page, "closed")
    sign_out = page.locator("header form button[type=submit]")
    assert sign_out.is_visible()
    sign_out.click(trial=True)  # nothing covers it


def test_ask_about_this_product_opens_the_chat_about_that_product(browser, demo_server: DemoServer,  # noqa: ANN001
                                                                  artifacts: Path) -> None:
    screens = Screens(artifacts, "shop-ask-about")
    product = CATALOG["24-WB07"]  # a gear product: its id is also its sku, which reads like an order's item
    page = signed_in(browser, demo_server)
    page.goto(f"{demo_server.url}/shop/products/{product.id}")
    page.wait_for_load_state("networkidle")
    # Chainlit 2.12's widget can crash (React error #310) when opened within ~2 s of the page loading: the
    # widget-crash item of issue 20, fixed separately; this test is about the product reaching the chat.
    page.wait_for_timeout(5000)
    page.click("#ask-about")
    widget = page.locator("#chainlit-copilot")
    widget.locator(f"text=That's the {product.name}").wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "asked")
    widget.locator("#chat-input").fill("what colours does it come in?")
    widget.locator("#chat-submit").click()
    widget.locator(f"text=The {product.name} comes in").wait_for(timeout=TURN_TIMEOUT_MS)
    screens.shot(page, "follow-up")
    assert violations(page) == []


@pytest.mark.parametrize(("locale", "sign_in", "men", "query", "kind", "products"), [
    ("fr-FR", "Se connecter", "Homme", "veste imperméable", "Jackets", "produits"),
    ("es-ES", "Iniciar sesión", "Hombre", "sudadera", "Hoodies", "productos"),
    ("de-DE", "Anmelden", "Herren", "Jacke", "Jackets", "Produkte"),
])
def test_a_shopper_in_another_language_gets_its_words_prices_and_search(  # noqa: PLR0913
        browser, demo_server: DemoServer, artifacts: Path, locale: str, sign_in: str, men: str,  # noqa: ANN001
        query: str, kind: str, products: str) -> None:
    screens = Screens(artifacts, f"shop-{locale}")
    page = watched(browser.new_context(locale=locale, viewport={"width": 1280, "height": 900}).new_page())
    page.goto(f"{demo_server.url}/shop")
    page.click("header a#sign-in")  # the storefront is open to guests; sign-in is in the header
    page.wait_for_selector("form.login")
    screens.shot(page, "sign-in")
    assert page.inner_text("form.login button[type=submit]") == sign_in
    page.fill("#login", "demo_leo_martin")
    page.fill("#password", "leo-demo-pass")
    page.click("form.login button[type=submit]")
    page.wait_for_selector("article.product")
    screens.shot(page, "listing")
    assert men in page.inner_text("nav.categories")
    prices = page.eval_on_selector_all("article.product .price", "nodes => nodes.map(n => n.innerText)")
    assert prices and all("," in price and "$" in price and price.strip()[0] != "$" for price in prices), prices
    page.fill("#q", query)
    page.click("form.search button[type=submit]")
    page.wait_for_load_state()
    screens.shot(page, "search")
    found = listed_ids(page)
    assert found and all(kind in (CATALOG[i].category_path or "") for i in found), [CATALOG[i].name for i in found]
    assert page.inner_text("#product-count") in (f"{len(found)} {products}", f"1 {products[:-1]}")
    assert violations(page) == []


@pytest.mark.parametrize(("accept", "words", "back"), [("en-GB", "This shop has no category", "Back to the shop"),
                                                       ("de-DE", "In diesem Shop gibt es keine Kategorie", None)])
def test_addresses_typed_wrong_get_a_page_in_the_visitors_language(  # noqa: PLR0913
        browser, demo_server: DemoServer, artifacts: Path, accept: str, words: str, back: str | None) -> None:  # noqa: ANN001
    """fresh22 F17: /shop?page=abc and ?page=-3 gave the framework's JSON (422); ?category=zzz a listing titled
    "zzz" with nothing in it."""
    screens = Screens(artifacts, f"shop-bad-addresses-{accept}")
    page = watched(browser.new_context(locale=accept, extra_http_headers={"Accept-Language": accept}).new_page())
    for typed in ("abc", "-3", "99999999"):
        response = page.goto(f"{demo_server.url}/shop?page={typed}")
        assert response is not None and response.status == 200, typed
        assert page.locator("article.product").count() > 0 and "int_parsing" not in page.content()
    assert page.locator('nav.pager [aria-current="page"]').inner_text() == str(-(-len(CATALOG) // 24))
    screens.shot(page, "past-the-last-page")
    response = page.goto(f"{demo_server.url}/shop?category=zzz")
    assert response is not None and response.status == 404
    assert words in page.inner_text("#problem") and "zzz" in page.inner_text("#problem")
    screens.shot(page, "unknown-category")
    if back:
        assert page.inner_text("#back-to-shop") == back
    page.click("#back-to-shop")
    page.wait_for_selector("article.product")
    assert violations(page) == []
