"""Fixtures shared by the intake tests: one redactor and one OCR reader per test module."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.intake.redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.fixture(scope="module")
def ocr() -> Any:
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()
