"""Chat history for the Chainlit UI: its SQLAlchemy data layer on a database of its own.

The chat's threads, steps and elements are Chainlit's display records, not shop data, so they live apart from
the store (whose schema only Alembic creates): an SQLite file under the data directory by default. The
conversation itself (the agent's state) is in the LangGraph checkpoints, keyed by the same thread id, so
resuming a chat thread resumes the graph. The tables follow Chainlit's documented schema for its data layer.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from chainlit.data.sql_alchemy import SQLAlchemyDataLayer
from chainlit.data.utils import queue_until_user_message
from chainlit.element import Element
from chainlit.user import PersistedUser, User
from sqlalchemy import JSON, Boolean, Column, ForeignKey, Integer, MetaData, Table, Text, event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine
from sqlalchemy.orm import sessionmaker

from tools.store.engine import SQLITE_BUSY_TIMEOUT_MS
from tools.store.schema_lock import CHAT_HISTORY_TABLES, hold_schema_lock

KEPT_ELEMENT_PREFIX = "/catalog-images/"
metadata = MetaData()

Table("users", metadata,
      Column("id", Text, primary_key=True), Column("identifier", Text, nullable=False, unique=True),
      Column("metadata", Text, nullable=False), Column("createdAt", Text))
Table("threads", metadata,
      Column("id", Text, primary_key=True), Column("createdAt", Text), Column("name", Text),
      Column("userId", Text, ForeignKey("users.id", ondelete="CASCADE")), Column("userIdentifier", Text),
      Column("tags", JSON), Column("metadata", Text))
Table("steps", metadata,
      Column("id", Text, primary_key=True), Column("name", Text, nullable=False), Column("type", Text, nullable=False),
      Column("threadId", Text, ForeignKey("threads.id", ondelete="CASCADE"), nullable=False),
      Column("parentId", Text), Column("streaming", Boolean, nullable=False), Column("waitForAnswer", Boolean),
      Column("isError", Boolean), Column("metadata", Text), Column("tags", JSON), Column("input", Text),
      Column("output", Text), Column("createdAt", Text), Column("command", Text), Column("start", Text),
      Column("end", Text), Column("generation", Text), Column("showInput", Text), Column("language", Text),
      Column("indent", Integer), Column("defaultOpen", Boolean), Column("autoCollapse", Boolean),
      Column("icon", Text), Column("modes", Text))
Table("elements", metadata,
      Column("id", Text, primary_key=True), Column("threadId", Text, ForeignKey("threads.id", ondelete="CASCADE")),
      Column("type", Text), Column("url", Text), Column("chainlitKey", Text), Column("name", Text, nullable=False),
      Column("display", Text), Column("objectKey", Text), Column("size", Text), Column("page", Integer),
      Column("language", Text), Column("forId", Text), Column("mime", Text), Column("props", Text),
      Column("autoPlay", Boolean), Column("playerConfig", Text))
Table("feedbacks", metadata,
      Column("id", Text, primary_key=True), Column("forId", Text, nullable=False),
      Column("threadId", Text, ForeignKey("threads.id", ondelete="CASCADE"), nullable=False),
      Column("value", Integer, nullable=False), Column("comment", Text))


ELEMENT_COLUMNS = {column.name for column in metadata.tables["elements"].columns}


def default_history_url(data_dir: Path) -> str:
    return f"sqlite+aiosqlite:///{(data_dir / 'chat-history.db').resolve()}"


async def prepare_history(url: str) -> None:
    """Create the chat-history tables if they are missing (idempotent)."""
    if url.startswith("sqlite"):
        path = Path(url.split(":///", 1)[1])
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = history_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(hold_schema_lock, CHAT_HISTORY_TABLES)
            await connection.run_sync(metadata.create_all)
    finally:
        await engine.dispose()


def _wait_for_the_lock(dbapi_connection: object, _record: object) -> None:
    """WAL (readers never block the writer) and a busy timeout (a writer waits for the lock): on a loaded host
    Chainlit's thread insert failed with "database is locked" (fresh25 F3) on SQLite's defaults."""
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def history_engine(url: str) -> AsyncEngine:
    """The chat history's engine; on SQLite, one that waits for the write lock (`_wait_for_the_lock`)."""
    if not url.startswith("sqlite"):
        return create_async_engine(url)
    engine = create_async_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
    event.listen(engine.sync_engine, "connect", _wait_for_the_lock)
    return engine


class ChatHistory(SQLAlchemyDataLayer):
    """Chainlit's SQLAlchemy data layer, keeping only the elements that are links to catalog images.

    Customer uploads are deliberately not kept here: only their redacted copy is stored (on the ticket, by
    the intake), and Chainlit would otherwise keep the original file. So no blob storage is configured.
    """

    def __init__(self, conninfo: str) -> None:
        super().__init__(conninfo=conninfo)
        if conninfo.startswith("sqlite"):  # Chainlit's own engine has SQLite's defaults: replaced before any use
            self.engine = history_engine(conninfo)
            self.async_session = sessionmaker(bind=self.engine, expire_on_commit=False,  # type: ignore[call-overload]
                                              class_=AsyncSession)

    async def get_thread_author(self, thread_id: str) -> str:
        """The thread's author, or "" for a thread the chat never saved (a conversation started through the API,
        a made-up id): Chainlit's access check then answers 404, where its own data layer raised (a 500)."""
        try:
            return await super().get_thread_author(thread_id)
        except ValueError:
            return ""

    async def create_user(self, user: User) -> PersistedUser | None:
        """Insert-or-get the user in one statement.

        A fresh guest's widget sends several requests at once, each authenticating and each finding no user;
        Chainlit's own create_user (read, then insert) then failed all but one on the unique identifier.
        """
        row = {"id": str(uuid.uuid4()), "identifier": str(user.identifier),
               "metadata": json.dumps(user.metadata), "createdAt": await self.get_current_timestamp()}
        await self.execute_sql('INSERT INTO users ("id", "identifier", "createdAt", "metadata") '
                               "VALUES (:id, :identifier, :createdAt, :metadata) "
                               'ON CONFLICT ("identifier") DO UPDATE SET "metadata" = excluded."metadata";', row)
        return await self.get_user(user.identifier)

    @queue_until_user_message()
    async def create_element(self, element: Element) -> None:
        if not (element.for_id and element.url and element.url.startswith(KEPT_ELEMENT_PREFIX)):
            return
        row = {k: v for k, v in element.to_dict().items() if v is not None and k in ELEMENT_COLUMNS}
        if "props" in row:
            row["props"] = json.dumps(row["props"])
        columns = ", ".join(f'"{column}"' for column in row)
        values = ", ".join(f":{column}" for column in row)
        updates = ", ".join(f'"{column}" = :{column}' for column in row if column != "id")
        await self.execute_sql(f"INSERT INTO elements ({columns}) VALUES ({values}) "  # noqa: S608 - fixed names
                               f"ON CONFLICT (id) DO UPDATE SET {updates};", row)


def open_history(url: str) -> ChatHistory:
    return ChatHistory(conninfo=url)
