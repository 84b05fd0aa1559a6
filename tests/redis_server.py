"""The Redis the scale-out tests share: VITRINE_TEST_REDIS_URL (default the local server on 127.0.0.1:6379).

Where none answers, those tests skip with the reason, unless VITRINE_REQUIRE_REDIS=1 (CI), where that fails.
Import the fixture into a test module: `from tests.redis_server import redis_url  # noqa: F401`.
"""

from __future__ import annotations

import os
import socket
import uuid

import pytest
from redis.connection import parse_url

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


def redis_test_url() -> str:
    return os.environ.get("VITRINE_TEST_REDIS_URL", DEFAULT_REDIS_URL)


def redis_unreachable_reason(url: str) -> str | None:
    options = parse_url(url)
    host, port = options.get("host", "127.0.0.1"), int(options.get("port", 6379))
    try:
        with socket.create_connection((host, port), timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            if not connection.recv(16).startswith(b"+PONG"):
                return f"Redis at {host}:{port} did not answer PING"
    except OSError as error:
        return f"Redis at {host}:{port} is not reachable ({error})"
    return None


@pytest.fixture
def redis_url() -> str:
    url = redis_test_url()
    reason = redis_unreachable_reason(url)
    if reason:
        if os.environ.get("VITRINE_REQUIRE_REDIS") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return url


def unique(name: str) -> str:
    """A name no other test run uses (tests share one Redis, several runs may share it at once)."""
    return f"{name}-{uuid.uuid4().hex[:10]}"
