"""The evidence store: redacted photos by content hash; the only copy agents and models ever see.

Unredacted originals are kept only when configured (for disputes a human must settle), in a separate
owner-only directory, and are deleted by `purge` once past their retention period.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pydantic import BaseModel

from assistant.intake.photo_queue import PhotoQueue
from assistant.intake.quota import QuotaLimits, UploadQuota
from assistant.intake.redaction import RedactionReport, Redactor
from assistant.intake.redaction_pool import RedactionPool, clean_and_redact
from assistant.intake.regions import save_masked
from assistant.intake.validation import MAX_BYTES
from assistant.settings import Settings
from assistant.state import Photo

DAY_S = 86_400


class PurgeReport(BaseModel):
    originals_deleted: int = 0
    redacted_deleted: int = 0
    masked_lists_deleted: int = 0  # the regions masked on each redacted copy (assistant.intake.regions)
    bytes_freed: int = 0


class EvidenceStore:
    def __init__(
        self, directory: Path, redactor: Redactor, *, quota: UploadQuota | None = None,
        keep_originals: bool = False, max_bytes: int = MAX_BYTES, clock: Callable[[], float] = time.time,
        redaction_slots: int = 1, redaction_pool: RedactionPool | PhotoQueue | None = None,
    ) -> None:
        self.directory = directory
        self.redactor = redactor
        self.quota = quota
        self.keep_originals = keep_originals
        self.max_bytes = max_bytes
        self._clock = clock
        # Redaction is CPU-bound (face cascades + a text detector): running several at once on a small host
        # starves the event loop, and every conversation's latency with it. Uploads queue on their own
        # workers, not in the event loop's default pool, whose threads other calls need meanwhile.
        self._workers = ThreadPoolExecutor(max_workers=redaction_slots, thread_name_prefix="redaction")
        # With a pool, `accept_async` checks and redacts in worker processes below the server's priority.
        self.redaction_pool = redaction_pool

    @property
    def originals_directory(self) -> Path:
        return self.directory / "originals"

    def accept(self, data: bytes, *, owner: str | None = None) -> tuple[Photo, RedactionReport]:
        """Validate, re-encode, redact and store a customer photo; raises `PhotoRefused` with the reason.

        `owner` (the customer, or the conversation for a guest) is charged against the upload quota.
        """
        self._charge(data, owner)
        redacted, report = clean_and_redact(self.redactor, data, self.max_bytes)
        return self._store(data, redacted, report), report

    async def accept_async(self, data: bytes, *, owner: str | None = None) -> tuple[Photo, RedactionReport]:
        """`accept` for the event loop: on the redaction pool's processes where there is one, else on the
        store's own redaction threads."""
        if self.redaction_pool is None:
            return await asyncio.get_running_loop().run_in_executor(
                self._workers, lambda: self.accept(data, owner=owner))
        self._charge(data, owner)
        redacted, report = await self.redaction_pool.clean_and_redact(data, max_bytes=self.max_bytes)
        return self._store(data, redacted, report), report

    def _charge(self, data: bytes, owner: str | None) -> None:
        if self.quota is not None and owner is not None:
            self.quota.charge(owner, len(data))

    def _store(self, original: bytes, redacted: bytes, report: RedactionReport) -> Photo:
        digest = hashlib.sha256(redacted).hexdigest()
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{digest}.jpg"
        if not path.exists():
            path.write_bytes(redacted)
        # Beside it, what was masked: the photo comparison leaves the same regions out (like with like).
        save_masked(path, report.regions)
        if self.keep_originals:
            self._keep_original(digest, original)
        photo = Photo(uri=str(path), sha256=digest, media_type="image/jpeg")
        if report.no_item is not None:  # a note, a screen, a blank sheet: never evidence of an item
            photo["no_item"] = report.no_item.value
        return photo

    def close(self) -> None:
        self._workers.shutdown(wait=False, cancel_futures=True)
        if self.redaction_pool is not None:
            self.redaction_pool.close()

    def _keep_original(self, digest: str, data: bytes) -> None:
        self.originals_directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = self.originals_directory / f"{digest}.original"
        # Owner-only from the first byte: the original may hold faces, labels and GPS.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)

    def original(self, photo: Photo) -> bytes | None:
        """The unredacted upload behind a redacted photo, where one is still kept."""
        path = self.originals_directory / f"{photo['sha256']}.original"
        return path.read_bytes() if path.exists() else None

    def purge(self, *, originals_older_than_days: float, redacted_older_than_days: float | None = None,
              dry_run: bool = False) -> PurgeReport:
        """Delete originals (and, if asked, redacted copies) older than the given ages; returns what went."""
        report = PurgeReport()
        now = self._clock()
        targets = [(self.originals_directory, "*.original", originals_older_than_days, "originals_deleted")]
        if redacted_older_than_days is not None:
            targets.append((self.directory, "*.jpg", redacted_older_than_days, "redacted_deleted"))
            targets.append((self.directory, "*.masked.json", redacted_older_than_days, "masked_lists_deleted"))
        for directory, pattern, days, counter in targets:
            if not directory.is_dir():
                continue
            for path in directory.glob(pattern):
                stat = path.stat()
                if now - stat.st_mtime < days * DAY_S:
                    continue
                if not dry_run:
                    path.unlink(missing_ok=True)
                setattr(report, counter, getattr(report, counter) + 1)
                report.bytes_freed += stat.st_size
        return report


def open_evidence_store(settings: Settings, redactor: Redactor | None = None) -> EvidenceStore:
    """The evidence store under `data_dir/evidence`, with the quota, originals policy and redaction
    processes from settings."""
    intake = settings.intake
    directory = settings.data_dir / "evidence"
    quota = UploadQuota(directory / "quota", QuotaLimits(photos=intake.quota_photos, bytes=intake.quota_bytes,
                                                         window_s=intake.quota_window_s))
    pool: RedactionPool | PhotoQueue | None = None
    if intake.queue_url:  # separate workers (`vitrine worker photos`), fed through Redis: see photo_queue.py
        from redis.asyncio import Redis

        pool = PhotoQueue(Redis.from_url(intake.queue_url), prefix=intake.queue_prefix)
    elif intake.redaction_processes:
        pool = RedactionPool(intake.redaction_processes)
    return EvidenceStore(directory, redactor or Redactor(), quota=quota, keep_originals=intake.keep_originals,
                         max_bytes=intake.max_bytes, redaction_pool=pool)
