"""The conversation service the surfaces call: customer turns, agent replies and hand-backs.

One LangGraph thread per conversation. While an agent holds a conversation the graph is paused in
`interrupt()`, and every event (customer message, agent reply, hand-back) resumes it.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from typing import Any, cast

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.types import Command, StreamMode
from pydantic import BaseModel

from assistant.checkpoints import is_paused, read_turn_start
from assistant.context import Deps
from assistant.customer_text import kept_text
from assistant.graph import build_graph
from assistant.guest_proof_expiry import FORGOTTEN, guest_proof_expired
from assistant.intake.evidence import EvidenceStore
from assistant.intake.held import HeldMessage, HeldMessages, held_reply
from assistant.intake.message_ledger import Claim, MessageRecord, claim_message, give_back, record_answer
from assistant.intake.replays import AlreadyAnswered, replay_of, replay_of_record, same_words_again
from assistant.intake.turn_order import ConversationTurns
from assistant.intake.validation import PhotoRefused
from assistant.language import detect_language
from assistant.no_item_photo import ask_for_the_item, set_aside
from assistant.page_focus import page_focus
from assistant.progress import with_progress_deadline
from assistant.state import Photo, text_digest
from tools.verification import client_key

log = logging.getLogger(__name__)


# What a turn streams from LangGraph: for the chat, steps as they start too ("tasks"); for `send`, the rest.
LIVE_MODES: list[StreamMode] = ["tasks", "updates", "custom", "values"]
RESULT_MODES: list[StreamMode] = ["updates", "custom", "values"]


class IdentityConflict(Exception):
    """The session's customer or account differs from the one this conversation belongs to."""


def owned_by_other(values: dict[str, Any], *, customer_id: str | None, account: str | None) -> bool:
    """Whether a conversation's saved state belongs to someone other than this session.

    A conversation is bound to the account that started it and to the customer it acts for. A signed-in
    customer may only use conversations of that customer; a guest account only its own conversations.
    """
    owner_customer, owner_account = values.get("customer_id"), values.get("account")
    if customer_id and owner_customer and owner_customer != customer_id:
        return True
    if account and owner_account and owner_account != account:
        return True
    return bool(owner_customer and not customer_id and owner_account != account)


class TurnResult(BaseModel):
    conversation_id: str
    messages: list[dict[str, Any]]
    notices: list[str] = []
    waiting_for_agent: bool = False
    agent_name: str | None = None  # while waiting: None until an agent has replied, then who ("" if unnamed)
    relayed: int = 0  # while waiting: customer messages relayed since the handover or the agent's last reply
    ticket_id: int | None = None
    customer_id: str | None = None
    held: bool = False  # a dependency failed: the message is kept and answered on the next turn
    language: str | None = None  # the language the turn was answered in (None before the first answer)


