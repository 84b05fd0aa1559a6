"""Mask personal data in every log record this process writes, whichever logger or handler it goes through.

Installed once by an entrypoint (`install_pii_masking()`). A log record factory rather than a handler filter:
filters on a logger miss records propagated from child loggers, and handlers added later (uvicorn's,
Chainlit's) would each need one. Records are only built for enabled levels, so the cost falls on lines that
are written anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from tools.pii import mask_text

_FORMATTER = logging.Formatter()
_PLAIN = (int, float, bool, type(None))


def _masked(value: Any) -> Any:
    """An argument with personal data masked; numbers stay numbers (`%d` still formats them)."""
    return value if isinstance(value, _PLAIN) else mask_text(str(value))


def _masked_args(args: Any) -> Any:
    """The record's arguments masked one by one, in the same shape: some formatters read them themselves
    (uvicorn's access formatter unpacks `(client, method, path, version, status)`)."""
    if isinstance(args, Mapping):
        return {key: _masked(value) for key, value in args.items()}
    return tuple(_masked(value) for value in args)


def masked_record_factory(make: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        if getattr(record, "pii_masked", False):
            return record
        try:
            if record.args:
                record.getMessage()  # a format string that does not fit its arguments: left to logging
                record.args = _masked_args(record.args)
            record.msg = mask_text(str(record.msg))
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
