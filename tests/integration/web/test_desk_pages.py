"""The desk pages: agent-only sign-in, the queue, a ticket with its redacted photo, and the reply form."""

# ruff: noqa: F811  (the fixtures come from desk_app; tests name them as parameters)
from __future__ import annotations

import asyncio
import hashlib
import re

import httpx

from assistant.web.desk.session import COOKIE
from tests.integration.agent.photos import customer_photo
from tests.integration.web.desk_app import Web

REPLY = "Thanks for the photo, a replacement in black is on its way."


def _field(html: str, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)  # type: ignore[union-attr]


async def _sign_in(web: Web, login: str, password: str) -> httpx.Response:
    return await web.client.post("/desk/login", data={"login": login, "password": password})


async def _held_ticket_with_photo(web: Web, conversation_id: str) -> int:
    ethan = await web.as_("ethan")
    handed = await web.client.post(f"/api/conversations/{conversation_id}/messages", headers=ethan,
                                   data={"text": "I want to talk to a human"})
    ticket_id = handed.json()["ticket_id"]
    photo = customer_photo("m/h/mh01-orange_main.jpg")
    sent = await web.client.post(f"/api/conversations/{conversation_id}/messages", headers=ethan,
                                 data={"text": "this is the hoodie I got"},
                                 files={"photo": ("hoodie.jpg", photo, "image/jpeg")})
    assert sent.status_code == 200 and sent.json()["waiting_for_agent"], sent.text
    return ticket_id


async def test_only_enabled_agents_can_sign_in(web: Web) -> None:
    first = await web.client.get("/desk/")
    assert first.status_code == 303 and first.headers["location"] == "/desk/login"
    page = await web.client.get("/desk/login")
    assert 'name="login"' in page.text and 'name="password"' in page.text and ">Sign in</button>" in page.text

    customer = await _sign_in(web, "ethan", "ethan-pass-1")
    assert customer.status_code == 403 and "no access to the desk" in customer.text
    assert COOKIE not in customer.headers.get("set-cookie", "")
    for login, password in (("agent_ana", "wrong-password"), ("agent_off", "off-pass-12")):
        refused = await _sign_in(web, login, password)
        assert refused.status_code == 401 and "Wrong login or password" in refused.text

    signed_in = await _sign_in(web, "agent_ana", "ana-pass-12")
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/desk/"
    cookie = signed_in.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "path=/desk/" in cookie
    queue = await web.client.get("/desk/")
    assert queue.status_code == 200 and "script-src 'none'" in queue.headers["content-security-policy"]


async def test_a_customer_token_is_no_desk_session(web: Web) -> None:
    token = await web.token("ethan")
    web.client.cookies.set(COOKIE, token)
    response = await web.client.get("/desk/")
    assert response.status_code == 303 and response.headers["location"] == "/desk/login"
    bearer = await web.client.get("/desk/", headers={"Authorization": f"Bearer {token}"})
    assert bearer.status_code == 303


