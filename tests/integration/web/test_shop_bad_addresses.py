"""fresh22 F17: storefront and desk addresses typed wrong get a page in the visitor's language, never the
framework's JSON: a page that is no number is the first page, past the last is the last; an unknown category is
said to be unknown, with the way back; a search or id the rules refuse gets a page saying so."""

# ruff: noqa: F811  (the fixtures come from desk_app and test_shop; tests name them as parameters)
from __future__ import annotations

import httpx
import pytest
from markupsafe import escape

from assistant.web.shop.query_params import page_number
from tests.integration.web.desk_app import Web
from tests.integration.web.test_shop import shop  # noqa: F401
from tools.store.tables import Product, Variant


def _no_framework_json(response: httpx.Response) -> None:
    assert response.headers["content-type"].startswith("text/html"), response.headers["content-type"]
    assert '"detail"' not in response.text and "int_parsing" not in response.text


@pytest.mark.parametrize(("raw", "page"), [("abc", 1), ("-3", 1), ("0", 1), ("", 1), (None, 1), ("2", 2),
                                           (" 3 ", 3), ("+4", 4), ("٣", 1), ("1e3", 1), ("9" * 40, 10 ** 9)])
def test_a_page_number_as_typed(raw: str | None, page: int) -> None:
    assert page_number(raw) == page


@pytest.mark.parametrize("page", ["abc", "-3", "0", "1.5", "99999999999999999999999", "%00"])
async def test_a_page_that_is_no_page_number_is_a_listing_page(shop: httpx.AsyncClient, page: str) -> None:
    response = await shop.get(f"/shop?page={page}")
    assert response.status_code == 200
    _no_framework_json(response)
    assert "Chaz Kangeroo Hoodie" in response.text


async def test_a_page_past_the_last_is_the_last(shop: httpx.AsyncClient, web: Web) -> None:
    async with web.store.sessions() as session, session.begin():
        for number in range(30):
            session.add(Product(id=f"P{number:02}", name=f"Product {number:02}", source="magento",
                                category_path="Gear/Bags"))
            session.add(Variant(item_id=f"P{number:02}-1", product_id=f"P{number:02}", sku=f"P{number:02}-1",
                                options={}, price_cents=1000, images=[]))
    last = await shop.get("/shop?page=40")
    assert last.status_code == 200 and '<span aria-current="page">2</span>' in last.text
    assert "Product 29" in last.text
    in_category = await shop.get("/shop?category=Gear/Bags&page=-1")
    assert in_category.status_code == 200 and '<span aria-current="page">1</span>' in in_category.text


@pytest.mark.parametrize(("accept", "words"), [("en", "This shop has no category “zzz”."),
                                               ("fr-FR", "Cette boutique n'a pas de catégorie « zzz »."),
                                               ("es", "Esta tienda no tiene ninguna categoría «zzz»."),
                                               ("de-DE,de;q=0.9", "In diesem Shop gibt es keine Kategorie „zzz“.")])
async def test_an_unknown_category_is_said_to_be_unknown_with_the_way_back(shop: httpx.AsyncClient, accept: str,
                                                                          words: str) -> None:
    for address in ("/shop?category=zzz", "/shop?category=zzz&q=hoodie", "/shop?category=Men/Nothing"):
        response = await shop.get(address, headers={"Accept-Language": accept})
        assert response.status_code == 404, address
        _no_framework_json(response)
        assert str(escape(words.replace("zzz", address.split("=")[1].split("&")[0]))) in response.text
        assert 'id="back-to-shop" href="/shop"' in response.text
    known = await shop.get("/shop?category=Men/Tops", headers={"Accept-Language": accept})
    assert known.status_code == 200 and "Chaz Kangeroo Hoodie" in known.text


async def test_an_unknown_category_name_is_escaped(shop: httpx.AsyncClient) -> None:
    response = await shop.get("/shop", params={"category": "<script>alert(1)</script>"})
    assert response.status_code == 404 and "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;" in response.text


@pytest.mark.parametrize("address", ["/shop?q=" + "a" * 201, "/shop?q=a%00b", "/shop?category=Men%00",
                                     "/shop?category=" + "M" * 301])
async def test_a_search_the_rules_refuse_gets_a_page_saying_so(shop: httpx.AsyncClient, address: str) -> None:
    response = await shop.get(address, headers={"Accept-Language": "fr"})
    assert response.status_code == 400
    _no_framework_json(response)
    assert "Cette adresse de page est illisible" in response.text and 'href="/shop"' in response.text
    assert "a" * 201 not in response.text  # the refused input is not echoed back


async def test_a_product_id_that_cannot_be_one_is_no_such_product(shop: httpx.AsyncClient) -> None:
    response = await shop.get("/shop/products/-bad!id", headers={"Accept-Language": "es"})
    assert response.status_code == 404
    _no_framework_json(response)
    assert "Volver a la tienda" in response.text or 'href="/shop"' in response.text


async def test_a_sign_in_the_rules_refuse_is_a_wrong_login(shop: httpx.AsyncClient) -> None:
    response = await shop.post("/shop/login", data={"login": "x" * 65, "password": "p"})
    assert response.status_code == 401
    _no_framework_json(response)
    assert 'name="password"' in response.text


@pytest.mark.parametrize("address", ["/desk/?show=zzz", "/desk/?priority=zzz&category=zzz", "/desk/?older_than_min=abc",
                                     "/desk/tickets/abc", "/desk/suggestions?page=abc",
                                     "/desk/suggestions?page=-3&min_confidence=abc&attribute=Zz!",
                                     "/desk/suggestions?min_confidence=7", "/desk/suggestions/9523456873?count=abc",
                                     "/desk/suggestions/bad%20sku!?done=many"])
async def test_desk_addresses_typed_wrong_get_a_desk_page(web: Web, address: str) -> None:
    signed_in = await web.client.post("/desk/login", data={"login": "agent_ana", "password": "ana-pass-12"})
    assert signed_in.status_code == 303
    response = await web.client.get(address)
    assert response.status_code in (200, 404, 422), response.status_code
    _no_framework_json(response)
    assert 'href="/desk/' in response.text
