"""The customer's chat threads in the chat history (history.py's database), read and written outside a chat session.

Continuity across page loads. In one browser the widget already resumes the thread it stored (Chainlit keeps its
id in localStorage), with its history. What it lacked: a desk reply sent while no chat was open was shown by no
session, so it was never saved in the thread. So the desk saves what it says into the conversation's thread when
it says it (`record_desk_event`; a chat that is open shows the same event live under the same ids, so it is saved
once), and the chat's history opens it.
A conversation the desk holds does not follow the customer into a new visit (fresh12 F11: a fresh widget reopened
it, and a shopping question went to the desk queue): the shop names the account's held conversations
(`held_threads`) and its page script starts a new chat in a new visit (a new tab or browser session) whose stored
thread is one of them; within the visit that asked for a person, the shop's pages keep it. The new chat says the
team still has the earlier request and relays the agent's replies (held_elsewhere.py, with `thread_to_resume`).
A thread is bound to its account: only threads of the signed-in account are candidates, the service must confirm
the conversation is this customer's (`ConversationService.may_follow`), and Chainlit resumes a thread only for
its author.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from assistant.conversation import ConversationService
from assistant.web.chat.message_text import author_of, live_message_ids, message_content

CANDIDATES = 5  # the account's most recently active threads looked at
RESUME_WINDOW = timedelta(hours=2)  # a held conversation quiet for longer is not followed by a chat elsewhere

RECENT_THREADS = text(
    'SELECT t."id", MAX(s."createdAt") AS last FROM threads t LEFT JOIN steps s ON s."threadId" = t."id" '
    'WHERE t."userIdentifier" = :account GROUP BY t."id" ORDER BY last IS NULL, last DESC LIMIT :limit')
THREAD_AUTHOR = text('SELECT "userIdentifier" FROM threads WHERE "id" = :id')
SAVE_STEP = text(
    'INSERT INTO steps ("id", "name", "type", "threadId", "streaming", "waitForAnswer", "isError", "metadata", '
    '"output", "createdAt", "start", "end", "generation") VALUES (:id, :name, :type, :threadId, :streaming, '
    ':waitForAnswer, :isError, :metadata, :output, :createdAt, :start, :end, :generation) '
    'ON CONFLICT ("id") DO NOTHING')


def chainlit_time(moment: datetime) -> str:
    """Chainlit's own timestamp format (chainlit.utils.utc_now): naive UTC ISO with a trailing Z."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"


def parse_chainlit_time(stamp: str | datetime | None) -> datetime | None:
    """The moment of a Chainlit timestamp (or a database datetime), in UTC; None when there is none or it is not one."""
    if stamp is None:
        return None
    if isinstance(stamp, datetime):
        moment = stamp
    else:
        try:
            moment = datetime.fromisoformat(stamp.removesuffix("Z"))
        except ValueError:
            return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class ChatThreads:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> ChatThreads:
        return cls(create_async_engine(url))

    async def close(self) -> None:
        await self.engine.dispose()

    async def author(self, thread_id: str) -> str | None:
        """The account that wrote the thread, or None where the chat history has no thread of that id."""
        async with self.engine.connect() as connection:
            row = (await connection.execute(THREAD_AUTHOR, {"id": thread_id})).first()
        return None if row is None else str(row[0])

    async def recent(self, account: str, limit: int = CANDIDATES) -> list[tuple[str, str | None]]:
        """The account's threads, most recently active first: (thread id, its last message's time)."""
        async with self.engine.connect() as connection:
            rows = await connection.execute(RECENT_THREADS, {"account": account, "limit": limit})
            return [(row[0], row[1]) for row in rows]

    async def record_desk_event(self, conversation_id: str, event: dict[str, Any], *, now: datetime,
                                service: ConversationService, language: str | None = None) -> int:
        """Save a live event's messages in the conversation's thread (if the chat has one, written by the
        conversation's own account: `service.may_follow`), signed in the conversation's `language` as the live
        chat signs them; returns how many."""
        ids, messages = live_message_ids(event), event.get("messages") or []
        if not ids or not messages:
            return 0
        moment = chainlit_time(now)
        rows = [{"id": step_id, "name": author_of(message, language), "type": "assistant_message",
                 "threadId": conversation_id, "streaming": False, "waitForAnswer": False, "isError": False,
                 "metadata": json.dumps({}), "output": message_content(message, language), "createdAt": moment,
                 "start": moment, "end": moment, "generation": json.dumps({})}
                for step_id, message in zip(ids, messages, strict=False)]
        async with self.engine.connect() as connection:
            thread = (await connection.execute(THREAD_AUTHOR, {"id": conversation_id})).first()
        if thread is None or not await service.may_follow(conversation_id, customer_id=None, account=thread[0]):
            return 0
        async with self.engine.begin() as connection:
            await connection.execute(SAVE_STEP, rows)
        return len(rows)


async def held_threads(threads: ChatThreads, service: ConversationService, *, account: str,
                       customer_id: str | None) -> list[str]:
    """The account's recently active conversations (`CANDIDATES`) that the desk holds and that the service confirms
    are this customer's, however long ago they were last active."""
    return [thread_id for thread_id, _last in await threads.recent(account)
            if await service.may_follow(thread_id, customer_id=customer_id, account=account)
            and await service.waiting_for_agent(thread_id)]


async def thread_to_resume(threads: ChatThreads, service: ConversationService, *, account: str,
                           customer_id: str | None, now: datetime | None = None) -> str | None:
    """The account's most recently active conversation that the desk holds (waiting for or talking with an
    agent), active within `RESUME_WINDOW` of `now`, and that the service confirms is this customer's: the one a
    chat elsewhere follows (held_elsewhere.py); None when there is none."""
    moment = now or datetime.now(UTC)
    for thread_id, last in await threads.recent(account):
        last_active = parse_chainlit_time(last)
        if last_active is None or moment - last_active > RESUME_WINDOW:
            continue
        if (await service.may_follow(thread_id, customer_id=customer_id, account=account)
                and await service.waiting_for_agent(thread_id)):
            return thread_id
    return None
