"""The evidence store: redacted photos by content hash; the only copy agents and models ever see."""

from __future__ import annotations

import hashlib
from pathlib import Path

from assistant.intake.redaction import RedactionReport, Redactor
from assistant.intake.validation import clean_photo
from assistant.state import Photo


class EvidenceStore:
    def __init__(self, directory: Path, redactor: Redactor) -> None:
        self.directory = directory
        self.redactor = redactor

    def accept(self, data: bytes) -> tuple[Photo, RedactionReport]:
        """Validate, re-encode, redact and store a customer photo; raises `PhotoRefused` with the reason."""
        cleaned = clean_photo(data)
        redacted, report = self.redactor.redact(cleaned.jpeg)
        digest = hashlib.sha256(redacted).hexdigest()
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{digest}.jpg"
        if not path.exists():
            path.write_bytes(redacted)
        return Photo(uri=str(path), sha256=digest, media_type="image/jpeg"), report
