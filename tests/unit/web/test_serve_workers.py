"""`vitrine serve --workers N` refuses settings under which several processes would lose live events or
split a chat's socket session, and names what to set."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from assistant.commands.serve import register, workers_problem
from assistant.settings import CatalogSettings, Settings, WebSettings

SHARED = {"database_url": "postgresql+asyncpg://vitrine@db/vitrine",
          "catalog": CatalogSettings(qdrant_url="http://qdrant:6333")}
SHARED_WEB = {"bus_url": "redis://redis:6379/0", "chat_transports": ["websocket"],
              "chat_history_url": "postgresql+asyncpg://vitrine@db/vitrine_chat"}


@pytest.mark.parametrize(("missing", "named"), [
    ("bus_url", "VITRINE_WEB__BUS_URL"), ("chat_transports", "CHAT_TRANSPORTS=websocket"),
    ("chat_history_url", "CHAT_HISTORY_URL"),
])
def test_several_workers_need_every_shared_part(missing: str, named: str) -> None:
    web = WebSettings(**{key: value for key, value in SHARED_WEB.items() if key != missing})
    problem = workers_problem(Settings(**SHARED, web=web), 2)
    assert problem and named in problem
    assert workers_problem(Settings(**SHARED, web=web), 1) is None  # one worker needs none of it


def test_several_workers_need_postgresql_and_polling_off() -> None:
    web = WebSettings(**SHARED_WEB)
    assert workers_problem(Settings(**SHARED, web=web), 4) is None
    assert workers_problem(Settings(web=web, catalog=SHARED["catalog"]), 2)  # the default SQLite store
    embedded = workers_problem(Settings(database_url=SHARED["database_url"], web=web), 2)
    assert embedded and "VITRINE_CATALOG__QDRANT_URL" in embedded  # the embedded index admits one process
    both = WebSettings(**{**SHARED_WEB, "chat_transports": ["websocket", "polling"]})
    assert workers_problem(Settings(**SHARED, web=both), 2)


def test_the_command_refuses_before_serving(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VITRINE_WEB__BUS_URL", raising=False)
    app = typer.Typer()
    app.callback()(lambda: None)  # a group, as `vitrine` is
    register(app, {})
    result = CliRunner().invoke(app, ["serve", "--workers", "2"], env={"COLUMNS": "300"})
    assert result.exit_code == 2
    assert "VITRINE_WEB__BUS_URL" in result.output
