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
from evals.conversations.case_run import SendTurn, SimulationInvalid
from evals.conversations.suite import Case, Turn
from evals.tau_replay.tasks import ReplayTask

PROMPT = Path(__file__).resolve().parents[2] / "prompts" / "simulated_user.v1.md"
STOP = "###STOP###"
OPENING = "Hi! How can I help you today?"  # what the customer "sees" first, as in tau-bench
# A weak model playing the customer slips into the assistant's role: it offers help, apologises for the
# shop, labels itself, or repeats the assistant. Such a conversation tests the simulator, not Vitrine.
_SERVICE_VOICE = re.compile(
    r"^\s*(assistant|agent|vitrine)\s*:|\bhow (can|may) i (help|assist) you\b|\bis there anything else i can\b"
    r"|\bi apologi[sz]e for the inconvenience\b|\bthank you for contacting\b", re.I)
_OWN_LABEL = re.compile(r"^\s*(customer|user)\s*:\s*", re.I)


def customer_message(message: str, last_reply: str) -> str:
    """The customer's message with a stray "Customer:" label removed; raises `SimulationInvalid` when the
    simulator speaks as the assistant or only echoes the assistant's last reply."""
    text = _OWN_LABEL.sub("", message, count=1).strip()
    if _SERVICE_VOICE.search(text):
        raise SimulationInvalid(f"role confusion: the simulated customer spoke as the assistant: {text[:80]!r}")
    if len(text) > 20 and text.lower() in last_reply.lower():
        raise SimulationInvalid(f"role confusion: the simulated customer repeated the assistant: {text[:80]!r}")
    return text


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
    last_reply = OPENING
    for turn in range(case.user.goal.max_turns):
        raw = await endpoint.complete(history)
        message = raw.split(STOP, 1)[0].strip()
        if not message:
            if turn == 0:  # it ended (or said nothing) before the customer said anything
                raise SimulationInvalid("the simulated customer stopped before its first message")
            return
        message = customer_message(message, last_reply)
        history.append({"role": "assistant", "content": message})
        last_reply = await send(Turn(text=message))
        history.append({"role": "user", "content": last_reply or "(no reply)"})
        if STOP in raw:  # said its last words and stopped
            return


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
