"""A socket event Chainlit cannot handle shows a fixed line in the customer's language, never the exception's text
(attacker pass F6: `client_message {"message": null}` showed "'NoneType' object is not subscriptable")."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.conftest import REPO_ROOT, run_blocking

CRAFTED = [
    {"message": None, "fileReferences": None},
    {"message": {"id": "not-a-uuid", "threadId": "x", "type": "user_message", "output": None}},
    {"message": {"id": 12, "output": ["a list"], "createdAt": {"no": "date"}}},
    {},
]


@pytest.fixture
def chainlit_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHAINLIT_APP_ROOT", str(REPO_ROOT))
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", "test-chainlit-secret-0123456789abcdef")


def _shown(payload: dict[str, Any], browser_language: str) -> list[str]:
    import chainlit.socket
    from chainlit.session import WebsocketSession

    emitted: list[tuple[str, Any]] = []

    async def emit(event: str, data: Any) -> None:
        emitted.append((event, data))

    async def emit_call(*_: Any) -> None:
        return None

    session = WebsocketSession(id=str(uuid.uuid4()), socket_id=str(uuid.uuid4()), emit=emit, emit_call=emit_call,
                               client_type="webapp", user_env={}, user=None, token=None, chat_profile=None,
                               thread_id=str(uuid.uuid4()),
                               environ={"HTTP_ACCEPT_LANGUAGE": browser_language})
    try:
        run_blocking(chainlit.socket.process_message(session, payload))  # type: ignore[arg-type]
    finally:
        run_blocking(session.delete())
    return [str(data.get("output")) for event, data in emitted if event == "new_message" and isinstance(data, dict)]


@pytest.mark.parametrize("payload", CRAFTED)
def test_a_crafted_message_is_answered_with_a_fixed_line_not_the_exception(chainlit_env: None,
                                                                           payload: dict[str, Any]) -> None:
    from assistant.chat_lines import chat_word
    from assistant.web.chat import error_line

    error_line.install()
    for language in ("en", "fr", "es", "de"):
        shown = _shown(payload, language)
        assert shown == [chat_word("not_handled", language)], (payload, language, shown)
        assert not any(word in line for line in shown for word in ("NoneType", "UUID", "subscriptable", "Error"))
