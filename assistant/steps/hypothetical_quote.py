"""A return or an exchange asked about as a hypothetical ("if I returned the watch, how much would I get back?",
"si je l'échangeais, il y aurait une différence ?"): what the write would come to is said from the proposal built
for it (amount, difference, where the money goes) with the shop's rules the turn asks beside it ("and do I pay the
return shipping?"), and nothing is proposed: no yes/no is asked, so a later "ok, I want to return it" is the request."""

from __future__ import annotations

from typing import Any

from assistant.grounding.hypotheticals import asks_a_hypothetical
from assistant.grounding.policy_questions import rules_asked_beside
from assistant.state import Reply
from assistant.steps.shop_policy import policy_reply

# a proposal's confirmation -> the same facts said as what it would come to
QUOTES = {"confirm_return": "if_return", "confirm_swap": "if_swap", "confirm_swap_refund": "if_swap_refund",
          "confirm_swap_pending": "if_swap", "confirm_swap_pending_refund": "if_swap_refund"}


def hypothetical_quote(proposal: dict[str, Any], text: str, language: str) -> list[Reply] | None:
    """The replies answering a hypothetical about `proposal`, or None when the turn asks for the write itself."""
    key = QUOTES.get(proposal.get("confirm_key") or "")
    if key is None or not asks_a_hypothetical(text):
        return None
    return [Reply(key=key, facts=proposal["facts"]), *(policy_reply(t, language) for t in rules_asked_beside(text))]
