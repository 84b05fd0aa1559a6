"""A chat photo (the redacted copy) is served only to the signed-in account that sent it (attacker pass F7:
`/chat/project/file/<id>?session_id=…` answered a request with no cookie at all)."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import httpx
import pytest
from starlette.responses import PlainTextResponse

from assistant.web.chat.photo_copies import RedactedCopies, RedactedUploadFiles
from tests.conftest import REPO_ROOT, run_blocking

CHAT_SECRET = "test-chainlit-secret-0123456789abcdef"


@pytest.fixture
def chainlit_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHAINLIT_APP_ROOT", str(REPO_ROOT))
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", CHAT_SECRET)


def _token(login: str) -> str:
    from chainlit.auth import create_jwt
    from chainlit.user import User

    return create_jwt(User(identifier=login, metadata={"role": "customer", "customer_id": f"{login}_1"}))


async def _fetch_all(copy: Path) -> dict[str, int]:
    copies, file_id, session_id = RedactedCopies(), str(uuid.uuid4()), str(uuid.uuid4())
    copies.expect([file_id], session_id, "mia")
    copies.resolve([file_id], session_id, copy)

    async def chainlit(scope, receive, send) -> None:  # noqa: ANN001 - Chainlit's own route, never reached here
        await PlainTextResponse("chainlit", status_code=418)(scope, receive, send)

    app = RedactedUploadFiles(chainlit, chat_path="/chat", copies=copies, secret=lambda: CHAT_SECRET)
    url = f"/chat/project/file/{file_id}?session_id={session_id}"
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://vitrine.test") as client:
        asked = {
            "no cookie": await client.get(url),
            "another account": await client.get(url, cookies={"access_token": _token("leo")}),
            "forged": await client.get(url, headers={"Authorization": "Bearer not.a.token"}),
            "owner cookie": await client.get(url, cookies={"access_token": _token("mia")}),
            "owner bearer": await client.get(url, headers={"Authorization": f"Bearer {_token('mia')}"}),
        }
    return {name: response.status_code for name, response in asked.items()}


def test_a_chat_photo_is_served_to_its_signed_in_owner_only(chainlit_env: None, tmp_path: Path) -> None:
    copy = tmp_path / "redacted.jpg"
    copy.write_bytes(b"\xff\xd8\xff\xe0 redacted jpeg")
    statuses = run_blocking(asyncio.wait_for(_fetch_all(copy), 30))
    assert statuses == {"no cookie": 404, "another account": 404, "forged": 404, "owner cookie": 200,
                        "owner bearer": 200}
