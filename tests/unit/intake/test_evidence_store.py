"""The evidence store: only redacted copies, per-customer quotas, originals kept and purged on policy."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from assistant.intake.evidence import EvidenceStore
from assistant.intake.quota import QuotaLimits, UploadQuota
from assistant.intake.redaction import Redactor
from assistant.intake.validation import PhotoRefused

DAY = 86_400.0


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


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
    with pytest.raises(PhotoRefused, match="try again in about 60 minutes"):
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
