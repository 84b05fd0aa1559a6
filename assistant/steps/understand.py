"""Ask the model layer what the customer wants in this turn (intent + slots)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.models.contracts import TurnIntent
from assistant.models.requests import ChatTurn, DecisionRequest, ImageInput
from assistant.state import ConversationState, Photo

HISTORY_TURNS = 6


def chat_history(state: ConversationState) -> list[ChatTurn]:
    turns = state.get("transcript", [])[-HISTORY_TURNS - 1 : -1]
    return [ChatTurn(role="customer" if t["role"] == "customer" else "assistant", text=t["text"]) for t in turns]


def image_of(photo: Photo) -> ImageInput:
    """The redacted copy of a photo as model input (models never see the original)."""
    return ImageInput(data=Path(photo["uri"]).read_bytes(), media_type=photo["media_type"])  # type: ignore[arg-type]


def photo_input(state: ConversationState) -> ImageInput | None:
    """This turn's photo, if any, as model input."""
    photo = (state.get("incoming") or {}).get("photo")
    return image_of(photo) if photo else None


async def understand(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    topic = state.get("topic")
    request = DecisionRequest(
        text=(state.get("incoming") or {}).get("text", ""),
        history=chat_history(state),
        image=photo_input(state),
        awaiting=topic["intent"] if topic else None,
        language=state.get("language") or "en",
    )
    decision = await runtime.context.backend.decide(TurnIntent, request)
    update: dict[str, Any] = {"intent": decision.value.model_dump(mode="json")}
    if decision.notice:
        update["notices"] = [decision.notice]
    return update
