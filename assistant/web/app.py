"""The one ASGI app: REST API at `/api`, agent desk at `/desk`, storefront at `/shop`, Chainlit chat at `/chat`.

`create_app(settings)` is the entrypoint (`vitrine serve`); its lifespan opens the conversation service and the
store once per process and keeps them in `app.state.runtime` (a `WebRuntime`). Chainlit is a process-wide
singleton (its server app, config and callbacks are module globals), so build one app with the chat per process.
Every response passes through `_protect`'s middleware: the client and scheme come from trusted proxies only,
cookies are Secure over HTTPS, and each surface gets its security headers (assistant/web/surfaces.py).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

from assistant.privacy.log_masking import install_pii_masking
from assistant.settings import PROJECT_ROOT, Settings, WebSettings, load_settings
from assistant.web.api_docs import DOCS_PATH, mount_api_docs
from assistant.web.chat.action_sessions import ActionSessionCheck
from assistant.web.chat.photo_copies import REDACTED_COPIES, RedactedUploadFiles
from assistant.web.chat.session_gate import ChatSessionGate
from assistant.web.chat.thread_page import ThreadPageCheck
from assistant.web.favicon import FAVICON_PATH
from assistant.web.favicon import router as favicon_router
from assistant.web.forwarded import ForwardedHeaders
from assistant.web.request_client import RequestClient
from assistant.web.runtime import WebRuntime
from assistant.web.same_origin_forms import SameOriginForms
from assistant.web.secure_cookies import SecureCookies
from assistant.web.security_headers import SecurityHeaders
from assistant.web.shared_state import open_shared_state
from assistant.web.surfaces import app_surfaces, chainlit_page_scripts
from tools.store.engine import create_engine, create_session_factory

CHAT_PATH = "/chat"
DESK_PATH = "/desk"  # every form under it changes something: only this site's pages may post them
# Forms a page of another site must not post (login CSRF): the surfaces' sign-in and sign-out.
SIGN_IN_AND_OUT_FORMS = ("/shop/login", "/shop/logout", "/desk/login", "/desk/logout",
                         f"{CHAT_PATH}/login", f"{CHAT_PATH}/logout")
OPENAPI_URL = "/api/openapi.json"
CHAT_MODULE = PROJECT_ROOT / "assistant" / "web" / "chat" / "app.py"


def chainlit_secret(settings: Settings) -> str:
    """Chainlit signs its own session tokens; derive its key from the app secret rather than reuse it."""
    raw = settings.secret_key.get_secret_value().encode()
    return hashlib.sha256(b"vitrine-chainlit:" + raw).hexdigest()


def _lifespan(settings: Settings, history_url: str | None
              ) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from assistant.intake.photo_warm_up import warm_up_photo_models
        from assistant.web.chat import binding
        from assistant.web.chat.history import default_history_url, prepare_history
        from assistant.web.chat.threads import ChatThreads
        from assistant.web.chat.upload_folder import clear_upload_folder
        from assistant.web.heap import freeze_startup_heap
        from assistant.wiring import open_assistant

        history = history_url or settings.web.chat_history_url or default_history_url(settings.data_dir)
        await prepare_history(history)
        async with open_assistant(settings) as service, open_shared_state(settings.web) as shared:
            engine = create_engine(settings.database_url)
            threads = ChatThreads.open(history)
            runtime = WebRuntime(settings=settings, service=service, sessions=create_session_factory(engine),
                                 live=shared.live, login_throttle=shared.login_throttle, turn_rate=shared.turn_rate,
                                 chat_threads=threads)
            app.state.runtime = runtime
            binding.bind(runtime, history)
            freeze_startup_heap()  # after everything long-lived is loaded: see assistant/web/heap.py
            if settings.intake.warm_photo_models and service.deps.catalog is not None:
                # Loaded before the app serves: the first photo neither loads them nor competes with their loading.
                await warm_up_photo_models(service.deps.catalog, service.deps.catalog_images)
            try:
                yield
            finally:
                binding.unbind()
                await engine.dispose()
                await threads.close()
                if (uploads := getattr(app.state, "chat_uploads", None)) is not None:
                    clear_upload_folder(uploads)

    return lifespan


def _chainlit_environment(settings: Settings) -> None:
    # Chainlit reads its config (`.chainlit/config.toml`) from CHAINLIT_APP_ROOT when first imported, and
    # signs its tokens with CHAINLIT_AUTH_SECRET: set both before anything imports chainlit.
    os.environ.setdefault("CHAINLIT_APP_ROOT", str(PROJECT_ROOT))
    os.environ["CHAINLIT_AUTH_SECRET"] = chainlit_secret(settings)


def _mount_chat(app: FastAPI, settings: Settings, allowed_origins: Sequence[str]) -> tuple[str, ...]:
    """Mount Chainlit at /chat; returns the hash sources of its page's inline scripts (for its CSP)."""
    from chainlit.config import config
    from chainlit.server import app as chainlit_app
    from chainlit.server import sio
    from chainlit.utils import mount_chainlit

    from assistant.web.chat import own_assets
    from assistant.web.chat.subpath_check import replace_chainlits_subpath_check
    from assistant.web.chat.upload_folder import use_upload_folder

    app.state.chat_uploads = use_upload_folder(settings.data_dir)
    transports = settings.web.chat_transports

    if transports:  # the page tells its socket.io client which transports to use (websocket: no stickiness)
        config.project.transports = list(transports)
    if allowed_origins:
        # In place: Chainlit's CORS middleware was given this very list when chainlit.server was imported.
        config.project.allow_origins[:] = list(allowed_origins)
    # Chainlit leaves its socket server's origin check off (an empty list); restrict it to the same origins.
    sio.eio.cors_allowed_origins = list(config.project.allow_origins)
    own_assets.install()  # before the page's script hashes are read
    mount_chainlit(app=app, target=str(CHAT_MODULE), path=CHAT_PATH)
    replace_chainlits_subpath_check(chainlit_app, f"{app.root_path.rstrip('/')}{CHAT_PATH}")
    return chainlit_page_scripts()


