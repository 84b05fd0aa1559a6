"""Whether a customer turn may run now, on every surface that takes one (chat, widget, API): the turn budgets of
its account and client (assistant/web/turn_rate.py), with the refusal logged and audited.

The audit row names the conversation and, for a customer, the customer as actor; the account and client appear
only as keyed digests. One row per burst (see `TurnRate.first_of_burst`); every refusal is logged.
"""

from __future__ import annotations

import logging
from typing import Literal

from assistant.web.runtime import WebRuntime
from assistant.web.turn_rate import TurnRefusal
from tools.audit import record_audit
from tools.context import Actor
from tools.keyed_digest import keyed_digest

log = logging.getLogger("assistant.web.turns")
Surface = Literal["chat", "api"]


def _keyed(runtime: WebRuntime, value: str | None) -> str | None:
    if not value:
        return None
    return keyed_digest(runtime.service.deps.secret_key, "turn-rate", value, length=16)


async def admit_turn(runtime: WebRuntime, *, surface: Surface, conversation_id: str, account: str | None,
                     customer_id: str | None, client: str | None) -> TurnRefusal | None:
    """Count this turn; None when it may run, else the refusal to tell the customer (it has been audited)."""
    refusal = await runtime.turn_rate.admit(account=account, client=client)
    if refusal is None:
        return None
    log.warning("turn refused for speed on %s: %s budget %s spent, retry in %d s", surface, refusal.scope,
                refusal.limit, refusal.retry_after_s)
    if await runtime.turn_rate.first_of_burst(refusal):
        actor = Actor.customer(customer_id) if customer_id else Actor.anonymous()
        async with runtime.service.deps.tools(actor, conversation_id) as ctx:
            record_audit(ctx, action="turn_rate_limited", subject_type="conversation", subject_id=conversation_id,
                         data={"surface": surface, "scope": refusal.scope, "limit": refusal.limit,
                               "retry_after_s": refusal.retry_after_s, "account": _keyed(runtime, account),
                               "client": _keyed(runtime, client)})
    return refusal
