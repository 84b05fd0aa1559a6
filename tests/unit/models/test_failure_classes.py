"""Which client errors are outages (breaker, hold-off, notice) and which are this request's alone."""

import httpx
import openai
import pytest

from assistant.models.backend import BackendError, is_outage
from assistant.models.vllm import _as_backend_error

REQUEST = httpx.Request("POST", "http://127.0.0.1:8000/v1/chat/completions")


def _status(code: int) -> openai.APIStatusError:
    response = httpx.Response(code, request=REQUEST, json={"message": "x"})
    return openai.APIStatusError("x", response=response, body=None)


@pytest.mark.parametrize(("error", "reason", "outage"), [
    (_status(400), "rejected", False),  # e.g. "not a multimodal model", a refused schema
    (_status(404), "rejected", False),  # a model the server does not serve
    (_status(422), "rejected", False),
    (_status(408), "timeout", True),
    (_status(429), "rate_limited", True),
    (_status(500), "server_error", True),
    (_status(503), "server_error", True),
    (openai.APITimeoutError(request=REQUEST), "timeout", True),
    (openai.APIConnectionError(request=REQUEST), "connection", True),
    (httpx.ReadTimeout("slow", request=REQUEST), "timeout", True),
    (httpx.ConnectError("refused", request=REQUEST), "connection", True),
], ids=lambda value: value if isinstance(value, str | bool) else type(value).__name__)
def test_errors_are_classified(error: Exception, reason: str, outage: bool) -> None:
    classified = _as_backend_error(error)
    assert classified.reason == reason and is_outage(classified) is outage


def test_a_schema_failure_is_not_an_outage_but_an_unknown_error_is() -> None:
    assert not is_outage(BackendError("bad_output")) and is_outage(RuntimeError("bug"))
