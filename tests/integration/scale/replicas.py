"""Two replicas of the real app (`vitrine serve`'s `run_server`, each its own process) on one shared state:
a PostgreSQL store with the demo shop (its checkpoints in the same database), a PostgreSQL chat history,
Redis for live events and the photo queue, and one `vitrine worker photos` process redacting the replicas'
photos. Each replica has its own copy of the embedded catalog index (read-only while serving;
a deployment points them all at one Qdrant server instead).
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from evals.app_process import free_port, wait_until_serving
from tests.conftest import REPO_ROOT, _admin, postgres_admin_url, postgres_unreachable_reason, run_blocking
from tests.redis_server import redis_test_url, redis_unreachable_reason

START_TIMEOUT_S = 240


@dataclass
class Replicas:
    urls: list[str]
    proxy_port: int
    proxy_url: str
    database_url: str
    logs: list[Path]
    redis_url: str
    photo_queue_prefix: str


def _require(reason: str | None, switch: str) -> None:
    if reason:
        if os.environ.get(switch) == "1":
            pytest.fail(reason)
        pytest.skip(reason)


def _database(name: str) -> str:
    run_blocking(_admin(f'CREATE DATABASE "{name}"'))
    return make_url(postgres_admin_url()).set(database=name).render_as_string(hide_password=False)


def _prepare(env: dict[str, str], index: Path) -> None:
    from assistant.commands.demo import prepare_demo
    from assistant.settings import CatalogSettings, Settings

    settings = Settings(database_url=env["VITRINE_DATABASE_URL"], data_dir=Path(env["VITRINE_DATA_DIR"]),
                        catalog=CatalogSettings(qdrant_path=index), environment="test")
    run_blocking(prepare_demo(settings))


def _start_photo_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    command = ["worker", "photos", "--name", "replicas-test-worker"]
    with log.open("wb") as sink:
        return subprocess.Popen([sys.executable, "-c", f"import sys; sys.argv = ['vitrine', *{command!r}]; "
                                 "from assistant.cli import main; main()"], cwd=REPO_ROOT, env={**os.environ, **env},
                                stdout=sink, stderr=subprocess.STDOUT)


def _start(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    code = ("import logging; from assistant.commands.serve import run_server; "
            "from assistant.settings import load_settings; logging.basicConfig(level=logging.WARNING); "
            f"run_server(load_settings(), '127.0.0.1', {port}, log_level='warning')")
    with log.open("wb") as sink:
        return subprocess.Popen([sys.executable, "-c", code], cwd=REPO_ROOT, env={**os.environ, **env},
                                stdout=sink, stderr=subprocess.STDOUT)


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replicas]:
    _require(postgres_unreachable_reason(), "VITRINE_REQUIRE_POSTGRES")
    _require(redis_unreachable_reason(redis_test_url()), "VITRINE_REQUIRE_REDIS")
    directory = tmp_path_factory.mktemp("replicas")
    suffix = uuid.uuid4().hex[:10]
    store, history = f"vitrine_replicas_{suffix}", f"vitrine_chat_{suffix}"
    database_url = _database(store)
    history_url = _database(history)
    proxy_port = free_port()
    proxy_url = f"http://127.0.0.1:{proxy_port}"
    photo_queue_prefix = f"vitrine-replicas-{suffix}:photos:"
    shared = {
        "VITRINE_DATABASE_URL": database_url, "VITRINE_DATA_DIR": str(directory),
        "VITRINE_WEB__CHAT_HISTORY_URL": history_url, "VITRINE_WEB__BUS_URL": redis_test_url(),
        "VITRINE_INTAKE__QUEUE_URL": redis_test_url(), "VITRINE_INTAKE__QUEUE_PREFIX": photo_queue_prefix,
        "VITRINE_WEB__CHAT_TRANSPORTS": "websocket", "VITRINE_ALLOWED_ORIGINS": proxy_url,
        "VITRINE_MODEL__BACKEND": "resolver", "VITRINE_ENVIRONMENT": "test",
        "VITRINE_SECRET_KEY": secrets.token_hex(24), "VITRINE_INTAKE__REDACTION_PROCESSES": "0",
        # Routing is under test, not latency: a cold replica's first turns on a busy shared host can pass
        # the 4 s stall deadline, which would answer "try again" instead.
        "VITRINE_INTAKE__TURN_DEADLINE_S": "30",
        "LANGGRAPH_STRICT_MSGPACK": "true", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
    }
    _prepare(shared, directory / "qdrant")
    processes, urls, logs = [], [], []
    try:
        processes.append(_start_photo_worker(shared, directory / "photo-worker.log"))
        for number in range(2):
            index = directory / f"qdrant-{number}"
            shutil.copytree(directory / "qdrant", index)
            port, log = free_port(), directory / f"replica-{number}.log"
            processes.append(_start({**shared, "VITRINE_CATALOG__QDRANT_PATH": str(index)}, port, log))
            urls.append(f"http://127.0.0.1:{port}")
            logs.append(log)
        for url, process, log in zip(urls, processes[1:], logs, strict=True):
            wait_until_serving(url, process, name="a replica", timeout_s=START_TIMEOUT_S, log=log)
        yield Replicas(urls=urls, proxy_port=proxy_port, proxy_url=proxy_url, database_url=database_url,
                       logs=logs, redis_url=redis_test_url(), photo_queue_prefix=photo_queue_prefix)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        for name in (store, history):
            run_blocking(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
