"""Order self-service: status and tracking, then proposals for cancel, change, return and exchange.

Every change is only proposed here (with the exact tool arguments); `confirm` performs it after a yes.
"""

from __future__ import annotations

import html
import uuid
from typing import Any

from langgraph.runtime import Runtime

from assistant.consent import hedges
from assistant.context import Deps
from assistant.grounding.address_words import keeps_the_address_only
from assistant.grounding.item_changes import asks_for_swap, fits_badly, names_options
from assistant.grounding.items import items_named, nouns_said
from assistant.grounding.kept_items import kept_beside_the_rest
from assistant.grounding.kept_options import without_keep_words
from assistant.grounding.lexicon import lexicon
from assistant.grounding.orders import (
    OrderChoice,
    asked_order_fact,
    asks_for_order_list,
    canonical_order_id,
    ground_order,
    order_numbers,
)
from assistant.grounding.part_refused import refuses_a_part
from assistant.grounding.payments import ground_payment, names_payment
from assistant.grounding.split_payment import splits_the_payment
from assistant.grounding.statuses import ITEMS_CHANGED, RECEIVED, STILL_PENDING, SWAP_FAMILIES, describe_status
from assistant.grounding.variants import describe_options
from assistant.models.contracts import Intent
from assistant.refusals import refusal_reply
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.address_in_flow import address_waits
from assistant.steps.address_without_order import default_address_instead, no_order_takes_the_address
from assistant.steps.addresses import read_addresses
from assistant.steps.balance_after_write import facts_after_write
from assistant.steps.changed_detail import changes_the_swap
from assistant.steps.confirm import perform
from assistant.steps.eligible_orders import (
    REQUIRED_STATUS,
    acting_statuses,
    asks_which_qualify,
    eligibility_key,
    kinds_asked,
    qualifying,
)
from assistant.steps.held_open import held_open, holds_open
from assistant.steps.hypothetical_quote import hypothetical_quote
from assistant.steps.method_question_addition import Addition, addition_to_open_question
from assistant.steps.method_question_replies import reply_to_method_question
from assistant.steps.missed_order import MISSED_SLOT
from assistant.steps.one_request_per_order import clashing_requests, one_request_reply
from assistant.steps.only_variant import UNNAMED_CHANGE_SLOT
from assistant.steps.order_answers import order_answers, picks_one_order
from assistant.steps.order_changes import (
    ASKED_METHOD_SLOT,
    REFUSED_ITEMS_SLOT,
    SWAP_ITEMS_SLOT,
    YES_TO_CHANGE_SLOT,
    propose_change,
)
from assistant.steps.order_facts import detail_asked, line_detail
from assistant.steps.order_history_answers import history_answer
from assistant.steps.order_lookup import CustomerReader, money, pick_items
from assistant.steps.order_options import OPTIONS_SLOT, asks_for_options, options_reply
from assistant.steps.orders_not_theirs import with_orders_not_theirs
from assistant.steps.other_orders_named import several_others_meant
from assistant.steps.proposal_questions import yes_naming_a_method
from assistant.steps.question_candidates import ASKED_SLOT, FITTING_SLOT, REQUEST_TEXT_SLOT, asked, order_candidates
from assistant.steps.restated_proposal import agrees_to_the_same
from assistant.steps.return_instead import return_instead
from assistant.steps.routing import active_intent, merged_slots
from assistant.steps.status_aside import with_status_aside
from assistant.steps.swap_instead import swap_instead
from assistant.steps.yes_taken_back import yes_taken_back

FALLBACK_SLOT = "order_by_status"  # the order chosen by its status or place, not by a number or an item named
# Confirmations that do not name the order's items, and their lines that do (for an order chosen by its status).
LISTED_CONFIRMATIONS = {"confirm_cancel": "confirm_cancel_listed", "confirm_modify": "confirm_modify_listed",
                        "confirm_modify_payment": "confirm_modify_payment_listed"}
MAX_NAMED_ORDERS = 5  # an unknown order number is answered with at most this many of the customer's own
# Requests that end with the orders' statuses when no order qualifies (an exchange or a change may still be a swap
# of another kind, grounded as usual).
NOTHING_QUALIFIES_ENDS = {Intent.CANCEL_ORDER, Intent.RETURN_ITEM}
# A delivered order with a return or exchange already under way: one per order (tau-retail policy), the reason a
# second one is refused (never "only while delivered", which it still is).
UNDER_WAY = {"return requested": "already_returning", "exchange requested": "already_exchanging"}
SWAPS = {Intent.MODIFY_ORDER, Intent.EXCHANGE_ITEM}  # an item swap: modified while pending, exchanged once received


