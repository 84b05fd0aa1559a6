"""An eval turn is held only after the model's own budgets for a step have run out (issue 21): with
`make eval-vllm`'s 600 s budgets a CPU model's decision took over 120 s and the harness held the turn."""

from __future__ import annotations

from assistant.settings import ModelSettings
from evals.conversations.case_run import EVAL_TURN_DEADLINE_S, MODEL_CALLS_PER_STEP, eval_turn_deadline_s


def test_shipped_budgets_keep_the_busy_machine_deadline() -> None:
    assert eval_turn_deadline_s(ModelSettings()) == EVAL_TURN_DEADLINE_S


def test_long_model_budgets_lengthen_the_deadline_past_a_steps_decisions_and_reply() -> None:
    settings = ModelSettings(backend="vllm", call_budget_s=600, reply_budget_s=600, max_retries=0)
    assert eval_turn_deadline_s(settings) >= MODEL_CALLS_PER_STEP * 600 + 600
