"""The conversation service the surfaces call: customer turns, agent replies and hand-backs.

One LangGraph thread per conversation. While an agent holds a conversation the graph is paused in
`interrupt()`, and every event (customer message, agent reply, hand-back) resumes it.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.types import Command
from pydantic import BaseModel

from assistant.context import Deps
from assistant.graph import build_graph
from assistant.intake.evidence import EvidenceStore
from assistant.intake.validation import PhotoRefused
from assistant.state import Photo


class IdentityConflict(Exception):
    """The session's customer differs from the one this conversation belongs to."""


class TurnResult(BaseModel):
    conversation_id: str
    messages: list[dict[str, Any]]
    notices: list[str] = []
    waiting_for_agent: bool = False
    ticket_id: int | None = None
    customer_id: str | None = None


class ConversationService:
    def __init__(self, deps: Deps, checkpointer: BaseCheckpointSaver, evidence: EvidenceStore | None = None) -> None:
        self.deps = deps
        self.evidence = evidence
        self.graph = build_graph().compile(checkpointer=checkpointer)

    async def accept_photo(self, data: bytes) -> Photo:
        """Validate, re-encode and redact an upload before anything keeps it; raises `PhotoRefused`."""
        if self.evidence is None:
            raise PhotoRefused("Photos can't be received here right now.")
        photo, _report = await asyncio.to_thread(self.evidence.accept, data)
        return photo

    @staticmethod
    def _config(conversation_id: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": conversation_id}}

    async def _paused(self, conversation_id: str) -> bool:
        snapshot = await self.graph.aget_state(self._config(conversation_id))
        return bool(snapshot.interrupts)

    async def _events(self, conversation_id: str, payload: Any) -> AsyncIterator[dict[str, Any]]:
        """Step names as they finish and reply text as it is written, then the turn's result."""
        state: dict[str, Any] = {}
        # Checkpoints are written when the turn ends or pauses ("exit"): a crash mid-turn re-runs the turn
        # from its start, which is safe because every side effect is idempotent on ids kept in the state.
        async for mode, chunk in self.graph.astream(payload, self._config(conversation_id), context=self.deps,
                                                     stream_mode=["updates", "custom", "values"], durability="exit"):
            if mode == "updates":
                for step in chunk:
                    if not step.startswith("__"):
                        yield {"type": "step", "name": step}
            elif mode == "custom":
                yield chunk
            else:
                state = chunk
        yield {"type": "turn", "result": self._result(conversation_id, state)}

    async def _run(self, conversation_id: str, payload: Any) -> TurnResult:
        result = None
        async for event in self._events(conversation_id, payload):
            if event["type"] == "turn":
                result = event["result"]
        assert result is not None  # the stream always ends with the turn  # noqa: S101
        return result

    def _result(self, conversation_id: str, state: dict[str, Any]) -> TurnResult:
        handoff = state.get("handoff") or {}
        return TurnResult(conversation_id=conversation_id, messages=state.get("messages", []),
                          notices=state.get("notices", []), waiting_for_agent=bool(handoff.get("active")),
                          ticket_id=handoff.get("ticket_id"), customer_id=state.get("customer_id"))

    async def send(
        self, conversation_id: str, text: str, *, photo_bytes: bytes | None = None,
        session_customer_id: str | None = None, message_id: str | None = None,
    ) -> TurnResult:
        """A customer message; `session_customer_id` is the customer the web session authenticated.

        A refused photo does not lose the message: the text is still answered, with the refusal as a notice.
        """
        message_id = message_id or uuid.uuid4().hex
        photo, refusal = None, None
        if photo_bytes is not None:
            try:
                photo = await self.accept_photo(photo_bytes)
            except PhotoRefused as error:
                refusal = str(error)
                if not text.strip():
                    return TurnResult(conversation_id=conversation_id, notices=[refusal],
                                      messages=[{"text": refusal, "cards": [], "quick_replies": [], "author": "assistant"}])
        result = await self._send(conversation_id, text, photo, session_customer_id, message_id)
        if refusal:
            result.notices.insert(0, refusal)
        return result

    async def stream(
        self, conversation_id: str, text: str, *, photo: Photo | None = None,
        session_customer_id: str | None = None, message_id: str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Like `send` for an already accepted photo, but yields step and token events as they happen."""
        payload = await self._payload(conversation_id, text, photo, session_customer_id, message_id or uuid.uuid4().hex)
        async for event in self._events(conversation_id, payload):
            yield event

    async def _send(
        self, conversation_id: str, text: str, photo: Photo | None, session_customer_id: str | None, message_id: str
    ) -> TurnResult:
        return await self._run(conversation_id,
                               await self._payload(conversation_id, text, photo, session_customer_id, message_id))

    async def _payload(
        self, conversation_id: str, text: str, photo: Photo | None, session_customer_id: str | None, message_id: str
    ) -> Any:
        snapshot = await self.graph.aget_state(self._config(conversation_id))
        owner = snapshot.values.get("customer_id") if snapshot.values else None
        if session_customer_id and owner and owner != session_customer_id:
            raise IdentityConflict(conversation_id)
        if snapshot.interrupts:
            # While an agent holds the conversation the message (and its photo) goes to the ticket.
            return Command(resume={"kind": "customer_message", "text": text, "message_id": message_id,
                                   "photo": photo})
        payload: dict[str, Any] = {"conversation_id": conversation_id,
                                   "incoming": {"message_id": message_id, "text": text, "photo": photo}}
        if session_customer_id and not owner:
            payload.update(customer_id=session_customer_id, verified_by="session")
        return payload

    async def agent_reply(self, conversation_id: str, agent_id: str, text: str) -> TurnResult:
        """An agent's reply from the desk: resumes the paused graph and reaches the customer's chat."""
        if not await self._paused(conversation_id):
            raise LookupError(f"conversation {conversation_id} is not waiting for an agent")
        return await self._run(conversation_id, Command(resume={"kind": "agent_reply", "agent_id": agent_id,
                                                                "text": text}))

    async def hand_back(self, conversation_id: str, agent_id: str) -> TurnResult:
        if not await self._paused(conversation_id):
            raise LookupError(f"conversation {conversation_id} is not waiting for an agent")
        return await self._run(conversation_id, Command(resume={"kind": "hand_back", "agent_id": agent_id}))