def _status_refusal(state: ConversationState, order: dict[str, Any], intent: Intent, language: str
                    ) -> dict[str, Any] | None:
    """Why the request cannot be done in the order's status; None when it can. An order whose items were changed
    once is said to be so (tau-retail policy: no further change nor cancellation), not "pending, only while
    pending"; one with a return or exchange under way is said to have it, not "delivered, only while delivered";
    an item swap of an order in neither family (processed: too late to change, too early to exchange) is said
    to be so, never "only while delivered"."""
    required = REQUIRED_STATUS[intent]
    if intent is Intent.MODIFY_ORDER and merged_slots(state).get("modification") == "address" and (
            order["status"] not in ("pending", ITEMS_CHANGED)):  # where it ships, not its items (fresh16 F4)
        return _ask(state, "address_not_now", None, order_id=order["order_id"],
                    status=describe_status(order["status"], language))
    if intent in SWAPS and order["status"] not in SWAP_FAMILIES:
        return _ask(state, "swap_not_now", None, order_id=order["order_id"],
                    status=describe_status(order["status"], language))
    if order["status"] == ITEMS_CHANGED and required == "pending":
        return _ask(state, "already_modified", None, order_id=order["order_id"])
    if order["status"] in UNDER_WAY and required == "delivered":
        return _ask(state, UNDER_WAY[order["status"]], None, order_id=order["order_id"])
    if order["status"] != required:
        return _ask(state, "wrong_status", None, order_id=order["order_id"],
                    status=describe_status(order["status"], language), required=describe_status(required, language))
    return None


def _not_proposed(state: ConversationState, order: dict[str, Any], intent: Intent, language: str
                  ) -> dict[str, Any] | None:
    """Why nothing is proposed for this order: its status, or another request of this message that the order could
    not also take ("return the shoes and exchange the tee" of a delivered order: one of them, asked which)."""
    if refusal := _status_refusal(state, order, intent, language):
        return refusal
    clashing = clashing_requests(state, intent, order)
    return one_request_reply(state, order, clashing) if clashing else None


def _ask(state: ConversationState, key: str, topic: dict[str, Any] | None, asked_now: dict[str, Any] | None = None,
         **facts: Any) -> dict[str, Any]:
    # A question replaces any proposal still open: a later "yes" answers the question's outcome, never a
    # write proposed before the customer asked for something else ("rather on my gift card").
    # Its candidates (`asked_now`) replace those of an earlier question: the next message is read against them.
    if topic is not None:
        topic["slots"].pop(ASKED_SLOT, None)
        if asked_now:
            topic["slots"][ASKED_SLOT] = asked_now
    return {"topic": topic, "pending": None, "outbox": with_replies(state, Reply(key=key, facts=facts))}


async def _choose_order(reader: CustomerReader, slots: dict[str, Any], text: str, status: str | None,
                        acting: frozenset[str] | None = None) -> tuple[OrderChoice, list[dict[str, Any]]]:
    """The order grounded from the conversation (see `ground_order`), and the customer's orders. Without an
    order number, an item named in words ("the jacket") says which order before the status does (even with
    one order: "the umbrella" is not in it)."""
    orders = await reader.orders()
    details: list[dict[str, Any]] | None = None
    if orders and not slots.get("order_ids") and not order_numbers(text):
        details = [d for o in orders if (d := await reader.order(o["order_id"])) is not None]
    return ground_order(text, slots.get("order_ids", []), orders, status, details, acting), orders


