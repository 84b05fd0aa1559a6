"""Bad input at the API and the desk gets a 4xx answer, never a server error: ids and durations past what the
store or a datetime can hold, text the database cannot store, and photos that are bombs."""

# ruff: noqa: F811  (the fixtures come from desk_app; tests name them as parameters)
from __future__ import annotations

import json
import re
import struct
import zlib
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from assistant.web.shop import router as shop_router
from assistant.web.shop.catalog_images import router as images_router
from tests.integration.web.desk_app import Web

HUGE = "99999999999999999999"  # past 64 bits
OVER_INT32 = str(2**31)  # past the store's ticket ids (INTEGER)
TICKET_ACTIONS = [("reply", {"text": "hello"}), ("hand-back", {}), ("resolve", {"resolution": "done"}),
                  ("assign", {"assignee": "agent_bo"})]


def _client_error(response: httpx.Response) -> bool:
    return 400 <= response.status_code < 500


async def _desk(web: Web) -> str:
    """Sign agent_ana in to the desk (the client keeps the cookie); the CSRF token of her forms, so that a
    form reaches its action rather than stopping at the CSRF check."""
    handed = await web.client.post("/api/conversations/desk-1/messages", headers=await web.as_("ethan"),
                                   data={"text": "I want to talk to a human"})
    signed_in = await web.client.post("/desk/login", data={"login": "agent_ana", "password": "ana-pass-12"})
    assert signed_in.status_code == 303
    page = await web.client.get(f"/desk/tickets/{handed.json()['ticket_id']}")
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]


@pytest.mark.parametrize("ticket_id", [HUGE, OVER_INT32, "-" + HUGE])
async def test_ticket_ids_past_the_store_range_are_refused_on_every_api_route(web: Web, ticket_id: str) -> None:
    agent, customer = await web.as_("agent_ana"), await web.as_("ethan")
    answers = [await web.client.get(f"/api/tickets/{ticket_id}", headers=agent),
               await web.client.get(f"/api/tickets/{ticket_id}", headers=customer),
               await web.client.get(f"/api/tickets/{ticket_id}/evidence/0", headers=agent)]
    for action, body in TICKET_ACTIONS:
        answers.append(await web.client.post(f"/api/tickets/{ticket_id}/{action}", headers=agent, json=body))
    assert [a.status_code for a in answers] == [422] * len(answers), [a.text for a in answers]


async def test_versions_and_photo_numbers_past_the_store_range_are_refused(web: Web) -> None:
    agent = await web.as_("agent_ana")
    stale = await web.client.post("/api/tickets/1/resolve", headers=agent,
                                  json={"resolution": "done", "expected_version": int(HUGE)})
    photo = await web.client.get(f"/api/tickets/1/evidence/{HUGE}", headers=agent)
    assert (stale.status_code, photo.status_code) == (422, 422)


@pytest.mark.parametrize("older_than_s", ["1e12", str(10**12), HUGE, "-1"])
async def test_queue_ages_past_any_date_are_refused(web: Web, older_than_s: str) -> None:
    for login in ("agent_ana", "ethan"):
        queue = await web.client.get("/api/tickets", headers=await web.as_(login),
                                     params={"older_than_s": older_than_s})
        assert queue.status_code == 422, queue.text


async def test_a_ten_year_old_queue_filter_still_works(web: Web) -> None:
    queue = await web.client.get("/api/tickets", headers=await web.as_("agent_ana"),
                                 params={"older_than_s": 10 * 365 * 24 * 3600})
    assert queue.status_code == 200 and queue.json() == []


@pytest.mark.parametrize("ticket_id", [HUGE, OVER_INT32])
async def test_the_desk_refuses_ticket_ids_past_the_store_range(web: Web, ticket_id: str) -> None:
    csrf = await _desk(web)
    answers = [await web.client.get(f"/desk/tickets/{ticket_id}"),
               await web.client.get(f"/desk/tickets/{ticket_id}/evidence/0"),
               await web.client.get(f"/desk/tickets/1/evidence/{HUGE}")]
    for action, form in TICKET_ACTIONS:
        answers.append(await web.client.post(f"/desk/tickets/{ticket_id}/{action}",
                                             data={**form, "csrf_token": csrf}))
    answers.append(await web.client.post("/desk/tickets/1/hand-back", data={"csrf_token": csrf, "version": HUGE}))
    assert all(_client_error(a) for a in answers), [(a.request.url.path, a.status_code) for a in answers]


@pytest.mark.parametrize("older_than_min", ["1e12", str(10**12), HUGE])
async def test_the_desk_queue_refuses_ages_past_any_date(web: Web, older_than_min: str) -> None:
    await _desk(web)
    queue = await web.client.get("/desk/", params={"older_than_min": older_than_min})
    assert _client_error(queue), queue.status_code


