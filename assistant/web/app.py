"""The one ASGI app: REST API at `/api`, agent desk at `/desk`, storefront at `/shop`, Chainlit chat at `/chat`.

`create_app(settings)` is the entrypoint (`vitrine serve`); its lifespan opens the conversation service and the
store once per process and keeps them in `app.state.runtime` (a `WebRuntime`). Chainlit is a process-wide
singleton (its server app, config and callbacks are module globals), so build one app with the chat per process.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

from assistant.privacy.log_masking import install_pii_masking
from assistant.settings import PROJECT_ROOT, Settings, load_settings
from assistant.web.live import LiveHub
from assistant.web.runtime import WebRuntime
from tools.store.engine import create_engine, create_session_factory

CHAT_PATH = "/chat"
CHAT_MODULE = PROJECT_ROOT / "assistant" / "web" / "chat" / "app.py"


def chainlit_secret(settings: Settings) -> str:
    """Chainlit signs its own session tokens; derive its key from the app secret rather than reuse it."""
    raw = settings.secret_key.get_secret_value().encode()
    return hashlib.sha256(b"vitrine-chainlit:" + raw).hexdigest()


def _lifespan(settings: Settings, history_url: str | None
              ) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from assistant.web.chat import binding
        from assistant.web.chat.history import default_history_url, prepare_history
        from assistant.web.heap import freeze_startup_heap
        from assistant.wiring import open_assistant

        history = history_url or default_history_url(settings.data_dir)
        await prepare_history(history)
        async with open_assistant(settings) as service:
            engine = create_engine(settings.database_url)
            runtime = WebRuntime(settings=settings, service=service, sessions=create_session_factory(engine),
                                 live=LiveHub())
            app.state.runtime = runtime
            binding.bind(runtime, history)
            freeze_startup_heap()  # after everything long-lived is loaded: see assistant/web/heap.py
            try:
                yield
            finally:
                binding.unbind()
                await engine.dispose()

    return lifespan


def _chainlit_environment(settings: Settings) -> None:
    # Chainlit reads its config (`.chainlit/config.toml`) from CHAINLIT_APP_ROOT when first imported, and
    # signs its tokens with CHAINLIT_AUTH_SECRET: set both before anything imports chainlit.
    os.environ.setdefault("CHAINLIT_APP_ROOT", str(PROJECT_ROOT))
    os.environ["CHAINLIT_AUTH_SECRET"] = chainlit_secret(settings)


def _mount_chat(app: FastAPI, allowed_origins: Sequence[str]) -> None:
    from chainlit.config import config
    from chainlit.server import sio
    from chainlit.utils import mount_chainlit

    if allowed_origins:
        # In place: Chainlit's CORS middleware was given this very list when chainlit.server was imported.
        config.project.allow_origins[:] = list(allowed_origins)
    # Chainlit leaves its socket server's origin check off (an empty list); restrict it to the same origins.
    sio.eio.cors_allowed_origins = list(config.project.allow_origins)
    mount_chainlit(app=app, target=str(CHAT_MODULE), path=CHAT_PATH)


def create_app(settings: Settings | None = None, *, mount_chat: bool = True, allowed_origins: Sequence[str] = (),
               history_url: str | None = None) -> FastAPI:
    """The app serving every surface.

    `allowed_origins`: the origins browsers may call the chat from (the served address itself included);
    without it `.chainlit/config.toml` decides. `mount_chat=False` leaves Chainlit out (API/desk-only tests).
    `history_url`: the chat-history database (default: an SQLite file in the data directory).
    """
    settings = settings or load_settings()
    _chainlit_environment(settings)
    install_pii_masking()  # also when served by another ASGI server than `vitrine serve`
    app = FastAPI(title="Vitrine", version="0.1.0", lifespan=_lifespan(settings, history_url),
                  docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json",
                  description="Conversational shopping assistant: chat, storefront, agent desk and REST API.")

    from assistant.web.api import router as api_router
    from assistant.web.desk import router as desk_router
    from assistant.web.shop import router as shop_router
    from assistant.web.shop.catalog_images import router as images_router

    app.include_router(api_router, prefix="/api")
    app.include_router(desk_router, prefix="/desk")
    app.include_router(shop_router, prefix="/shop")
    app.include_router(images_router, prefix="/catalog-images")

    @app.get("/", include_in_schema=False)
    async def home() -> RedirectResponse:
        return RedirectResponse("/shop")

    if mount_chat:
        _mount_chat(app, allowed_origins)
    return app
