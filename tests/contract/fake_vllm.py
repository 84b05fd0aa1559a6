"""A local stand-in for `vllm serve` that checks requests the way vLLM's OpenAI server does and answers
from recorded responses. Used by the contract tests and the latency benchmark.

Checks: the served model name; message roles; content parts (`text`, `image_url`); image URLs must be
base64 `data:` URLs of decodable images, at most `max_images` per prompt (vLLM's --limit-mm-per-prompt);
`response_format` `json_schema` needs a name and a valid JSON schema; the removed `guided_json` extra is
refused so a client relying on it fails here instead of being silently ignored. The recorded answer is
validated against the request's schema, as vLLM's structured-output decoding would guarantee.
Faults can be queued: "500", "429", "timeout" (sleeps), "cut" (stream or body ends mid-way), "400" (the
request is refused), "length" (a decision cut by max_tokens, as vLLM returns it). `accepts_images=False`
serves a text-only model (vLLM answers 400 "not a multimodal model" to an image part); `replies` queues
reply texts (a model's rewrites) to send before the recording.
Streams end with a usage chunk when `stream_options.include_usage` asks for it.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import io
import json
import re
import socket
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import uvicorn
from PIL import Image
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

RECORDINGS = Path(__file__).parent / "recordings"
_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


class RequestRejected(Exception):
    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class FakeVllm:
    model: str = "llava-hf/llava-onevision-qwen2-0.5b-ov-hf"
    max_images: int = 1
    accepts_images: bool = True
    replies: list[str] = field(default_factory=list)
    recordings: dict[str, Any] = field(default_factory=lambda: load_recordings())
    faults: list[str] = field(default_factory=list)
    timeout_sleep_s: float = 2.0
    requests: list[dict[str, Any]] = field(default_factory=list)
    rejections: list[str] = field(default_factory=list)

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/chat/completions", self._chat, methods=["POST"]),
                Route("/v1/models", self._models, methods=["GET"]),
            ]
        )

    async def _models(self, request: Request) -> Response:
        return JSONResponse({"object": "list", "data": [{"id": self.model, "object": "model"}]})

    async def _chat(self, request: Request) -> Response:
        body = await request.json()
        self.requests.append(body)
        try:
            validate_chat_request(body, model=self.model, max_images=self.max_images if self.accepts_images else 0)
        except RequestRejected as error:
            self.rejections.append(str(error))
            return JSONResponse(
                {"object": "error", "message": str(error), "code": error.status}, error.status
            )
        fault = self.faults.pop(0) if self.faults else None
        if fault in ("500", "429", "400"):
            return JSONResponse({"object": "error", "message": f"injected {fault}"}, int(fault))
        if fault == "timeout":
            await asyncio.sleep(self.timeout_sleep_s)
        content = self._answer(body)
        if body.get("stream"):
            usage = bool((body.get("stream_options") or {}).get("include_usage"))
            return StreamingResponse(
                self._stream(content, body, cut=fault == "cut", usage=usage), media_type="text/event-stream"
            )
        if fault == "cut":
            return StreamingResponse(_cut_body(), media_type="application/json")
        if fault == "length":  # the answer ran into max_tokens: vLLM returns what it had, finish_reason length
            completion = _completion(self.model, content[: len(content) // 2], body)
            completion["choices"][0]["finish_reason"] = "length"
            return JSONResponse(completion)
        return JSONResponse(_completion(self.model, content, body))

    def _answer(self, body: dict[str, Any]) -> str:
        response_format = body.get("response_format") or {}
        if response_format.get("type") != "json_schema":
            return self.replies.pop(0) if self.replies else str(self.recordings["reply"])
        spec = response_format["json_schema"]
        recorded = self.recordings["decisions"][spec["name"]]
        jsonschema.validate(recorded, spec["schema"])  # what constrained decoding guarantees
        return json.dumps(recorded)

    async def _stream(self, content: str, body: dict[str, Any], *, cut: bool, usage: bool) -> AsyncIterator[bytes]:
        words = re.findall(r"\S+\s*", content)
        for index, word in enumerate(words):
            if cut and index == len(words) // 2:
                raise ConnectionResetError("injected cut")  # uvicorn drops the connection mid-body
            yield _sse({"delta": {"content": word}, "finish_reason": None}, self.model)
        yield _sse({"delta": {}, "finish_reason": "stop"}, self.model)
        if usage:  # vLLM's last chunk: no choices, the request's token counts
            counts = _completion(self.model, content, body)["usage"]
            last = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0, "model": self.model,
                    "choices": [], "usage": counts}
            yield f"data: {json.dumps(last)}\n\n".encode()
        yield b"data: [DONE]\n\n"


def validate_chat_request(body: dict[str, Any], *, model: str, max_images: int) -> None:
    if body.get("model") != model:
        raise RequestRejected(f"The model `{body.get('model')}` does not exist.", 404)
    if "guided_json" in body:
        raise RequestRejected("guided_json was removed in vLLM 0.12; use response_format json_schema")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise RequestRejected("messages must be a non-empty list")
    images = sum(_check_message(message) for message in messages)
    if images and not max_images:
        raise RequestRejected(f"{model} is not a multimodal model")
    if images > max_images:
        raise RequestRejected(f"At most {max_images} image(s) may be provided in one prompt.")
    _check_response_format(body.get("response_format"))


def _check_message(message: Any) -> int:
    if not isinstance(message, dict) or message.get("role") not in ("system", "user", "assistant"):
        raise RequestRejected(f"bad message: {str(message)[:80]}")
    content = message.get("content")
    if isinstance(content, str):
        return 0
    if not isinstance(content, list):
        raise RequestRejected("content must be a string or a list of parts")
    images = 0
    for part in content:
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            continue
        if kind == "image_url" and isinstance(part.get("image_url"), dict):
            _check_image_url(str(part["image_url"].get("url", "")))
            images += 1
            continue
        raise RequestRejected(f"unknown content part: {str(part)[:80]}")
    return images


def _check_image_url(url: str) -> None:
    match = re.match(r"^data:(image/[a-z]+);base64,(.+)$", url, re.S)
    if not match:
        raise RequestRejected("this server fetches no media: image_url must be a base64 data: URL")
    try:
        Image.open(io.BytesIO(base64.b64decode(match[2], validate=True))).verify()
    except (binascii.Error, OSError, ValueError) as error:
        raise RequestRejected(f"image data is not a decodable image: {error}") from error


def _check_response_format(response_format: Any) -> None:
    if response_format is None:
        return
    kind = response_format.get("type")
    if kind in ("text", "json_object"):
        return
    if kind != "json_schema":
        raise RequestRejected(f"unknown response_format type {kind!r}")
    spec = response_format.get("json_schema")
    if not isinstance(spec, dict) or not _NAME.match(str(spec.get("name", ""))):
        raise RequestRejected("json_schema needs a name of 1-64 letters, digits, _ or -")
    schema = spec.get("schema")
    if not isinstance(schema, dict):
        raise RequestRejected("json_schema.schema must be an object")
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as error:
        raise RequestRejected(f"invalid JSON schema: {error.message}") from error


def _completion(model: str, content: str, body: dict[str, Any]) -> dict[str, Any]:
    prompt_tokens = len(json.dumps(body.get("messages"))) // 4
    return {
        "id": f"chatcmpl-fake-{time.monotonic_ns()}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": len(content) // 4,
            "total_tokens": prompt_tokens + len(content) // 4,
        },
    }


def _sse(choice: dict[str, Any], model: str) -> bytes:
    chunk = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, **choice}],
    }
    return f"data: {json.dumps(chunk)}\n\n".encode()


async def _cut_body() -> AsyncIterator[bytes]:
    yield b'{"id": "chatcmpl-fake", "choices": [{"index": 0, "mess'
    raise ConnectionResetError("injected cut")


def load_recordings() -> dict[str, Any]:
    return {
        "decisions": json.loads((RECORDINGS / "decisions.json").read_text()),
        "reply": (RECORDINGS / "reply.txt").read_text().strip(),
    }


class RunningServer:
    """Serves a `FakeVllm` on 127.0.0.1 in a background thread."""

    def __init__(self, fake: FakeVllm) -> None:
        self.fake = fake
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self._sock = sock
        config = uvicorn.Config(fake.app(), log_level="critical", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> RunningServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("fake vLLM server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)
        self._sock.close()


def main() -> None:
    """Serve the fake on 127.0.0.1 in its own process (used by the benchmark, so timings exclude it)."""
    import argparse

    parser = argparse.ArgumentParser(description="fake vLLM server for contract tests and benchmarks")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run(FakeVllm().app(), host="127.0.0.1", port=args.port, log_level="critical", lifespan="off")


if __name__ == "__main__":
    main()