def _png_with_text_bomb() -> bytes:
    """A 100 x 100 PNG carrying a zTXt chunk of a few KB that inflates to 8 MB."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    pixels = zlib.compress(b"".join(b"\x00" + b"\x80" * 300 for _ in range(100)))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100, 100, 8, 2, 0, 0, 0))
            + chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"\x00" * 8 * 1024 * 1024, 9))
            + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))


@pytest.mark.parametrize("text", ["", "here is the damage"])
async def test_a_png_text_bomb_gets_the_photo_refusal_not_a_server_error(web: Web, text: str) -> None:
    photo = {"photo": ("damage.png", _png_with_text_bomb(), "image/png")}
    sent = await web.client.post("/api/conversations/bomb-1/messages", headers=await web.as_("ethan"),
                                 data={"text": text}, files=photo)
    assert sent.status_code == 200, sent.text
    refusal = "This photo could not be read; it may be damaged. Please send another."
    assert refusal in sent.json()["notices"]
    if not text:
        assert [m["text"] for m in sent.json()["messages"]] == [refusal]


NUL, LONE_SURROGATE = "a\x00b", "a\ud800b"  # PostgreSQL text cannot hold U+0000; UTF-8 cannot hold a lone surrogate


@pytest.mark.parametrize("bad", [NUL, LONE_SURROGATE], ids=["nul", "lone-surrogate"])
async def test_text_the_store_cannot_hold_is_refused_by_the_api(web: Web, bad: str) -> None:
    customer, agent = await web.as_("ethan"), await web.as_("agent_ana")
    handed = await web.client.post("/api/conversations/text-1/messages", headers=customer,
                                   data={"text": "I want to talk to a human"})
    ticket = handed.json()["ticket_id"]
    as_json = {"content-type": "application/json"}  # json.dumps writes the lone surrogate as the escape \ud800
    posts = (("/api/token", {}, {"login": bad, "password": "x"}),
             (f"/api/tickets/{ticket}/reply", agent, {"text": bad}),
             (f"/api/tickets/{ticket}/resolve", agent, {"resolution": bad}),
             (f"/api/tickets/{ticket}/assign", agent, {"assignee": bad}))
    answers = [await web.client.post(path, headers={**who, **as_json}, content=json.dumps(body))
               for path, who, body in posts]
    if bad == NUL:  # only JSON can carry a lone surrogate: a form or a URL arrives as bytes
        answers += [await web.client.get("/api/tickets", headers=agent, params={"assignee": bad}),
                    await web.client.post("/api/conversations/text-1/messages", headers=customer, data={"text": bad})]
    assert [a.status_code for a in answers] == [422] * len(answers), [a.text[:200] for a in answers]


async def test_the_desk_refuses_text_the_store_cannot_hold(web: Web) -> None:
    csrf = await _desk(web)
    answers = [await web.client.post("/desk/tickets/1/reply", data={"text": NUL, "csrf_token": csrf}),
               await web.client.post("/desk/tickets/1/resolve", data={"resolution": NUL, "csrf_token": csrf}),
               await web.client.post("/desk/tickets/1/assign", data={"assignee": NUL, "csrf_token": csrf}),
               await web.client.post("/desk/login", data={"login": NUL, "password": "x"})]
    assert all(_client_error(a) for a in answers), [(a.request.url.path, a.status_code) for a in answers]


@pytest.fixture
async def storefront(web: Web) -> AsyncIterator[httpx.AsyncClient]:
    app = FastAPI()
    app.include_router(shop_router, prefix="/shop")
    app.include_router(images_router, prefix="/catalog-images")
    app.state.runtime = web.runtime
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        yield client


async def test_the_shop_sign_in_refuses_text_the_store_cannot_hold(storefront: httpx.AsyncClient) -> None:
    answers = [await storefront.post("/shop/login", data={"login": NUL, "password": "x"}),
               await storefront.post("/shop/login", data={"login": "x" * 100_000, "password": "x"})]
    assert all(_client_error(a) for a in answers), [a.status_code for a in answers]


@pytest.mark.parametrize("name", ["a" * 5000 + ".jpg", ("a" * 300 + "/") * 3 + "x.jpg", "m/h/" + "%00" * 10 + ".jpg"],
                         ids=["long-name", "long-folders", "nul"])
async def test_a_catalog_image_name_the_file_system_refuses_is_a_404(storefront: httpx.AsyncClient, name: str) -> None:
    answer = await storefront.get(f"/catalog-images/{name}")
    assert answer.status_code == 404, answer.status_code
