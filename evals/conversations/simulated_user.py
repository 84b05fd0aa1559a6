"""The simulated customer (an LLM playing a tau-retail task's instruction) and the LLM rubric judge, both
over an OpenAI-compatible chat endpoint (the configured vLLM server)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openai import AsyncOpenAI

from assistant.settings import ModelSettings
from evals.conversations.case_run import SendTurn
from evals.conversations.suite import Case, Turn
from evals.tau_replay.tasks import ReplayTask

PROMPT = Path(__file__).resolve().parents[2] / "prompts" / "simulated_user.v1.md"
STOP = "###STOP###"
OPENING = "Hi! How can I help you today?"  # what the customer "sees" first, as in tau-bench


@dataclass
class ChatEndpoint:
    client: AsyncOpenAI
    model: str

    @classmethod
    def from_settings(cls, settings: ModelSettings) -> ChatEndpoint:
        key = settings.vllm_api_key.get_secret_value() if settings.vllm_api_key else "none"
        return cls(AsyncOpenAI(base_url=settings.vllm_base_url, api_key=key, timeout=settings.timeout_s),
                   settings.vllm_model)

    async def complete(self, messages: list[dict[str, Any]], max_tokens: int = 200) -> str:
        response = await self.client.chat.completions.create(
            model=self.model, messages=messages, max_tokens=max_tokens, temperature=0.0)  # type: ignore[arg-type]
        return (response.choices[0].message.content or "").strip()


def instruction_for(case: Case, tasks: dict[str, ReplayTask]) -> str:
    goal = case.user.goal
    if goal is None:
        raise ValueError(f"case {case.id} has no goal")
    if goal.task:
        return tasks[goal.task].instruction
    return goal.instruction or ""


async def play_goal(endpoint: ChatEndpoint, case: Case, send: SendTurn, tasks: dict[str, ReplayTask]) -> None:
    """The LLM writes the customer's messages (roles flipped: the assistant's replies are its `user` turns)
    until it writes ###STOP### or the case's turn limit is reached."""
    assert case.user.goal is not None  # noqa: S101 - only called for goal cases
    system = PROMPT.read_text().replace("{instruction}", instruction_for(case, tasks))
    history: list[dict[str, Any]] = [{"role": "system", "content": system}, {"role": "user", "content": OPENING}]
    for _ in range(case.user.goal.max_turns):
        message = await endpoint.complete(history)
        if not message or STOP in message:
            return
        history.append({"role": "assistant", "content": message})
        reply = await send(Turn(text=message))
        history.append({"role": "user", "content": reply or "(no reply)"})


JUDGE = """You grade a customer-service conversation against a rubric. Answer only with JSON:
{{"pass": true or false, "reason": "one sentence"}}

Rubric: {rubric}

Assistant's messages:
{transcript}"""


async def judge_rubric(endpoint: ChatEndpoint, rubric: str, transcript: str) -> bool:
    answer = await endpoint.complete([{"role": "user", "content": JUDGE.format(rubric=rubric, transcript=transcript)}],
                                     max_tokens=120)
    match = re.search(r"\{.*\}", answer, re.DOTALL)
    try:
        return bool(json.loads(match.group(0))["pass"]) if match else False
    except (ValueError, KeyError):
        return False
