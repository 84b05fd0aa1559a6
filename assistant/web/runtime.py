"""What every web request can reach: settings, the conversation service, the store and the live hub.

Built once by the app's lifespan (`assistant.web.app.create_app`) and kept in `app.state.runtime`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.requests import HTTPConnection

from assistant.conversation import ConversationService
from assistant.settings import Settings, WebSettings
from assistant.web.chat.threads import ChatThreads
from assistant.web.live import LiveBus
from assistant.web.login_throttle import LoginThrottle
from assistant.web.turn_rate import TurnRate, in_memory_turn_rate


@dataclass
class WebRuntime:
    """The web app's explicit dependencies, one per process."""

    settings: Settings
    service: ConversationService
    sessions: async_sessionmaker[AsyncSession]
    live: LiveBus
    login_throttle: LoginThrottle = field(default_factory=LoginThrottle)
    turn_rate: TurnRate = field(default_factory=lambda: in_memory_turn_rate(WebSettings()))
    chat_threads: ChatThreads | None = None  # the chat history's threads, where the app has the chat


async def get_runtime(request: HTTPConnection) -> WebRuntime:
    """FastAPI dependency: the runtime the app's lifespan built (async: FastAPI runs a plain function
    dependency in a worker thread, a hop on every request for an attribute read)."""
    runtime: Any = getattr(request.app.state, "runtime", None)
    if not isinstance(runtime, WebRuntime):
        raise RuntimeError("the web runtime is not ready (is the app's lifespan running?)")
    return runtime
