"""Mask personal data in every log record this process writes, whichever logger or handler it goes through.

Installed once by an entrypoint (`install_pii_masking()`). A log record factory rather than a handler filter:
filters on a logger miss records propagated from child loggers, and handlers added later (uvicorn's,
Chainlit's) would each need one. Records are only built for enabled levels, so the cost falls on lines that
are written anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from tools.pii import mask_text

_FORMATTER = logging.Formatter()


def masked_record_factory(make: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        if getattr(record, "pii_masked", False):
            return record
        try:
            record.msg, record.args = mask_text(record.getMessage()), None
        except Exception:  # noqa: BLE001 - a bad format string must not lose the line; logging reports it later
            return record
        if record.exc_info and not record.exc_text:
            # Exception messages carry user input (validation errors echo values): mask tracebacks too.
            record.exc_text = mask_text(_FORMATTER.formatException(record.exc_info))
        record.pii_masked = True
        return record

    return factory


def install_pii_masking() -> None:
    """Make every log record in this process carry masked text (idempotent)."""
    current = logging.getLogRecordFactory()
    if getattr(current, "masks_pii", False):
        return
    factory = masked_record_factory(current)
    factory.masks_pii = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
