"""What the served model can take, asked of the server itself: vLLM's /v1/models does not say whether a
model is multimodal, so a one-token request with a tiny image does (a text-only model answers 400)."""

from __future__ import annotations

import base64
import io
from typing import Any

import openai
from PIL import Image

from assistant.models.backend import BackendError
from assistant.models.messages import chat_messages

PROBE_TEXT = "Reply with one word: what colour is this square?"


def probe_image_url() -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 40, 40)).save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


async def accepts_images(client: openai.AsyncOpenAI, model: str) -> bool:
    """True when `model` answers a request with an image; False when it refuses the image but answers the
    same request without one. Other failures (server down, model not served) are raised as the client's
    errors for the caller to classify; a 400 without the image too is `BackendError("rejected")`."""
    try:
        await _ask(client, model, probe_image_url())
        return True
    except openai.BadRequestError:
        pass
    try:
        await _ask(client, model, None)
    except openai.BadRequestError as error:
        raise BackendError("rejected", f"the probe is refused even without an image: {error}") from error
    return False


async def _ask(client: openai.AsyncOpenAI, model: str, image_url: str | None) -> Any:
    messages: Any = chat_messages(PROBE_TEXT, image_url)
    return await client.chat.completions.create(model=model, messages=messages, max_tokens=1, temperature=0.0)
