"""One task's gold actions replayed as one conversation: who is verified, and what tau would answer now.

Identity comes from the conversation as in tau-bench: the verified customer is whoever the last successful
`find_user_id_by_*` returned, and a write before any is refused. A task that lists no such action (the
train and dev files list writes only) had its verification left out, and its `user_id` stands for it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from pydantic import BaseModel, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from evals.tau_replay.actions import WRITES, perform_confirmed
from evals.tau_replay.reads import READS, answer_difference
from evals.tau_replay.reference import TauDatabase, reference_read
from evals.tau_replay.tasks import FIND_USER_ACTIONS, GoldAction, ReplayTask
from tools.context import Actor, ToolContext
from tools.errors import ToolError
from tools.store.tau_export import export_orders, export_tau_retail, export_users


class Problem(BaseModel):
    tool: str  # the tau action it came from, or FINAL_STATE
    detail: str

    def __str__(self) -> str:
        return f"{self.tool}: {self.detail}"


FINAL_STATE = "final state"


@dataclass
class PristineDatabase:
    """tau's database before any action, exported once per replay (every task starts from it)."""

    data: TauDatabase | None = None

    async def get(self, session: AsyncSession) -> TauDatabase:
        if self.data is None:
            self.data = await export_tau_retail(session)
        return self.data


@dataclass
class Timings:
    reads: int = 0
    writes: int = 0
    read_seconds: float = 0.0
    write_seconds: float = 0.0


@dataclass
class ReplayConversation:
    session: AsyncSession
    task: ReplayTask
    pristine: PristineDatabase
    timings: Timings = field(default_factory=Timings)
    verified: str | None = None
    # Records the task's writes have changed, and tau's database with them exported afresh (None: stale).
    _written_orders: set[str] = field(default_factory=set)
    _written_users: set[str] = field(default_factory=set)
    _current: TauDatabase | None = None

    def __post_init__(self) -> None:
        if not self.task.verifies_in_conversation:
            self.verified = self.task.user_id

    async def prepare(self) -> None:
        """Export tau's database before the first action, when a read will be compared with it."""
        if any(action.name in READS for action in self.task.actions):
            await self.pristine.get(self.session)

    def context(self) -> ToolContext:
        actor = Actor.customer(self.verified) if self.verified else Actor.anonymous()
        return ToolContext(session=self.session, actor=actor, conversation_id=f"replay:{self.task.id}")

    async def _reference(self) -> TauDatabase:
        # A write changes its order and its customer (gift-card balance, address) and nothing else; should
        # it change more, the final export and hash, taken in full, will say so.
        pristine = await self.pristine.get(self.session)
        if not (self._written_orders or self._written_users):
            return pristine
        if self._current is None:
            self._current = {
                "products": pristine["products"],
                "orders": pristine["orders"] | await export_orders(self.session, self._written_orders),
                "users": pristine["users"] | await export_users(self.session, self._written_users),
            }
        return self._current

    def _written(self, action: GoldAction) -> None:
        if isinstance(order_id := action.kwargs.get("order_id"), str):
            self._written_orders.add(order_id)
        if self.verified:
            self._written_users.add(self.verified)
        self._current = None

    async def step(self, action: GoldAction) -> Problem | None:
        """None when Vitrine agreed with tau on this action; else what differed."""
        if action.name in WRITES:
            return await self._write(action)
        if action.name in READS:
            return await self._read(action)
        return Problem(tool=action.name, detail="no such tool")

    async def _write(self, action: GoldAction) -> Problem | None:
        started = time.perf_counter()
        try:
            async with self.session.begin_nested():
                await perform_confirmed(self.context(), action.name, action.kwargs)
        except (ToolError, ValidationError) as error:
            refused: str | None = str(error)
        else:
            refused = None
            self._written(action)
        self.timings.writes += 1
        self.timings.write_seconds += time.perf_counter() - started
        if refused is not None and not action.error:
            return Problem(tool=action.name, detail=f"refused ({refused}) but tau allowed it")
        if refused is None and action.error:
            return Problem(tool=action.name, detail=f"done but tau refused it ({action.error})")
        return None

    async def _read(self, action: GoldAction) -> Problem | None:
        started = time.perf_counter()
        ours = await READS[action.name](self.context(), action.kwargs)
        self.timings.reads += 1
        self.timings.read_seconds += time.perf_counter() - started
        if action.name in FIND_USER_ACTIONS and not ours.startswith("Error:"):
            self.verified = ours
        if action.name == "calculate":  # its reference is `eval`; tests/unit/store/test_calculator.py pins it
            theirs = action.error or ours
        else:
            theirs = action.error or reference_read(await self._reference(), action.name, action.kwargs)
        difference = answer_difference(ours, theirs)
        return Problem(tool=action.name, detail=f"{action.kwargs}: {difference}") if difference else None
