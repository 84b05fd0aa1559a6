"""Run-time configuration from the environment and `.env`, built only at entrypoints."""

from __future__ import annotations

import ipaddress
import json
import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, SecretStr, ValidationInfo, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from assistant.secret_key_policy import HOW_TO_GENERATE, secret_key_problem
from tools.catalog.vector_cache import default_cache_dir

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class CatalogSettings(BaseModel):
    """Where the product index lives and which embedders fill it.

    `qdrant_url` (+ `qdrant_api_key`) selects a Qdrant server; otherwise the index is embedded at
    `qdrant_path`. Embedders: `minilm` (text), `fused` (photos: EfficientNet-Lite0 through a
    learned head + colour; the default), `descriptor` (photos, no weights) or `clip` (both; needs
    `clip_model`, a local directory with a CLIPModel, its tokenizer and image processor).
    """

    qdrant_path: Path = Path("var/qdrant")
    qdrant_url: str | None = None
    qdrant_api_key: SecretStr | None = None
    collection: str = "vitrine_catalog"
    qdrant_shard_number: int | None = Field(default=None, ge=1, description="server mode: shards of a new collection")
    qdrant_replication_factor: int | None = Field(default=None, ge=1,
                                                  description="server mode: copies of each shard (a cluster)")
    text_embedder: Literal["minilm", "clip"] = "minilm"
    image_embedder: Literal["fused", "descriptor", "clip"] = "fused"
    clip_model: str | None = None
    # Vectors of catalog photo files kept by content, shared by every store on this machine (a rebuilt index or a
    # new demo directory embeds no photo twice); empty (VITRINE_CATALOG__PHOTO_VECTOR_CACHE=) keeps none
    photo_vector_cache: Path | None = Field(default_factory=default_cache_dir)
    source_dir: Path = Path("../shared/data/magento-catalog")
    demo_dir: Path = PROJECT_ROOT / "data" / "demo-catalog"
    batch_size: int = Field(default=32, ge=1, le=1024)
    torch_threads: int | None = Field(default=1, ge=1)

    @field_validator("photo_vector_cache", mode="before")
    @classmethod
    def _empty_keeps_none(cls, value: object) -> object:
        return None if value == "" else value


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
    reply_budget_s: float = Field(
        default=8.0, gt=0, description="a model reply is checked whole before it is sent; then the template")
    hold_off_s: float = Field(default=10.0, ge=0, description="after a failure, resolver answers this long")
    decision_max_tokens: int | None = Field(
        default=None, ge=16, description="None: each contract's longest compact answer (schema.decision_token_cap)")
    compact_json: bool = Field(
        default=True, description="serve with vLLM's structured-output whitespace disabled (serve-command)")
    vllm_images: Literal["auto", "yes", "no"] = Field(
        default="auto", description="whether the served model takes images; auto asks it once with a tiny probe")
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
    message_record_retention_days: int = Field(
        default=30, ge=1, description="customer message ids (and the answers a retry is shown) are kept this "
                                      "long; `vitrine db prune-messages` deletes older ones")
    turn_deadline_s: float = Field(default=4.0, gt=0, description="then the turn is held, customer told")
    warm_photo_models: bool = Field(
        default=True, description="the web app loads the photo models at start-up, before it serves, so the "
                                  "first photo after a start does not pay for loading them")
    redaction_processes: int = Field(
        default=1, ge=0, le=64,
        description="worker processes that check and redact photos, niced below the server; 0 redacts on "
                    "threads inside the server process")
    queue_url: str | None = Field(
        default=None, description="redis://…: photos are checked and redacted by `vitrine worker photos` "
                                  "processes fed through a Redis stream instead of this process's own workers")
    queue_prefix: str = Field(default="vitrine:photos:", min_length=1,
                              description="Redis key prefix of the photo queue (one per shop on a shared Redis)")


_ORIGIN = re.compile(r"https?://(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?")


def _listed(value: object) -> object:
    """A comma-separated environment value as a list (a JSON list is accepted too)."""
    if isinstance(value, str):
        text = value.strip()
        return json.loads(text) if text.startswith("[") else [item.strip() for item in text.split(",") if item.strip()]
    return value


