"""The production backend: a vLLM (or any OpenAI-compatible) server serving a LLaVA model.

Decisions use `response_format` `json_schema` (LLaVA has no tool parser, and vLLM ignores the old
`guided_json` extra since 0.12); replies stream. Images travel only as base64 `data:` URLs.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import openai
from pydantic import ValidationError
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_random_exponential

from assistant.models import ledger
from assistant.models.backend import BackendError, Decision, FailureReason, ReplyChunk, T, is_outage
from assistant.models.breaker import CircuitBreaker
from assistant.models.capabilities import accepts_images
from assistant.models.messages import chat_messages, decision_prompt, reply_prompt
from assistant.models.prompts import PromptLibrary
from assistant.models.replies import ReplyTemplates
from assistant.models.requests import DecisionRequest, ReplyRequest
from assistant.models.schema import decision_token_cap, response_format
from assistant.models.slot_grounding import ground_decision
from assistant.settings import ModelSettings

RETRYABLE: set[FailureReason] = {"timeout", "rate_limited", "server_error", "connection"}


def _transport_errors() -> tuple[type[Exception], ...]:
    # openai>=3 runs on the httpx2 fork; a cut stream can surface as a raw transport error from either.
    errors: list[type[Exception]] = [openai.APIError, httpx.HTTPError]
    try:
        import httpx2

        errors.append(httpx2.HTTPError)
    except ImportError:
        pass
    return tuple(errors)


TRANSPORT_ERRORS = _transport_errors()


def _timeout_errors() -> tuple[type[Exception], ...]:
    errors: list[type[Exception]] = [openai.APITimeoutError, httpx.TimeoutException, TimeoutError]
    try:
        import httpx2

        errors.append(httpx2.TimeoutException)
    except (ImportError, AttributeError):
        pass
    return tuple(errors)


TIMEOUT_ERRORS = _timeout_errors()


class VllmBackend:
    name = "vllm"

    def __init__(
        self,
        settings: ModelSettings,
        prompts: PromptLibrary,
        *,
        breaker: CircuitBreaker,
        http_client: Any = None,
    ) -> None:
        if not settings.vllm_base_url:
            raise ValueError("the vllm backend needs model.vllm_base_url")
        key = settings.vllm_api_key.get_secret_value() if settings.vllm_api_key else "EMPTY"
        self._client = openai.AsyncOpenAI(
            base_url=settings.vllm_base_url,
            api_key=key,
            timeout=settings.timeout_s,
            max_retries=0,  # tenacity retries below, with jitter and only for idempotent calls
            http_client=http_client,
        )
        self._settings = settings
        self._prompts = prompts
        self._templates = ReplyTemplates(prompts)
        self.breaker = breaker
        self._images: bool | None = {"yes": True, "no": False}.get(settings.vllm_images)
        self._probe_lock = asyncio.Lock()

    async def takes_images(self) -> bool:
        """Whether the served model accepts images: from settings, else asked once (`capabilities.py`)."""
        if self._images is None:
            async with self._probe_lock:
                if self._images is None:
                    try:
                        self._images = await accepts_images(self._client, self._settings.vllm_model)
                    except TRANSPORT_ERRORS as error:
                        raise _as_backend_error(error) from error
                    finally:
                        ledger.count_call()
        return self._images

    async def decide(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        prompt, text = decision_prompt(self._prompts, kind, request)
        started = time.perf_counter()
        self.breaker.check()
        try:
            # The photo goes only to decisions that read it, and only to a model that takes images.
            image = request.image if request.image and kind.reads_image and await self.takes_images() else None
            messages = chat_messages(text, image.data_url() if image else None)
            # A decision only reads, so retrying it is safe; replies are never retried mid-stream.
            async for attempt in AsyncRetrying(
                stop=stop_after_attempt(self._settings.max_retries + 1),
                wait=wait_random_exponential(multiplier=self._settings.retry_wait_s, max=8.0),
                retry=retry_if_exception(_retryable),
                reraise=True,
            ):
                with attempt:
                    completion = await self._complete(messages, kind)
            value = ground_decision(_parse(kind, completion), request)  # ids from the customer or the store
        except BackendError as error:
            self._record(error)
            raise
        self.breaker.record_success()
        usage = completion.usage
        return Decision[T](
            value=value,
            backend=self.name,
            model=completion.model or self._settings.vllm_model,
            prompt_version=prompt.ref,
            latency_ms=(time.perf_counter() - started) * 1000,
            prompt_tokens=usage.prompt_tokens if usage else None,
            completion_tokens=usage.completion_tokens if usage else None,
        )

    async def stream_reply(self, request: ReplyRequest) -> AsyncIterator[ReplyChunk]:
        _, text = reply_prompt(self._prompts, request, self._templates.render(request))
        self.breaker.check()
        finished = False
        usage = None
        try:
            messages: Any = chat_messages(text)
            stream: Any = await self._client.chat.completions.create(
                model=self._settings.vllm_model,
                messages=messages,
                max_tokens=self._settings.reply_max_tokens,
                temperature=0.3,
                stream=True,
                stream_options={"include_usage": True},
            )
            async for chunk in stream:
                usage = getattr(chunk, "usage", None) or usage
                choice = chunk.choices[0] if chunk.choices else None
                if choice is None:
                    continue
                if choice.delta and choice.delta.content:
                    yield ReplyChunk(text=choice.delta.content, backend=self.name)
                finished = finished or choice.finish_reason is not None
        except TRANSPORT_ERRORS as error:
            backend_error = _as_backend_error(error, streaming=True)
            self._record(backend_error)
            raise backend_error from error
        finally:
            ledger.count_call(usage.prompt_tokens if usage else None, usage.completion_tokens if usage else None)
        if not finished:
            self.breaker.record_failure()
            raise BackendError("stream_cut", "the stream ended without a finish reason")
        self.breaker.record_success()

    async def ping(self) -> list[str]:
        """The model ids the server lists; raises `BackendError` when it cannot be reached."""
        try:
            models = await self._client.models.list()
        except TRANSPORT_ERRORS as error:
            raise _as_backend_error(error) from error
        return [model.id for model in models.data]

    @property
    def client(self) -> openai.AsyncOpenAI:
        return self._client

    async def aclose(self) -> None:
        await self._client.close()

    def _record(self, error: BackendError) -> None:
        """Outages count towards the breaker; a request the server refused or an output that failed the
        schema says nothing about the server, so other conversations keep using it."""
        if error.reason == "bad_output":
            ledger.count_schema_failure()
        if is_outage(error):
            self.breaker.record_failure()

    async def _complete(self, messages: list[dict[str, Any]], kind: type[T]) -> Any:
        try:
            completion = await self._client.chat.completions.create(  # type: ignore[call-overload]
                model=self._settings.vllm_model,
                messages=messages,
                response_format=response_format(kind),
                max_tokens=self._settings.decision_max_tokens or decision_token_cap(kind),
                temperature=0.0,
            )
        except TRANSPORT_ERRORS as error:
            ledger.count_call()
            raise _as_backend_error(error) from error
        usage = completion.usage
        ledger.count_call(usage.prompt_tokens if usage else None, usage.completion_tokens if usage else None)
        return completion


def _parse(kind: type[T], completion: Any) -> T:
    choice = completion.choices[0] if completion.choices else None
    content = choice.message.content if choice else None
    if not content:
        raise BackendError("bad_output", "empty completion")
    try:
        return kind.model_validate_json(content)
    except ValidationError as error:
        raise BackendError(
            "bad_output", f"{kind.__name__} did not validate: {error.error_count()} errors"
        ) from error


def _retryable(error: BaseException) -> bool:
    return isinstance(error, BackendError) and error.reason in RETRYABLE


def _as_backend_error(error: Exception, *, streaming: bool = False) -> BackendError:
    """Outage (timeout, 429, 5xx, connection, cut stream) or request error (any other 4xx: a bad request,
    a schema or an image the model refuses, a model it does not serve)."""
    if isinstance(error, TIMEOUT_ERRORS):
        return BackendError("timeout", str(error))
    if isinstance(error, openai.APIStatusError):
        return BackendError(_status_reason(error.status_code), f"HTTP {error.status_code}: {error.message}"[:300])
    if streaming:
        return BackendError("stream_cut", str(error))
    return BackendError("connection", str(error))


def _status_reason(status: int) -> FailureReason:
    if status == 429:
        return "rate_limited"
    if status == 408:
        return "timeout"
    return "server_error" if status >= 500 else "rejected"
