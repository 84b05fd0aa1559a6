"""Photo checks and redaction as jobs on a Redis stream, done by `vitrine worker photos` on any machine.

A replica puts the upload under a key named by its hash and adds a job to the stream; workers read jobs through
one consumer group, so each job goes to one worker, and acknowledge it only once its result is stored. A
worker that dies mid-job leaves the job pending: another claims it after `claim_idle_s` (XAUTOCLAIM) and does
it again. Results are keyed by the photo's hash, so a job done twice, or the same photo sent twice, is
redacted once and read many times. The replica waits for its job the way it waits for the in-process pool:
inside the turn, under the turn's deadline. Redis streams rather than a job library (arq, rq): those pickle
arguments and results (a worker must not unpickle what a replica sent), and neither reclaims a job from a
dead worker of an asyncio app without extra parts; a stream with a consumer group does both here.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections.abc import Callable
from typing import Any, cast

from redis.asyncio import Redis

from assistant.intake.redaction import RedactionReport
from assistant.intake.validation import PhotoRefused

log = logging.getLogger(__name__)
PREFIX = "vitrine:photos:"
STREAM = PREFIX + "jobs"
GROUP = "redactors"
KEEP_S = 3600  # inputs and results outlive any turn waiting on them, then go
Redact = Callable[[bytes, int], tuple[bytes, RedactionReport]]


class PhotoQueue:
    """The replica's side: `clean_and_redact`, the same call as the in-process `RedactionPool`."""

    def __init__(self, redis: Redis, *, prefix: str = PREFIX, poll_s: float = 0.05) -> None:
        self._redis = redis
        self._prefix = prefix
        self._poll_s = poll_s

    def start(self) -> None:
        """Nothing to warm up here: the workers hold the detectors."""

    def close(self) -> None:
        """The connection pool is the app's (closed with it)."""

    async def clean_and_redact(self, data: bytes, *, max_bytes: int) -> tuple[bytes, RedactionReport]:
        digest = hashlib.sha256(data).hexdigest()
        keys = job_keys(self._prefix, digest)
        if not await self._redis.exists(keys["result"]):
            await self._redis.set(keys["input"], data, ex=KEEP_S)
            await self._redis.xadd(self._prefix + "jobs", {"sha256": digest, "max_bytes": str(max_bytes)})
        while True:  # the turn's deadline bounds this wait (the caller cancels it)
            result: Any = await self._redis.hgetall(keys["result"])
            if result:
                return read_result(result)
            await asyncio.sleep(self._poll_s)


def job_keys(prefix: str, digest: str) -> dict[str, str]:
    return {"input": f"{prefix}input:{digest}", "result": f"{prefix}result:{digest}"}


def read_result(result: dict[bytes, bytes]) -> tuple[bytes, RedactionReport]:
    if b"refused" in result:
        refused = json.loads(result[b"refused"])  # {"code": ..., "facts": {...}}: worded where it is shown
        raise PhotoRefused(str(refused["code"]), **dict(refused.get("facts") or {}))
    return result[b"jpeg"], RedactionReport.model_validate_json(result[b"report"])


class PhotoWorker:
    """One consumer of the job stream; run `run()` until cancelled (`vitrine worker photos`)."""

    def __init__(self, redis: Redis, redact: Redact, *, name: str, prefix: str = PREFIX,
                 claim_idle_s: float = 30.0, block_ms: int = 1000) -> None:
        self._redis = redis
        self._redact = redact
        self.name = name
        self._prefix = prefix
        self._stream = prefix + "jobs"
        self._claim_idle_ms = int(claim_idle_s * 1000)
        self._block_ms = block_ms
        self.done = 0

    async def ensure_group(self) -> None:
        try:
            await self._redis.xgroup_create(self._stream, GROUP, id="0", mkstream=True)
        except Exception as error:  # noqa: BLE001 - BUSYGROUP: another worker created it first
            if "BUSYGROUP" not in str(error):
                raise

    async def run(self) -> None:
        await self.ensure_group()
        while True:
            await self.step()

    async def step(self) -> int:
        """Reclaim jobs left by dead workers, else wait for new ones; do them; returns how many were done."""
        _next, claimed, _deleted = await self._redis.xautoclaim(
            self._stream, GROUP, self.name, min_idle_time=self._claim_idle_ms, start_id="0-0", count=1)
        entries = claimed
        if not entries:
            answer: Any = await self._redis.xreadgroup(GROUP, self.name, {self._stream: ">"}, count=1,
                                                  block=self._block_ms)
            entries = answer[0][1] if answer else []
        for entry_id, fields in entries:
            await self._do(entry_id, fields)
        return len(entries)

    async def _do(self, entry_id: bytes, fields: dict[bytes, bytes]) -> None:
        digest = fields[b"sha256"].decode()
        keys = job_keys(self._prefix, digest)
        if not await self._redis.exists(keys["result"]):  # done before (a retry, or the same photo again)
            data: Any = await self._redis.get(keys["input"])
            if data is None:
                log.warning("photo job %s has no input any more (expired); dropped", digest[:12])
            else:
                result = await asyncio.to_thread(self._result, data, int(fields[b"max_bytes"]))
                async with self._redis.pipeline(transaction=True) as pipe:
                    pipe.hset(keys["result"], mapping=cast(Any, result))
                    pipe.expire(keys["result"], KEEP_S)
                    pipe.delete(keys["input"])
                    await pipe.execute()
                self.done += 1
        await self._redis.xack(self._stream, GROUP, entry_id)  # only now: a crash before this is retried
        await self._redis.xdel(self._stream, entry_id)

    def _result(self, data: bytes, max_bytes: int) -> dict[str | bytes, bytes | str]:
        try:
            jpeg, report = self._redact(data, max_bytes)
        except PhotoRefused as refused:
            return {"refused": json.dumps({"code": refused.code, "facts": refused.facts})}
        return {"jpeg": jpeg, "report": report.model_dump_json()}
