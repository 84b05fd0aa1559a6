"""Run-time configuration from the environment and `.env`, built only at entrypoints."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER_SECRETS = {"", "changeme", "change-me", "secret", "dev-secret"}


class CatalogSettings(BaseModel):
    """Where the product index lives and which embedders fill it.

    `qdrant_url` (+ `qdrant_api_key`) selects a Qdrant server; otherwise the index is embedded at
    `qdrant_path`. Embedders: `minilm` (text), `descriptor` (photos, no weights) or `clip` (both; needs
    `clip_model`, a local directory with a CLIPModel, its tokenizer and image processor).
    """

    qdrant_path: Path = Path("var/qdrant")
    qdrant_url: str | None = None
    qdrant_api_key: SecretStr | None = None
    collection: str = "vitrine_catalog"
    text_embedder: Literal["minilm", "clip"] = "minilm"
    image_embedder: Literal["descriptor", "clip"] = "descriptor"
    clip_model: str | None = None
    source_dir: Path = Path("../shared/data/magento-catalog")
    demo_dir: Path = PROJECT_ROOT / "data" / "demo-catalog"
    batch_size: int = Field(default=32, ge=1, le=1024)
    torch_threads: int | None = Field(default=1, ge=1)


class ModelSettings(BaseModel):
    """Which decision/reply backend the agent uses and how to reach it.

    `auto` picks vLLM when a base URL is set, else the in-process model when its weights are on disk, else
    the resolver. Every LLM backend falls back to the resolver when it fails.
    """

    backend: Literal["resolver", "vllm", "local", "auto"] = "resolver"
    vllm_base_url: str | None = None
    vllm_api_key: SecretStr | None = None
    vllm_model: str = "llava-hf/llava-onevision-qwen2-0.5b-ov-hf"
    local_model: str | None = None
    local_device: str = "cpu"
    timeout_s: float = Field(default=20.0, gt=0)
    max_retries: int = Field(default=2, ge=0, le=5)
    retry_wait_s: float = Field(default=0.5, ge=0, description="base of the jittered exponential backoff")
    breaker_failures: int = Field(default=5, ge=1)
    breaker_reset_s: float = Field(default=30.0, gt=0)
    call_budget_s: float = Field(default=2.0, gt=0, description="then (with retries) the resolver answers")
    hold_off_s: float = Field(default=10.0, ge=0, description="after a failure, resolver answers this long")
    decision_max_tokens: int = 512
    reply_max_tokens: int = 400
    max_model_len: int = 8192
    max_images_per_prompt: int = 1
    data_parallel_size: int = Field(default=1, ge=1)
    torch_threads: int | None = Field(
        default=None, ge=1, description="CPU threads for in-process models; 1 is fastest on busy small hosts"
    )


class IntakeSettings(BaseModel):
    """Photo uploads: per-customer quotas, and whether (and how long) unredacted originals are kept.

    Only the redacted copy is ever shown or sent to a model. Originals are off by default; when kept they
    are deleted by `vitrine evidence purge` once older than `originals_retention_days`.
    """

    max_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    quota_photos: int = Field(default=30, ge=1, description="photos one customer may upload per window")
    quota_bytes: int = Field(default=60 * 1024 * 1024, ge=1024, description="bytes per customer per window")
    quota_window_s: int = Field(default=3600, ge=60)
    keep_originals: bool = False
    originals_retention_days: int = Field(default=30, ge=0)
    evidence_retention_days: int = Field(default=365, ge=1)
    turn_deadline_s: float = Field(default=4.0, gt=0, description="then the turn is held, customer told")
    redaction_processes: int = Field(
        default=1, ge=0, le=64,
        description="worker processes that check and redact photos, niced below the server; 0 redacts on "
                    "threads inside the server process")


class Settings(BaseSettings):
    """Everything Vitrine reads from its environment (prefix `VITRINE_`, nested with `__`)."""

    model_config = SettingsConfigDict(
        env_prefix="VITRINE_", env_file=".env", env_nested_delimiter="__", extra="ignore"
    )

    database_url: str = "sqlite+aiosqlite:///var/vitrine.db"
    checkpoint_url: str | None = None
    data_dir: Path = Path("var")
    secret_key: SecretStr = Field(default=SecretStr("dev-only-not-secret"))
    environment: Literal["development", "test", "production"] = "development"
    confirmation_ttl_s: int = 900
    catalog: CatalogSettings = CatalogSettings()
    model: ModelSettings = ModelSettings()
    intake: IntakeSettings = IntakeSettings()

    @field_validator("database_url")
    @classmethod
    def _known_driver(cls, url: str) -> str:
        if not url.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("database_url must use sqlite+aiosqlite:// or postgresql+asyncpg://")
        return url

    def require_production_secrets(self) -> None:
        """Refuse to run in production with a placeholder secret."""
        if self.environment == "production" and (
            self.secret_key.get_secret_value() in PLACEHOLDER_SECRETS
            or self.secret_key.get_secret_value().startswith("dev-only")
        ):
            raise ValueError("VITRINE_SECRET_KEY must be set to a real secret in production")


def load_settings(**overrides: object) -> Settings:
    """Build settings at an entrypoint; also pins strict msgpack for LangGraph checkpoints."""
    os.environ.setdefault("LANGGRAPH_STRICT_MSGPACK", "true")
    settings = Settings(**overrides)  # type: ignore[arg-type]
    settings.require_production_secrets()
    return settings
