"""The composition root: Settings → store, catalog index, model backend, evidence store, checkpoints → service.

Built once per process by an entrypoint (CLI, web app, eval runner) and closed with it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from assistant.checkpoints import default_checkpoint_url, open_checkpointer
from assistant.context import Deps, catalog_image_roots
from assistant.conversation import ConversationService
from assistant.grounding.catalog_vocabulary import read_vocabulary
from assistant.intake.evidence import open_evidence_store
from assistant.models.backend import ModelBackend
from assistant.settings import PROJECT_ROOT, CatalogSettings, Settings
from tools.catalog.embedders import EmbedderConfig
from tools.catalog.index import CatalogIndex, CollectionLayout, IndexConfig, open_catalog_index
from tools.store.engine import create_engine, create_session_factory, upgrade_database_async
from tools.verification import GuestRule, VerificationLimits


def index_config(catalog: CatalogSettings) -> IndexConfig:
    return IndexConfig(path=catalog.qdrant_path, url=catalog.qdrant_url, api_key=catalog.qdrant_api_key,
                       collection=catalog.collection,
                       layout=CollectionLayout(shard_number=catalog.qdrant_shard_number,
                                               replication_factor=catalog.qdrant_replication_factor))


def embedder_config(catalog: CatalogSettings) -> EmbedderConfig:
    return EmbedderConfig(text_embedder=catalog.text_embedder, image_embedder=catalog.image_embedder,
                          clip_model=catalog.clip_model, batch_size=catalog.batch_size,
                          torch_threads=catalog.torch_threads, photo_vector_cache=catalog.photo_vector_cache)


def open_index(settings: Settings, *, check: bool = True) -> CatalogIndex:
    """The catalog index; an index built with other embedders is refused unless `check` is off (rebuilds)."""
    return open_catalog_index(index_config(settings.catalog), embedder_config(settings.catalog), check=check)


def build_backend(settings: Settings) -> ModelBackend:
    """The model backend named in settings (resolver, vLLM, in-process LLaVA), degrading to the resolver."""
    from assistant.models.factory import build_backend as build_model_backend

    return build_model_backend(settings.model, prompts_dir=PROJECT_ROOT / "prompts")


@asynccontextmanager
async def open_assistant(settings: Settings, *, backend: ModelBackend | None = None
                         ) -> AsyncIterator[ConversationService]:
    """A ready conversation service on the configured store, index, model and checkpoints."""
    await upgrade_database_async(settings.database_url)
    engine = create_engine(settings.database_url)
    index = open_index(settings)
    await asyncio.to_thread(read_vocabulary, index)  # read once at start, not in a customer's first turn
    model = backend or build_backend(settings)
    checkpoints = settings.checkpoint_url or default_checkpoint_url(settings.database_url, settings.data_dir)
    evidence = open_evidence_store(settings)
    if evidence.redaction_pool is not None:
        evidence.redaction_pool.start()
    try:
        async with open_checkpointer(checkpoints) as saver:
            deps = Deps(sessions=create_session_factory(engine), backend=model,
                        secret_key=settings.secret_key.get_secret_value().encode(), catalog=index,
                        catalog_images=catalog_image_roots(settings.catalog),
                        guest_rule=GuestRule(settings.identity.guest_verification),
                        verification_limits=VerificationLimits(
                            max_failures=settings.identity.max_failed_verifications,
                            max_failures_per_order=settings.identity.max_failed_verifications_per_order,
                            max_failures_per_requester=settings.identity.max_failed_verifications_per_account,
                            max_customers_per_requester=settings.identity.max_customers_per_account,
                            max_failures_per_client=settings.identity.max_failed_verifications_per_client,
                            window_s=settings.identity.verification_window_s,
                            backoff_after=settings.identity.verification_backoff_after,
                            backoff_base_s=settings.identity.verification_backoff_s,
                            order_window_s=settings.identity.verification_order_window_s,
                            proof_idle_s=settings.identity.guest_proof_idle_s))
            service = ConversationService(deps, saver, evidence, turn_deadline_s=settings.intake.turn_deadline_s)
            try:
                yield service
            finally:
                await service.wind_down()
    finally:
        evidence.close()
        await model.aclose()
        index.client.close()
        await engine.dispose()
