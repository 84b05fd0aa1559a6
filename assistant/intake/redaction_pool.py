"""Photo checks and redaction in worker processes at a lower CPU priority than the conversations.

Redaction is CPU-bound (a face and a text detector, ~0.5 s a photo on one core) and part of it holds
Python's GIL. Run in the server's own process, it competes with every conversation's turn for the GIL and
the cores. In worker processes niced below the server, the OS gives a waiting text turn the CPU first and
photos queue instead: a photo turn waits longer under load, other turns do not.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor

from assistant.intake.redaction import RedactionReport, Redactor
from assistant.intake.validation import clean_photo

_redactor: Redactor | None = None  # one per worker process, loaded once by `_start_worker`


def _start_worker(niceness: int) -> None:
    global _redactor
    if niceness:
        os.nice(niceness)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True, name="parent-watch").start()
    _redactor = Redactor()
    _redactor.warm_up()


def _exit_with_parent(parent: int, every_s: float = 2.0) -> None:
    """A server killed without its shutdown (SIGKILL, OOM) leaves its workers blocked on their queue for good:
    once the parent is gone (the worker is re-parented), the worker goes too."""
    while os.getppid() == parent:
        time.sleep(every_s)
    os._exit(0)


def clean_and_redact(redactor: Redactor, data: bytes, max_bytes: int) -> tuple[bytes, RedactionReport]:
    """Validate, re-encode from pixels and redact: the evidence copy, or `PhotoRefused` with the reason."""
    return redactor.redact(clean_photo(data, max_bytes=max_bytes).jpeg)


def _clean_and_redact_in_worker(data: bytes, max_bytes: int) -> tuple[bytes, RedactionReport]:
    if _redactor is None:
        raise RuntimeError("this runs in a worker process started by RedactionPool")
    return clean_and_redact(_redactor, data, max_bytes)


class RedactionPool:
    """`processes` worker processes (started on first use, spawned, not forked: the server runs threads and
    an event loop that a fork would copy mid-flight), each `niceness` below the server."""

    def __init__(self, processes: int = 1, *, niceness: int = 10) -> None:
        if processes < 1:
            raise ValueError("a redaction pool needs at least one process")
        self.processes = processes
        self.niceness = niceness
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.processes, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker, initargs=(self.niceness,))
        return self._executor

    def start(self) -> None:
        """Spawn the workers now, in the background, so the first photo does not wait for them to load."""
        pool = self._pool()
        for _ in range(self.processes):
            pool.submit(os.getpid)

    async def clean_and_redact(self, data: bytes, *, max_bytes: int) -> tuple[bytes, RedactionReport]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool(), _clean_and_redact_in_worker, data, max_bytes)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
