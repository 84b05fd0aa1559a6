"""Password guessing is slowed per login and client, and a success clears the count."""

from __future__ import annotations

from assistant.web.login_throttle import LoginThrottle


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


def test_one_account_guessed_from_many_clients_is_slowed_too() -> None:
    clock = Clock()
    throttle = LoginThrottle(max_failures=5, window_s=300, clock=clock, per_login=20, per_client=30)
    for attempt in range(20):  # a spread-out guess: a new client (or a forged address) every time
        throttle.failed("agent_ana", f"10.0.{attempt}.1")
    assert throttle.retry_after("agent_ana", "10.9.9.9") > 0
    assert throttle.retry_after("agent_bo", "10.9.9.9") == 0


def test_one_client_spraying_many_accounts_is_slowed_too() -> None:
    throttle = LoginThrottle(max_failures=5, window_s=300, clock=Clock(), per_login=20, per_client=30)
    for attempt in range(30):
        throttle.failed(f"customer{attempt}", "10.0.0.7")
    assert throttle.retry_after("someone_new", "10.0.0.7") > 0
    assert throttle.retry_after("someone_new", "10.0.0.8") == 0


def test_a_right_password_for_another_account_does_not_reset_the_count() -> None:
    throttle = LoginThrottle(max_failures=5, window_s=300, clock=Clock(), per_login=6, per_client=30)
    for attempt in range(6):
        throttle.failed("victim", f"10.0.{attempt}.1")
    throttle.succeeded("my_own_account", "10.0.0.1")
    throttle.succeeded("victim", "10.0.5.1")  # even the victim's own sign-in elsewhere keeps the account count
    assert throttle.retry_after("victim", "10.0.0.1") > 0
