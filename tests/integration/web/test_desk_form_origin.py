"""The desk's forms answer only to this site's pages, even with a valid CSRF token (attack12 F4): a foreign
`Origin` or `Referer` is refused with 403 before the form is read; this site's pages, an origin the settings allow
(`web.form_origins`) and a client that sends no browser headers (the token still applies) get through."""

# ruff: noqa: F811  (the fixtures come from desk_app and served_app; tests name them as parameters)
from __future__ import annotations

import re

import httpx
import pytest
from fastapi import FastAPI
from pydantic import ValidationError

from assistant.settings import WebSettings
from assistant.web.app import create_app
from tests.integration.web.desk_app import Web, redactor, web  # noqa: F401
from tests.integration.web.served_app import CUSTOMER, _settings, client_of, served  # noqa: F401

OWN = {"Origin": "http://vitrine.test", "Sec-Fetch-Site": "same-origin"}
FOREIGN = [{"Origin": "http://evil.example"},  # attack12 F4 as sent
           {"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
           {"Origin": "http://vitrine.test:8443", "Sec-Fetch-Site": "same-site"},  # another port of the same host
           {"Origin": "null"},  # a sandboxed frame or a data: page
           {"Referer": "https://evil.example/page.html"},  # a browser that sends no Origin
           {"Sec-Fetch-Site": "cross-site"}]
HELP_DESK = "https://help.example.com"


def _field(html: str, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)  # type: ignore[union-attr]


async def _ticket(web: Web, conversation_id: str) -> int:
    ethan = await web.as_("ethan")
    handed = await web.client.post(f"/api/conversations/{conversation_id}/messages", headers=ethan,
                                   data={"text": "I want to talk to a human"})
    return int(handed.json()["ticket_id"])


async def _signed_in_agent(client: httpx.AsyncClient) -> None:
    signed_in = await client.post("/desk/login", data={"login": "agent_ana", "password": "ana-pass-12"},
                                  headers=OWN)
    assert signed_in.status_code == 303, signed_in.text


async def _reply(client: httpx.AsyncClient, ticket_id: int, headers: dict[str, str]) -> httpx.Response:
    page = await client.get(f"/desk/tickets/{ticket_id}")
    form = {"text": "a reply", "csrf_token": _field(page.text, "csrf_token"), "version": _field(page.text, "version")}
    return await client.post(f"/desk/tickets/{ticket_id}/reply", data=form, headers=headers)


@pytest.mark.parametrize("headers", FOREIGN)
async def test_a_desk_form_from_another_site_is_refused_even_with_its_token(web: Web, served: FastAPI,
                                                                            headers: dict[str, str]) -> None:
    ticket_id = await _ticket(web, "desk-origin-1")
    async with client_of(served, CUSTOMER) as client:
        await _signed_in_agent(client)
        refused = await _reply(client, ticket_id, headers)
        page = await client.get(f"/desk/tickets/{ticket_id}")
        for action in ("hand-back", "resolve", "assign"):
            other = await client.post(f"/desk/tickets/{ticket_id}/{action}", headers=headers,
                                      data={"csrf_token": _field(page.text, "csrf_token"), "assignee": "agent_ana",
                                            "version": _field(page.text, "version"), "resolution": "other"})
            assert other.status_code == 403, action
        suggestion = await client.post("/desk/suggestions/MH01/1/accept", headers=headers,
                                       data={"csrf_token": _field(page.text, "csrf_token")})
    assert refused.status_code == 403 and "this site's own pages" in refused.text
    assert suggestion.status_code == 403
    history = (await web.client.get("/api/conversations/desk-origin-1", headers=await web.as_("ethan"))).json()
    assert not [turn for turn in history["transcript"] if turn["role"] == "agent"]


@pytest.mark.parametrize("headers", [OWN, {"Referer": "http://vitrine.test/desk/tickets/1"}, {"Sec-Fetch-Site": "none"},
                                     {}])  # {}: no browser header (curl, a script): the CSRF token decides
async def test_the_desks_own_pages_and_plain_clients_still_post(web: Web, served: FastAPI,
                                                                headers: dict[str, str]) -> None:
    ticket_id = await _ticket(web, "desk-origin-2")
    async with client_of(served, CUSTOMER) as client:
        await _signed_in_agent(client)
        sent = await _reply(client, ticket_id, headers)
    assert sent.status_code == 303, sent.text


async def test_an_origin_the_settings_allow_may_post_the_desks_forms(web: Web, served: FastAPI) -> None:
    app = create_app(_settings({"form_origins": [HELP_DESK + "/"]}, data_dir=web.runtime.settings.data_dir),
                     mount_chat=False)
    app.state.runtime = web.runtime
    ticket_id = await _ticket(web, "desk-origin-3")
    async with client_of(app, CUSTOMER) as client:
        await _signed_in_agent(client)
        allowed = await _reply(client, ticket_id, {"Origin": HELP_DESK, "Sec-Fetch-Site": "cross-site"})
        foreign = await _reply(client, ticket_id, {"Origin": "https://evil.example"})
    assert allowed.status_code == 303, allowed.text
    assert foreign.status_code == 403


def test_form_origins_are_origins() -> None:
    assert WebSettings(form_origins="https://Help.Example.com/, http://localhost:8000").form_origins == [
        "https://help.example.com", "http://localhost:8000"]
    for wrong in ("help.example.com", "https://*.example.com", "https://help.example.com/desk"):
        with pytest.raises(ValidationError, match="form_origins"):
            WebSettings(form_origins=wrong)
