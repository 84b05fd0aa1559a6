"""A chat user is created once, however many requests authenticate the same new user at the same moment.

A fresh guest's widget opens with several requests at once; each one authenticates, finds no user and creates it.
Chainlit's create_user (read, then insert) let all but one fail on `users.identifier` (attack20 A21: two
`UNIQUE constraint failed` errors in the server log on first guest visits).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from chainlit.user import User
from sqlalchemy import text
from sqlalchemy.engine import make_url

from assistant.web.chat.history import default_history_url, open_history, prepare_history
from tests.conftest import _admin, postgres_admin_url
from tools.store.engine import create_engine

SIMULTANEOUS_REQUESTS = 8


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def history_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    if request.param == "sqlite":
        url = default_history_url(tmp_path)
        await prepare_history(url)
        yield url
        return
    request.getfixturevalue("postgres_template")  # skips (or fails in CI) where no PostgreSQL is reachable
    name = f"vitrine_history_{uuid.uuid4().hex[:12]}"
    await _admin(f'CREATE DATABASE "{name}"')
    url = make_url(postgres_admin_url()).set(database=name).render_as_string(hide_password=False)
    await prepare_history(url)
    yield url
    await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _user_rows(url: str, identifier: str) -> list[tuple[str, str]]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            query = text('SELECT "id", "metadata" FROM users WHERE "identifier" = :identifier')
            return [tuple(row) for row in await connection.execute(query, {"identifier": identifier})]
    finally:
        await engine.dispose()


async def test_simultaneous_first_requests_create_one_user_without_an_error(
    history_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    history = open_history(history_url)
    guest = User(identifier=f"guest:{uuid.uuid4().hex}", metadata={"role": "guest"})
    caplog.set_level(logging.WARNING, logger="chainlit")

    created = await asyncio.gather(*(history.create_user(guest) for _ in range(SIMULTANEOUS_REQUESTS)))

    assert [r.message for r in caplog.records if "error occurred" in r.message] == []
    assert all(user is not None for user in created)
    assert len({user.id for user in created if user is not None}) == 1
    assert len(await _user_rows(history_url, guest.identifier)) == 1
    await history.engine.dispose()


async def test_a_known_user_signing_in_again_keeps_its_id_and_gets_the_new_metadata(history_url: str) -> None:
    history = open_history(history_url)
    identifier = f"customer-{uuid.uuid4().hex[:8]}"

    first = await history.create_user(User(identifier=identifier, metadata={"role": "customer", "lang": "es"}))
    again = await history.create_user(User(identifier=identifier, metadata={"role": "customer", "lang": "de"}))

    assert first is not None and again is not None
    assert again.id == first.id
    assert again.metadata == {"role": "customer", "lang": "de"}
    assert len(await _user_rows(history_url, identifier)) == 1
    await history.engine.dispose()
