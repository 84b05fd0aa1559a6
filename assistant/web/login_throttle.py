"""Slowing password guessing on every sign-in surface: counts of wrong passwords per account, client and pair."""

from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Callable

# The lockout is per account AND client address: 5 wrong passwords lock that account from that address only. The
# account's own ceiling is far above what one guesser's few addresses reach (attack22 A22-4: at 20, five wrong
# passwords from each of four addresses locked the account for every client, its owner on a fresh address
# included), and still caps a guess spread over many addresses at 100 tries per window.
PER_PAIR = 5
PER_LOGIN = 100
PER_CLIENT = 30


def throttle_keys(login: str, client: str, *, per_pair: int, per_login: int, per_client: int
                  ) -> list[tuple[tuple[str, str], int]]:
    """The three counts a sign-in attempt adds to, each with its limit; the pair first."""
    login = login.strip().lower()
    return [(("pair", f"{login}\0{client}"), per_pair), (("login", login), per_login),
            (("client", client), per_client)]


class LoginThrottle:
    """Slows password guessing on every sign-in surface, counted three ways within `window_s`:

    - one login from one client: `per_pair` wrong passwords (the lockout a guesser meets);
    - one login from any clients (a guess spread over many addresses): `per_login`, a ceiling far above the pair's
      (PER_LOGIN), so that a guesser's few addresses lock the account from those addresses only and its owner
      signs in from their own;
    - one client at any logins (one client spraying many accounts): `per_client`.

    Past any of them that sign-in is refused until the window passes. This one counts in-process (the
    embedded default); replicas share `RedisLoginThrottle` (assistant/web/login_throttle_redis.py), which
    keeps the same counts in Redis. Both are async, so callers need not know which they hold.
    """

    def __init__(self, max_failures: int = PER_PAIR, window_s: float = 300.0,
                 clock: Callable[[], float] = time.monotonic, *, per_login: int = PER_LOGIN,
                 per_client: int = PER_CLIENT) -> None:
        self.max_failures = max_failures
        self.per_login = per_login
        self.per_client = per_client
        self.window_s = window_s
        self._clock = clock
        self._failures: defaultdict[tuple[str, str], deque[float]] = defaultdict(deque)

    def _recent(self, key: tuple[str, str]) -> deque[float]:
        failures = self._failures[key]
        while failures and self._clock() - failures[0] > self.window_s:
            failures.popleft()
        return failures

    def _keys(self, login: str, client: str) -> list[tuple[tuple[str, str], int]]:
        return throttle_keys(login, client, per_pair=self.max_failures, per_login=self.per_login,
                             per_client=self.per_client)

    async def retry_after(self, login: str, client: str) -> int:
        """Seconds until this login may be tried again from this client; 0 when it may now."""
        wait = 0
        for key, limit in self._keys(login, client):
            failures = self._recent(key)
            if len(failures) >= limit:
                wait = max(wait, int(failures[-limit] + self.window_s - self._clock()) + 1)
        return max(wait, 0)

    async def failed(self, login: str, client: str) -> None:
        for key, _limit in self._keys(login, client):
            self._recent(key).append(self._clock())

    async def succeeded(self, login: str, client: str) -> None:
        """A right password clears this pair's count (not the account's or the client's: a guesser who also
        holds one valid account must not reset their count with it)."""
        self._failures.pop(self._keys(login, client)[0][0], None)
