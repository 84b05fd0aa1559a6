"""In-process backend: a small LLaVA-family model through transformers, CPU or GPU, weights on disk only."""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from PIL import Image

from assistant.models.backend import BackendError, Decision, ReplyChunk, T
from assistant.models.local.decoder import SchemaDecoder
from assistant.models.local.lm import TransformersLM
from assistant.models.messages import decision_prompt, reply_prompt
from assistant.models.prompts import PromptLibrary
from assistant.models.replies import ReplyTemplates
from assistant.models.requests import DecisionRequest, ImageInput, ReplyRequest
from assistant.models.schema import decision_schema
from assistant.models.slot_grounding import ground_decision


def local_weights_available(name_or_path: str) -> bool:
    """True when the model is a local directory or already in the Hugging Face cache (nothing downloads)."""
    if (Path(name_or_path) / "config.json").is_file():
        return True
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return False
    return isinstance(try_to_load_from_cache(name_or_path, "config.json"), str)


def load_llava(name_or_path: str, device: str = "cpu") -> tuple[Any, Any]:
    """Model and processor from a local path or the local cache only (`local_files_only`)."""
    from transformers import AutoProcessor, LlavaForConditionalGeneration

    processor = AutoProcessor.from_pretrained(name_or_path, local_files_only=True)
    model = LlavaForConditionalGeneration.from_pretrained(name_or_path, local_files_only=True)
    return model.to(device).eval(), processor  # type: ignore[arg-type]


class LocalBackend:
    name = "local"

    def __init__(
        self,
        model: Any,
        processor: Any,
        prompts: PromptLibrary,
        *,
        model_name: str,
        timeout_s: float = 60.0,
        reply_max_tokens: int = 200,
    ) -> None:
        self._model = model
        self._processor = processor
        self._prompts = prompts
        self._templates = ReplyTemplates(prompts)
        self._model_name = model_name
        self._timeout_s = timeout_s
        self._reply_max_tokens = reply_max_tokens
        self._lock = asyncio.Lock()  # one generation at a time: the model is not re-entrant

    async def decide(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        prompt, text = decision_prompt(self._prompts, kind, request)
        started = time.perf_counter()
        value, prompt_tokens, completion_tokens = await self._run(self._decode, kind, text, request.image)
        return Decision[T](
            value=ground_decision(value, request),
            backend=self.name,
            model=self._model_name,
            prompt_version=prompt.ref,
            latency_ms=(time.perf_counter() - started) * 1000,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
        )

    async def stream_reply(self, request: ReplyRequest) -> AsyncIterator[ReplyChunk]:
        _, text = reply_prompt(self._prompts, request, self._templates.render(request))
        reply = await self._run(self._generate, text)
        if not reply.strip():
            raise BackendError("bad_output", "the local model wrote an empty reply")
        yield ReplyChunk(text=reply, backend=self.name)

    async def aclose(self) -> None:
        return None

    async def _run(self, function: Any, *args: Any) -> Any:
        async with self._lock:
            try:
                return await asyncio.wait_for(asyncio.to_thread(function, *args), self._timeout_s)
            except TimeoutError as error:
                raise BackendError("timeout", f"local model took over {self._timeout_s}s") from error

    def _decode(self, kind: type[T], text: str, image: ImageInput | None) -> tuple[T, int, int]:
        lm = TransformersLM(self._model, self._processor, self._inputs(text, image))
        prompt_tokens = lm.context_length
        raw = SchemaDecoder(lm).decode(decision_schema(kind))
        try:
            value = kind.model_validate(raw)
        except ValueError as error:
            raise BackendError("bad_output", f"{kind.__name__}: {error}") from error
        return value, prompt_tokens, lm.context_length - prompt_tokens

    def _generate(self, text: str) -> str:
        inputs = self._inputs(text, None)
        inputs.pop("token_type_ids", None)
        output = self._model.generate(**inputs, max_new_tokens=self._reply_max_tokens, do_sample=False)
        new_tokens = output[0, inputs["input_ids"].shape[1] :]
        return str(self._processor.tokenizer.decode(new_tokens, skip_special_tokens=True))

    def _inputs(self, text: str, image: ImageInput | None) -> dict[str, Any]:
        content: list[dict[str, str]] = [{"type": "image"}] if image else []
        content.append({"type": "text", "text": text})
        if getattr(self._processor, "chat_template", None):
            conversation = [{"role": "user", "content": content}]
            prompt = self._processor.apply_chat_template(conversation, add_generation_prompt=True)
        else:
            prompt = f"USER: {'<image>' if image else ''}\n{text}\nASSISTANT:"
        images = [Image.open(io.BytesIO(image.data)).convert("RGB")] if image else None
        inputs = self._processor(images=images, text=[prompt], return_tensors="pt")
        return dict(inputs.to(self._model.device))
