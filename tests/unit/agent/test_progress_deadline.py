"""`with_progress_deadline`: a stream's items as they come, a timeout after a stall, and no waiting on stuck work."""

import asyncio
import time
from collections.abc import AsyncIterator

import pytest

from assistant.progress import with_progress_deadline


async def spaced(items: list[str], gap_s: float) -> AsyncIterator[str]:
    for item in items:
        await asyncio.sleep(gap_s)
        yield item


async def test_items_come_in_order_while_each_arrives_within_the_deadline() -> None:
    # Three gaps of 0.1 s: 0.3 s in all, more than the 0.2 s deadline, which counts from the last item.
    items = [item async for item in with_progress_deadline(spaced(["a", "b", "c"], 0.1), stall_s=0.2)]
    assert items == ["a", "b", "c"]


async def test_a_stall_raises_timeout_without_waiting_for_the_stuck_source() -> None:
    wound_down = asyncio.Event()

    async def stuck() -> AsyncIterator[str]:
        yield "first"
        try:
            await asyncio.sleep(60)
        finally:  # like a rollback over a dead connection: slow to finish once cancelled
            await asyncio.shield(asyncio.sleep(2))
            wound_down.set()
        yield "never"

    received: list[str] = []
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        async for item in with_progress_deadline(stuck(), stall_s=0.2):
            received.append(item)
    assert received == ["first"]
    assert time.monotonic() - started < 1.5  # the 0.2 s deadline, not the source's 2 s wind-down
    assert not wound_down.is_set()
    await asyncio.wait_for(wound_down.wait(), 5)  # it still winds down, in the background


async def test_an_error_in_the_source_reaches_the_consumer_after_the_items_before_it() -> None:
    async def failing() -> AsyncIterator[str]:
        yield "a"
        raise ConnectionError("store down")

    received: list[str] = []
    with pytest.raises(ConnectionError, match="store down"):
        async for item in with_progress_deadline(failing(), stall_s=1):
            received.append(item)
    assert received == ["a"]


async def test_a_consumer_that_stops_early_closes_the_source() -> None:
    closed = asyncio.Event()

    async def endless() -> AsyncIterator[int]:
        try:
            n = 0
            while True:
                await asyncio.sleep(0.01)
                n += 1
                yield n
        finally:
            closed.set()

    stream = with_progress_deadline(endless(), stall_s=1)
    async for n in stream:
        if n == 3:
            break
    await stream.aclose()
    assert closed.is_set()


async def test_a_stalled_source_is_handed_to_its_owner_who_can_wait_for_it_to_let_go() -> None:
    released = asyncio.Event()

    async def holding_a_connection() -> AsyncIterator[str]:
        try:
            await asyncio.sleep(60)
            yield "never"
        finally:  # the driver call returns only after a while; then the connection is given back
            await asyncio.shield(asyncio.sleep(0.5))
            released.set()

    abandoned: list[asyncio.Task[None]] = []
    with pytest.raises(TimeoutError):
        async for _ in with_progress_deadline(holding_a_connection(), stall_s=0.1, on_abandoned=abandoned.append):
            pass
    assert len(abandoned) == 1 and not abandoned[0].done()
    await asyncio.wait_for(asyncio.wait(abandoned), 5)  # what `ConversationService.wind_down` does before closing
    assert released.is_set()


async def test_no_task_is_handed_over_when_the_stream_ends_normally() -> None:
    abandoned: list[asyncio.Task[None]] = []
    items = [item async for item in with_progress_deadline(spaced(["a"], 0.01), stall_s=1,
                                                           on_abandoned=abandoned.append)]
    assert items == ["a"] and abandoned == []
