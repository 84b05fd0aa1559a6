"""A LLaVA-family model from transformers, held with one conversation context, for the schema decoder."""

from __future__ import annotations

from typing import Any

import torch

IMAGE_KEYS = ("pixel_values", "image_sizes", "image_grid_thw", "pixel_values_videos")


class TransformersLM:
    """Implements `ConstrainedLM`. Each step re-runs the whole context (no KV cache): simple and correct,
    fine for the small models this backend is for; production decoding belongs to vLLM."""

    def __init__(self, model: Any, processor: Any, prompt_inputs: dict[str, Any]) -> None:
        self._model = model
        self._tokenizer = processor.tokenizer if hasattr(processor, "tokenizer") else processor
        self._ids: list[int] = prompt_inputs["input_ids"][0].tolist()
        self._image = {key: prompt_inputs[key] for key in IMAGE_KEYS if key in prompt_inputs}
        self._device = next(model.parameters()).device
        self._banned = torch.tensor(sorted(set(self._tokenizer.all_special_ids)), dtype=torch.long)
        self.forward_passes = 0

    @property
    def context_length(self) -> int:
        return len(self._ids)

    def append(self, text: str) -> None:
        self._ids.extend(self._encode(text))

    def choose(self, options: list[str]) -> int:
        encoded = [self._encode(option) or [self._tokenizer.unk_token_id] for option in options]
        width = max(len(tokens) for tokens in encoded)
        pad = self._tokenizer.pad_token_id or 0
        rows = [self._ids + tokens + [pad] * (width - len(tokens)) for tokens in encoded]
        # Only the positions that predict option tokens matter: the last `width + 1` of each row.
        logprobs = torch.log_softmax(self._logits(rows, keep=width + 1), dim=-1)
        scores = []
        for row, tokens in enumerate(encoded):
            positions = torch.arange(0, len(tokens))
            picked = logprobs[row, positions, torch.tensor(tokens)]
            scores.append(float(picked.mean()))  # mean, so longer options are not penalised for length
        return max(range(len(options)), key=scores.__getitem__)

    def generate_string(self, max_tokens: int) -> str:
        produced: list[int] = []
        for _ in range(max_tokens):
            logits = self._logits([self._ids], keep=1)[0, -1].clone()
            logits[self._banned] = float("-inf")
            token = int(logits.argmax())
            piece = self._tokenizer.decode([token])
            if '"' in piece or "\n" in piece or "\\" in piece:
                break
            self._ids.append(token)
            produced.append(token)
        return str(self._tokenizer.decode(produced, skip_special_tokens=True))

    def _encode(self, text: str) -> list[int]:
        return list(self._tokenizer.encode(text, add_special_tokens=False))

    def _logits(self, rows: list[list[int]], keep: int) -> torch.Tensor:
        self.forward_passes += 1
        ids = torch.tensor(rows, dtype=torch.long, device=self._device)
        extra = {
            key: value.to(self._device).repeat(len(rows), *([1] * (value.dim() - 1)))
            for key, value in self._image.items()
        }
        with torch.inference_mode():
            output = self._model(
                input_ids=ids, attention_mask=torch.ones_like(ids), logits_to_keep=keep, **extra
            )
        return output.logits.float()
