"""Run an async stream under a no-progress deadline: items as they come, `TimeoutError` once none has come for a
while, without waiting for the stalled work to wind down.

One task and one timer per stream, not per item: the turn's events (steps, reply tokens, states) each used to
cost a task and an `asyncio.wait` of their own, and every one of those is a trip through the event loop in
which the turn waits behind every other conversation's ready work.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import Any, TypeVar

T = TypeVar("T")

_END = object()


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


async def with_progress_deadline(source: AsyncIterator[T], stall_s: float, *,
                                 on_abandoned: Callable[[asyncio.Task[None]], None] | None = None,
                                 ) -> AsyncGenerator[T, None]:
    """The items of `source`; raises `TimeoutError` when `stall_s` pass without one.

    `source` runs in a task of its own. On a stall that task is cancelled and left to wind down in the
    background: a call stuck in a driver thread (SQLite's busy wait, a socket read), or an `__aexit__` that
    rolls back over a dead connection, can take far longer to cancel than to time out. `on_abandoned` is
    given that task, so that its owner can wait for it before closing what it uses (connections, files).
    When the consumer stops early, the source is cancelled and closed before this returns."""
    loop = asyncio.get_running_loop()
    items: asyncio.Queue[Any] = asyncio.Queue()
    last_progress = loop.time()
    timer: asyncio.TimerHandle | None = None

    async def pump() -> None:
        nonlocal last_progress
        try:
            async for item in source:
                last_progress = loop.time()
                items.put_nowait(item)
        except Exception as error:  # noqa: BLE001 - handed to the consumer, which raises it
            items.put_nowait(_Failed(error))
        else:
            items.put_nowait(_END)

    def watch() -> None:
        nonlocal timer
        waited = loop.time() - last_progress
        if waited >= stall_s:
            items.put_nowait(_Failed(TimeoutError(f"no progress in {stall_s} s")))
        elif not task.done():
            timer = loop.call_at(last_progress + stall_s, watch)

    task = loop.create_task(pump())
    timer = loop.call_at(last_progress + stall_s, watch)
    stalled = False
    try:
        while True:
            item = await items.get()
            if item is _END:
                return
            if isinstance(item, _Failed):
                stalled = isinstance(item.error, TimeoutError) and not task.done()
                raise item.error
            yield item
    finally:
        if timer is not None:
            timer.cancel()
        if not task.done():
            task.cancel()
            if stalled:
                task.add_done_callback(lambda t: t.cancelled() or t.exception())  # winds down in the background
                if on_abandoned is not None:
                    on_abandoned(task)
            else:
                await asyncio.gather(task, return_exceptions=True)
