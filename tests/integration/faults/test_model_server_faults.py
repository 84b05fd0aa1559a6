"""The model server timing out, failing (500), throttling (429), refusing connections or cutting its stream:
the customer still gets a real answer (from the resolver) within 5 s with a notice saying so, and the
server answers again once it is back."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from assistant.models.breaker import CircuitBreaker
from assistant.models.fallback import FallbackBackend
from assistant.models.prompts import PromptLibrary
from assistant.models.resolver.backend import ResolverBackend
from assistant.models.vllm import VllmBackend
from assistant.settings import PROJECT_ROOT, ModelSettings
from tests.conftest import Store
from tests.contract.fake_vllm import FakeVllm, RunningServer
from tests.integration.faults.conftest import MIA, OpenService, texts
from tests.integration.faults.network import closed_port

HOLD_OFF_S = 0.5


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with RunningServer(FakeVllm(timeout_sleep_s=20.0)) as running:  # a hang, not a slow answer
        yield running


def _backend(base_url: str, resolver: ResolverBackend) -> FallbackBackend:
    # Production-like retry settings (20 s timeout, 2 retries): only the call budget keeps the turn short.
    settings = ModelSettings(backend="vllm", vllm_base_url=base_url, timeout_s=20.0, max_retries=2,
                             retry_wait_s=0.05)
    prompts = PromptLibrary(PROJECT_ROOT / "prompts")
    primary = VllmBackend(settings, prompts, breaker=CircuitBreaker(failure_threshold=3, reset_after_s=0.5))
    return FallbackBackend(primary, resolver, resolver.templates.notice(), budget_s=1.5, hold_off_s=HOLD_OFF_S)


@pytest.mark.parametrize("fault", ["timeout", "500", "429", "cut", "refused"])
async def test_model_server_faults_degrade_within_5_s_and_recover(
    open_service: OpenService, shop: Store, resolver: ResolverBackend, server: RunningServer, fault: str
) -> None:
    fake = server.fake
    fake.faults[:] = [] if fault == "refused" else [fault] * 12
    base_url = f"http://127.0.0.1:{closed_port()}/v1" if fault == "refused" else server.base_url
    backend = _backend(base_url, resolver)
    notice = resolver.templates.notice()
    async with open_service(shop.sessions, backend) as service:
        started = time.perf_counter()
        degraded = await service.send("f-model", "I want to cancel order #D9000002, I ordered it by mistake",
                                      session_customer_id=MIA)
        elapsed = time.perf_counter() - started
        assert elapsed < 5.0, f"{fault}: answered after {elapsed:.1f} s"
        assert not degraded.held and "#D9000002" in texts(degraded) and "cancel" in texts(degraded).lower()
        assert notice in texts(degraded) or notice in degraded.notices

        fake.faults.clear()
        if fault == "refused":
            backend.primary = _backend(server.base_url, resolver).primary  # the server comes back up
        await asyncio.sleep(HOLD_OFF_S + 0.6)  # past the hold-off and the breaker's reset
        served_before = len(fake.requests)
        recovered = await service.send("f-model", "no, keep it", session_customer_id=MIA)
    assert len(fake.requests) > served_before  # the model server answers again
    assert notice not in texts(recovered) and notice not in recovered.notices
    await backend.aclose()
