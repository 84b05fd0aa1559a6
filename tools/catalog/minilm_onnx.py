"""MiniLM on onnxruntime: a one-time export of the local weights (pooling included), optionally int8, cached.

Exporting needs torch and `onnx`; running needs only onnxruntime. The export is keyed by the weights and the
library versions, written atomically (several processes may start at once) and reused afterwards.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "vitrine" / "minilm-onnx"


class OnnxEncoder:
    """Token ids in, normalised mean-pooled sentence vectors out, on one onnxruntime CPU session."""

    def __init__(
        self, model_dir: Path, *, quantized: bool, cache_dir: Path | None = None, threads: int = 1
    ) -> None:
        import onnxruntime as ort

        path = exported_model(model_dir, quantized=quantized, cache_dir=cache_dir or default_cache_dir())
        options = ort.SessionOptions()
        # One thread: on a small shared CPU, more threads cost more in contention than they win per query.
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.path = path
        self._session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def __call__(self, batch: dict[str, np.ndarray]) -> np.ndarray:
        feed = {name: np.asarray(batch[name], dtype=np.int64) for name in INPUTS}
        return np.asarray(self._session.run(None, feed)[0], dtype=np.float32)


def exported_model(model_dir: Path, *, quantized: bool, cache_dir: Path) -> Path:
    """The cached ONNX file for these weights (fp32, or int8 weights with dynamic activation scales)."""
    key = _cache_key(model_dir)
    fp32 = cache_dir / f"minilm-{key}.onnx"
    if not fp32.exists():
        _atomic_write(fp32, lambda tmp: _export(model_dir, tmp))
    if not quantized:
        return fp32
    int8 = cache_dir / f"minilm-{key}.int8pc.onnx"
    if not int8.exists():
        _atomic_write(int8, lambda tmp: _quantize(fp32, tmp))
    return int8


def _cache_key(model_dir: Path) -> str:
    from importlib.metadata import version

    weights = sorted(model_dir.glob("*.safetensors")) or sorted(model_dir.glob("*.bin"))
    digest = hashlib.sha256()
    for path in [model_dir / "config.json", *weights]:
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}".encode())
    # Every library that shapes the file: the exporter (torch), the model code it traces (transformers) and the
    # quantiser (onnxruntime, onnx). Keyed on torch and onnxruntime alone, an export made before a transformers or
    # onnx upgrade was kept where a fresh machine exports anew, and int8 rounding moves readings that sit on an
    # edge (issue 17, evals/suites/edge-readings-17.REPORT.md).
    libraries = ("torch", "transformers", "onnxruntime", "onnx")
    digest.update(":".join(version(name) for name in libraries).encode())
    return digest.hexdigest()[:16]


def _atomic_write(target: Path, write: Any) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=target.parent, suffix=".onnx.part")
    os.close(handle)
    tmp = Path(name)
    try:
        write(tmp)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


def _export(model_dir: Path, target: Path) -> None:
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
    example = {name: torch.ones((1, 8), dtype=torch.long) for name in INPUTS}
    example["token_type_ids"] = torch.zeros((1, 8), dtype=torch.long)
    dynamic = {name: {0: "batch", 1: "tokens"} for name in INPUTS} | {"embedding": {0: "batch"}}
    with torch.inference_mode():
        torch.onnx.export(
            _Pooled(model),
            tuple(example[name] for name in INPUTS),
            str(target),
            input_names=list(INPUTS),
            output_names=["embedding"],
            dynamic_axes=dynamic,
            opset_version=17,
            dynamo=False,  # the TorchScript exporter needs no onnxscript and handles BERT fine
        )


def _quantize(fp32: Path, target: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        str(fp32),
        str(target),
        weight_type=QuantType.QInt8,
        per_channel=True,  # per-tensor scales moved sentence vectors to cosine 0.83-0.96; per channel, >= 0.96
        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
    )


def _pooled_module() -> type:
    import torch

    class Pooled(torch.nn.Module):
        """BERT + attention-masked mean pooling + L2 normalisation, as sentence-transformers does it."""

        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=-1)

    return Pooled


def _Pooled(model: Any) -> Any:  # noqa: N802 - builds the torch module lazily so importing needs no torch
    return _pooled_module()(model)
