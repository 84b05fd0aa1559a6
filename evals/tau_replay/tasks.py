"""The replayable task format of `tasks-*.json` (see shared/data/README.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

FIND_USER_ACTIONS = frozenset({"find_user_id_by_email", "find_user_id_by_name_zip"})


class GoldAction(BaseModel):
    name: str
    kwargs: dict[str, Any]
    error: str | None = None
    terminal: bool = False


class ReplayTask(BaseModel):
    id: str
    user_id: str
    instruction: str = ""
    actions: list[GoldAction]
    outputs: list[str] = []
    changed: dict[str, dict[str, Any]]
    final_sha256: str

    @property
    def verifies_in_conversation(self) -> bool:
        """Whether the actions verify the customer (`find_user_id_by_*`) rather than leave it to `user_id`."""
        return any(action.name in FIND_USER_ACTIONS for action in self.actions)


def load_tasks(path: Path) -> list[ReplayTask]:
    return [ReplayTask.model_validate(task) for task in json.loads(path.read_text())]