async def test_agent_sees_the_ticket_with_the_redacted_photo_and_replies(web: Web) -> None:
    ticket_id = await _held_ticket_with_photo(web, "desk-page-1")
    await _sign_in(web, "agent_ana", "ana-pass-12")

    queue = await web.client.get("/desk/")
    assert f'href="/desk/tickets/{ticket_id}"' in queue.text and "escalated" in queue.text

    page = await web.client.get(f"/desk/tickets/{ticket_id}")
    assert page.status_code == 200
    for hook in ('<textarea id="reply-text" name="text"', ">Send reply</button>", ">Hand back</button>",
                 ">Resolve</button>", "I want to talk to a human", "this is the hoodie I got"):
        assert hook in page.text, hook
    src = re.search(r'<img class="evidence" src="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    photo = await web.client.get(src)
    assert photo.status_code == 200 and photo.headers["content-type"] == "image/jpeg"
    stored = sorted((web.evidence.directory).glob("*.jpg"))
    assert [hashlib.sha256(photo.content).hexdigest() + ".jpg"] == [p.name for p in stored]
    assert photo.content != customer_photo("m/h/mh01-orange_main.jpg")  # the re-encoded, redacted copy

    csrf, version = _field(page.text, "csrf_token"), _field(page.text, "version")
    forged = await web.client.post(f"/desk/tickets/{ticket_id}/reply",
                                   data={"text": "from another site", "csrf_token": "0" * 64, "version": version})
    assert forged.status_code == 403

    async with web.runtime.live.subscribe("desk-page-1") as live:
        sent = await web.client.post(f"/desk/tickets/{ticket_id}/reply",
                                     data={"text": REPLY, "csrf_token": csrf, "version": version})
        event = await asyncio.wait_for(live.get(), timeout=5)
    assert sent.status_code == 303
    assert [m["text"] for m in event["messages"]] == [REPLY]
    after = await web.client.get(sent.headers["location"])
    assert "Reply sent to the customer." in after.text and REPLY in after.text

    stale = await web.client.post(f"/desk/tickets/{ticket_id}/reply",
                                  data={"text": "a second, stale reply", "csrf_token": csrf, "version": version})
    assert stale.status_code == 409 and "Someone else changed this ticket" in stale.text
    history = (await web.client.get("/api/conversations/desk-page-1", headers=await web.as_("ethan"))).json()
    assert [t["text"] for t in history["transcript"] if t["role"] == "agent"] == [REPLY]


async def test_hand_back_and_resolve_from_the_ticket_page(web: Web) -> None:
    ticket_id = await _held_ticket_with_photo(web, "desk-page-2")
    await _sign_in(web, "agent_ana", "ana-pass-12")
    page = await web.client.get(f"/desk/tickets/{ticket_id}")
    back = await web.client.post(f"/desk/tickets/{ticket_id}/hand-back",
                                 data={"csrf_token": _field(page.text, "csrf_token"),
                                       "version": _field(page.text, "version")})
    assert back.status_code == 303
    page = await web.client.get(back.headers["location"])
    # The assistant holds the chat again: no hand-back, but the agent can still write into it.
    assert "handed back to the assistant" in page.text and ">Hand back</button>" not in page.text
    assert ">Send reply</button>" in page.text
    done = await web.client.post(f"/desk/tickets/{ticket_id}/resolve",
                                 data={"csrf_token": _field(page.text, "csrf_token"),
                                       "version": _field(page.text, "version"), "resolution": "replaced"})
    page = await web.client.get(done.headers["location"])
    assert 'id="ticket-status">resolved' in page.text
    assert f'href="/desk/tickets/{ticket_id}"' not in (await web.client.get("/desk/")).text


async def test_missing_tickets_and_photos_are_404(web: Web) -> None:
    ticket_id = await _held_ticket_with_photo(web, "desk-page-3")
    await _sign_in(web, "agent_ana", "ana-pass-12")
    missing = await web.client.get("/desk/tickets/999999")
    assert missing.status_code == 404 and "No such ticket" in missing.text
    assert (await web.client.get(f"/desk/tickets/{ticket_id}/evidence/0")).status_code == 200
    assert (await web.client.get(f"/desk/tickets/{ticket_id}/evidence/1")).status_code == 404
    api = await web.client.get(f"/api/tickets/{ticket_id}/evidence/7", headers=await web.as_("agent_ana"))
    assert api.status_code == 404


async def test_a_refused_desk_form_shows_the_ticket_page_with_a_clear_message_and_keeps_the_draft(web: Web) -> None:
    """Attacker pass F8: a 5,000-character reply (or any form the desk's rules refuse) answered with raw JSON that
    echoed the input. Now: the ticket page, a sentence saying what to change, the agent's draft still in the box,
    and nothing sent."""
    ticket_id = await _held_ticket_with_photo(web, "desk-page-3")
    await _sign_in(web, "agent_ana", "ana-pass-12")
    page = await web.client.get(f"/desk/tickets/{ticket_id}")
    csrf, version = _field(page.text, "csrf_token"), _field(page.text, "version")
    draft = "Dear customer, " + "a long explanation of the replacement. " * 130  # over 4,000 characters
    async with web.runtime.live.subscribe("desk-page-3") as live:
        refused = await web.client.post(f"/desk/tickets/{ticket_id}/reply",
                                        data={"text": draft, "csrf_token": csrf, "version": version})
        assert live.empty()  # nothing reached the customer
    assert refused.status_code == 422 and refused.headers["content-type"].startswith("text/html")
    assert not refused.text.lstrip().startswith("{") and "string_too_long" not in refused.text
    assert 'role="alert"' in refused.text and "4000" in refused.text.replace(",", "")
    assert draft.strip() in refused.text  # the draft is back in the reply box, to shorten
    assert 'id="ticket-number"' in refused.text

    for data, words in (({"text": "", "csrf_token": csrf, "version": version}, "empty"),
                        ({"text": "hello\x00there", "csrf_token": csrf, "version": version}, "character"),
                        ({"text": "hello", "csrf_token": csrf, "version": "not-a-number"}, "reload"),
                        ({"text": "hello", "version": version}, "reload")):
        answer = await web.client.post(f"/desk/tickets/{ticket_id}/reply", data=data)
        assert answer.status_code == 422, (data, answer.text[:200])
        assert "text/html" in answer.headers["content-type"] and words in answer.text.lower(), (data, words)
        assert "\x00" not in answer.text and '"detail"' not in answer.text
    bad_assignee = await web.client.post(f"/desk/tickets/{ticket_id}/assign",
                                         data={"assignee": "x" * 65, "csrf_token": csrf, "version": version})
    assert bad_assignee.status_code == 422 and "agent" in bad_assignee.text.lower()
    assert "x" * 65 not in bad_assignee.text

    bad_filter = await web.client.get("/desk/", params={"show": "<script>", "older_than_min": "-5"})
    assert bad_filter.status_code == 422 and "text/html" in bad_filter.headers["content-type"]
    assert "<script>" not in bad_filter.text and 'role="alert"' in bad_filter.text

    signed_out = httpx.AsyncClient(transport=web.client._transport, base_url="http://test")  # noqa: SLF001
    async with signed_out:
        anonymous = await signed_out.post(f"/desk/tickets/{ticket_id}/reply", data={"text": draft})
    assert anonymous.status_code == 303 and "/desk/login" in anonymous.headers["location"]
