"""The scale-out example in deploy/ stays true: its services fit together and the app's environment is one
that `Settings` accepts, with every part that replicas must share pointing at a shared service."""

from __future__ import annotations

import re
import secrets

import pytest
import yaml

from assistant.settings import Settings
from tests.conftest import REPO_ROOT

DEPLOY = REPO_ROOT / "deploy"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def _resolved(value: str) -> str:
    """`${NAME:-default}` as its default, `${NAME:?message}` (a required secret) as a freshly generated one."""
    value = re.sub(r"\$\{[A-Z_]+:-([^}]*)\}", r"\1", value)
    return re.sub(r"\$\{[A-Z_]+:\?[^}]*\}", lambda _: secrets.token_urlsafe(32), value)


def test_every_dependency_and_build_context_exists(compose: dict) -> None:
    services = compose["services"]
    for name, service in services.items():
        for dependency in service.get("depends_on", []):
            assert dependency in services, f"{name} depends on a service that is not defined: {dependency}"
        if "build" in service:
            context = (DEPLOY / service["build"]["context"]).resolve()
            assert (context / service["build"]["dockerfile"]).is_file()
            assert (context / "pyproject.toml").is_file()
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if source.startswith("./"):
                assert (DEPLOY / source).is_file(), f"{name} mounts a missing file {source}"
            else:
                assert source in compose.get("volumes", {}), f"{name} uses an undeclared volume {source}"


def test_the_app_runs_as_several_replicas_on_shared_state(compose: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    services = compose["services"]
    app = services["app"]
    assert app["deploy"]["replicas"] >= 2
    for name, value in app["environment"].items():
        monkeypatch.setenv(name, _resolved(str(value)))
    monkeypatch.chdir(DEPLOY)  # no stray .env
    settings = Settings()
    settings.require_production_secrets()
    hosts = {name: re.search(r"@?([a-z0-9-]+):\d+", url).group(1) for name, url in {
        "store": settings.database_url, "history": settings.web.chat_history_url or "",
        "bus": settings.web.bus_url or "", "catalog": settings.catalog.qdrant_url or "",
        "model": settings.model.vllm_base_url or ""}.items()}
    assert hosts == {"store": "postgres", "history": "postgres", "bus": "redis", "catalog": "qdrant",
                     "model": "vllm"}
    assert all(host in services for host in hosts.values())
    assert settings.database_url.startswith("postgresql+asyncpg://")
    assert settings.web.chat_transports == ["websocket"]  # so the balancer needs no stickiness
    assert settings.intake.queue_url == settings.web.bus_url  # photos go to the workers through Redis


def test_photo_workers_run_the_worker_command_on_the_apps_queue(compose: dict) -> None:
    workers = compose["services"]["photo-worker"]
    assert workers["command"] == ["vitrine", "worker", "photos"]
    assert workers["environment"]["VITRINE_INTAKE__QUEUE_URL"] == compose["services"]["app"]["environment"][
        "VITRINE_INTAKE__QUEUE_URL"]


def test_the_balancer_spreads_over_the_app_replicas(compose: dict) -> None:
    caddyfile = (DEPLOY / "Caddyfile").read_text()
    assert re.search(r"dynamic a app 8000", caddyfile)
    assert "./Caddyfile:/etc/caddy/Caddyfile:ro" in compose["services"]["lb"]["volumes"]
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert '"--port", "8000"' in dockerfile
    assert "CREATE DATABASE vitrine_chat" in (DEPLOY / "postgres-init.sql").read_text()
