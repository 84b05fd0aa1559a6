"""Long work in a worker thread that tells the turn it is still working (fresh25 F3).

A turn is held when nothing has come out of it for `intake.turn_deadline_s` (progress.py). A photo's comparison
with the catalog or a photo search is one long call in a worker thread: on a loaded host it can take longer than
the deadline while it is busy, not stuck, and the turn was held 5 times in 6. `in_worker` runs such a call and,
while it runs, writes a "working" event into the turn's stream every `BEAT_S`, so the deadline measures a turn
where nothing is running. The beats stop after `BUSY_AT_MOST_S`: a call that never ends is still a stall.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from langgraph.config import get_stream_writer

T = TypeVar("T")

BEAT_S = 1.0  # well under the default turn deadline (4 s)
BUSY_AT_MOST_S = 60.0  # longer than any photo step measured under load; past it the call counts as stuck

Writer = Callable[[Any], None]


def _turn_writer() -> Writer | None:
    """The running turn's stream writer; None outside a graph step (a test, a tool calling the step directly)."""
    try:
        return get_stream_writer()
    except RuntimeError:
        return None


async def in_worker(name: str, function: Callable[..., T], /, *args: Any, beat_s: float = BEAT_S,
                    at_most_s: float = BUSY_AT_MOST_S, write: Writer | None = None, **kwargs: Any) -> T:
    """`function(*args, **kwargs)` in a worker thread; a `{"type": "working", "name": name}` event every `beat_s`
    while it runs, for at most `at_most_s` (`write`: where the events go, the turn's stream by default)."""
    write = write or _turn_writer()
    work = asyncio.ensure_future(asyncio.to_thread(function, *args, **kwargs))
    if write is None:
        return await work
    loop = asyncio.get_running_loop()
    until = loop.time() + at_most_s
    try:
        while True:
            done, _ = await asyncio.wait({work}, timeout=beat_s)
            if done:
                return work.result()
            if loop.time() >= until:  # no more beats: the no-progress deadline takes over
                return await work
            write({"type": "working", "name": name})
    finally:
        work.cancel()  # the turn was cancelled (a stall, a closed chat): its result is not waited for
