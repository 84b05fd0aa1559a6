"""Password guessing is slowed per login and client, and a success clears the count."""

from __future__ import annotations

from assistant.web.auth import LoginThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_five_failures_block_that_login_from_that_client_for_the_window() -> None:
    clock = Clock()
    throttle = LoginThrottle(max_failures=5, window_s=300, clock=clock)
    for _ in range(5):
        assert throttle.retry_after("agent_ana", "10.0.0.1") == 0
        throttle.failed("Agent_Ana ", "10.0.0.1")
        clock.now += 10
    assert 250 <= throttle.retry_after("agent_ana", "10.0.0.1") <= 301
    assert throttle.retry_after("agent_ana", "10.0.0.2") == 0  # another client
    assert throttle.retry_after("agent_bo", "10.0.0.1") == 0  # another login
    clock.now += 260
    assert throttle.retry_after("agent_ana", "10.0.0.1") == 0  # the oldest failure left the window


def test_a_success_clears_the_failures() -> None:
    throttle = LoginThrottle(max_failures=2, window_s=300, clock=Clock())
    throttle.failed("ethan", "c")
    throttle.succeeded("ethan", "c")
    throttle.failed("ethan", "c")
    assert throttle.retry_after("ethan", "c") == 0
