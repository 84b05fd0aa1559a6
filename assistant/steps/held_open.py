"""A hedge in the middle of an order request ("hmm let me think about it, don't touch anything yet", "mmm déjame
pensarlo", "je vais réfléchir"): the request stays open with everything gathered so far, nothing is written, and the
customer is told so once, never the step's question again word for word. A later go-ahead ("ok, cancel it") or
answer takes the request up where it was; a plain no still drops it (`open_question.declines_open_question`)."""

from __future__ import annotations

import json
from typing import Any

from assistant.consent import explicit_answer, hesitates
from assistant.consent_vocabulary import BREAK, read_spans, split_words
from assistant.consent_vocabulary import normalise as consent_words
from assistant.grounding.hold_words import hold_words
from assistant.grounding.item_changes import asks_for_return, asks_for_swap, cancels
from assistant.grounding.proposal_question import plain
from assistant.models.contracts import Intent
from assistant.state import ConversationState, Pending, Reply

# Requests that write to an order: a hedge inside one keeps it open (a status question has nothing to hold).
HELD_TOPICS = {Intent.CANCEL_ORDER.value, Intent.MODIFY_ORDER.value, Intent.RETURN_ITEM.value,
               Intent.EXCHANGE_ITEM.value}


def _order_in_progress(state: ConversationState) -> str | None:
    """The order the request under way is about: the proposal's, else the one its topic grounded."""
    pending = state.get("pending") or {}
    if order_id := (pending.get("arguments") or {}).get("order_id"):
        return str(order_id)
    topic = state.get("topic") or {}
    order_ids = (topic.get("slots") or {}).get("order_ids") or []
    return str(order_ids[0]) if topic.get("intent") in HELD_TOPICS and order_ids else None


def lets_go(text: str) -> bool:
    """The words let the request go on their own: a withdrawal ("never mind", "laissez tomber") or a no standing as
    its own clause ("finalement non, …", "ach nein, …"), not the "no" of "no cambies nada"."""
    words = split_words(consent_words(text))
    spans = read_spans(words)
    position = 0
    for length, kinds in spans:
        position += length
        if "yes" in kinds:
            continue
        stands_alone = length > 1 or position >= len(words) or words[position] == BREAK
        if "withdrawal" in kinds or ("no" in kinds and stands_alone):
            return True
    return False


def opens_with_no(text: str) -> bool:
    """The message opens with a no or a withdrawal standing as its own clause ("no, mejor no, me lo pienso", "nah,
    better not, i'll think it over", "non merci, je vais y réfléchir"): what follows it gives the no a reason, it
    does not hold the request. Not the "no" of "no cambies nada todavía" (a clause of its own words)."""
    words = split_words(consent_words(text))
    spans = read_spans(words)
    position = 0
    for length, kinds in spans:
        position += length
        if kinds == {"break"}:
            continue
        if "yes" in kinds or not kinds & {"no", "withdrawal"}:
            return False
        return length > 1 or position >= len(words) or words[position] == BREAK
    return False


def no_then_thinking(text: str) -> bool:
    """A no that opens the message, then a pause to think as its reason ("nah, better not, i'll think it over", "no,
    mejor no, me lo pienso", "non merci, je vais y réfléchir"): the proposal is dropped, never held open. A no put
    off in time ("no, not yet", "nein, noch nichts ändern", "lass es erstmal") has no thinking in it: it holds."""
    if not opens_with_no(text):
        return False
    spans = read_spans(split_words(consent_words(text)))
    thinks = any("hedge" in kinds for _, kinds in spans[1:])
    return thinks and hold_words().search(plain(text)) is not None and not asks_for_swap(text)


def puts_on_hold(text: str) -> bool:
    """Words that hold the request ("gonna think about it, leave it for now", "déjame pensarlo"), with no
    question, no yes and no wish for another option in them. Words that only say nothing is to change, with a
    withdrawal or a no of their own ("never mind, don't change anything"), drop the request instead (withdraw23);
    so does a no opening the message with a pause to think after it (`no_then_thinking`)."""
    if "?" in text or explicit_answer(text) == "yes" or asks_for_swap(text) or no_then_thinking(text):
        return False
    written = plain(text)
    holds = [m.group(0) for m in hold_words().finditer(written)]
    if not holds:
        return False
    only_unchanged = all(hold_words("unchanged_phrases").fullmatch(hold) for hold in holds)
    return not (only_unchanged and lets_go(text))


def nothing_to_change(text: str) -> bool:
    """Words that only say nothing is to change, with a no or a withdrawal of their own ("no, mejor no cambies
    nada", "never mind, don't change anything"), with no question, no yes and no wish for another option: a no."""
    if "?" in text or explicit_answer(text) == "yes" or asks_for_swap(text) or asks_for_return(text) or cancels(text):
        return False
    if any(ch.isdigit() for ch in text):
        return False  # an order number, an address or a size beside it: a request of its own
    holds = [m.group(0) for m in hold_words().finditer(plain(text))]
    return bool(holds) and all(hold_words("unchanged_phrases").fullmatch(hold) for hold in holds) and lets_go(text)


def holds_open(state: ConversationState) -> bool:
    """The turn puts the request about one order on hold while it is under way; a proposal waiting for its yes
    is held by a bare hedge too ("hmm, not sure"), which answers nothing else (a question's answer may hold one:
    "la misma pero con media cremallera")."""
    text = (state.get("incoming") or {}).get("text", "")
    if _order_in_progress(state) is None:
        return False
    return puts_on_hold(text) or (bool(state.get("pending")) and hesitates(text) and not no_then_thinking(text))


def put_off_key(pending: Pending) -> str:
    """What a proposal put off is remembered by: its write and arguments (asked again, it gets a new action id)."""
    return json.dumps([pending.get("tool"), pending.get("arguments") or {}], sort_keys=True, default=str)


def held_open(state: ConversationState) -> dict[str, Any]:
    """The reply to such a hedge: nothing changed, the order as it is, the request (and any proposal) kept."""
    order_id = _order_in_progress(state)
    if pending := state.get("pending"):  # the proposal stays on screen: its yes or no is still what the buttons answer
        line = Reply(key="held_open_proposal", facts={"order_id": order_id}, quick_replies=["Yes", "No"])
        # "ok thanks" after "hmm, not sure" closes the talk: no yes to it (attack27 A27-2)
        return {"outbox": [*state.get("outbox", []), line], "put_off": put_off_key(pending)}
    line = Reply(key="held_open", facts={"order_id": order_id})
    return {"outbox": [*state.get("outbox", []), line]}
