"""What the assistant's last turn wrote, for the questions asked right after it ("how do I send the old one back?",
"when do I get my money back?", "so is it done?", "la cambiaste?"): they ask about the write just made, never for
another one (the reply keys that say a write was made: steps/last_write.py)."""

from __future__ import annotations

from typing import Any

from assistant.grounding.policy_questions import policy_question
from assistant.grounding.write_follow_ups import asks_about_what_was_written
from assistant.grounding.written_questions import asks_if_written
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.last_write import wrote_last
from assistant.steps.meta_follow_up import last_said
from assistant.steps.shop_policy import policy_reply

# shop rules asked after a write that its own words do not answer ("how do I send it back?", "who pays the return
# shipping?"): left to the shop's rules (steps/shop_policy.py); when the money comes back is answered after them
RULES_NOT_IN_THE_WRITE = frozenset({"send_back", "return_shipping", "worn_items", "return_policy", "sale_returns",
                                    "cancel_policy", "exchange_policy", "shipping_time", "shipping_destinations",
                                    "payment_methods", "coupons", "cancel_or_return"})
ALSO_ANSWERED = frozenset({"refund_time"})


def written_message(state: ConversationState) -> str:
    """The assistant's message that said the last write was made (kept across the questions about it)."""
    return state.get("written_said") or last_said(state) or ""


def asks_about_the_write(state: ConversationState) -> bool:
    """ "Is it done?" / "the new address is saved?" / "so where does the money go?" right after a write, with no
    proposal open."""
    if not wrote_last(state) or state.get("pending"):
        return False
    text = (state.get("incoming") or {}).get("text", "")
    return asks_if_written(text) or _asks_what_it_did(text, written_message(state))


def _asks_what_it_did(text: str, written: str) -> bool:
    return asks_about_what_was_written(text, written) and policy_question(
        text, after_a_return=True) not in RULES_NOT_IN_THE_WRITE


async def confirm_written(state: ConversationState) -> dict[str, Any]:
    """The write just made, said again (its own words, with its order, values, amounts and method): "yes, that's
    done" to a question whether it is, "here is what was done" to one about its money, method or address."""
    text = (state.get("incoming") or {}).get("text", "")
    key = "write_confirmed" if asks_if_written(text) else "write_recalled"
    replies = [Reply(key=key, facts={"previous": written_message(state)})]
    if (topic := policy_question(text, after_a_return=True)) in ALSO_ANSWERED:  # "how much and when?": both
        replies.append(policy_reply(topic, state.get("language") or "en"))
    return {"outbox": with_replies(state, *replies)}