class WebSettings(BaseModel):
    """The served app's edge: which reverse proxies to believe, and who may show the chat in a frame.

    `trusted_proxies`: IPs or CIDRs (`10.0.0.0/8`) whose X-Forwarded-For / X-Forwarded-Proto are believed;
    empty (the default) believes nobody, so the connection's own address and scheme count.
    `frame_ancestors`: origins (`https://help.example.com`), besides the app itself, whose pages may frame /chat.
    `form_origins`: origins, besides the address the app is reached at (its Host), whose pages may post the desk's
    forms and the sign-in/sign-out forms (assistant/web/same_origin_forms.py); needed only where the proxy hands
    the app another Host than the browser's address bar shows. All three read as comma-separated lists from the
    environment (`VITRINE_WEB__TRUSTED_PROXIES=10.0.0.0/8,::1`).
    `bus_url` (`redis://host:6379/0`): the Redis that replicas share for live chat events and sign-in
    throttling; unset, both stay in-process (one replica). `chat_history_url`: the chat's display history
    (Chainlit's data layer); replicas need a shared one (`postgresql+asyncpg://…`); unset, an SQLite file in
    the data directory. `chat_transports` (`websocket`): the socket.io transports the chat page may use;
    websocket alone lets a load balancer spread chats without sticky sessions (see README "Scaling out").
    `turns_per_account` / `turns_per_client`: how many chat turns (chat, widget and API messages) one signed-in
    account, and one client address (behind a trusted proxy, the one it names), may send: `limits` windows,
    a burst and a steady rate ("8 per 20 seconds; 60 per 10 minutes"); "" switches that budget off (a load
    bench). Counted in `bus_url`'s Redis when set, so across replicas (assistant/web/turn_rate.py).
    """

    trusted_proxies: Annotated[list[str], NoDecode] = []
    frame_ancestors: Annotated[list[str], NoDecode] = []
    form_origins: Annotated[list[str], NoDecode] = []
    bus_url: str | None = None
    chat_history_url: str | None = None
    chat_transports: Annotated[list[Literal["websocket", "polling"]], NoDecode] = []
    turns_per_account: str = "8 per 20 seconds; 60 per 10 minutes"
    turns_per_client: str = "30 per 20 seconds; 240 per 10 minutes"  # a shop's or a family's shared address

    @field_validator("turns_per_account", "turns_per_client")
    @classmethod
    def _turn_budget(cls, budget: str) -> str:
        from limits import parse_many

        try:
            windows = parse_many(budget) if budget.strip() else []
        except ValueError:
            windows = None
        if windows is None or any(window.amount < 1 for window in windows):
            raise ValueError(f"not a turn budget like '8 per 20 seconds; 60 per 10 minutes': {budget!r}")
        return budget

    @field_validator("bus_url")
    @classmethod
    def _redis_url(cls, url: str | None) -> str | None:
        if url is not None and not url.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("bus_url must be a Redis URL: redis://, rediss:// or unix://")
        return url

    @field_validator("trusted_proxies", "frame_ancestors", "form_origins", "chat_transports", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        return _listed(value)

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, entries: list[str]) -> list[str]:
        for entry in entries:
            try:
                ipaddress.ip_network(entry, strict=False)
            except ValueError as error:
                raise ValueError(f"trusted_proxies: {entry!r} is not an IP address or CIDR") from error
        return entries

    @field_validator("frame_ancestors", "form_origins")
    @classmethod
    def _origins(cls, entries: list[str], info: ValidationInfo) -> list[str]:
        origins = [entry.rstrip("/").lower() for entry in entries]
        for origin in origins:
            if not _ORIGIN.fullmatch(origin) or (info.field_name == "form_origins" and "*" in origin):
                raise ValueError(f"{info.field_name}: {origin!r} is not an origin like https://help.example.com")
        return origins


