"""Per-customer upload quotas: how many photos and bytes one customer may send in a sliding time window.

Kept as one small ledger file per customer beside the evidence it limits, not in the database: an upload is
refused before anything else is touched, it works when the database is the thing that is down, it needs no
migration, and `flock` makes it safe for several worker processes on one host. (A deployment with several
hosts sharing a volume keeps working; one without a shared volume would need the ledger in the database.)
Ledger names are hashes of the customer id, so the directory listing reveals no one.
"""

from __future__ import annotations

import fcntl
import hashlib
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from assistant.intake.validation import PhotoRefused


class QuotaLimits(BaseModel):
    photos: int = 30
    bytes: int = 60 * 1024 * 1024
    window_s: int = 3600


class UploadQuota:
    def __init__(self, directory: Path, limits: QuotaLimits, *,
                 clock: Callable[[], float] = time.time) -> None:
        self.directory = directory
        self.limits = limits
        self._clock = clock

    def charge(self, owner: str, size: int) -> None:
        """Count one upload of `size` bytes against `owner`, or raise `PhotoRefused` when over the quota.

        Every attempt counts, refused photos included: decoding is the expensive part an abuser would repeat.
        """
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{hashlib.sha256(owner.encode()).hexdigest()[:32]}.ledger"
        now = self._clock()
        with path.open("a+") as ledger:
            fcntl.flock(ledger, fcntl.LOCK_EX)
            ledger.seek(0)
            recent = [entry for entry in _entries(ledger.read()) if entry[0] > now - self.limits.window_s]
            if len(recent) + 1 > self.limits.photos or sum(s for _, s in recent) + size > self.limits.bytes:
                minutes = max(1, round((recent[0][0] + self.limits.window_s - now) / 60)) if recent else 1
                raise PhotoRefused("quota", minutes=minutes)
            recent.append((now, size))
            ledger.seek(0)
            ledger.truncate()
            ledger.write("".join(f"{at:.3f} {s}\n" for at, s in recent))


def _entries(text: str) -> list[tuple[float, int]]:
    entries = []
    for line in text.splitlines():
        at, _, size = line.partition(" ")
        try:
            entries.append((float(at), int(size)))
        except ValueError:
            continue  # a torn line from a crash mid-write costs the customer nothing
    return entries
