"""The simulated customer over an OpenAI-compatible endpoint (a local fake server playing the LLM), the
agent on the resolver; the case passes on tau-retail's expected final records. Also the LLM judge."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from assistant.models.resolver.backend import ResolverBackend
from assistant.settings import ModelSettings, Settings
from evals.conversations.runner import model_hooks, run_cases
from evals.conversations.suite import Case
from tests.contract.fake_vllm import RunningServer


@dataclass
class ScriptedCustomer:
    """Answers chat completions with the next scripted line, recording every request it gets."""

    lines: list[str]
    requests: list[dict[str, Any]] = field(default_factory=list)

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/v1/chat/completions", self._chat, methods=["POST"])])

    async def _chat(self, request: Request) -> JSONResponse:
        body = await request.json()
        self.requests.append(body)
        text = self.lines.pop(0) if self.lines else "###STOP###"
        return JSONResponse({"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                             "choices": [{"index": 0, "finish_reason": "stop",
                                          "message": {"role": "assistant", "content": text}}],
                             "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}})


@pytest.fixture
def customer() -> Iterator[tuple[ScriptedCustomer, str]]:
    fake = ScriptedCustomer(["Olivia Ito, zip 80218", "I want to cancel order #W5442520",
                             "I don't need it anymore", "yes", "###STOP###",
                             json.dumps({"pass": True, "reason": "cancelled after a yes"})])
    with RunningServer(fake) as server:  # type: ignore[arg-type]  # duck-typed: anything with .app()
        yield fake, server.base_url


CASE = {"id": "sim-dev-000", "suite": "simulated", "user": {"goal": {"task": "dev-000"}, "guest_rule": "tau"},
        "expect": {"actions": {"mode": "strict", "scope": "writes", "calls": [
            {"name": "cancel_pending_order", "arguments": {"order_id": "#W5442520", "reason": "no longer needed"}}]},
            "store": {"tau_task": "dev-000"}, "rubric": "The order is cancelled only after the customer's yes."}}


async def test_simulated_customer_reaches_the_tau_tasks_final_state(
    customer: tuple[ScriptedCustomer, str], resolver: ResolverBackend, eval_cache: Path, tmp_path: Path
) -> None:
    fake, base_url = customer
    settings = Settings(data_dir=tmp_path, environment="test",
                        model=ModelSettings(backend="resolver", vllm_base_url=base_url, vllm_model="sim"))
    results = await run_cases([Case.model_validate(CASE)], settings, backend_name="resolver", target="sim",
                              cache=eval_cache, backend=resolver, hooks=model_hooks(settings))
    (trial,) = results.trials
    assert trial.passed, trial.problems
    assert [t.user for t in trial.turns][-1] == "yes" and "cancelled" in trial.turns[-1].reply
    assert trial.judge == "passed" and results.summary.judge["passed"] == 1
    system = fake.requests[0]["messages"][0]["content"]
    assert "Olivia Ito" in system and "80218" in system  # the task's instruction drives the customer
    # the customer sees the assistant's replies as its user turns
    assert fake.requests[1]["messages"][-1] == {"role": "user", "content": trial.turns[0].reply}


async def test_goal_cases_are_skipped_without_an_endpoint(resolver: ResolverBackend, eval_cache: Path,
                                                          tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, environment="test")
    results = await run_cases([Case.model_validate(CASE)], settings, backend_name="resolver", target="sim",
                              cache=eval_cache, backend=resolver, hooks=model_hooks(settings))
    assert results.trials[0].skipped and results.summary.skipped == 1 and results.summary.cases == 0


@pytest.mark.parametrize("lines", [
    ["###STOP###"],  # stops before saying anything
    ["", "I want to cancel"],  # says nothing first
    ["Hi! How can I help you today?"],  # plays the assistant
    ["Assistant: I apologise for the inconvenience. Could you give me your order number?"],
], ids=["stop-at-turn-0", "empty-first", "offers-help", "assistant-label"])
async def test_a_broken_simulation_is_invalid_not_a_failure(
    lines: list[str], resolver: ResolverBackend, eval_cache: Path, tmp_path: Path
) -> None:
    fake = ScriptedCustomer(list(lines))
    with RunningServer(fake) as server:  # type: ignore[arg-type]
        settings = Settings(data_dir=tmp_path, environment="test",
                            model=ModelSettings(backend="resolver", vllm_base_url=server.base_url, vllm_model="sim"))
        results = await run_cases([Case.model_validate(CASE)], settings, backend_name="resolver", target="sim",
                                  cache=eval_cache, backend=resolver, hooks=model_hooks(settings))
    (trial,) = results.trials
    assert trial.invalid and trial.skipped and trial.problems[0].startswith("invalid:")
    assert results.summary.invalid == 1 and results.summary.cases == 0  # left out of pass^k


def test_a_customer_label_is_dropped() -> None:
    from evals.conversations.simulated_user import customer_message

    assert customer_message("Customer: I need to return a lamp", "Hi!") == "I need to return a lamp"