def _protect(app: FastAPI, web: WebSettings, *, chat_scripts: Sequence[str], docs_scripts: Sequence[str]) -> None:
    # The last added runs first: the client and scheme are settled before cookies and headers depend on them.
    app.add_middleware(SameOriginForms, paths=SIGN_IN_AND_OUT_FORMS, prefixes=(f"{DESK_PATH}/",),
                       allowed_origins=web.form_origins)
    app.add_middleware(SecurityHeaders, surfaces=app_surfaces(web, chat_scripts=chat_scripts,
                                                              docs_scripts=docs_scripts, docs_path=DOCS_PATH,
                                                              chat_path=CHAT_PATH))
    app.add_middleware(SecureCookies)
    app.add_middleware(RequestClient)  # after the trusted-proxy rewrite: for Chainlit's sign-in throttle
    app.add_middleware(ForwardedHeaders, trusted=web.trusted_proxies)


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
                  docs_url=None, redoc_url=None, swagger_ui_oauth2_redirect_url=None,
                  openapi_url=OPENAPI_URL,
                  description="Conversational shopping assistant: chat, storefront, agent desk and REST API.")
    docs_scripts = mount_api_docs(app, openapi_url=OPENAPI_URL, favicon_url=FAVICON_PATH)

    from assistant.web.api import router as api_router
    from assistant.web.desk import router as desk_router
    from assistant.web.shop import router as shop_router
    from assistant.web.shop.catalog_images import router as images_router

    app.include_router(api_router, prefix="/api")
    app.include_router(desk_router, prefix=DESK_PATH)
    app.include_router(shop_router, prefix="/shop")
    app.include_router(images_router, prefix="/catalog-images")
    app.include_router(favicon_router)

    @app.get("/", include_in_schema=False)
    async def home() -> RedirectResponse:
        return RedirectResponse("/shop")

    chat_scripts = _mount_chat(app, settings, allowed_origins) if mount_chat else ()
    if mount_chat:
        secret = chainlit_secret(settings)
        app.add_middleware(ActionSessionCheck, chat_path=CHAT_PATH)  # inside the gate: a 404, never Chainlit's 500
        app.add_middleware(RedactedUploadFiles, chat_path=CHAT_PATH, copies=REDACTED_COPIES,  # inside the gate
                           secret=lambda: secret)
        app.add_middleware(ThreadPageCheck, chat_path=CHAT_PATH, secret=lambda: secret,  # inside the gate
                           runtime=lambda: getattr(app.state, "runtime", None))
        app.add_middleware(ChatSessionGate, chat_path=CHAT_PATH, secret=lambda: secret,
                           runtime=lambda: getattr(app.state, "runtime", None))
    _protect(app, settings.web, chat_scripts=chat_scripts, docs_scripts=docs_scripts)
    return app