class IdentitySettings(BaseModel):
    """How a guest proves who they are in chat (see tools/verification.py).

    `guest_verification`: `order_proof` (email + an order number + its zip, together) or `tau` (tau-bench's
    email, or name + zip: for replays and evals only, refused in production). Failed attempts are throttled per
    requester (conversation, signed-in or guest account, client address; behind a trusted proxy, the one it names)
    with a wait after the first few that doubles with each further failure, and a limit for the window; per order,
    order with zip and claimed email only by a much higher ceiling over a longer window, so a stranger's few wrong
    zips never lock the owner out (attack18 A18-8); an account is verified as a few customers at most.
    """

    guest_verification: Literal["order_proof", "tau"] = "order_proof"
    max_failed_verifications: int = Field(default=5, ge=1, le=100)  # per conversation
    max_failed_verifications_per_account: int = Field(default=10, ge=1, le=100)
    max_customers_per_account: int = Field(default=3, ge=1, le=100)
    max_failed_verifications_per_client: int = Field(default=20, ge=1, le=1000)
    verification_window_s: int = Field(default=3600, ge=60)
    # a requester's failures before each further try waits, and the first wait (doubled by each further failure)
    verification_backoff_after: int = Field(default=3, ge=1, le=100)
    verification_backoff_s: int = Field(default=30, ge=1, le=86400)
    # failures from anyone on one order (or order + zip, or claimed email) before it takes no more, in its window
    max_failed_verifications_per_order: int = Field(default=20, ge=1, le=1000)
    verification_order_window_s: int = Field(default=86400, ge=60)
    # a guest's proof ends after this long without a message (assistant/guest_proof_expiry.py)
    guest_proof_idle_s: int = Field(default=1800, ge=60)


class Settings(BaseSettings):
    """Everything Vitrine reads from its environment (prefix `VITRINE_`, nested with `__`)."""

    model_config = SettingsConfigDict(
        env_prefix="VITRINE_", env_file=".env", env_nested_delimiter="__", extra="ignore"
    )

    database_url: str = "sqlite+aiosqlite:///var/vitrine.db"  # by default, `vitrine.db` in `data_dir`
    checkpoint_url: str | None = None
    data_dir: Path = Path("var")
    secret_key: SecretStr = Field(default=SecretStr("dev-only-not-secret"))
    environment: Literal["development", "test", "production"] = "development"
    confirmation_ttl_s: int = 900
    catalog: CatalogSettings = CatalogSettings()
    model: ModelSettings = ModelSettings()
    intake: IntakeSettings = IntakeSettings()
    identity: IdentitySettings = IdentitySettings()
    web: WebSettings = WebSettings()

    @model_validator(mode="before")
    @classmethod
    def _database_in_data_dir(cls, data: Any) -> Any:
        """Without a database URL the order store lives in the data directory, beside the checkpoints."""
        if isinstance(data, dict) and not data.get("database_url") and data.get("data_dir"):
            data = {**data, "database_url": f"sqlite+aiosqlite:///{Path(data['data_dir']) / 'vitrine.db'}"}
        return data

    @field_validator("database_url")
    @classmethod
    def _known_driver(cls, url: str) -> str:
        if not url.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("database_url must use sqlite+aiosqlite:// or postgresql+asyncpg://")
        return url

    def require_production_secrets(self) -> None:
        """Refuse to run in production with a weak secret or a guest rule meant for evals."""
        if self.environment != "production":
            return
        problem = secret_key_problem(self.secret_key.get_secret_value())
        if problem:
            raise ValueError(f"VITRINE_SECRET_KEY is not a production secret: {problem}; {HOW_TO_GENERATE}")
        if self.identity.guest_verification == "tau":
            raise ValueError("VITRINE_IDENTITY__GUEST_VERIFICATION=tau is for replays and evals, not production")


def load_settings(**overrides: object) -> Settings:
    """Build settings at an entrypoint; also pins strict msgpack for LangGraph checkpoints."""
    os.environ.setdefault("LANGGRAPH_STRICT_MSGPACK", "true")
    settings = Settings(**overrides)  # type: ignore[arg-type]
    settings.require_production_secrets()
    return settings