def _note_items(slots: dict[str, Any], order: dict[str, Any] | None, choice: OrderChoice, text: str,
                replaces: bool = False) -> None:
    """The items the turn acts on, kept in the slots: not those naming the order ("the headphones from the order
    with the thermostat"), and every one listed ("das Puzzle und den Rucksack"), not only the best named. A turn
    that replaces the request ("non, gardez tout, mettez juste les chaussures en 8") acts on the items it names,
    not on those the request before it named."""
    acted = pick_items(order, {}, text) if order and text else []
    kept = kept_beside_the_rest(text) if order and text else None
    if order and kept and (kept_ids := pick_items(order, {}, kept)):
        # "I keep the fleece, the rest goes back": every other item of the order, never the one kept
        slots["item_ids"] = [i["item_id"] for i in order["items"] if i["item_id"] not in kept_ids]
        return
    if replaces and acted:
        slots["item_ids"] = acted
    elif choice.item_ids and not slots.get("item_ids"):
        slots["item_ids"] = acted or choice.item_ids
    elif acted and set(slots.get("item_ids", [])) < set(acted):
        slots["item_ids"] = acted


def _swap_for_status(intent: Intent, order: dict[str, Any], slots: dict[str, Any], text: str) -> Intent:
    """Swapping an item is a modification while the order is pending and an exchange once delivered, whichever
    word the customer used ("change the jacket to a large")."""
    if intent is Intent.EXCHANGE_ITEM and order["status"] in STILL_PENDING:
        return Intent.MODIFY_ORDER
    # "passez la montre en écran LCD, remboursement sur la carte cadeau": refund words about a new value of an item
    # of a pending order are the swap's difference (a pending order has nothing to return); "quiero devolver las
    # zapatillas, me quedan pequeñas": an item that does not fit is changed for another size while pending
    if intent is Intent.RETURN_ITEM and order["status"] == "pending" and (names_options(text) or fits_badly(text)):
        return Intent.MODIFY_ORDER
    # "could I swap them for brown lenses? difference on paypal" names a method for the swap's difference: the
    # request changes an item, not the order's payment
    changes_items = slots.get("modification") in (None, "items") or (
        slots.get("modification") == "payment" and asks_for_swap(text))
    if intent is Intent.MODIFY_ORDER and order["status"] in RECEIVED and changes_items:
        return Intent.EXCHANGE_ITEM
    return intent


def _asks_where_an_item_is(text: str) -> bool:
    """"où en est l'horloge blanche que j'ai commandée ?", "¿dónde están los auriculares que pedí?": the order
    holding that item is answered (the list only when the item does not tell one order)."""
    return bool(nouns_said(text)) and lexicon().patterns["status_questions"].search(text) is not None


async def _about_the_orders(state: ConversationState, reader: CustomerReader, intent: Intent, options: bool,
                            slots: dict[str, Any], text: str) -> dict[str, Any] | None:
    """The answer to a question about the orders as a whole, or None: what happened to them ("how many of my
    orders haven't arrived yet?", "was the cancelled one refunded?"), or their list."""
    if intent is not Intent.ORDER_STATUS or options:
        return None
    language = state.get("language") or "en"
    named = bool(_turn_order_ids(state) or slots.get("order_ids") or order_numbers(text) or nouns_said(text))
    if answer := await history_answer(state, reader, text, language, named=named):
        return answer
    if asks_for_order_list(text) and not (asked_order_fact(text) and (slots.get("order_ids") or nouns_said(text))
                                          ) and not (_turn_order_ids(state) or picks_one_order(text)
                                                     or _asks_where_an_item_is(text)):
        # "¿con qué pagué el pedido de la mochila?" asks about the order holding it, not for the list
        return await _list_orders(state, reader, language, detail_asked(text))
    return None


def _turn_order_ids(state: ConversationState) -> list[str]:
    """The orders this turn's reading names ("the second one" of the list shown: `listed_order`)."""
    return list(((state.get("intent") or {}).get("slots") or {}).get("order_ids") or [])


def _describe_items(order: dict[str, Any], language: str) -> str:
    """An order's items with their options: "Dumbbell Set (weight 30 lbs, …); Jigsaw Puzzle (…)"."""
    return "; ".join(f"{html.unescape(i['name'])} ({describe_options(i['options'], language)})" if i["options"]
                     else html.unescape(i["name"]) for i in order.get("items", []))


