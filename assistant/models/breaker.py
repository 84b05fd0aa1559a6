"""A small circuit breaker for one model server: after repeated failures, stop calling it for a while.

Hand-written rather than a dependency: pybreaker's async support goes through Tornado, aiobreaker is
unmaintained, and the state machine here is twenty lines with an injectable clock for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum

from assistant.models.backend import BackendError


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    def __init__(
        self,
        *,
        failure_threshold: int = 5,
        reset_after_s: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.failure_threshold = failure_threshold
        self.reset_after_s = reset_after_s
        self._clock = clock
        self._failures = 0
        self._opened_at: float | None = None

    @property
    def state(self) -> BreakerState:
        if self._opened_at is None:
            return BreakerState.CLOSED
        if self._clock() - self._opened_at >= self.reset_after_s:
            return BreakerState.HALF_OPEN
        return BreakerState.OPEN

    def check(self) -> None:
        """Raise `BackendError("circuit_open")` while open; half-open lets one trial call through."""
        if self.state is BreakerState.OPEN:
            raise BackendError("circuit_open", f"{self._failures} failures in a row")

    def record_success(self) -> None:
        self._failures = 0
        self._opened_at = None

    def record_failure(self) -> None:
        self._failures += 1
        if self.state is BreakerState.HALF_OPEN or self._failures >= self.failure_threshold:
            self._opened_at = self._clock()
