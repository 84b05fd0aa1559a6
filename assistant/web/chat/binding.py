"""Hands the web runtime to the Chainlit callbacks.

Chainlit runs its callbacks outside FastAPI's dependency injection (socket events, its own sub-app), so the
app's lifespan binds the runtime here once per process; the callbacks read it with `current()`.
"""

from __future__ import annotations

from assistant.web.runtime import WebRuntime

_bound: list[WebRuntime] = []
_history: list[str] = []


def bind(runtime: WebRuntime, history_url: str) -> None:
    _bound[:] = [runtime]
    _history[:] = [history_url]


def unbind() -> None:
    _bound.clear()


def current_history_url() -> str:
    if not _history:
        raise RuntimeError("the chat has no history database: start it through assistant.web.app.create_app")
    return _history[0]


def current() -> WebRuntime:
    if not _bound:
        raise RuntimeError("the chat has no runtime: start it through assistant.web.app.create_app")
    return _bound[0]
