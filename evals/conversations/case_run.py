"""One trial of one case: a fresh store copy, the scripted (or simulated) customer, then every check."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.checkpoints import open_checkpointer
from assistant.context import Deps
from assistant.conversation import ConversationService, TurnResult
from assistant.intake.evidence import EvidenceStore
from assistant.intake.redaction import Redactor
from assistant.models.backend import ModelBackend
from assistant.models.ledger import open_ledger
from assistant.settings import ModelSettings
from assistant.web.chat.awaiting_agent import awaiting_agent_line
from evals.conversations.checks import reply_problems, store_problems, turn_reply_problems
from evals.conversations.photos import render_photo
from evals.conversations.results import TrialResult, TurnRecord
from evals.conversations.shop import ShopTemplate
from evals.conversations.suite import Case, PhotoFixture, Turn
from evals.conversations.trajectory import forbidden_performed, match_actions
from evals.tau_replay.tasks import ReplayTask
from tools.registry import tool_call_recorder
from tools.store.engine import create_engine, create_session_factory

# A turn on a busy CI machine can take seconds; the service's 4 s production deadline would hold it.
EVAL_TURN_DEADLINE_S = 120.0
# A step that reads a photo complaint asks the model up to three decisions (target, triage, remedy) in a row.
MODEL_CALLS_PER_STEP = 3

SendTurn = Callable[[Turn], Awaitable[str]]


class SimulationInvalid(Exception):
    """The simulated customer broke the simulation; the case is invalid, not a Vitrine failure."""


@dataclass
class CaseDeps:
    template: ShopTemplate
    backend: ModelBackend
    redactor: Redactor
    work_dir: Path
    tasks: dict[str, ReplayTask]
    play_goal: Callable[[Case, SendTurn, dict[str, ReplayTask]], Awaitable[None]] | None = None
    judge: Callable[[str, str], Awaitable[bool]] | None = None
    turn_deadline_s: float = EVAL_TURN_DEADLINE_S


def eval_turn_deadline_s(model: ModelSettings) -> float:
    """How long an eval turn may go without progress before it is held: never less than the model's own budgets
    allow one step (its decisions, retries included, then a reply checked whole), so a slow model is measured by
    its answers and fallbacks, not cut off by the harness (Qwen2.5 1.5B on a loaded CPU took over 120 s for one
    decision and six of eight photo-orders cases were held)."""
    step = MODEL_CALLS_PER_STEP * model.call_budget_s * (model.max_retries + 1) + model.reply_budget_s
    return max(EVAL_TURN_DEADLINE_S, step)


def _card(card: dict[str, Any]) -> str:
    return "[card " + " | ".join(str(card[k]) for k in ("title", "name", "colour", "price") if card.get(k)) + "]"


def _text(result: TurnResult, *, chat_line: bool = False) -> str:
    """What the customer sees: message texts, product cards (name, colour, price) and notices; `chat_line`: with
    the chat's line under a customer's turn while an agent holds the conversation (web/chat/awaiting_agent.py)."""
    lines = [line for m in result.messages for line in [m.get("text", ""), *map(_card, m.get("cards") or [])]]
    held = awaiting_agent_line(result, result.language) if chat_line else None
    return "\n".join([*lines, *([held] if held else []), *result.notices])


async def _converse(case: Case, service: ConversationService, deps: CaseDeps, conversation_id: str,
                    turns: list[TurnRecord], state: dict[str, Any]) -> None:
    async def send(turn: Turn) -> str:
        if turn.desk is not None:
            return await _desk_turn(service, conversation_id, turn, turns)
        photo = render_photo(turn.photo, seed=case.id) if turn.photo else None
        started = time.perf_counter()
        account = open_ledger()  # this turn's model calls, tokens and fallbacks (the graph's tasks share it)
        result = await service.send(conversation_id, turn.text, photo_bytes=photo,
                                    session_customer_id=case.user.customer)
        reply = _text(result, chat_line=True)
        turns.append(TurnRecord(user=turn.text, photo=_photo_name(turn.photo), reply=reply,
                                latency_ms=(time.perf_counter() - started) * 1000, model=account))
        state["waiting_for_agent"] = result.waiting_for_agent
        return reply

    if case.user.goal and deps.play_goal is not None:
        await deps.play_goal(case, send, deps.tasks)
    for turn in case.user.turns:
        await send(turn)


def _photo_name(photo: PhotoFixture | None) -> str | None:
    """The photo as the transcript names it: its catalog source, the drawn kind and seed, or the bytes no image."""
    if photo is None:
        return None
    if photo.not_image:
        return f"not-image:{photo.not_image}"
    return photo.source or f"drawn:{photo.drawn}:{photo.seed}"


async def _desk_turn(service: ConversationService, conversation_id: str, turn: Turn,
                     turns: list[TurnRecord]) -> str:
    """An agent replies from the desk and/or hands the conversation back; what the customer sees is recorded."""
    assert turn.desk is not None  # noqa: S101
    started = time.perf_counter()
    said = ""
    if turn.desk.reply:
        said = _text(await service.agent_reply(conversation_id, "eval-agent", turn.desk.reply, agent_name="Ana"))
    answered = ""
    if turn.desk.hand_back:
        answered = _text(await service.hand_back(conversation_id, "eval-agent"))
    # What the agent says is shown in the user column; what the assistant says once handed back (the hand-back
    # line and its answer to what was picked up) is its reply, so reply facts are checked on it (desk19).
    user = f"[desk] {said}" if said else "[desk]"
    if turn.desk.hand_back:
        user += " (hands back)"
    turns.append(TurnRecord(user=user, reply=answered, latency_ms=(time.perf_counter() - started) * 1000))
    return "\n".join(t for t in (said, answered) if t)


def _turn_problems(case: Case, turns: list[TurnRecord]) -> list[str]:
    """Each scripted turn's own reply checks, on that turn's reply (a played goal has none)."""
    if case.user.goal:
        return []
    return [problem for number, (turn, record) in enumerate(zip(case.user.turns, turns, strict=False), start=1)
            if turn.reply is not None for problem in turn_reply_problems(number, turn.reply, record.reply)]


async def _check(case: Case, deps: CaseDeps, sessions: Any, conversation_id: str, transcript: str,
                 waiting: bool, performed: list[dict[str, Any]]) -> list[str]:
    expect = case.expect
    problems = []
    if expect.actions is not None and (mismatch := match_actions(expect.actions, performed)):
        problems.append(mismatch)
    problems += forbidden_performed(expect.forbidden, performed)
    tau_task = expect.store.tau_task
    changed = deps.tasks[tau_task].changed if tau_task else None
    if tau_task:  # the task's required outputs (e.g. a total) must reach the customer
        problems += [f"required output {o!r} never said" for o in deps.tasks[tau_task].outputs
                     if o.lower() not in transcript.lower()]
    async with sessions() as session:
        problems += await store_problems(session, expect.store, conversation_id, changed)
    return problems + reply_problems(expect.reply, transcript, waiting)


async def _judge(case: Case, deps: CaseDeps, transcript: str) -> str:
    if not case.expect.rubric:
        return "none"
    if deps.judge is None:
        return "skipped"
    return "passed" if await deps.judge(case.expect.rubric, transcript) else "failed"


def _tokens(turns: list[TurnRecord], field: str) -> int | None:
    """Tokens the model layer counted over the trial; None when no model was called (the resolver)."""
    ledgers = [t.model for t in turns if t.model is not None and t.model.model_calls]
    return sum(getattr(ledger, field) for ledger in ledgers) if ledgers else None


async def run_trial(case: Case, trial: int, deps: CaseDeps) -> TrialResult:
    if case.user.goal and deps.play_goal is None:
        return TrialResult(case=f"{case.suite}/{case.id}", suite=case.suite, tags=case.tags, trial=trial,
                           passed=False, skipped=True, problems=["skipped: the simulated user needs a model "
                                                                 "endpoint (VITRINE_MODEL__VLLM_BASE_URL)"])
    started = time.perf_counter()
    directory = deps.work_dir / f"{case.suite}--{case.id}--{trial}"
    directory.mkdir(parents=True, exist_ok=True)
    calls: list[dict[str, Any]] = []
    tool_call_recorder.set(calls)  # this task's context only: parallel cases record separately
    engine = create_engine(deps.template.copy_to(directory))
    conversation_id = f"eval-{case.id}-{trial}"
    turns: list[TurnRecord] = []
    state: dict[str, Any] = {"waiting_for_agent": False}
    problems: list[str] = []
    invalid = False
    try:
        sessions = create_session_factory(engine)
        async with open_checkpointer(f"sqlite:///{directory / 'checkpoints.db'}") as saver:
            service = ConversationService(
                Deps(sessions=sessions, backend=deps.backend, secret_key=b"eval-secret", catalog=deps.template.index,
                     guest_rule=case.user.guest_rule),
                saver, EvidenceStore(directory / "evidence", deps.redactor), turn_deadline_s=deps.turn_deadline_s)
            try:
                await _converse(case, service, deps, conversation_id, turns, state)
            finally:
                await service.wind_down()
        transcript = "\n".join(t.reply for t in turns)
        performed = [c for c in calls if c["ok"]]
        problems = await _check(case, deps, sessions, conversation_id, transcript, state["waiting_for_agent"],
                                performed) + _turn_problems(case, turns)
        judged = await _judge(case, deps, transcript)
        if judged == "failed":
            problems.append("the LLM judge failed the rubric")
    except SimulationInvalid as error:  # the simulator broke, not Vitrine: left out of every rate
        invalid = True
        problems.append(f"invalid: {error}")
        judged = "none"
    except Exception as error:  # noqa: BLE001 - one broken case must not end the run; it fails with the reason
        problems.append(f"error: {type(error).__name__}: {error}")
        judged = "none"
    finally:
        await engine.dispose()
    return TrialResult(
        case=f"{case.suite}/{case.id}", suite=case.suite, tags=case.tags, trial=trial, passed=not problems,
        skipped=invalid, invalid=invalid, problems=problems, turns=turns, tool_calls=[c for c in calls if c["ok"]],
        refused_calls=[c for c in calls if not c["ok"]],
        prompt_tokens=_tokens(turns, "prompt_tokens"), completion_tokens=_tokens(turns, "completion_tokens"),
        judge=judged, seconds=round(time.perf_counter() - started, 3))
