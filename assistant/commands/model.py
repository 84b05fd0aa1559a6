"""`vitrine model serve-command` and `vitrine model check`."""

from __future__ import annotations

import asyncio

import typer
from rich.console import Console

from assistant.models.serve_command import serve_command, shell_line
from assistant.settings import load_settings


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    group = groups["model"]

    @group.command("serve-command")
    def serve_command_cli(
        replicas: int = typer.Option(None, help="Data-parallel engine replicas on this node (one per GPU)."),
        port: int = typer.Option(
            None, help="Port to listen on (default: the port of VITRINE_MODEL__VLLM_BASE_URL)."
        ),
        gpu_memory: float = typer.Option(0.90, help="Fraction of each GPU's memory vLLM may use."),
    ) -> None:
        """Print the recommended `vllm serve` line for the configured LLaVA (VITRINE_MODEL__VLLM_MODEL)."""
        settings = load_settings().model
        if replicas:
            settings = settings.model_copy(update={"data_parallel_size": replicas})
        typer.echo(shell_line(serve_command(settings, port=port, gpu_memory=gpu_memory)))

    @group.command("check")
    def check_cli() -> None:
        """Ping the configured vLLM server and list its models; exits 1 when it cannot be reached."""
        from assistant.models.breaker import CircuitBreaker
        from assistant.models.factory import PROMPTS_DIR
        from assistant.models.prompts import PromptLibrary
        from assistant.models.vllm import VllmBackend

        settings = load_settings().model
        console = Console()
        if not settings.vllm_base_url:
            console.print(
                "No server configured (VITRINE_MODEL__VLLM_BASE_URL); the resolver answers offline."
            )
            raise typer.Exit(0)
        backend = VllmBackend(settings, PromptLibrary(PROMPTS_DIR), breaker=CircuitBreaker())

        async def ping() -> list[str]:
            try:
                return await backend.ping()
            finally:
                await backend.aclose()

        try:
            models = asyncio.run(ping())
        except Exception as error:  # noqa: BLE001 - report any failure to reach the server
            console.print(f"[red]{settings.vllm_base_url} is not reachable: {error}[/red]")
            raise typer.Exit(1) from error
        status = "serves" if settings.vllm_model in models else "does NOT serve"
        console.print(
            f"{settings.vllm_base_url} {status} {settings.vllm_model} (models: {', '.join(models)})"
        )
