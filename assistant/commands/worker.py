"""`vitrine worker photos`: check and redact customer photos from the Redis job stream (any number, anywhere)."""

from __future__ import annotations

import asyncio
import logging
import os
import socket

import typer
from rich.console import Console

from assistant.settings import Settings, load_settings

console = Console()
worker_app = typer.Typer(help="Background workers for a scaled-out deployment.", no_args_is_help=True)


async def run_photo_worker(settings: Settings, name: str, claim_idle_s: float) -> None:
    from redis.asyncio import Redis

    from assistant.intake.photo_queue import PhotoWorker
    from assistant.intake.redaction import Redactor
    from assistant.intake.redaction_pool import clean_and_redact

    if not settings.intake.queue_url:
        raise typer.BadParameter("set VITRINE_INTAKE__QUEUE_URL=redis://... (the replicas' photo queue)")
    redactor = Redactor()
    redactor.warm_up()
    redis = Redis.from_url(settings.intake.queue_url)
    worker = PhotoWorker(redis, lambda data, limit: clean_and_redact(redactor, data, limit), name=name,
                         prefix=settings.intake.queue_prefix, claim_idle_s=claim_idle_s)
    console.print(f"photo worker {name} on {settings.intake.queue_url.split('@')[-1]}")
    try:
        await worker.run()
    finally:
        await redis.aclose()


@worker_app.command("photos")
def photos(
    name: str = typer.Option("", help="This worker's consumer name (default: host and process id); a "
                                      "restarted worker with the same name takes back its own unfinished jobs."),
    claim_idle_s: float = typer.Option(30.0, help="Take over a job another worker has held this long "
                                                  "(it died mid-job); longer than any one redaction."),
) -> None:
    """Check and redact photos queued by the app replicas (VITRINE_INTAKE__QUEUE_URL); runs until stopped."""
    logging.basicConfig(level=logging.INFO)
    settings = load_settings()
    try:
        asyncio.run(run_photo_worker(settings, name or f"{socket.gethostname()}-{os.getpid()}", claim_idle_s))
    except KeyboardInterrupt:
        console.print("stopped")


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    app.add_typer(worker_app, name="worker")
