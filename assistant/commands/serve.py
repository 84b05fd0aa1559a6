"""`vitrine serve`: run the web app (chat, storefront, desk, API) with uvicorn."""

from __future__ import annotations

import os

import typer
from fastapi import FastAPI
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


SERVED_ADDRESS = "VITRINE_SERVED_ADDRESS"  # host:port, for the app factory of each worker process


def workers_problem(settings: Settings, workers: int) -> str | None:
    """Why `workers` processes cannot serve these settings, or None. Several workers on one port get their
    connections from the kernel, not a sticky balancer: live events must cross processes (a bus) and the
    chat's socket must not poll (each poll could land on another worker)."""
    if workers <= 1:
        return None
    if not settings.web.bus_url:
        return "several workers need a shared bus: set VITRINE_WEB__BUS_URL=redis://..."
    if settings.web.chat_transports != ["websocket"]:
        return "several workers need VITRINE_WEB__CHAT_TRANSPORTS=websocket (polling needs sticky sessions)"
    if not settings.catalog.qdrant_url:  # the embedded index is locked by the first process that opens it
        return "several workers need a Qdrant server: set VITRINE_CATALOG__QDRANT_URL=http://..."
    if settings.database_url.startswith("sqlite") or not settings.web.chat_history_url:
        return ("several workers need PostgreSQL for the store and VITRINE_WEB__CHAT_HISTORY_URL for the chat "
                "history")
    return None


def served_app() -> FastAPI:
    """uvicorn's app factory in each worker process (`--workers`): the same app as `run_server` builds."""
    from assistant.web.app import create_app

    host, _, port = os.environ[SERVED_ADDRESS].rpartition(":")
    return create_app(load_settings(), allowed_origins=served_origins(host, int(port)))


def run_server(settings: Settings, host: str, port: int, *, log_level: str = "info", workers: int = 1) -> None:
    import uvicorn

    from assistant.web.app import create_app

    # X-Forwarded-* are believed from the configured proxies only (the app applies the same rule itself, see
    # assistant/web/forwarded.py); uvicorn's copy of it puts the real client in its access log. Its default
    # would believe any request from 127.0.0.1, so anything with a local hop could forge its address.
    trusted = settings.web.trusted_proxies
    forwarded_allow_ips = list(trusted) if trusted else None
    if workers > 1:
        if problem := workers_problem(settings, workers):
            raise ValueError(problem)
        os.environ[SERVED_ADDRESS] = f"{host}:{port}"
        uvicorn.run("assistant.commands.serve:served_app", factory=True, workers=workers, host=host, port=port,
                    log_level=log_level, proxy_headers=bool(trusted), forwarded_allow_ips=forwarded_allow_ips)
        return
    app = create_app(settings, allowed_origins=served_origins(host, port))
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=bool(trusted),
                forwarded_allow_ips=forwarded_allow_ips)


def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on (0.0.0.0 for every interface)."),
    port: int = typer.Option(8000, help="TCP port."),
    log_level: str = typer.Option("info", help="uvicorn log level: debug, info, warning, error."),
    workers: int = typer.Option(1, min=1, help="Worker processes on this port; more than one needs the Redis bus, "
                                              "websocket-only chat and PostgreSQL (README, Scaling out)."),
) -> None:
    """Serve the chat (/chat), the storefront (/shop), the agent desk (/desk) and the REST API (/api)."""
    settings = load_settings()
    if problem := workers_problem(settings, workers):
        raise typer.BadParameter(problem, param_hint="--workers")
    url = base_url(host, port)
    console.print(f"Vitrine on {url}: storefront {url}/shop · chat {url}/chat · desk {url}/desk · "
                  f"API docs {url}/api/docs")
    run_server(settings, host, port, log_level=log_level, workers=workers)


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    app.command("serve")(serve)
