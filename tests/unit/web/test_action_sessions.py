"""Chainlit's action route with a `sessionId` that names no open chat session is a 404 with a clear error, not a
500 with a traceback (attack10, F5); a known session's request reaches Chainlit with its body intact."""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from assistant.web.chat.action_sessions import ActionSessionCheck


async def _chainlit_action(request: Request) -> JSONResponse:
    payload: dict[str, Any] = await request.json()
    return JSONResponse({"success": True, "session": payload["sessionId"]})


def _client() -> TestClient:
    app = Starlette(routes=[Route("/chat/project/action", _chainlit_action, methods=["POST"])])
    app.add_middleware(ActionSessionCheck, chat_path="/chat", session_exists=lambda sid: sid == "open-1")
    return TestClient(app)


def test_an_unknown_session_is_a_404_with_a_clear_error() -> None:
    response = _client().post("/chat/project/action", json={"sessionId": "x", "action": {"name": "confirm"}})
    assert response.status_code == 404
    assert "not open" in response.json()["detail"]


def test_a_body_that_is_not_json_is_a_400() -> None:
    response = _client().post("/chat/project/action", content=b"{not json",
                              headers={"content-type": "application/json"})
    assert response.status_code == 400


def test_an_open_session_reaches_chainlit_with_its_body() -> None:
    response = _client().post("/chat/project/action", json={"sessionId": "open-1", "action": {"name": "confirm"}})
    assert response.status_code == 200 and response.json() == {"success": True, "session": "open-1"}


def test_the_real_lookup_knows_no_made_up_session() -> None:
    from assistant.web.chat.action_sessions import chainlit_session_exists

    assert chainlit_session_exists("x") is False