class ConversationService:
    def __init__(self, deps: Deps, checkpointer: BaseCheckpointSaver, evidence: EvidenceStore | None = None,
                 *, held: HeldMessages | None = None, turn_deadline_s: float = 4.0) -> None:
        self.deps = deps
        self.evidence = evidence
        # Fault handling: a turn with no progress for `turn_deadline_s` (a store, index or desk call that
        # hangs or fails) ends with a clear message, and its customer message is held (intake/held.py).
        self.held = held or HeldMessages(evidence.directory / "held" if evidence else None)
        self.turn_deadline_s = turn_deadline_s
        self._in_flight: set[str] = set()  # message ids being answered now: not replayed by a parallel turn
        self._turns = ConversationTurns()  # one turn at a time per conversation; a repeat of unanswered words told so
        self._winding_down: set[asyncio.Task[None]] = set()  # stalled turns cancelled, still releasing resources
        self.checkpointer = checkpointer
        self.graph = build_graph().compile(checkpointer=checkpointer)

    async def accept_photo(self, data: bytes, *, owner: str | None = None) -> Photo:
        """Validate, re-encode and redact an upload before anything keeps it; raises `PhotoRefused`.

        `owner` (the session's customer, else the conversation) is charged against the upload quota.
        """
        if self.evidence is None:
            raise PhotoRefused("unavailable")
        photo, _report = await self.evidence.accept_async(data, owner=owner)
        return photo

    @staticmethod
    def _config(conversation_id: str) -> RunnableConfig:
        return {"configurable": {"thread_id": conversation_id}}

    async def _paused(self, conversation_id: str) -> bool:
        snapshot = await self.graph.aget_state(self._config(conversation_id))
        return bool(snapshot.interrupts)

    async def _events(self, conversation_id: str, payload: Any, *, live: bool = True,
                      ) -> AsyncGenerator[dict[str, Any], None]:
        """Step names as they start ("step_start", only when `live`) and finish ("step"), reply text as it is
        written, then the turn's result.

        `live` is for a caller that shows steps as they start (the chat); `send` only keeps the turn's result,
        and LangGraph's "tasks" stream builds a payload with the whole state for every step started and
        finished. Without it a step's end (its "step" and state) and the reply's tokens still count as the
        turn's progress (`with_progress_deadline`): a step starts as the one before it ends."""
        state: dict[str, Any] = {}
        # Checkpoints are written when the turn ends or pauses ("exit"): a crash mid-turn re-runs the turn
        # from its start, which is safe because every side effect is idempotent on ids kept in the state.
        async for mode, chunk in self.graph.astream(payload, self._config(conversation_id), context=self.deps,
                                                     stream_mode=LIVE_MODES if live else RESULT_MODES,
                                                     durability="exit"):
            if mode == "tasks":
                task = cast(dict[str, Any], chunk)
                if "input" in task:  # a task starting (a finished one carries its result instead)
                    yield {"type": "step_start", "name": task["name"]}
            elif mode == "updates":
                for step in chunk:
                    if not step.startswith("__"):
                        yield {"type": "step", "name": step}
            elif mode == "custom":
                yield cast(dict[str, Any], chunk)
            else:
                state = cast(dict[str, Any], chunk)
        yield {"type": "turn", "result": self._result(conversation_id, state)}

    async def _run(self, conversation_id: str, payload: Any) -> TurnResult:
        result = None
        async for event in self._events(conversation_id, payload, live=False):
            if event["type"] == "turn":
                result = event["result"]
        assert result is not None  # the stream always ends with the turn  # noqa: S101
        return result

    def _result(self, conversation_id: str, state: dict[str, Any]) -> TurnResult:
        handoff = state.get("handoff") or {}
        return TurnResult(conversation_id=conversation_id, messages=state.get("messages", []),
                          notices=state.get("notices", []), waiting_for_agent=bool(handoff.get("active")),
                          agent_name=handoff.get("agent_name") if handoff.get("active") else None,
                          relayed=int(handoff.get("relayed") or 0) if handoff.get("active") else 0,
                          ticket_id=handoff.get("ticket_id"), customer_id=state.get("customer_id"),
                          language=state.get("language") or None)

    async def language_of(self, conversation_id: str) -> str | None:
        """The language the conversation has been answered in so far, None before its first turn."""
        saved = await read_turn_start(self.checkpointer, self._config(conversation_id))
        return (saved.checkpoint["channel_values"].get("language") if saved else None) or None

    async def desk_view(self, conversation_id: str) -> tuple[int | None, list[str]]:
        """A conversation the desk holds, as a chat elsewhere tells it: its ticket id, and the agent's messages since
        the customer last wrote in it (what they may not have read yet)."""
        saved = await read_turn_start(self.checkpointer, self._config(conversation_id))
        values = saved.checkpoint["channel_values"] if saved else {}
        unread: list[str] = []
        for turn in values.get("transcript") or []:
            if turn["role"] == "customer":
                unread = []
            elif turn["role"] == "agent":
                unread.append(turn["text"])
        return (values.get("handoff") or {}).get("ticket_id"), unread

    async def waiting_for_agent(self, conversation_id: str) -> bool:
        """Whether the desk holds this conversation (the graph is paused for an agent)."""
        return await self._paused(conversation_id)

    async def started(self, conversation_id: str) -> bool:
        """Whether the conversation has had a turn (its state is saved)."""
        return await read_turn_start(self.checkpointer, self._config(conversation_id)) is not None

    async def may_follow(self, conversation_id: str, *, customer_id: str | None, account: str | None) -> bool:
        """Whether this session may see the conversation's live events: it is new, or it is this session's."""
        saved = await read_turn_start(self.checkpointer, self._config(conversation_id))
        values = saved.checkpoint["channel_values"] if saved else {}
        return not owned_by_other(values, customer_id=customer_id, account=account)

    async def send(
        self, conversation_id: str, text: str, *, photo_bytes: bytes | None = None,
        session_customer_id: str | None = None, message_id: str | None = None, session_account: str | None = None,
        session_client: str | None = None, page_product: str | None = None,
    ) -> TurnResult:
        """A customer message; `session_customer_id` is the customer the web session authenticated (None for a
        guest), `session_account` the signed-in account and `session_client` the client address it came from
        (kept only as a keyed digest, to bound guest verification per client).

        A refused photo does not lose the message: the text is still answered, with the refusal as a notice.
        """
        message_id = message_id or uuid.uuid4().hex
        photo, refusal = None, None
        if photo_bytes is not None:
            try:
                photo = await self.accept_photo(photo_bytes, owner=session_customer_id or conversation_id)
            except PhotoRefused as error:
                refusal = error.words(detect_language(kept_text(text), await self.language_of(conversation_id)))
                if not text.strip():
                    return TurnResult(conversation_id=conversation_id, notices=[refusal], messages=[
                        {"text": refusal, "cards": [], "quick_replies": [], "author": "assistant"}])
        result = None
        async for event in self._messages(conversation_id, text, photo=photo, session_customer_id=session_customer_id,
                                          message_id=message_id, session_account=session_account,
                                          session_client=session_client, live=False,
                                          photo_refused=refusal is not None, page_product=page_product):
            if event["type"] == "turn":
                result = event["result"] if result is None else _joined(result, event["result"])
        assert result is not None  # the stream always ends with the turn  # noqa: S101
        if refusal:
            result.notices.insert(0, refusal)
        return result

    async def stream(
        self, conversation_id: str, text: str, *, photo: Photo | None = None,
        session_customer_id: str | None = None, message_id: str | None = None, session_account: str | None = None,
        session_client: str | None = None, photo_refused: bool = False, page_product: str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Like `send` for an already accepted photo, but yields step and token events as they happen.
        `photo_refused`: the message came with a file the intake refused (the words are answered knowing it).
        `page_product`: the catalog product of the storefront page the chat was opened on, the focus of this
        message unless it names another product (assistant/page_focus.py).

        Messages held by an earlier failure are answered first, each ending with its own "turn" event.
        """
        async for event in self._messages(conversation_id, text, photo=photo, session_customer_id=session_customer_id,
                                          message_id=message_id, session_account=session_account,
                                          session_client=session_client, live=True, photo_refused=photo_refused,
                                          page_product=page_product):
            yield event

    async def _messages(
        self, conversation_id: str, text: str, *, photo: Photo | None, session_customer_id: str | None,
        message_id: str | None, session_account: str | None, session_client: str | None, live: bool,
        photo_refused: bool = False, page_product: str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """`stream`'s turns; `live` streams steps as they start too (see `_events`)."""
        message = HeldMessage(conversation_id=conversation_id, message_id=message_id or uuid.uuid4().hex,
                              text=kept_text(text), photo=cast(dict[str, str], dict(photo)) if photo else None,
                              session_customer_id=session_customer_id, session_account=session_account,
                              session_client=client_key(self.deps.secret_key, session_client),
                              photo_refused=photo_refused, page_product=page_product)
        async with self._turns.turn(conversation_id, message.text, with_photo=photo is not None) as repeated:
            queue = [m for m in self.held.pending(conversation_id) if m.message_id not in self._in_flight]
            queue = [message if m.message_id == message.message_id else m for m in queue]  # a retry keeps its place
            if message not in queue:
                queue.append(message)
            for position, turn in enumerate(queue):
                answered = True
                async for event in self._guarded(turn, live=live, repeated=repeated and turn is message):
                    answered = answered and not (event["type"] == "turn" and event["result"].held)
                    yield event
                if not answered:  # still failing: keep the rest too, without trying them
                    for later in queue[position + 1:]:
                        self.held.keep(later)
                    return

    async def _guarded(self, message: HeldMessage, *, live: bool = True, repeated: bool = False
                       ) -> AsyncIterator[dict[str, Any]]:
        """One customer turn under the fault rules (see `__init__`).

        The message is kept before it runs and dropped once answered, so a crash mid-turn loses nothing
        either; a retry re-runs it with the same message id, on which every side effect is idempotent, so
        no action happens twice. `repeated`: its words were sent again while still being answered (turn_order.py):
        it is claimed and answered as such, never run."""
        self.held.keep(message)
        self._in_flight.add(message.message_id)
        claimed: list[Claim] = []  # set by `_payload` once this call holds the message id's claim in the store
        try:
            async with aclosing(with_progress_deadline(self._turn(message, claimed, live, repeated),
                                                       self.turn_deadline_s,
                                                       on_abandoned=self._track_winding_down)) as events:
                async for event in events:
                    if event["type"] == "turn":
                        await self._record_answer(message, claimed, event["result"])
                        self.held.drop(message.conversation_id, message.message_id)
                    yield event
        except IdentityConflict:
            self.held.drop(message.conversation_id, message.message_id)
            raise
        except AlreadyAnswered as replay:
            self.held.drop(message.conversation_id, message.message_id)
            # the reply as recorded, with where the conversation stands now (still with an agent, its ticket)
            snapshot = await self.graph.aget_state(self._config(message.conversation_id))
            now = self._result(message.conversation_id, dict(snapshot.values or {}))
            answer = now.model_copy(update={"messages": replay.messages, "notices": []})
            await self._record_answer(message, claimed, answer)  # a repeat this call claimed: a retry of it too
            yield {"type": "turn", "result": answer}
        except Exception as error:  # noqa: BLE001 - a dependency failed or stalled: tell the customer, keep it
            log.warning("turn %s held: %s", message.message_id, type(error).__name__, exc_info=error)
            if claimed:
                await self._give_back(message)
            self.held.keep(message.model_copy(update={"reason": type(error).__name__}))
            text = held_reply(message, detect_language(message.text))
            yield {"type": "turn", "result": TurnResult(
                conversation_id=message.conversation_id, notices=[text], held=True,
                messages=[{"text": text, "cards": [], "quick_replies": [], "author": "assistant"}])}
        finally:
            self._in_flight.discard(message.message_id)

    def _track_winding_down(self, task: asyncio.Task[None]) -> None:
        self._winding_down.add(task)
        task.add_done_callback(self._winding_down.discard)

    async def wind_down(self, timeout_s: float = 10.0) -> int:
        """Wait (at most `timeout_s`) for stalled turns that were cancelled to let go of their connections.

        Call before closing the store engine or the checkpointer: a turn abandoned on a stall may still be
        inside a driver call, and closing its connection under it leaves a task that never ends (it then
        hangs the event loop's shutdown). Returns how many were still running after the wait."""
        if not self._winding_down:
            return 0
        _done, pending = await asyncio.wait(set(self._winding_down), timeout=timeout_s)
        if pending:
            log.warning("%d stalled turn(s) still winding down after %s s", len(pending), timeout_s)
        return len(pending)

    async def _record_answer(self, message: HeldMessage, claimed: list[Claim], result: TurnResult) -> None:
        """Keep the answer on the message id's record; if the store fails now the claim stays, so a retry is
        still answered as already answered (never run)."""
        if not claimed:  # no claim was made (the turn ended before its claim): nothing of this send on record
            return
        try:
            await record_answer(self.deps.sessions, message.conversation_id, message.message_id, claimed[0],
                                result.messages)
        except Exception as error:  # noqa: BLE001 - the turn is answered; only its record's reply is missing
            log.warning("answer to %s not recorded: %s", message.message_id, type(error).__name__, exc_info=error)

    async def _give_back(self, message: HeldMessage) -> None:
        try:
            await give_back(self.deps.sessions, message.conversation_id, message.message_id)
        except Exception as error:  # noqa: BLE001 - kept claims are taken over once stale (message_ledger)
            log.warning("claim of %s kept: %s", message.message_id, type(error).__name__, exc_info=error)

    async def _claim(self, message: HeldMessage, saved: Any, values: dict[str, Any], claimed: list[Claim]) -> None:
        """Claim the message id in the store before the turn runs; raises `AlreadyAnswered` when another send
        holds or held it (see intake/message_ledger.py)."""
        checkpoint = saved.config["configurable"].get("checkpoint_id") if saved else None
        record = MessageRecord(digest=text_digest(message.text), after_checkpoint=checkpoint)
        claim = await claim_message(self.deps.sessions, message.conversation_id, message.message_id, record=record,
                                    owner=message.session_customer_id or message.session_account)
        if not claim.owned:
            raise replay_of_record(values, claim, message.text, values.get("language"))
        claimed.append(claim)

    async def _turn(self, message: HeldMessage, claimed: list[Claim], live: bool = True, repeated: bool = False,
                    ) -> AsyncIterator[dict[str, Any]]:
        payload = await self._payload(message, cast(Photo | None, message.photo), claimed, repeated)
        async for event in self._events(message.conversation_id, payload, live=live):
            yield event

    async def _payload(self, message: HeldMessage, photo: Photo | None, claimed: list[Claim],
                       repeated: bool = False) -> Any:
        conversation_id, customer_id = message.conversation_id, message.session_customer_id
        saved = await read_turn_start(self.checkpointer, self._config(conversation_id))
        values = saved.checkpoint["channel_values"] if saved else {}
        if owned_by_other(values, customer_id=customer_id, account=message.session_account):
            raise IdentityConflict(conversation_id)
        if (replay := replay_of(values, message.message_id, message.text, values.get("language"))) is not None:
            raise replay
        await self._claim(message, saved, values, claimed)
        if repeated:
            raise same_words_again(values.get("language"))
        if is_paused(saved):
            # While an agent holds the conversation the message (and its photo) goes to the ticket.
            return Command(resume={"kind": "customer_message", "text": message.text,
                                   "message_id": message.message_id, "photo": photo})
        aside = set_aside(photo, message.text)  # a note, a screen, a blank sheet with no problem named
        payload: dict[str, Any] = {"conversation_id": conversation_id, "incoming": {
            "message_id": message.message_id, "text": message.text, "photo": None if aside else photo,
            "client": message.session_client, **({"photo_refused": True} if message.photo_refused else {})}}
        if aside:  # told first; the words are answered on their own (no_item_photo.py)
            payload["replies_before"] = [ask_for_the_item()]
        if (shopping := await page_focus(self.deps, conversation_id, values, message.page_product)) is not None:
            payload["shopping"] = shopping  # the page's product in focus, as "Ask about this product" puts it
        if saved and guest_proof_expired(values, saved.checkpoint.get("ts"), self.deps.clock(),
                                         idle_s=self.deps.verification_limits.proof_idle_s,
                                         session_customer_id=customer_id):
            payload.update(FORGOTTEN)
        if message.session_account and not values.get("account"):
            payload["account"] = message.session_account
        if customer_id and not values.get("customer_id"):
            payload.update(customer_id=customer_id, verified_by="session")
        return payload

    async def agent_reply(self, conversation_id: str, agent_id: str, text: str, *, agent_name: str = "") -> TurnResult:
        """An agent's reply from the desk: resumes the paused graph and reaches the customer's chat.
        `agent_name` (their display name) is what the customer is told about who answered."""
        if not await self._paused(conversation_id):
            raise LookupError(f"conversation {conversation_id} is not waiting for an agent")
        return await self._run(conversation_id, Command(resume={"kind": "agent_reply", "agent_id": agent_id,
                                                                "agent_name": agent_name, "text": text}))

    async def agent_message(self, conversation_id: str, agent_id: str, text: str) -> TurnResult:
        """An agent's message into a conversation the assistant holds (e.g. after a ticket the customer
        confirmed): shown in the chat and kept in the transcript, while the assistant stays in charge."""
        config = self._config(conversation_id)
        snapshot = await self.graph.aget_state(config)
        if not snapshot.values:
            raise LookupError(f"conversation {conversation_id} has not started")
        if snapshot.interrupts:
            raise LookupError(f"conversation {conversation_id} is waiting for an agent: reply to resume it")
        message = {"text": text, "cards": [], "quick_replies": [], "author": "agent"}
        # Recorded as if the respond step had said it, so the next turn starts from here as usual.
        await self.graph.aupdate_state(config, {"transcript": [{"role": "agent", "text": text}],
                                                "messages": [message], "outbox": []}, as_node="respond")
        return TurnResult(conversation_id=conversation_id, messages=[message],
                          customer_id=snapshot.values.get("customer_id"))

    async def hand_back(self, conversation_id: str, agent_id: str) -> TurnResult:
        if not await self._paused(conversation_id):
            raise LookupError(f"conversation {conversation_id} is not waiting for an agent")
        return await self._run(conversation_id, Command(resume={"kind": "hand_back", "agent_id": agent_id}))


def _joined(earlier: TurnResult, later: TurnResult) -> TurnResult:
    """Answers to held messages and to the new one, shown together in order."""
    return later.model_copy(update={"messages": [*earlier.messages, *later.messages],
                                    "notices": list(dict.fromkeys([*earlier.notices, *later.notices]))})
