"""The scenario's customer photo, shared by the locust users and the runner (which times its redaction)."""

from __future__ import annotations

import io
import statistics
import time

from PIL import Image, ImageDraw


def scenario_photo(seed: int) -> bytes:
    """A small customer photo, different per user so the evidence store really stores each one."""
    image = Image.new("RGB", (480, 360), (200 - seed % 90, 120, 60 + seed % 150))
    ImageDraw.Draw(image).rectangle((120, 80, 360, 280), fill=(30 + seed % 200, 40, 90))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def redaction_service_ms(samples: int = 7) -> float:
    """Median time to check and redact one scenario photo on one idle core: the work a photo turn must do
    whatever the load, so the rest of its added latency is queueing."""
    from assistant.intake.redaction import Redactor
    from assistant.intake.validation import clean_photo

    redactor = Redactor()
    redactor.warm_up()
    times = []
    for seed in range(samples):
        started = time.perf_counter()
        redactor.redact(clean_photo(scenario_photo(seed)).jpeg)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)
