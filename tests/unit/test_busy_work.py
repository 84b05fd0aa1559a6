"""A long step in a worker thread reports progress while it works (fresh25 F3: photo turns held 5 times in 6 on a
loaded host, `no progress in 4.0 s`): the no-progress deadline then holds a stuck turn, not a busy one."""

from __future__ import annotations

import asyncio
import time
from typing import Any, TypedDict

import pytest
from langgraph.graph import START, StateGraph

from assistant.busy_work import in_worker
from assistant.progress import with_progress_deadline

STALL_S = 0.3
WORK_S = 1.0  # over three times the deadline


class _State(TypedDict, total=False):
    done: bool


def _slow_comparison() -> str:
    time.sleep(WORK_S)  # the photo's comparison with the catalog on a loaded host
    return "compared"


def _graph(reporting: bool) -> Any:
    async def photo_step(_state: _State) -> dict[str, Any]:
        if reporting:
            await in_worker("photo_comparison", _slow_comparison, beat_s=STALL_S / 3)
        else:
            await asyncio.to_thread(_slow_comparison)
        return {"done": True}

    return StateGraph(_State).add_node("photo_step", photo_step).add_edge(START, "photo_step").compile()


async def _turn(graph: Any) -> list[Any]:
    source = graph.astream({}, stream_mode=["custom", "updates"])
    return [chunk async for chunk in with_progress_deadline(source, STALL_S)]


async def test_a_slow_but_progressing_photo_step_is_not_held() -> None:
    events = await _turn(_graph(reporting=True))
    assert ("updates", {"photo_step": {"done": True}}) in events
    assert any(mode == "custom" and chunk == {"type": "working", "name": "photo_comparison"}
               for mode, chunk in events)


async def test_the_same_step_without_progress_is_held() -> None:
    with pytest.raises(TimeoutError):
        await _turn(_graph(reporting=False))


async def test_a_call_that_never_ends_stops_reporting_and_is_held() -> None:
    beats: list[Any] = []

    async def turn() -> Any:
        yield await in_worker("stuck", time.sleep, WORK_S, beat_s=0.05, at_most_s=0.1, write=beats.append)

    with pytest.raises(TimeoutError):
        async for _ in with_progress_deadline(turn(), STALL_S):
            pass
    assert 1 <= len(beats) <= 3  # beats until `at_most_s`, then none


async def test_outside_a_turn_it_is_a_plain_worker_call() -> None:
    assert await in_worker("photo_search", lambda x: x + 1, 1) == 2
