"""`vitrine chat`: talk to the assistant in the terminal, as a signed-in demo customer or anonymously."""

from __future__ import annotations

import asyncio
import shlex
import uuid
from pathlib import Path

import typer
from rich.console import Console

from assistant.conversation import ConversationService
from assistant.intake.validation import PhotoRefused
from assistant.settings import load_settings
from assistant.state import Photo
from assistant.wiring import open_assistant

console = Console()
HELP = "Type a message. `/photo PATH [message]` attaches a photo, `/quit` leaves."


def _read_file(path: str) -> bytes:
    return Path(path).expanduser().read_bytes()


async def _turn(service: ConversationService, conversation_id: str, line: str, customer: str | None) -> None:
    text, photo = line, None
    if line.startswith("/photo "):
        parts = shlex.split(line[len("/photo "):])
        text = " ".join(parts[1:])
        try:
            data = await asyncio.to_thread(_read_file, parts[0])
            photo = await service.accept_photo(data, owner=customer)
        except (OSError, PhotoRefused) as error:
            console.print(f"[red]{error}[/red]")
            return
    await _print_stream(service, conversation_id, text, photo, customer)


async def _print_stream(service: ConversationService, conversation_id: str, text: str, photo: Photo | None,
                        customer: str | None) -> None:
    console.print("[bold magenta]vitrine>[/bold magenta] ", end="")
    async for event in service.stream(conversation_id, text, photo=photo, session_customer_id=customer):
        if event["type"] == "token":
            console.print(event["text"], end="", markup=False, highlight=False)
        elif event["type"] == "message_end":
            console.print()
        elif event["type"] == "turn":
            for message in event["result"].messages:
                for card in message.get("cards", []):
                    console.print(f"  [cyan]• {card['title']}[/cyan] {card.get('colour') or ''} "
                                  f"{card.get('price') or ''} — {card.get('reason') or ''}")
            if event["result"].waiting_for_agent:
                console.print("[yellow](waiting for a member of the team)[/yellow]")


async def _chat(customer: str | None) -> None:
    settings = load_settings()
    async with open_assistant(settings) as service:
        conversation_id = f"cli-{uuid.uuid4().hex[:8]}"
        console.print(f"[dim]{HELP} Conversation {conversation_id}"
                      + (f", signed in as {customer}" if customer else "") + "[/dim]")
        while True:
            line = await asyncio.to_thread(console.input, "[bold green]you>[/bold green] ")
            if line.strip() in ("/quit", "/exit"):
                return
            if line.strip():
                await _turn(service, conversation_id, line.strip(), customer)


def chat(
    customer: str = typer.Option(None, help="Sign in as this customer id (e.g. demo_mia_novak); "
                                            "without it the assistant asks you to verify."),
) -> None:
    """Chat with the assistant in the terminal (the store, index and model from your settings)."""
    try:
        asyncio.run(_chat(customer))
    except (EOFError, KeyboardInterrupt):
        console.print()


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    app.command("chat")(chat)
