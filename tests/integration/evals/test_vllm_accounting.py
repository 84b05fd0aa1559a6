"""Issue 21's first finding, reproduced on the fake server: a call budget too short for the model makes
every decision fall back; the run says so instead of reporting "backend vllm, 100 %"."""

from pathlib import Path

from assistant.models.resolver.backend import ResolverBackend
from assistant.settings import ModelSettings, Settings
from evals.conversations.metering import MeteredBackend
from evals.conversations.runner import run_cases
from evals.conversations.suite import load_cases
from tests.contract.conftest import SharedEmbedder
from tests.contract.fake_vllm import FakeVllm, RunningServer
from tests.integration.evals.conftest import SUITES


async def test_a_run_whose_decisions_fell_back_says_so(resolver: ResolverBackend, eval_cache: Path,
                                                       tmp_path: Path) -> None:
    from assistant.models.factory import build_backend

    case = next(c for c in load_cases(SUITES / "escalation.yaml") if c.id == "asks-for-a-human")
    with RunningServer(FakeVllm(timeout_sleep_s=0.5)) as server:
        server.fake.faults += ["timeout"] * 50  # the model is slower than the budget, as a CPU model was
        model = ModelSettings(backend="vllm", vllm_base_url=server.base_url, call_budget_s=0.2, hold_off_s=0.0,
                              max_retries=0)
        backend = MeteredBackend(build_backend(model, embedder=SharedEmbedder(resolver)))
        results = await run_cases([case], Settings(data_dir=tmp_path, environment="test", model=model),
                                  backend_name="vllm", target="t", cache=eval_cache, backend=backend, hooks={})
        await backend.aclose()
    use = results.summary.model_use
    assert use is not None and use.decisions >= 1 and use.fell_back == use.decisions
    assert use.ledger.fallbacks.get("timeout", 0) >= 1
    assert use.headline("vllm").startswith("MOSTLY FELL BACK (100% of decisions by the resolver)")
    assert results.summary.model_use_by_suite["escalation"].fallback_share == 1.0
