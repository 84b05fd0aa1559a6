"""Only redacted copies directly in the evidence directory are ever served."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.web.api.evidence import redacted_path
from tools.errors import NotFound

DIGEST = "ab" * 32


@pytest.fixture
def evidence(tmp_path: Path) -> Path:
    directory = tmp_path / "evidence"
    (directory / "originals").mkdir(parents=True)
    (directory / f"{DIGEST}.jpg").write_bytes(b"redacted")
    (directory / "originals" / f"{DIGEST}.original").write_bytes(b"original")
    (directory / "originals" / f"{DIGEST}.jpg").write_bytes(b"original")
    (tmp_path / f"{DIGEST}.jpg").write_bytes(b"outside")
    (directory / f"{'cd' * 32}.jpg").symlink_to(tmp_path / f"{DIGEST}.jpg")
    return directory


def test_the_redacted_copy_is_served(evidence: Path) -> None:
    assert redacted_path(evidence, str(evidence / f"{DIGEST}.jpg")).read_bytes() == b"redacted"


@pytest.mark.parametrize("uri", [
    "originals/{d}.original", "originals/{d}.jpg", "../{d}.jpg", "originals/../../{d}.jpg", "{cd}.jpg",
    "/etc/passwd", "{d}.JPG", "missing0000.jpg",
])
def test_anything_else_is_not_found(evidence: Path, uri: str) -> None:
    path = uri.format(d=DIGEST, cd="cd" * 32)
    with pytest.raises(NotFound):
        redacted_path(evidence, path if path.startswith("/") else str(evidence / path))
