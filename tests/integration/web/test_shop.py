"""The storefront at /shop: open to guests, its sign-in, the product listing, the widget token it signs for a
customer or a guest, catalog images."""

# ruff: noqa: F811  (the fixtures come from desk_app; tests name them as parameters)
from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from assistant.web.app import chainlit_secret
from assistant.web.auth import issue_token
from tests.conftest import REPO_ROOT
from tests.integration.web.desk_app import ETHAN, SECRET, Web
from tools.accounts import set_disabled
from tools.store.tables import Product, Variant


@pytest.fixture
async def shop(web: Web, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[httpx.AsyncClient]:
    monkeypatch.setenv("CHAINLIT_APP_ROOT", str(REPO_ROOT))
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", chainlit_secret(web.runtime.settings))
    from assistant.web.shop import router as shop_router
    from assistant.web.shop.catalog_images import router as images_router

    async with web.store.sessions() as session, session.begin():
        # Catalog text as the importer stores it: entities decoded once (tools/catalog/magento.py).
        session.add(Product(id="MH01", name="Chaz Kangeroo Hoodie™ <b>", source="magento",
                            category_path="Men/Tops/Hoodies & Sweatshirts"))
        session.add(Variant(item_id="MH01-M-Black", product_id="MH01", sku="MH01-M-Black",
                            options={"color": "Black", "size": "M"}, price_cents=5200,
                            images=["m/h/mh01-black_main.jpg"]))
    app = FastAPI()
    app.include_router(shop_router, prefix="/shop")
    app.include_router(images_router, prefix="/catalog-images")
    app.state.runtime = web.runtime
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        yield client


async def sign_in(client: httpx.AsyncClient, login: str, password: str) -> httpx.Response:
    return await client.post("/shop/login", data={"login": login, "password": password})


def widget_token_of(page: str) -> str:
    match = re.search(r'accessToken: "([^"]+)"', page)
    assert match, "the page mounts no chat widget"
    return match.group(1)


def guest_of(page: str) -> str:
    """The guest a page's widget is signed for; fails if it is signed for anyone else."""
    from chainlit.auth import decode_jwt

    user = decode_jwt(widget_token_of(page))
    assert user.metadata == {"role": "guest", "provider": "vitrine"}, user.metadata
    assert re.fullmatch(r"guest:[0-9a-f]{32}", user.identifier), user.identifier
    return user.identifier


async def test_a_guest_sees_the_products_and_a_widget_with_no_customer(shop: httpx.AsyncClient) -> None:
    """Fresh-eyes C12: a guest got only a sign-in form. Now the catalog, the product pages and the widget are
    open, the widget signed for this browser's guest (no customer id), the same guest from page to page."""
    page = await shop.get("/shop")
    assert page.status_code == 200 and 'name="password"' not in page.text
    assert "Chaz Kangeroo Hoodie™ &lt;b&gt;" in page.text
    assert 'id="sign-in" class="sign-in" href="/shop/login"' in page.text
    guest = guest_of(page.text)
    cookies = "; ".join(page.headers.get_list("set-cookie")).lower()
    assert "vitrine_guest=" in cookies and "httponly" in cookies and "samesite=lax" in cookies
    product = await shop.get("/shop/products/MH01")
    assert product.status_code == 200 and 'id="ask-about"' in product.text
    assert guest_of(product.text) == guest
    sign_in_form = await shop.get("/shop/login")
    assert 'name="password"' in sign_in_form.text and 'href="/shop"' in sign_in_form.text
    shop.cookies.clear()  # another browser: another guest
    assert guest_of((await shop.get("/shop")).text) != guest


async def test_a_customer_sees_the_products_and_a_widget_signed_for_them(shop: httpx.AsyncClient) -> None:
    signed_in = await sign_in(shop, "ethan", "ethan-pass-1")
    assert signed_in.status_code == 303
    cookie = signed_in.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    page = await shop.get("/shop")
    assert "Chaz Kangeroo Hoodie™ &lt;b&gt;" in page.text and "$52.00" in page.text and "Black" in page.text
    assert "&amp;trade;" not in page.text and "&amp;lt;" not in page.text  # escaped once, on output
    assert 'src="/catalog-images/m/h/mh01-black_main.jpg"' in page.text
    assert "/chat/copilot/index.js" in page.text

    from chainlit.auth import decode_jwt

    user = decode_jwt(widget_token_of(page.text))
    assert user.identifier == "ethan"
    session = user.metadata.pop("session")  # the shop session it was issued from: its sign-out ends the chat
    assert user.metadata == {"role": "customer", "customer_id": ETHAN, "provider": "vitrine"}
    assert re.fullmatch(r"[0-9a-f]{32}", session)


async def test_wrong_passwords_and_agents_cannot_sign_in(shop: httpx.AsyncClient) -> None:
    wrong = await sign_in(shop, "ethan", "not-the-password")
    agent = await sign_in(shop, "agent_ana", "ana-pass-12")
    for refused in (wrong, agent):
        assert refused.status_code == 401 and "set-cookie" not in refused.headers
        assert "Unknown login or wrong password" in refused.text


async def test_forged_or_foreign_cookies_are_not_a_shop_session(shop: httpx.AsyncClient) -> None:
    forged = issue_token("another-secret", subject="ethan", role="customer", customer_id=ETHAN,
                         audience="vitrine-shop")
    api_token = issue_token(SECRET, subject="ethan", role="customer", customer_id=ETHAN)  # the API's audience
    for cookie in (forged, api_token, "not-a-token"):
        shop.cookies.set("vitrine_shop", cookie)
        page = await shop.get("/shop")
        assert "Signed in as" not in page.text
        guest_of(page.text)  # a guest's widget, never ethan's


async def test_a_guest_cookie_names_only_a_guest_the_shop_made(shop: httpx.AsyncClient) -> None:
    """The guest id cannot be chosen: a cookie signed elsewhere, of another audience, or naming an account, is
    replaced by a new guest."""
    import jwt

    from assistant.web.auth import signing_key

    def guest_cookie(secret: str, subject: str, audience: str = "vitrine-shop-guest") -> str:
        return jwt.encode({"iss": "vitrine", "aud": audience, "sub": subject, "iat": 1, "exp": 9999999999},
                          signing_key(secret), algorithm="HS256")

    chosen = "guest:" + "0" * 32
    for cookie in (guest_cookie("another-secret", chosen), guest_cookie(SECRET, chosen, "vitrine-shop"),
                   guest_cookie(SECRET, "ethan"), issue_token(SECRET, subject="ethan", role="customer",
                                                             customer_id=ETHAN, audience="vitrine-shop-guest")):
        shop.cookies.set("vitrine_guest", cookie, path="/shop")
        assert guest_of((await shop.get("/shop")).text) not in (chosen, "ethan")


async def test_a_disabled_account_loses_its_shop_session(shop: httpx.AsyncClient, web: Web) -> None:
    await sign_in(shop, "ethan", "ethan-pass-1")
    async with web.store.sessions() as session, session.begin():
        await set_disabled(session, "ethan", True)
    page = await shop.get("/shop")
    assert "can no longer sign in" in page.text and "mountChainlitWidget" not in page.text


async def test_signing_out_ends_the_session(shop: httpx.AsyncClient) -> None:
    await sign_in(shop, "ethan", "ethan-pass-1")
    await shop.post("/shop/logout")
    guest_of((await shop.get("/shop")).text)  # browsing on as a guest, the widget no longer ethan's


@pytest.mark.parametrize("path", ["m/h/mh01-black_main.jpg"])
async def test_catalog_images_are_served(shop: httpx.AsyncClient, path: str) -> None:
    image = await shop.get(f"/catalog-images/{path}")
    assert image.status_code == 200 and image.headers["content-type"] == "image/jpeg"
    assert image.content[:3] == b"\xff\xd8\xff"


@pytest.mark.parametrize("path", [
    "..%2FCatalogSampleData__categories.csv",  # a file of the catalog pack that is not an image
    "..%2F..%2F..%2Fpyproject.toml", "%2Fetc%2Fpasswd", "m/h/no-such-photo.jpg", "..%2F..%2F..%2F.env",
])
async def test_nothing_outside_the_catalog_images_is_served(shop: httpx.AsyncClient, path: str) -> None:
    assert (await shop.get(f"/catalog-images/{path}")).status_code == 404


def test_image_lookup_stays_inside_its_roots_even_through_links(tmp_path) -> None:  # noqa: ANN001
    from assistant.web.shop.catalog_images import find_image

    root = tmp_path / "images"
    (root / "m").mkdir(parents=True)
    (root / "m" / "inside.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "outside.jpg").write_bytes(b"\xff\xd8\xff")
    (root / "m" / "link.jpg").symlink_to(tmp_path / "outside.jpg")
    roots = [root.resolve()]
    assert find_image(roots, "m/inside.jpg") == (root / "m" / "inside.jpg").resolve()
    for escaping in ("../outside.jpg", "m/../../outside.jpg", "m/link.jpg", str(tmp_path / "outside.jpg")):
        assert find_image(roots, escaping) is None


async def test_storefront_sign_in_is_throttled(shop: httpx.AsyncClient) -> None:
    for _ in range(5):
        assert (await sign_in(shop, "ethan", "not-the-password")).status_code == 401
    blocked = await sign_in(shop, "ethan", "ethan-pass-1")  # even the right password waits now
    assert blocked.status_code == 429 and "Try again in" in blocked.text and "set-cookie" not in blocked.headers


async def test_signing_out_of_the_shop_ends_that_session_and_its_widget(shop: httpx.AsyncClient, web: Web) -> None:
    await sign_in(shop, "ethan", "ethan-pass-1")
    page = await shop.get("/shop")
    kept = shop.cookies.get("vitrine_shop")
    widget = widget_token_of(page.text)
    from assistant.web.chat.sessions import chat_session_live

    secret = chainlit_secret(web.runtime.settings)
    assert await chat_session_live(web.runtime, widget, secret)
    await shop.post("/shop/logout")
    assert not await chat_session_live(web.runtime, widget, secret)
    shop.cookies.set("vitrine_shop", kept, path="/shop")  # a copy of the cookie taken before sign-out
    again = await shop.get("/shop")
    assert "signed out" in again.text and 'accessToken: "' not in again.text


async def _more_products(web: Web, count: int) -> None:
    async with web.store.sessions() as session, session.begin():
        for number in range(count):
            product_id = f"WT{number:02d}"
            session.add(Product(id=product_id, name=f"Test Tee {number:02d}", source="magento",
                                category_path="Women/Tops/Tees"))
            session.add(Variant(item_id=f"{product_id}-S-Red", product_id=product_id, sku=f"{product_id}-S-Red",
                                options={"color": "Red", "size": "S"}, price_cents=2000 + number,
                                images=[f"w/t/{product_id.lower()}-red_main.jpg"], available=number % 2 == 0))
        session.add(Product(id="TAU1", name="A tau-retail product", source="tau-retail", category_path="Tees"))


def _listed(page: str) -> list[str]:
    return re.findall(r'data-product-id="([^"]+)"', page)


async def test_the_listing_pages_through_every_shop_product_and_filters_by_category(
        shop: httpx.AsyncClient, web: Web) -> None:
    await _more_products(web, 30)
    await sign_in(shop, "ethan", "ethan-pass-1")
    first, second = (await shop.get("/shop")).text, (await shop.get("/shop?page=2")).text
    assert "31 products" in first and 'rel="next"' in first and 'rel="prev"' in second
    assert len(_listed(first)) == 24 and len(_listed(second)) == 7
    assert set(_listed(first) + _listed(second)) == {"MH01", *(f"WT{n:02d}" for n in range(30))}
    women = (await shop.get("/shop", params={"category": "Women"})).text
    assert "30 products" in women and "MH01" not in _listed(women)
    hoodies = (await shop.get("/shop", params={"category": "Men/Tops/Hoodies & Sweatshirts"})).text
    assert _listed(hoodies) == ["MH01"] and 'aria-current="page">Hoodies &amp; Sweatshirts' in hoodies
    # a page before the first shows the first (surface23: never the framework's JSON error)
    page_zero = await shop.get("/shop?page=0")
    assert page_zero.status_code == 200 and _listed(page_zero.text) == _listed(first)


async def test_a_product_page_shows_its_variants_and_asks_about_it(shop: httpx.AsyncClient, web: Web) -> None:
    await _more_products(web, 2)
    await sign_in(shop, "ethan", "ethan-pass-1")
    page = await shop.get("/shop/products/WT01")
    assert page.status_code == 200
    assert 'data-item-id="WT01-S-Red"' in page.text and "$20.01" in page.text and "Out of stock" in page.text
    assert 'data-question="Tell me about the Test Tee 01 (WT01)."' in page.text
    assert '<script src="/shop/static/shop.js"' in page.text  # with its lines for a message sent while connecting
    assert (await shop.get("/shop/products/TAU1")).status_code == 404  # not a product the shop shows
    assert (await shop.get("/shop/products/NOPE")).status_code == 404
    assert (await shop.get("/shop/static/shop.js")).headers["content-type"].startswith("text/javascript")


@pytest.mark.parametrize(("accept", "lang", "ask", "question"), [
    ("fr-CA,fr;q=0.9,en;q=0.5", "fr", "Poser une question sur ce produit", "Parlez-moi du produit Test Tee 01 (WT01)."),
    ("es", "es", "Preguntar por este producto", "Hábleme del producto Test Tee 01 (WT01)."),
    ("de-DE", "de", "Frage zu diesem Produkt", "Erzählen Sie mir vom Produkt Test Tee 01 (WT01)."),
    ("ja, en;q=0.1", "en", "Ask about this product", "Tell me about the Test Tee 01 (WT01)."),
])
async def test_the_shop_speaks_the_browsers_language(shop: httpx.AsyncClient, web: Web, accept: str, lang: str,
                                                     ask: str, question: str) -> None:
    await _more_products(web, 2)
    await sign_in(shop, "ethan", "ethan-pass-1")
    page = await shop.get("/shop/products/WT01", headers={"Accept-Language": accept})
    assert f'<html lang="{lang}">' in page.text and ask in page.text and f'data-question="{question}"' in page.text
    assert page.headers["vary"] == "Accept-Language"


@pytest.mark.parametrize(("accept", "sign_in_word", "category", "price", "colour"), [
    ("fr-FR,fr;q=0.9", "Se connecter", "Homme", "52,00", "noir"),
    ("es-ES", "Iniciar sesión", "Hombre", "52,00", "negro"),
    ("de", "Anmelden", "Herren", "52,00", "Schwarz"),
])
async def test_the_shop_words_prices_categories_and_colours_follow_the_browser(
        shop: httpx.AsyncClient, accept: str, sign_in_word: str, category: str, price: str, colour: str) -> None:
    headers = {"Accept-Language": accept}
    login = (await shop.get("/shop/login", headers=headers)).text
    assert sign_in_word in login and ">Sign in<" not in login and "Password" not in login
    wrong = await shop.post("/shop/login", data={"login": "ethan", "password": "nope"}, headers=headers)
    assert wrong.status_code == 401 and "wrong password" not in wrong.text
    await sign_in(shop, "ethan", "ethan-pass-1")
    listing = (await shop.get("/shop", headers=headers)).text
    assert f">{category}</a>" in listing and ">Men</a>" not in listing
    assert price in listing and "$52.00" not in listing
    product = (await shop.get("/shop/products/MH01", headers=headers)).text
    assert f"<h3>{colour}</h3>" in product and "<h3>Black</h3>" not in product


@pytest.mark.parametrize(("accept", "none"), [("fr-FR", "0 produit<"), ("es", "0 productos<"), ("de", "0 Produkte<"),
                                              ("en", "0 products<")])
async def test_a_search_finding_nothing_counts_zero_products_in_the_language(shop: httpx.AsyncClient, accept: str,
                                                                          none: str) -> None:
    """Fresh-eyes Low list: French read "0 produits" (French counts zero in the singular)."""
    await sign_in(shop, "ethan", "ethan-pass-1")
    listing = (await shop.get("/shop", params={"q": "zzyzx quokka"}, headers={"Accept-Language": accept})).text
    assert none in listing, listing[listing.find('id="product-count"'):][:120]
