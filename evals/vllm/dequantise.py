"""Turn a GGUF file into a transformers folder (safetensors + tokenizer) that vLLM's CPU build loads.

Runs in the vLLM venv (needs `transformers` and `gguf`): `python evals/vllm/dequantise.py MODEL.gguf OUT_DIR`.
transformers reads the GGUF's weights (dequantised to float), its config and its tokenizer; nothing is fetched.
"""

from __future__ import annotations

import sys
from pathlib import Path


def dequantise(gguf: Path, out: Path) -> Path:
    if (out / "config.json").is_file():
        return out
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    options = {}
    try:  # transformers 5 keeps GGUF weights packed (not serialisable) unless told to unpack them
        from transformers import GgufConfig

        options["quantization_config"] = GgufConfig(gguf_file=gguf.name, dequantize=True)
    except ImportError:  # older transformers always unpack
        pass
    model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype="bfloat16",
                                                 **options)
    partial = out.with_name(out.name + ".partial")
    model.save_pretrained(partial, safe_serialization=True)
    tokenizer.save_pretrained(partial)
    partial.rename(out)
    return out


if __name__ == "__main__":
    print(dequantise(Path(sys.argv[1]), Path(sys.argv[2])))  # noqa: T201