async def _order_lines(reader: CustomerReader, orders: list[dict[str, Any]], language: str,
                       detail: str | None = None) -> list[str]:
    """One line per order summary (`CustomerReader.orders`): number, status in words, items with options, total;
    and the `detail` asked of them all ("what did I pay with for those?", "which one has a tracking number?")."""
    lines = []
    for summary in orders:
        order = await reader.order(summary["order_id"])
        extra = await line_detail(reader, order, detail, language) if order and detail else ""
        items = _describe_items(order or {}, language)
        total = summary.get("total_cents")
        if total is None:  # a full order record (an item named in several orders), not a summary
            total = sum(item["price_cents"] for item in (order or {}).get("items", []))
        lines.append(f"\n- {summary['order_id']} — {describe_status(summary['status'], language)} — {items} — "
                     f"{money(total, language)}{extra}")
    return lines


async def order_service(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    if not state.get("pending") and holds_open(state):
        return held_open(state)  # "hmm let me think about it": the request stays as it is, nothing written
    reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
    if addition := await addition_to_open_question(reader, state):
        return await _asked_again_after(state, runtime, addition)
    if said := await reply_to_method_question(reader, state):  # "actually keep it purple", "ship it to …" (F2)
        if not said.ask_again:
            return said.update
        again = await _asked_again_after(state, runtime, Addition(said=said.said, topic=dict(state.get("topic") or {})))
        return {**again, **said.update}
    result = await with_orders_not_theirs(state, reader, await _order_request(state, runtime))
    if aside := state.get("aside"):  # "…, and has my order with the helmet shipped yet?": answered beside it
        reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
        result = await with_status_aside(reader, result, aside, state.get("language") or "en")
    return result


async def _asked_again_after(state: ConversationState, runtime: Runtime[Deps], addition: Addition) -> dict[str, Any]:
    """ "ja und das skateboard auch" to the swap's method question: what becomes of the added item is said, then
    the open question asked again from the topic alone (this turn's words name no method and write nothing)."""
    topic = addition.topic
    if addition.question is not None:  # the return's refund question, its items now with the one added
        return {"topic": topic, "pending": None, "outbox": with_replies(state, *addition.said, addition.question)}
    again: ConversationState = {**state, "topic": topic,  # type: ignore[typeddict-item]
                                "incoming": {**(state.get("incoming") or {}), "text": ""},
                                "intent": {"intent": topic.get("intent"), "slots": {}, "confidence": 1.0}}
    result = await _order_request(again, runtime)
    before = list(state.get("outbox") or [])  # said earlier this turn: kept first
    result["outbox"] = [*before, *addition.said, *(result.get("outbox") or [])[len(before):]]
    return result


ITEM_ACTIONS = frozenset({Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM})  # not an address change of the order


def _with_refused_items(slots: dict[str, Any], intent: Intent) -> dict[str, Any]:
    """"then I'll just send it back" right after a change refused as not payable: the item of that change."""
    refused_items = slots.pop(REFUSED_ITEMS_SLOT, None)
    if refused_items and intent in ITEM_ACTIONS and not slots.get("item_ids"):
        slots["item_ids"] = refused_items
    return slots


async def _order_request(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    intent = active_intent(state)
    slots = _with_refused_items(merged_slots(state), intent)
    options = asks_for_options(state)
    if options:
        slots[OPTIONS_SLOT] = True  # kept while the order number is still to be asked
    topic: dict[str, Any] = {"intent": intent.value, "slots": slots}
    reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
    text = (state.get("incoming") or {}).get("text", "")
    if request_text := slots.pop(REQUEST_TEXT_SLOT, None):
        text = request_text  # this turn said which order ("the one with the bookshelf"); the request says the rest
    language = state.get("language") or "en"
    # "no, rather the other one" with several other pending orders: which of them?
    if answer := (await _which_of_the_others(state, reader, intent, topic, text, language)
                  or await _about_the_orders(state, reader, intent, options, slots, text)):
        return answer
    if intent in REQUIRED_STATUS and not options and (answer := await _without_a_fitting_order(
            state, runtime, reader, intent, slots, text, language)):
        return answer
    async with reader.one_transaction():  # the grounding's reads (the orders, then the one it names) as one
        choice, orders = await _choose_order(reader, slots, text, None if options else REQUIRED_STATUS.get(intent),
                                             None if options else acting_statuses(intent, slots))
        order_id = choice.order_id or choice.unknown
        if order_id is None:
            if not orders:
                return _ask(state, "no_orders", None)
            if intent is Intent.ORDER_STATUS and not options:
                return await _list_orders(state, reader, language, detail_asked(text))
            return await _which_order(state, reader, intent, topic, choice, orders, text, language)
        if choice.order_id:
            slots["order_ids"] = [choice.order_id]  # grounded once ("the shorts"): later turns need not repeat it
            slots.pop(MISSED_SLOT, None)  # the customer named one of theirs after a number not found
            if choice.fallback:
                slots[FALLBACK_SLOT] = choice.order_id  # kept while later turns refer to it by the number
            elif slots.get(FALLBACK_SLOT) != choice.order_id:
                slots.pop(FALLBACK_SLOT, None)
        order = await reader.order(order_id)
    _note_items(slots, order, choice, text, replaces=swap_instead(state) or return_instead(state))
    if order is None:
        # The customer's own numbers, not a made-up example: the demo's are #D…, tau's #W….
        return _ask(state, "order_not_found", {"intent": intent.value, "slots": {**slots, "order_ids": [],
                                                                               MISSED_SLOT: order_id}},
                    order_id=order_id, order_ids=[o["order_id"] for o in orders][:MAX_NAMED_ORDERS])
    if options:
        reply = options_reply(order)
        reply["facts"] = {**reply["facts"], "status": describe_status(order["status"], language)}
        return {"topic": None, "outbox": with_replies(state, reply)}
    if intent is Intent.ORDER_STATUS:
        return {"topic": None, "outbox": with_replies(state, *await order_answers(reader, order, text, language))}
    requested, intent = intent, _swap_for_status(intent, order, slots, text)
    topic["intent"] = intent.value
    if refusal := _not_proposed(state, order, intent, language):
        return refusal
    proposed = await _propose(state, runtime.context, reader, intent, order, topic, text, language)
    return _with_why_a_change(state, proposed, requested, intent, order, text)


def _with_why_a_change(state: ConversationState, proposed: dict[str, Any], requested: Intent, intent: Intent,
                       order: dict[str, Any], text: str) -> dict[str, Any]:
    """"quiero devolver las zapatillas, me quedan pequeñas" of a pending order: a return asked, a change proposed
    (`_swap_for_status`); why comes first (the order can be returned once delivered, changed while pending)."""
    if not (requested is Intent.RETURN_ITEM and intent is Intent.MODIFY_ORDER and fits_badly(text)):
        return proposed
    said = len(state.get("outbox") or [])
    why = Reply(key="return_becomes_change", facts={"order_id": order["order_id"]})
    return {**proposed, "outbox": [*proposed["outbox"][:said], why, *proposed["outbox"][said:]]}


async def _propose(state: ConversationState, deps: Deps, reader: CustomerReader, intent: Intent,
                   order: dict[str, Any], topic: dict[str, Any], text: str, language: str) -> dict[str, Any]:
    """The write proposed for a grounded request (or the question still to ask)."""
    slots = topic["slots"]
    proposal = await propose_change(intent, order, slots, reader, text, language)
    proposal = _same_swap_again(state, proposal, order, text, language)
    topic["slots"].update(proposal.get("remember", {}))
    if proposal.get("refuse"):  # nothing can be proposed (no saved method can pay): said, nothing left open; the
        # topic keeps its order, and its items for another action on them ("then I'll just send it back":
        # `return_instead`); "yes but ship it to …" is an address change of that order, never this request again
        about = {"order_ids": slots.get("order_ids") or [order["order_id"]],
                 REFUSED_ITEMS_SLOT: slots.get(SWAP_ITEMS_SLOT) or slots.get("item_ids") or []}
        return {"pending": None, "topic": {"intent": topic["intent"], "slots": about, "refused": True},
                "outbox": with_replies(state, proposal["refuse"])}
    if proposal.get("ask"):
        question = _ask(state, proposal["ask"], topic, proposal.get("asked"), **proposal.get("facts", {}))
        if proposal.get("note"):  # "size 10 isn't available as it is; in size 10 it comes only as …", then the ask
            question["outbox"] = with_replies(state, proposal["note"], question["outbox"][-1])
        return question
    topic["slots"].pop(ASKED_SLOT, None)  # a proposal answers the question: its yes or no is read next
    if (quote := hypothetical_quote(proposal, text, language)) is not None:  # "if I returned it, how much?"
        return {"topic": topic, "pending": None, "outbox": with_replies(state, *quote)}
    pending = {"action_id": uuid.uuid4().hex, "tool": proposal["tool"], "arguments": proposal["arguments"],
               "ticket": None, "reply_key": proposal["done_key"], "reply_facts": proposal["facts"]}
    # "#W…, 1500 pieces - yep that's right, do it": the words ground to the very proposal waiting, and agree to it
    restated = agrees_to_the_same(state.get("pending"), proposal["tool"], proposal["arguments"], text)
    agreed = restated or proposal.get("agreed") or await _agreed_with_method(reader, slots, text, proposal, order)
    # "oui pour l'adresse" to an item change, "yes to the swap, not the address": a yes to a part only, none to this
    agreed = agreed and not (keeps_the_address_only(text) or refuses_a_part(text))
    # the words agree to the item change of a two-write proposal ("y e s"): never that part alone, the address dropped;
    # proposed again, the address kept in front (`address_in_flow`) and a plain yes asked for (attack19 A19-2)
    agreed = agreed and not (state.get("pending") or {}).get("first")
    # a new address kept while the method was asked goes in front of the change: the two asked under one yes
    agreed = agreed and not address_waits(state, order["order_id"])
    # "bon je garde le 11, oui" restating the proposal: its keep phrase keeps the proposal's own value, no decline
    checked = without_keep_words(text) if restated else text
    if agreed and not yes_taken_back(checked, proposal["tool"]):  # "yes I do not want to cancel" agrees to nothing
        # "sí, con paypal" to "which method settles the difference of this change?": the yes was said to the
        # change and the amount shown, and the one detail left is named now; "yes" to "why cancel order #W…?"
        # was said to the cancellation of that order (`order_changes._cancel`).
        result = await perform(deps, state, pending)  # type: ignore[arg-type]
        if not result.ok:
            return {"pending": None, "topic": None, "outbox": with_replies(state, refusal_reply(result))}
        # the done line's facts as a confirmed write's: the method's balance now, a cancellation's original method
        facts = await facts_after_write(reader, pending, state.get("language") or "en")  # type: ignore[arg-type]
        return {"pending": None, "topic": None, "dissatisfaction": 0, "outbox": with_replies(
            state, Reply(key=proposal["done_key"], facts=facts))}
    confirm = _confirmation(proposal, order, slots)
    said = [proposal["note"], confirm] if proposal.get("note") else [confirm]  # "size 10 comes only in white"
    return {"topic": topic, "pending": {**pending, "question": confirm}, "outbox": with_replies(state, *said)}


async def _which_of_the_others(state: ConversationState, reader: CustomerReader, intent: Intent,
                               topic: dict[str, Any], text: str, language: str) -> dict[str, Any] | None:
    """"Which one?" among the customer's other orders only when the turn meant one of several (`several_others_meant`),
    the one turned down left out and no longer the topic's order: an answer by number or place picks among these
    (attack29 A29-1). None otherwise."""
    if not (others := several_others_meant(state, topic["slots"])):
        return None
    for slot in ("order_ids", ASKED_SLOT, FALLBACK_SLOT):
        topic["slots"].pop(slot, None)
    orders = await reader.orders()
    named = [summary for summary in orders if canonical_order_id(summary["order_id"]) in others]
    return await _which_order(state, reader, intent, topic, OrderChoice(candidates=named), orders, text, language)


async def _which_order(state: ConversationState, reader: CustomerReader, intent: Intent, topic: dict[str, Any],
                       choice: OrderChoice, orders: list[dict[str, Any]], text: str, language: str) -> dict[str, Any]:
    """"Which order?", asked (again) with the orders that fit; a split of a swap's difference said meanwhile ("use
    the gift card and the rest on my credit card") is said to be impossible before it (fresh20 F6, F12)."""
    slots = topic["slots"]
    fitting = [summary for summary in orders if summary["order_id"] in {c["order_id"] for c in choice.candidates}]
    listed = _still_fitting(slots, _as_listed_before(slots, fitting, orders) or fitting or orders)
    request_text = (slots.get(ASKED_SLOT) or {}).get("text") or text  # asked again: the first request's
    question = _ask(state, "ask_which_order", topic, asked("order_ids", await order_candidates(reader, listed),
                                                            request_text),
                    orders="".join(await _order_lines(reader, listed, language)))
    if intent in SWAPS and splits_the_payment(text):
        question["outbox"] = with_replies(state, Reply(key="one_method_pays", facts={}), question["outbox"][-1])
    return question


def _as_listed_before(slots: dict[str, Any], fitting: list[dict[str, Any]], orders: list[dict[str, Any]]
                      ) -> list[dict[str, Any]]:
    """The orders "which order?" listed last time, when it is asked again: those of them the words still fit, or
    all of them (words naming no order never list others: fresh20 F12 showed two lists, then three, then others)."""
    asked_before = slots.get(ASKED_SLOT) or {}
    if asked_before.get("slot") != "order_ids":
        return []
    before = [str(c.get("key")) for c in asked_before.get("candidates") or []]
    kept = [summary for summary in fitting if summary["order_id"] in before]
    return kept or [summary for order_id in before for summary in orders if summary["order_id"] == order_id]


def _still_fitting(slots: dict[str, Any], listed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Of the orders to list, those the customer's last answer still fits ("the kettle one" with two kettle orders,
    see `steps/question_answer.py`): the question is asked again naming only them."""
    fitting = set(slots.pop(FITTING_SLOT, None) or [])
    return [summary for summary in listed if summary["order_id"] in fitting] or listed


def _same_swap_again(state: ConversationState, proposal: dict[str, Any], order: dict[str, Any], text: str,
                     language: str) -> dict[str, Any]:
    """A reply that changes the pending swap's variant ("yes but L instead, S is for my sister") and still grounds to
    the very variant proposed: the new detail was not understood, so what it should be is asked (never the same
    proposal again, which a next "yep" would write)."""
    pending = state.get("pending")
    arguments = proposal.get("arguments") or {}
    if not pending or not changes_the_swap(text, pending) or proposal.get("ask") or (
            arguments.get("new_item_ids") != (pending.get("arguments") or {}).get("new_item_ids")):
        return proposal
    item = next((i for i in order["items"] if i["item_id"] in arguments.get("item_ids", [])), order["items"][0])
    options = f" ({describe_options(item['options'], language)})" if item.get("options") else ""
    return {"ask": "ask_new_variant",
            "facts": {"item": item["name"], "order_id": order["order_id"], "options": options, "others": ""}}


async def _agreed_with_method(reader: CustomerReader, slots: dict[str, Any], text: str,
                              proposal: dict[str, Any], order: dict[str, Any]) -> bool:
    """The customer was asked which method settles a swap's difference (the change and amount shown), and
    answers with a plain yes and a method ("ja, über die Visa") that grounds to the one now proposed."""
    arguments = proposal.get("arguments") or {}
    asked_for = slots.get(ASKED_METHOD_SLOT)
    if not asked_for or arguments.get("new_item_ids", [None])[0] != asked_for:
        return False
    if read_addresses(text, "USA"):  # "con paypal, y envíen el pedido a …": the new address proposed first, no yes
        return False
    if slots.get(UNNAMED_CHANGE_SLOT) == asked_for:  # a variant changing options not named: its own yes (F1)
        return False
    # "sí" to the change shown, then "a la mastercard"
    agreed_before = slots.get(YES_TO_CHANGE_SLOT) == asked_for and "?" not in text and not hedges(text) and (
        names_payment(text, same_alone=True))
    if not agreed_before and not yes_naming_a_method(text, proposal["tool"]):
        return False
    choice = ground_payment(text, (await reader.profile()).get("payment_methods", []),
                            original_id=order["payment_history"][0]["payment_method_id"], same_alone=True)
    return choice.method is not None and choice.method["id"] == arguments.get("payment_method_id")


def _confirmation(proposal: dict[str, Any], order: dict[str, Any], slots: dict[str, Any]) -> Reply:
    """The question a yes answers; for an order chosen by its status (never named by number or item) it names
    what the order holds, so a customer who meant another order sees it before saying yes."""
    key, facts = proposal["confirm_key"], proposal["facts"]
    if slots.get(FALLBACK_SLOT) == order["order_id"] and key in LISTED_CONFIRMATIONS:
        key = LISTED_CONFIRMATIONS[key]
        names = dict.fromkeys(html.unescape(item["name"]) for item in order["items"])  # "Dumbbell Set; Grill"
        facts = {**facts, "contents": "; ".join(names)}
    return Reply(key=key, facts=facts, quick_replies=["Yes", "No"])


async def _without_a_fitting_order(state: ConversationState, runtime: Runtime[Deps], reader: CustomerReader,
                                   intent: Intent, slots: dict[str, Any], text: str, language: str
                                   ) -> dict[str, Any] | None:
    """A request naming no order that no order of the customer's fits: a new address with none still pending is
    offered as the account's default address ("I moved, my new address is …"); else `_eligibility`."""
    if await no_order_takes_the_address(reader, intent, slots, text):
        return await default_address_instead(state, runtime)
    return await _eligibility(state, reader, intent, slots, text, language)


async def _eligibility(state: ConversationState, reader: CustomerReader, intent: Intent, slots: dict[str, Any],
                       text: str, language: str) -> dict[str, Any] | None:
    """For a request naming no order: the orders it can apply to when the customer asks which ("what can I still
    cancel?"), nothing proposed (they name one next, and the request goes on); or, when none can (a cancellation
    with every order delivered), every order with the status that rules it out, and the request ends there. None
    otherwise: the request is grounded as usual. An order the grounding took from an item the question names
    ("which hoodies can I return?") does not make it a request for that order; an order number said does."""
    if order_numbers(text) or (slots.get("order_ids") and not asks_which_qualify(text)):
        return None
    orders = await reader.orders() or []
    fitting = qualifying(orders, intent)
    if not orders or not (asks_which_qualify(text) or (not fitting and intent in NOTHING_QUALIFIES_ENDS)):
        return None
    kinds = kinds_asked(text, intent)
    if len(kinds) > 1:  # "which can I cancel or return?": each half answered, nothing left to answer as a topic
        replies = [await _eligible_reply(reader, orders, kind, text, language) for kind in kinds]
        return {"topic": None, "pending": None, "outbox": with_replies(state, *replies)}
    reply = await _eligible_reply(reader, orders, intent, text, language)
    topic: dict[str, Any] | None = {"intent": intent.value, "slots": {}} if qualifying(orders, intent) else None
    return {"topic": topic, "pending": None, "outbox": with_replies(state, reply)}


async def _eligible_reply(reader: CustomerReader, orders: list[dict[str, Any]], intent: Intent, text: str,
                          language: str) -> Reply:
    """The orders one request can apply to (or, when none can, every order with its status)."""
    fitting = qualifying(orders, intent)
    changed = [summary for summary in orders if summary["status"] == ITEMS_CHANGED]
    if not fitting and changed and REQUIRED_STATUS[intent] == "pending":
        # a pending order whose items were changed once is still pending: its own reason, never "only while
        # pending" over a list that shows it pending
        return Reply(key="already_modified", facts={"order_id": changed[0]["order_id"]})
    if nouns_said(text):  # "which hoodies can I return?": the qualifying orders holding one, when any does
        holding = [summary for summary in fitting
                   if items_named(text, ((await reader.order(summary["order_id"])) or {}).get("items", []))]
        fitting = holding or fitting
    lines = "".join(await _order_lines(reader, fitting or orders, language))
    return Reply(key=eligibility_key(intent, bool(fitting)), facts={"orders": lines})

async def _list_orders(state: ConversationState, reader: CustomerReader, language: str,
                       detail: str | None = None) -> dict[str, Any]:
    """The customer's orders with status, items and totals (and the `detail` asked of them); nothing is proposed.
    Asked while a write waits for its yes ("¿cuántos pedidos tengo?" before confirming a cancellation), the list
    is a question in between: the proposal and its request stay open, and its yes or no is asked for again."""
    orders = await reader.orders()
    if not orders:
        return _ask(state, "no_orders", None)
    listed = "".join(await _order_lines(reader, orders, language, detail))
    offered = {"offered": asked("order_ids", await order_candidates(reader, orders))}
    if pending := state.get("pending"):
        order_id = (pending.get("arguments") or {}).get("order_id")
        still = (Reply(key="proposal_after_question", facts={"order_id": order_id}, quick_replies=["Yes", "No"])
                 if order_id else Reply(key="ask_yes_no", facts={}, quick_replies=["Yes", "No"]))
        return {**offered, "outbox": with_replies(state, Reply(key="order_list", facts={"orders": listed}), still)}
    return {**_ask(state, "order_list", None, orders=listed), **offered}
