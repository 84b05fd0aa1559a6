"""`vitrine serve`: run the web app (chat, storefront, desk, API) with uvicorn."""

from __future__ import annotations

import os

import typer
from rich.console import Console

from assistant.settings import Settings, load_settings

console = Console()


def served_origins(host: str, port: int) -> list[str]:
    """The browser origins of the served address (and its loopback aliases), plus VITRINE_ALLOWED_ORIGINS."""
    names = {host} if host not in ("0.0.0.0", "::", "127.0.0.1", "localhost") else {"127.0.0.1", "localhost"}  # noqa: S104
    origins = [f"http://{name}:{port}" for name in sorted(names)]
    extra = os.environ.get("VITRINE_ALLOWED_ORIGINS", "")
    return origins + [origin.strip().rstrip("/") for origin in extra.split(",") if origin.strip()]


def base_url(host: str, port: int) -> str:
    return f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"  # noqa: S104


def run_server(settings: Settings, host: str, port: int, *, log_level: str = "info") -> None:
    import uvicorn

    from assistant.web.app import create_app

    app = create_app(settings, allowed_origins=served_origins(host, port))
    # X-Forwarded-* are believed from the configured proxies only (the app applies the same rule itself, see
    # assistant/web/forwarded.py); uvicorn's copy of it puts the real client in its access log. Its default
    # would believe any request from 127.0.0.1, so anything with a local hop could forge its address.
    trusted = settings.web.trusted_proxies
    # One worker: the chat's live events and Chainlit's sessions are in-process (see assistant/web/live.py).
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=bool(trusted),
                forwarded_allow_ips=list(trusted) if trusted else None)


def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on (0.0.0.0 for every interface)."),
    port: int = typer.Option(8000, help="TCP port."),
    log_level: str = typer.Option("info", help="uvicorn log level: debug, info, warning, error."),
) -> None:
    """Serve the chat (/chat), the storefront (/shop), the agent desk (/desk) and the REST API (/api)."""
    settings = load_settings()
    url = base_url(host, port)
    console.print(f"Vitrine on {url}: storefront {url}/shop · chat {url}/chat · desk {url}/desk · "
                  f"API docs {url}/api/docs")
    run_server(settings, host, port, log_level=log_level)


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    app.command("serve")(serve)
