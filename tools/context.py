"""Who is calling a tool and with what: the authenticated actor, the store session and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from tools.errors import NotAuthorized
from tools.store.enums import ActorKind


def utc_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Actor:
    """The authenticated caller. Its id comes from the session, never from model-supplied arguments."""

    kind: ActorKind
    id: str | None = None

    @classmethod
    def customer(cls, customer_id: str) -> Actor:
        return cls(ActorKind.CUSTOMER, customer_id)

    @classmethod
    def agent(cls, agent_id: str) -> Actor:
        return cls(ActorKind.AGENT, agent_id)

    @classmethod
    def system(cls, name: str = "system") -> Actor:
        return cls(ActorKind.SYSTEM, name)

    @classmethod
    def anonymous(cls) -> Actor:
        return cls(ActorKind.ANONYMOUS, None)


@dataclass
class ToolContext:
    """Explicit dependencies of every tool call."""

    session: AsyncSession
    actor: Actor
    clock: Callable[[], datetime] = field(default=utc_clock)
    conversation_id: str | None = None

    def customer_id(self) -> str:
        """The authenticated customer; customer-scoped tools filter every query by it."""
        if self.actor.kind is not ActorKind.CUSTOMER or not self.actor.id:
            raise NotAuthorized("this needs a verified customer")
        return self.actor.id

    def agent_id(self) -> str:
        if self.actor.kind is not ActorKind.AGENT or not self.actor.id:
            raise NotAuthorized("this needs a customer-service agent")
        return self.actor.id

    def now(self) -> datetime:
        return self.clock()
