"""The evidence store: only redacted copies, per-customer quotas, originals kept and purged on policy."""

from __future__ import annotations

import asyncio
import io
import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from assistant.intake.evidence import EvidenceStore
from assistant.intake.quota import QuotaLimits, UploadQuota
from assistant.intake.redaction import Redactor
from assistant.intake.redaction_pool import RedactionPool
from assistant.intake.validation import PhotoRefused

DAY = 86_400.0


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _photo(shade: int = 90) -> bytes:
    image = Image.new("RGB", (256, 192), (shade, 120, 60))
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 29.0)}
    image.save(buffer, format="JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def test_only_the_redacted_copy_is_stored_by_default(tmp_path: Path, redactor: Redactor) -> None:
    store = EvidenceStore(tmp_path, redactor)
    photo, _ = store.accept(_photo())
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert files == [Path(photo["uri"])]
    assert store.original(photo) is None
    assert b"Exif" not in files[0].read_bytes()


def test_the_quota_refuses_the_photo_after_the_limit_and_recovers_after_the_window(
    tmp_path: Path, redactor: Redactor
) -> None:
    clock = Clock()
    quota = UploadQuota(tmp_path / "quota", QuotaLimits(photos=3, bytes=10**9, window_s=3600), clock=clock)
    store = EvidenceStore(tmp_path, redactor, quota=quota)
    for shade in range(3):
        store.accept(_photo(shade * 40), owner="demo_mia_novak")
    with pytest.raises(PhotoRefused, match="try again in about 60 min"):
        store.accept(_photo(200), owner="demo_mia_novak")
    store.accept(_photo(200), owner="demo_leo_martin")  # quotas are per customer
    clock.now += 3601
    store.accept(_photo(210), owner="demo_mia_novak")
    assert not any("demo_mia_novak" in p.name for p in (tmp_path / "quota").iterdir())


def test_the_byte_quota_counts_refused_uploads_too(tmp_path: Path, redactor: Redactor) -> None:
    limits = QuotaLimits(photos=100, bytes=40_000, window_s=3600)
    quota = UploadQuota(tmp_path / "quota", limits, clock=Clock())
    store = EvidenceStore(tmp_path, redactor, quota=quota)
    for _ in range(3):
        with pytest.raises(PhotoRefused, match="JPEG, PNG or WebP"):
            store.accept(b"GIF89a" + b"\x00" * 13_000, owner="demo_mia_novak")
    with pytest.raises(PhotoRefused, match="a lot of photos"):
        store.accept(_photo(), owner="demo_mia_novak")


def test_originals_are_kept_only_when_configured_owner_only_and_purged_after_retention(
    tmp_path: Path, redactor: Redactor
) -> None:
    clock = Clock()
    store = EvidenceStore(tmp_path, redactor, keep_originals=True, clock=clock)
    upload = _photo()
    photo, _ = store.accept(upload)
    assert store.original(photo) == upload
    original_path = store.originals_directory / f"{photo['sha256']}.original"
    assert stat.S_IMODE(original_path.stat().st_mode) == 0o600

    clock.now = original_path.stat().st_mtime + 29 * DAY
    assert store.purge(originals_older_than_days=30).originals_deleted == 0
    clock.now += 2 * DAY
    dry = store.purge(originals_older_than_days=30, dry_run=True)
    assert dry.originals_deleted == 1 and store.original(photo) == upload
    report = store.purge(originals_older_than_days=30)
    assert report.originals_deleted == 1 and report.bytes_freed == len(upload)
    assert store.original(photo) is None
    assert Path(photo["uri"]).exists()  # the redacted copy has its own, longer retention


def test_the_purge_command_deletes_old_originals(tmp_path: Path, redactor: Redactor) -> None:
    store = EvidenceStore(tmp_path / "evidence", redactor, keep_originals=True)
    old, _ = store.accept(_photo(10))
    fresh, _ = store.accept(_photo(200))
    old_path = store.originals_directory / f"{old['sha256']}.original"
    ten_days_ago = old_path.stat().st_mtime - 10 * DAY
    os.utime(old_path, (ten_days_ago, ten_days_ago))
    env = {**os.environ, "VITRINE_DATA_DIR": str(tmp_path), "VITRINE_INTAKE__ORIGINALS_RETENTION_DAYS": "7"}
    done = subprocess.run([str(Path(sys.executable).parent / "vitrine"), "evidence", "purge"], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "Deleted 1 originals and 0 redacted copies" in " ".join(done.stdout.split())
    assert store.original(old) is None and store.original(fresh) is not None


@pytest.fixture(scope="module")
def redaction_pool() -> Iterator[RedactionPool]:
    pool = RedactionPool(1, niceness=5)
    yield pool
    pool.close()


def test_the_redaction_pool_stores_the_same_copy_as_redacting_in_process(
        tmp_path: Path, redactor: Redactor, redaction_pool: RedactionPool) -> None:
    in_process = EvidenceStore(tmp_path / "threads", redactor)
    pooled = EvidenceStore(tmp_path / "processes", redactor, redaction_pool=redaction_pool)
    expected, _ = asyncio.run(in_process.accept_async(_photo()))
    photo, report = asyncio.run(pooled.accept_async(_photo()))
    assert photo["sha256"] == expected["sha256"]
    assert Path(photo["uri"]).read_bytes() == Path(expected["uri"]).read_bytes()
    assert report.faces == 0


def test_a_photo_refused_in_a_worker_process_reaches_the_caller_with_its_reason(
        tmp_path: Path, redactor: Redactor, redaction_pool: RedactionPool) -> None:
    store = EvidenceStore(tmp_path, redactor, redaction_pool=redaction_pool)
    with pytest.raises(PhotoRefused, match="JPEG, PNG or WebP"):
        asyncio.run(store.accept_async(b"8BPS" + bytes(64)))
    assert not list(tmp_path.glob("*.jpg"))


def test_the_quota_is_charged_before_a_worker_is_asked(
        tmp_path: Path, redactor: Redactor, redaction_pool: RedactionPool) -> None:
    quota = UploadQuota(tmp_path / "quota", QuotaLimits(photos=1, bytes=10_000_000, window_s=3600))
    store = EvidenceStore(tmp_path, redactor, quota=quota, redaction_pool=redaction_pool)
    asyncio.run(store.accept_async(_photo(), owner="mia"))
    with pytest.raises(PhotoRefused):
        asyncio.run(store.accept_async(_photo(80), owner="mia"))
    assert len(list(tmp_path.glob("*.jpg"))) == 1


def test_redaction_workers_run_below_the_server_priority(redaction_pool: RedactionPool) -> None:
    own = os.nice(0)
    worker = redaction_pool._pool().submit(os.nice, 0).result(timeout=60)
    assert worker == min(own + 5, 19)


def test_redaction_workers_exit_when_their_server_is_killed(tmp_path: Path) -> None:
    script = (
        "import os, sys\n"
        "from assistant.intake.redaction_pool import RedactionPool\n"
        "pool = RedactionPool(1)\n"
        "print(pool._pool().submit(os.getpid).result(timeout=120), flush=True)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    server = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=180)
    worker = int(server.stdout.split()[0])
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and _alive(worker):
        time.sleep(0.5)
    assert not _alive(worker)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_the_regions_masked_are_kept_beside_the_redacted_copy_for_the_comparison(tmp_path: Path,
                                                                                 redactor: Redactor) -> None:
    from assistant.intake.regions import RegionKind, masked_boxes

    face_photo = Path(__file__).resolve().parents[2] / "data" / "magento-faces" / "faces" / "mh01-black_main.jpg"
    store = EvidenceStore(tmp_path, redactor)
    photo, report = store.accept(face_photo.read_bytes())

    assert any(region.kind is RegionKind.FACE for region in report.regions)
    assert masked_boxes(Path(photo["uri"])) == [region.padded for region in report.regions]
    plain, _ = store.accept(_photo())
    assert masked_boxes(Path(plain["uri"])) == []  # nothing masked: the comparison sees the whole photo
    assert masked_boxes(tmp_path / "stored-before-this.jpg") == []
