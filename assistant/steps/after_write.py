"""What the assistant's last turn wrote, for the questions asked right after it ("how do I send the old one back?",
"when do I get my money back?", "so is it done?", "la cambiaste?"): they ask about the write just made, never for
another one (the reply keys that say a write was made: steps/last_write.py). One message may ask several of them
("how do I send it back? and how much do I get back, and where?"): each is answered."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.consent import explicit_answer, thanks_for_the_answer
from assistant.context import Deps
from assistant.grounding.courtesy import courtesy
from assistant.grounding.orders import canonical_order_id, order_numbers
from assistant.grounding.policy_questions import PolicyTopic, policy_question
from assistant.grounding.proposal_question import read_proposal_question
from assistant.grounding.side_questions import clauses_of
from assistant.grounding.variants import describe_options
from assistant.grounding.write_follow_ups import (
    asks_a_question,
    asks_about_an_earlier_refund,
    asks_about_what_was_written,
    asks_when_refunded,
    names_something_else,
)
from assistant.grounding.written_questions import asks_if_written
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.last_write import without_done_opener, written_message, wrote_last
from assistant.steps.no_after_write import already_written, takes_back_the_write
from assistant.steps.nothing_to_send import ORDER_ID, nothing_to_send_back
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.shop_policy import policy_reply

# shop rules asked after a write that its own words do not answer ("how do I send it back?", "who pays the return
# shipping?"): left to the shop's rules (steps/shop_policy.py); when the money comes back is answered after them
RULES_NOT_IN_THE_WRITE = frozenset({"send_back", "return_shipping", "worn_items", "return_policy", "sale_returns",
                                    "cancel_policy", "exchange_policy", "shipping_time", "shipping_destinations",
                                    "payment_methods", "coupons", "cancel_or_return"})
ALSO_ANSWERED = frozenset({"refund_time"})


def asks_about_the_write(state: ConversationState) -> bool:
    """ "Is it done?" / "the new address is saved?" / "so where does the money go?" right after a write, with no
    proposal open, alone or beside questions about the shop's rules ("how do I send it back? and how much?"); or,
    turns later, a question about the refund of the write made earlier ("and the refund for the bottle, when?").
    A message that asks for something else (products to buy, another item's order) is a new request, whatever
    was written before it: the write's words are never its answer (fresh25 F1)."""
    if state.get("pending"):
        return False
    text = (state.get("incoming") or {}).get("text", "")
    if not wrote_last(state):
        return asks_about_an_earlier_refund(text, state.get("written_said") or "")
    written = written_message(state)
    if says_yes_again(state):
        return True
    if names_something_else(text, written):
        return False
    return (asks_if_written(text) or _asks_what_it_did(text, written)
            or questions_about_the_write(text, written) is not None or asks_what_it_covers(text, written))


def says_yes_again(state: ConversationState) -> bool:
    """A plain yes right after a write, with nothing open (fresh F9: "ok, on continue le retour du clavier" wrote
    the return, then the proposal's old Oui): a second yes to what is already done, never a yes to nothing. A
    written message that asks something ("anything else?") is answered by that yes instead, and "ok thanks",
    "vale gracias" thank for the write: a closing line answers them (steps/chit_chat.py, fresh28 F16)."""
    text = (state.get("incoming") or {}).get("text", "")
    return (not state.get("pending") and wrote_last(state) and explicit_answer(text) == "yes"
            and not written_message(state).rstrip().endswith("?") and not thanks_for_the_answer(text))


def asks_about_its_refund(state: ConversationState, text: str) -> bool:
    """When the refund of the return made in this conversation comes, asked right after it ("je ne veux pas un
    nouveau retour, je demande quand je serai remboursé") or turns later ("et le remboursement de la gourde et du
    casque, il arrive quand ?", fresh25 F7): one question about that write, read whole, never split into a shop
    rule, an order's status or another request."""
    if state.get("pending"):
        return False
    if not wrote_last(state):
        return asks_about_an_earlier_refund(text, state.get("written_said") or "")
    written = written_message(state)
    return asks_when_refunded(text) and asks_about_what_was_written(text, written) and not names_something_else(
        text, written)


def asks_what_it_covers(text: str, written: str) -> bool:
    """"does that include the puzzle too?", "ça comprend aussi le puzzle ?", "ist das puzzle auch mit drin?": a
    question about the items the write took, naming no other order than the write's own."""
    question = read_proposal_question(text)
    if question is None or not question.cued or "items" not in question.facts:
        return False
    return not set(order_numbers(text)) - set(order_numbers(written))


def _asks_what_it_did(text: str, written: str) -> bool:
    return asks_about_what_was_written(text, written) and policy_question(
        text, after_a_return=True) not in RULES_NOT_IN_THE_WRITE


def questions_about_the_write(text: str, written: str) -> list[PolicyTopic] | None:
    """Several questions in one message, each about the write or a shop rule ("comment je la renvoie ? et je
    récupère combien, c'est bien sur la mastercard ?"), with at least one about the write: the shop rules asked
    beside it, in the order asked; None when a clause asks for something else (a new request, another order) or no
    clause asks about the write."""
    if set(order_numbers(text)) - set(order_numbers(written)):
        return None
    about, rules = False, []
    for clause in clauses_of(text):
        if (topic := policy_question(clause, after_a_return=True)) is not None:
            rules.append(topic)
        elif asks_if_written(clause) or asks_about_what_was_written(clause, written):
            about = True
        elif asks_a_question(clause):
            continue  # "und von wo?": part of a question about the write when one is asked
        elif courtesy().says_something(clause):
            return None
    if not about:
        return None
    return list(dict.fromkeys(rules))


def _already_done(previous: str) -> Reply:
    """A second yes to a write just made: it is done, said once with its order, never its whole receipt again."""
    orders = order_numbers(previous)
    if orders:
        return Reply(key="write_already_done_order", facts={"order_id": canonical_order_id(orders[0])})
    return Reply(key="write_already_done", facts={})


async def confirm_written(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    """The write just made, said again (its own words, with its order, values, amounts and method): "yes, that's
    done" to a question whether it is, "here is what was done" to one about its money, method or address; the shop's
    rules asked beside it are answered after it ("do I send anything back?" after a change of an order that has
    not shipped, or a cancellation: there is nothing to send)."""
    text = (state.get("incoming") or {}).get("text", "")
    language = state.get("language") or "en"
    if takes_back_the_write(state):  # "hold on, don't do it!" right after the yes: it is made, said so (A27-3)
        return {"outbox": with_replies(state, already_written(state))}
    key = "write_already_done" if says_yes_again(state) else (
        "write_confirmed" if asks_if_written(text) else "write_recalled")
    covered = await _items_cancelled(runtime.context, state) if asks_what_it_covers(
        text, written_message(state)) else None
    replies = [covered or (_already_done(written_message(state)) if key == "write_already_done" else
                           Reply(key=key, facts={"previous": without_done_opener(written_message(state))}))]
    topics = questions_about_the_write(text, written_message(state)) or []
    if not topics and (topic := policy_question(text, after_a_return=True)) in ALSO_ANSWERED:
        topics = [topic]  # "how much and when?": both
    if not topics and asks_when_refunded(text):
        topics = ["refund_time"]  # "et le remboursement de la gourde, il arrive quand ?": its timing too
    for topic in topics:
        if topic in RULES_NOT_IN_THE_WRITE | ALSO_ANSWERED:
            replies.append(await nothing_to_send_back(runtime.context, state, topic) or policy_reply(topic, language))
    return {"outbox": with_replies(state, *replies)}


async def _items_cancelled(deps: Deps, state: ConversationState) -> Reply | None:
    """After a cancellation, every item of its order, read again from the store ("yes, the whole order was
    cancelled: T-Shirt; Smart Watch; Jigsaw Puzzle"); None after any other write (its own message names its items)."""
    customer = state.get("customer_id")
    named = ORDER_ID.findall(written_message(state))
    if not customer or not named or "cancelled" not in (state.get("said_last") or []):
        return None
    order = await CustomerReader(deps, customer, state["conversation_id"]).order(named[-1])
    if not order or order.get("status") != "cancelled":
        return None
    language = state.get("language") or "en"
    contents = "; ".join(f"{i['name']} ({describe_options(i['options'], language)})" if i.get("options") else i["name"]
                         for i in order.get("items", []))
    return Reply(key="written_items_cancelled", facts={"order_id": order["order_id"], "contents": contents})
