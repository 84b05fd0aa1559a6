"""Photo jobs on a Redis stream: a worker does each once, a worker that dies mid-job loses nothing, the same
photo is redacted once, and a refusal reaches the replica as the customer's message."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from assistant.intake.photo_queue import PhotoQueue, PhotoWorker
from assistant.intake.redaction import RedactionReport, Redactor
from assistant.intake.redaction_pool import clean_and_redact
from assistant.intake.validation import PhotoRefused, clean_photo
from tests.conftest import REPO_ROOT
from tests.redis_server import redis_url, unique  # noqa: F401

PHOTO = (REPO_ROOT / "data/demo-catalog/images/m/h/mh01-black_main.jpg").read_bytes()
OTHER = (REPO_ROOT / "data/demo-catalog/images/m/h/mh01-gray_alt1.jpg").read_bytes()


class CountingRedaction:
    """The real checks (`clean_photo`) with a stand-in for the detectors; counts photos and can hang."""

    def __init__(self, hang: threading.Event | None = None) -> None:
        self.photos = 0
        self.started = threading.Event()
        self.hang = hang

    def __call__(self, data: bytes, max_bytes: int) -> tuple[bytes, RedactionReport]:
        self.started.set()
        if self.hang is not None:
            self.hang.wait(10)
        jpeg = clean_photo(data, max_bytes=max_bytes).jpeg
        self.photos += 1
        return jpeg, RedactionReport(faces=0, text_regions=0)


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[tuple[Redis, str]]:  # noqa: F811
    client, prefix = Redis.from_url(redis_url), unique("vitrine-test:photos") + ":"
    yield client, prefix
    await client.delete(*[key async for key in client.scan_iter(match=prefix + "*")] or [prefix])
    await client.aclose()


async def _worker_until_cancelled(worker: PhotoWorker) -> asyncio.Task[None]:
    await worker.ensure_group()
    return asyncio.create_task(worker.run())


async def test_a_worker_redacts_the_replicas_photo_with_the_real_redactor(redis) -> None:
    client, prefix = redis
    redactor = Redactor()
    worker = PhotoWorker(client, lambda data, limit: clean_and_redact(redactor, data, limit), name="w1",
                         prefix=prefix, block_ms=100)
    running = await _worker_until_cancelled(worker)
    try:
        jpeg, report = await asyncio.wait_for(
            PhotoQueue(client, prefix=prefix).clean_and_redact(PHOTO, max_bytes=10_000_000), 60)
    finally:
        running.cancel()
    assert jpeg.startswith(b"\xff\xd8") and jpeg != PHOTO  # re-encoded from pixels
    assert isinstance(report, RedactionReport)


async def test_a_refused_photo_reaches_the_replica_as_its_reason(redis) -> None:
    client, prefix = redis
    running = await _worker_until_cancelled(PhotoWorker(client, CountingRedaction(), name="w1", prefix=prefix,
                                                        block_ms=100))
    try:
        with pytest.raises(PhotoRefused):
            await asyncio.wait_for(PhotoQueue(client, prefix=prefix).clean_and_redact(b"GIF89a" + b"\0" * 64,
                                                                                   max_bytes=10_000_000), 20)
    finally:
        running.cancel()


async def test_the_same_photo_twice_is_redacted_once(redis) -> None:
    client, prefix = redis
    redaction = CountingRedaction()
    running = await _worker_until_cancelled(PhotoWorker(client, redaction, name="w1", prefix=prefix, block_ms=100))
    queue = PhotoQueue(client, prefix=prefix)
    try:
        first, second, other = await asyncio.wait_for(asyncio.gather(
            queue.clean_and_redact(PHOTO, max_bytes=10_000_000), queue.clean_and_redact(PHOTO, max_bytes=10_000_000),
            queue.clean_and_redact(OTHER, max_bytes=10_000_000)), 30)
        again = await asyncio.wait_for(queue.clean_and_redact(PHOTO, max_bytes=10_000_000), 10)
    finally:
        running.cancel()
    assert first[0] == second[0] == again[0] != other[0]
    assert redaction.photos == 2


async def test_a_worker_that_dies_mid_job_loses_no_photo(redis) -> None:
    client, prefix = redis
    hang = threading.Event()
    dying = CountingRedaction(hang=hang)
    doomed = await _worker_until_cancelled(PhotoWorker(client, dying, name="doomed", prefix=prefix, block_ms=100))
    waiting = asyncio.create_task(PhotoQueue(client, prefix=prefix).clean_and_redact(PHOTO, max_bytes=10_000_000))
    await asyncio.to_thread(dying.started.wait, 10)
    doomed.cancel()  # dies holding the job, unacknowledged
    hang.set()
    assert dying.photos <= 1 and not waiting.done()

    survivor = CountingRedaction()
    rescue = await _worker_until_cancelled(PhotoWorker(client, survivor, name="survivor", prefix=prefix,
                                                       claim_idle_s=0.3, block_ms=100))
    try:
        jpeg, _report = await asyncio.wait_for(waiting, 20)
    finally:
        rescue.cancel()
    assert jpeg.startswith(b"\xff\xd8") and survivor.photos == 1
    pending = await client.xpending(prefix + "jobs", "redactors")
    assert pending["pending"] == 0


async def test_the_evidence_store_sends_photos_to_the_queue_when_it_is_configured(redis, tmp_path) -> None:
    from assistant.intake.evidence import open_evidence_store
    from assistant.settings import IntakeSettings, Settings

    client, prefix = redis
    queued = Settings(data_dir=tmp_path, intake=IntakeSettings(queue_url="redis://127.0.0.1:6379/0"))
    assert isinstance(open_evidence_store(queued).redaction_pool, PhotoQueue)
    store = open_evidence_store(Settings(data_dir=tmp_path))
    store.redaction_pool = PhotoQueue(client, prefix=prefix)
    redaction = CountingRedaction()
    running = await _worker_until_cancelled(PhotoWorker(client, redaction, name="w1", prefix=prefix, block_ms=100))
    try:
        photo, _report = await asyncio.wait_for(store.accept_async(PHOTO, owner="customer-1"), 20)
    finally:
        running.cancel()
    assert redaction.photos == 1
    assert (tmp_path / "evidence" / f"{photo['sha256']}.jpg").read_bytes().startswith(b"\xff\xd8")


@pytest.mark.slow  # two worker processes load the detectors
async def test_a_photo_worker_process_killed_mid_job_loses_no_photo(redis_url: str, tmp_path) -> None:  # noqa: F811
    import os
    import subprocess
    import sys

    client, prefix = Redis.from_url(redis_url), unique("vitrine-test:photos") + ":"
    stream = prefix + "jobs"
    env = {**os.environ, "VITRINE_INTAKE__QUEUE_URL": redis_url, "VITRINE_INTAKE__QUEUE_PREFIX": prefix,
           "VITRINE_DATA_DIR": str(tmp_path)}

    def start(name: str, claim_idle_s: float) -> subprocess.Popen[bytes]:
        command = ["worker", "photos", "--name", name, "--claim-idle-s", str(claim_idle_s)]
        return subprocess.Popen([sys.executable, "-c", f"import sys; sys.argv = ['vitrine', *{command!r}]; "
                                 "from assistant.cli import main; main()"], cwd=REPO_ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    doomed_name = unique("doomed")
    doomed = start(doomed_name, 60)
    waiting = asyncio.create_task(PhotoQueue(client, prefix=prefix).clean_and_redact(_large_photo(),
                                                                                      max_bytes=10_000_000))
    held = False
    try:
        held = await _kill_once_taken(client, stream, doomed_name, doomed)
    finally:
        doomed.kill()  # killed already, unless it never took the job
        doomed.wait(10)
    assert held, "the first worker never took the job"
    # Killed mid-job: the job is still pending on the dead worker (it acknowledges only once the result is kept).
    assert await client.xpending_range(stream, "redactors", "-", "+", 100, consumername=doomed_name)
    survivor = start(unique("survivor"), 1.0)
    try:
        jpeg, _report = await asyncio.wait_for(waiting, 120)
    finally:
        survivor.terminate()
        survivor.wait(10)
        await client.delete(*[key async for key in client.scan_iter(match=prefix + "*")] or [prefix])
        await client.aclose()
    assert jpeg.startswith(b"\xff\xd8")


def _large_photo() -> bytes:
    """A 2400 x 1800 photo: long enough to redact that the worker is still at it when it is killed."""
    import io

    from PIL import Image

    tile = Image.open(io.BytesIO(PHOTO)).convert("RGB").resize((600, 600))
    canvas = Image.new("RGB", (2400, 1800))
    for x in range(0, 2400, 600):
        for y in range(0, 1800, 600):
            canvas.paste(tile, (x, y))
    out = io.BytesIO()
    canvas.save(out, "JPEG", quality=90)
    return out.getvalue()


async def _kill_once_taken(client: Redis, stream: str, name: str, worker) -> bool:  # noqa: ANN001
    """SIGKILL the worker as soon as it holds a job (it has loaded and read it, and not yet acknowledged it)."""
    import signal

    for _ in range(6000):
        try:
            taken = await client.xpending_range(stream, "redactors", "-", "+", 100, consumername=name)
        except ResponseError:  # no consumer group yet: the worker is still loading
            taken = []
        if taken:
            worker.send_signal(signal.SIGKILL)
            return True
        await asyncio.sleep(0.01)
    return False
