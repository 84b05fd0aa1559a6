"""Schema-driven fuzzing of the whole REST API: no request, valid or not, gets a server error.

Schemathesis generates requests from the app's own OpenAPI document, both valid ones and ones that break
it (negative mode), for every operation, each sent with a customer's or an agent's token. The app is the real
one (`create_app(mount_chat=False)`) on the test store and conversation service, reached in-process through
httpx's ASGI transport (and tests/conftest.py's `_no_network` refuses any other socket). Hypothesis runs
derandomized, with no example database, so a failure here fails the same way on every run. The desk, the shop
and the catalog images are not in the OpenAPI document: test_api_bad_input.py covers their bad input.
"""

# ruff: noqa: F811  (the fixtures come from desk_app; tests name them as parameters)
from __future__ import annotations

import asyncio
import logging
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import pytest
import requests
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import APIOperation, Case, GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
)
from schemathesis.errors import FailureGroup

from assistant.web.app import create_app
from tests.conftest import REPO_ROOT
from tests.integration.agent.photos import customer_photo
from tests.integration.web.desk_app import Web

EXAMPLES_PER_MODE = 25  # per operation, for each of the positive and the negative mode
BASE_URL = "http://test"
# No 5xx, and each response as documented for its status. (Not `negative_data_rejection`: a request without the
# Authorization header is sent with one here, and FastAPI ignores unknown query parameters, as HTTP APIs do.)
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
REQUEST_FIELDS = ("method", "url", "headers", "params", "cookies", "json", "data", "files")
FUZZ_SETTINGS = settings(max_examples=EXAMPLES_PER_MODE, derandomize=True, database=None, deadline=None,
                         phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
KNOWN_IDS = {"ticket_id": 1, "conversation_id": "fuzz-1", "index": 0}  # made by `_ticket_with_photo`
T = TypeVar("T")


@dataclass
class FuzzReport:
    operations: list[str] = field(default_factory=list)
    statuses: defaultdict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    failures: dict[str, str] = field(default_factory=dict)  # operation -> the first failure's report

    @property
    def requests(self) -> int:
        return sum(sum(codes.values()) for codes in self.statuses.values())


@pytest.fixture
async def real_app(web: Web, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    """The served app's routes and settings on the test runtime (its lifespan, which opens a service of its
    own, does not run under httpx's transport)."""
    monkeypatch.setenv("CHAINLIT_APP_ROOT", str(REPO_ROOT))
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", "set-by-create-app")  # restored after the test
    record_factory = logging.getLogRecordFactory()  # create_app installs PII masking process-wide
    app = create_app(web.runtime.settings, mount_chat=False)
    app.state.runtime = web.runtime
    yield app
    logging.setLogRecordFactory(record_factory)


async def _ticket_with_photo(web: Web) -> None:
    """A held conversation with a ticket and a redacted photo, so ticket operations find something to act on."""
    ethan = await web.as_("ethan")
    handed = await web.client.post("/api/conversations/fuzz-1/messages", headers=ethan,
                                   data={"text": "I want to talk to a human"})
    assert handed.json()["ticket_id"] == KNOWN_IDS["ticket_id"], handed.text
    photo = customer_photo("m/h/mh01-orange_main.jpg")
    sent = await web.client.post("/api/conversations/fuzz-1/messages", headers=ethan, data={"text": "this one"},
                                 files={"photo": ("hoodie.jpg", photo, "image/jpeg")})
    assert sent.status_code == 200, sent.text


@dataclass
class ApiFuzzer:
    """Runs Hypothesis in a thread of its own and sends each case on the test's event loop, where the store's
    connections live. `requests` serializes the case (schemathesis's own encoding, multipart included); httpx
    sends the bytes."""

    web: Web
    client: httpx.AsyncClient
    loop: asyncio.AbstractEventLoop
    report: FuzzReport = field(default_factory=FuzzReport)

    def _on_loop(self, call: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(call, self.loop).result(timeout=120)

    def tokens(self) -> list[str]:
        """Fresh tokens of a customer and an agent: the operation before (`/api/logout`) may have ended the last."""
        return [self._on_loop(self.web.token(login)) for login in ("ethan", "agent_ana")]

    def send(self, case: Case, token: str) -> httpx.Response:
        kwargs = case.as_transport_kwargs(base_url=BASE_URL, headers={"Authorization": f"Bearer {token}"})
        prepared = requests.Request(**{k: v for k, v in kwargs.items() if k in REQUEST_FIELDS}).prepare()
        return self._on_loop(self.client.request(prepared.method or "GET", prepared.url or "",
                                                 headers=dict(prepared.headers), content=prepared.body))

    def cases(self, operation: APIOperation, mode: GenerationMode) -> st.SearchStrategy[Case]:
        """Cases as generated, and as many again on the seeded ticket and conversation, where ids drawn at random
        would nearly always miss (404) and leave the handlers' work untried."""
        known = {name: value for name, value in KNOWN_IDS.items() if f"{{{name}}}" in operation.path}
        generated = operation.as_strategy(generation_mode=mode)
        return st.one_of(generated, operation.as_strategy(generation_mode=mode, path_parameters=known)) \
            if known else generated

    def fuzz(self, operation: APIOperation) -> None:
        self.report.operations.append(operation.label)
        tokens = self.tokens()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @FUZZ_SETTINGS
            @given(case=self.cases(operation, mode), token=st.sampled_from(tokens))
            def check(case: Case, token: str) -> None:
                response = self.send(case, token)
                self.report.statuses[operation.label][response.status_code] += 1
                try:
                    case.validate_response(response, checks=CHECKS)
                except FailureGroup as failure:  # its message has a curl line to replay the request
                    self.report.failures.setdefault(operation.label, str(failure))

            check()

    def fuzz_all(self, schema: schemathesis.BaseSchema) -> FuzzReport:
        for result in schema.get_all_operations():
            self.fuzz(result.ok())
        return self.report


async def test_every_api_operation_answers_any_input_without_a_server_error(web: Web, real_app: FastAPI) -> None:
    await _ticket_with_photo(web)
    schema = schemathesis.openapi.from_dict(real_app.openapi())
    # A crash is answered 500 by the app's error middleware: seen as a response, not raised into the test.
    transport = httpx.ASGITransport(app=real_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        fuzzer = ApiFuzzer(web, client, asyncio.get_running_loop())
        report = await asyncio.to_thread(fuzzer.fuzz_all, schema)
    assert not report.failures, "\n".join(f"== {op}\n{text}" for op, text in report.failures.items())
    assert len(report.operations) >= 11 and report.requests >= len(report.operations) * EXAMPLES_PER_MODE
    # Not every request stopped at the door (401, 403, 404): most operations did their work at least once.
    succeeded = [op for op, codes in report.statuses.items() if any(200 <= code < 300 for code in codes)]
    assert len(succeeded) >= len(report.operations) // 2, {op: dict(codes) for op, codes in report.statuses.items()}
