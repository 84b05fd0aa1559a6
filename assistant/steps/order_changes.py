"""Turn a request and the details gathered into the exact write to propose, or the question still to ask.

Every value written comes from the grounding layer (`assistant/grounding/`): items, the replacement variant
and payment methods are resolved against the store, and anything that fits several is asked about.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.consent import explicit_answer, hedges, thanks_for_the_answer
from assistant.consent_details import yes_then_more
from assistant.grounding.candidates import filler_words, words_of
from assistant.grounding.hypotheticals import asks_a_hypothetical
from assistant.grounding.item_changes import asks_for_swap, fits_badly, names_current_option, names_options
from assistant.grounding.items import item_scores
from assistant.grounding.items_acted_on import items_acted_on
from assistant.grounding.kept_options import options_asked_again, ruled_out_spans
from assistant.grounding.lexicon import lexicon
from assistant.grounding.option_questions import option_question
from assistant.grounding.payments import describe_payment, ground_payment
from assistant.grounding.reasons import read_cancel_reason, read_modification
from assistant.grounding.variants import (
    VariantChoice,
    changed_keys,
    describe_options,
    ground_variant,
    kept_as_ordered,
    names_a_size_word,
    other_values,
    wanted_options,
)
from assistant.models.contracts import Intent
from assistant.state import Reply
from assistant.steps.addresses import describe_address, read_address, without_addresses
from assistant.steps.held_items import names_telling_apart
from assistant.steps.missing_variant_turns import missing_variant_turn
from assistant.steps.only_variant import (
    ONLY_WITH_AGREED_SLOT,
    ONLY_WITH_ASKED_SLOT,
    UNNAMED_CHANGE_SLOT,
    only_variant_with,
    only_with_note,
    only_with_question,
    only_with_taken,
    variants_with_asked,
)
from assistant.steps.option_answers import option_answer, priced_line
from assistant.steps.order_lookup import CustomerReader, money, pick_items
from assistant.steps.payment_choice import refund_methods, usable_methods
from assistant.steps.proposal_questions import asks_about_proposal, facts_asked
from assistant.steps.question_candidates import (
    asked,
    item_candidates,
    order_candidate,
    payment_candidates,
    reason_candidates,
    variant_candidates,
)
from assistant.steps.several_swaps import several_swaps
from assistant.steps.swap_question_answers import (
    price_with_the_switch,
    question_at_the_method,
    swap_question_reply,
)
from assistant.steps.unheld_method import unheld_method_note

# Kept in the topic while a swap waits for the customer's answer (see `_swap`).
SWAP_ITEMS_SLOT = "swap_item_ids"
# the items of a request refused as not payable: another action on them right after ("then I'll send it back")
REFUSED_ITEMS_SLOT = "refused_item_ids"
DIFFERENCE_METHOD_SLOT = "difference_method_id"  # the three slots a method answers fill: `METHOD_SLOTS`
REFUND_METHOD_SLOT = "refund_method_id"
RETURN_ITEMS_SLOT = "return_item_ids"
SWAP_VARIANT_SLOT = "swap_new_item_id"
# The item's option values the customer said to keep in this swap ("it has to stay red"): no variant changing them
# is offered as the only one, on this turn or a later one.
KEPT_OPTIONS_SLOT = "swap_kept_options"
RULED_OUT_SLOT = "swap_ruled_out_options"  # and the values ruled out ("but not navy"), likewise
# The values the customer chose in this swap that fit several variants or none ("Schwarz", then the list of black
# ones): they hold while the next answer names the rest ("kabellos Over-Ear"), never read against the item as it is
# (fresh18 F2).
CHOSEN_SLOT = "swap_chosen_options"
# the variants an answer to a question listed while the option question waited ("is the gray one mesh or fabric?":
# the three gray chairs), so "the gray fabric one" is the one of them having those values (fresh20 A1)
LISTED_SLOT = "swap_listed_variants"
# The variant whose price difference the customer was asked to settle (they saw the change and the amount).
ASKED_METHOD_SLOT = "difference_method_asked_for"
# The variant the customer said a plain yes to while asked which method settles its difference ("sí", then "a la
# mastercard"): the method named next completes the agreed change.
YES_TO_CHANGE_SLOT = "difference_change_agreed"
# The return whose refund method the customer was asked to choose (the items are kept in RETURN_ITEMS_SLOT).
REFUND_ASKED_SLOT = "refund_method_asked_for"
# The order whose cancellation reason was asked: a plain yes to that question agrees to the cancellation, with the
# reason the question offers first.
REASON_ASKED_SLOT = "cancel_reason_asked_for"
# The saved method chosen for an order's new payment method, once asked which (`_payment`).
PAYMENT_CHOICE_SLOT = "payment_choice_id"
FIRST_REASON_OFFERED = "no longer needed"


class Request:
    """One turn's request about one order: what was said, gathered so far, and the customer's language."""

    def __init__(self, order: dict[str, Any], slots: dict[str, Any], text: str, language: str) -> None:
        self.order, self.slots, self.text, self.language = order, slots, text, language

    @property
    def order_id(self) -> str:
        return str(self.order["order_id"])

    def money(self, cents: int) -> str:
        return money(cents, self.language)


def _original_method(order: dict[str, Any]) -> str:
    return order["payment_history"][0]["payment_method_id"]


async def _cancel(request: Request, reader: CustomerReader) -> dict[str, Any]:
    reason = request.slots.get("cancel_reason") or read_cancel_reason(request.text)
    total = sum(p["amount_cents"] for p in request.order["payment_history"])
    # "yes", "ya go ahead and cancel it", "oui, annulez" to "why cancel order #W…: no longer needed, or by
    # mistake?": the question named the order and the cancellation, so the yes agrees to it (the write is
    # performed now, see `_propose`), with the reason the question offers first.
    asked_this_order = request.slots.get(REASON_ASKED_SLOT) == request.order_id
    agreed = not reason and asked_this_order and _plain_yes(request.text, "cancel_pending_order")
    # "je l'ai commandée par erreur. oui annulez-la": the reason asked for, and a yes to the cancellation it named
    agreed_with_reason = asked_this_order and bool(read_cancel_reason(request.text)) and yes_in_a_sentence(
        request.text, "cancel_pending_order")
    reason = FIRST_REASON_OFFERED if agreed else reason
    reason_asked = {REASON_ASKED_SLOT: request.order_id}
    asked_about = facts_asked(request.text) if not reason else []
    # "and the other items in it?": the whole order goes, with its refund; "can you cancel just the smart watch":
    # an order is never cancelled in part, the customer is told so with what the whole order holds
    if "items" in asked_about or (not reason and _names_part_of(request.order, request.text)):
        return {"ask": "ask_cancel_reason_items", "remember": reason_asked,
                "asked": asked("cancel_reason", reason_candidates(), about=order_candidate(request.order)), "facts": {
            "order_id": request.order_id, "contents": "; ".join(_item_lines(request.order, request.language)),
            "amount": request.money(total), "refund_to": await _original_method_named(request, reader)}}
    # "would I get the whole $75 back?", "où irait le remboursement ?": the refund's amount and where it goes
    if not reason and asks_about_proposal(request.text) == "amount":
        return {"ask": "ask_cancel_reason_amount", "remember": reason_asked,
                "asked": asked("cancel_reason", reason_candidates(), about=order_candidate(request.order)), "facts": {
            "order_id": request.order_id, "amount": request.money(total),
            "refund_to": await _original_method_named(request, reader)}}
    if not reason:
        return {"ask": "ask_cancel_reason", "remember": reason_asked,
                "asked": asked("cancel_reason", reason_candidates(), about=order_candidate(request.order)),
                "facts": {"order_id": request.order_id}}
    return {"tool": "cancel_pending_order", "arguments": {"order_id": request.order_id, "reason": reason},
            "confirm_key": "confirm_cancel", "done_key": "cancelled", "remember": {"cancel_reason": reason},
            "agreed": agreed or agreed_with_reason,
            "facts": {"order_id": request.order_id, "reason": reason, "amount": request.money(total)}}


def _names_part_of(order: dict[str, Any], text: str) -> bool:
    """The words name some of the order's items and not all of them ("just the smart watch from my order")."""
    named = items_acted_on(text, order["items"]) if len(order["items"]) > 1 else []
    return 0 < len(named) < len(order["items"])


def _plain_yes(text: str, tool: str) -> bool:
    """A yes, alone or with words that only point at what was asked ("sí, cancela ese", "oui, annulez celle-là");
    never an acknowledgement with thanks ("ok danke", "vale gracias": fresh29 N1, attack29 A29-1)."""
    if thanks_for_the_answer(text):
        return False
    if explicit_answer(text, tool=tool) == "yes":
        return True
    more = yes_then_more(text, tool=tool)
    return bool(more) and all(word in filler_words() for chunk in more or [] for word in words_of(chunk))


def yes_in_a_sentence(text: str, tool: str) -> bool:
    """Besides the sentence giving the reason, one is a plain yes to the action, and none says no or hesitates
    ("dont need it anymore tbh. yep cancel it")."""
    sentences = [part for part in re.split(r"[.!;\n]+", text) if part.strip()]
    others = [part for part in sentences if not read_cancel_reason(part)]  # the reason's own ("don't need it")
    answers = [explicit_answer(part, tool=tool) for part in others]
    if len(sentences) > len(others) > 0 and "yes" in answers and "no" not in answers and not any(
            map(hedges, sentences)):
        return True
    # "yes cancel it, i don't need it anymore", "sí, cancélalo porque ya no lo necesito": the reason inside the yes
    return yes_then_more(text, tool=tool) is not None


async def _original_method_named(request: Request, reader: CustomerReader) -> str:
    """The order's original payment method as the customer knows it ("Visa ending 4242"), from their saved
    methods; the bare words "original payment method" when it is no longer saved."""
    original = _original_method(request.order)
    saved = (await reader.profile()).get("payment_methods", [])
    method = next((m for m in saved if m.get("id") == original), {"source": "unknown"})
    return describe_payment(method, request.language)


def _item_lines(order: dict[str, Any], language: str) -> list[str]:
    """The order's items as the customer knows them (name and options), never by sku; two items of one product
    show the options they differ in too ("zipper full", "zipper half"), so the customer can say which."""
    return [f"{i['name']} ({describe_options(i['options'], language, _told_apart_by(order, i))})"
            if i.get("options") else i["name"] for i in order["items"]]


def _told_apart_by(order: dict[str, Any], item: dict[str, Any]) -> set[str]:
    """The option keys whose values differ between this item and another of the same product in the order."""
    same = [other.get("options") or {} for other in order["items"] if other["name"] == item["name"]]
    return {key for key, value in (item.get("options") or {}).items()
            if any(str(options.get(key)) != str(value) for options in same)}


def _ask_items(order: dict[str, Any], language: str) -> dict[str, Any]:
    """Which of the order's items."""
    return {"ask": "ask_items", "asked": asked("item_ids", item_candidates(order["items"])),
            "facts": {"order_id": order["order_id"], "items": _item_lines(order, language)}}


async def _return(request: Request, reader: CustomerReader) -> dict[str, Any]:
    # the item a swap was about stays chosen when the customer returns it instead ("no wait, I'll just return it")
    in_order = _item_ids(request.order)
    items = pick_items(request.order, request.slots, request.text) or [
        i for i in request.slots.get(RETURN_ITEMS_SLOT, []) if i in in_order] or [
        i for i in request.slots.get(SWAP_ITEMS_SLOT, []) if i in in_order]
    if not items:
        return _ask_items(request.order, request.language)
    saved = (await reader.profile()).get("payment_methods", [])
    original = _original_method(request.order)
    allowed = refund_methods(saved, original) or [{"id": original, "source": "unknown"}]
    choice = ground_payment(request.text, allowed, original_id=original,
                            same_alone=request.slots.get(REFUND_ASKED_SLOT) == request.order_id)
    # a saved method the policy does not refund to (PayPal, another card), named now: where a refund can go is said,
    # never the method proposed before taken again without a word
    ruled_out = choice.method is None and choice.named and ground_payment(request.text, saved).method is not None
    method = choice.method or (None if ruled_out else next(
        (m for m in allowed if m["id"] == request.slots.get(REFUND_METHOD_SLOT)), None))
    # "refund to the card ending 1234", "auf meine Visa credit_card_9000001", none held: said
    if note := unheld_method_note(request.text, saved):
        return {"ask": "ask_refund_method", "note": note,
                "remember": {RETURN_ITEMS_SLOT: items, REFUND_ASKED_SLOT: request.order_id},
                "asked": asked(REFUND_METHOD_SLOT, payment_candidates(allowed)),
                "facts": {"order_id": request.order_id,
                          "methods": [describe_payment(m, request.language) for m in allowed]}}
    if method is None and len(choice.candidates) > 1:
        return {"ask": "ask_refund_method", "remember": {RETURN_ITEMS_SLOT: items, REFUND_ASKED_SLOT: request.order_id},
                "asked": asked(REFUND_METHOD_SLOT, payment_candidates(choice.candidates)),
                "facts": {"order_id": request.order_id,
                          "methods": [describe_payment(m, request.language) for m in choice.candidates]}}
    if method is None and ruled_out:
        return {"ask": "ask_refund_method", "remember": {RETURN_ITEMS_SLOT: items, REFUND_ASKED_SLOT: request.order_id},
                "asked": asked(REFUND_METHOD_SLOT, payment_candidates(allowed)),
                "facts": {"order_id": request.order_id,
                          "methods": [describe_payment(m, request.language) for m in allowed]}}
    method = method or next((m for m in allowed if m["id"] == original), allowed[0])
    return {"tool": "return_delivered_order_items",
            "arguments": {"order_id": request.order_id, "item_ids": items, "payment_method_id": method["id"]},
            "confirm_key": "confirm_return", "done_key": "return_requested",
            "remember": {REFUND_METHOD_SLOT: method["id"], RETURN_ITEMS_SLOT: items},
            "facts": {"order_id": request.order_id,
                      "items": await names_telling_apart(reader, request.order, items, request.language),
                      "amount": request.money(_items_total(request.order, items)),
                      "refund_to": describe_payment(method, request.language)}}


async def _swap(intent: Intent, request: Request, reader: CustomerReader) -> dict[str, Any]:
    if together := await _several_swaps(intent, request, reader):
        return together
    if answered := await _answered_at_the_method(intent, request, reader):
        return answered
    return await _one_swap(intent, request, reader)


async def _answered_at_the_method(intent: Intent, request: Request, reader: CustomerReader) -> dict[str, Any] | None:
    """ "¿la morada es más cara?" while the proposed variant waits for its method (attack20 A23, fresh20 F3): the
    question answered, then the same variant's method question again; the colour or size the question named is no
    choice, so the readers' slots of it are not kept."""
    swapped = request.slots.get(SWAP_ITEMS_SLOT) or []
    item = next((i for i in request.order["items"] if swapped == [i["item_id"]]), None)
    product = await reader.product(item["product_id"]) if item else None
    note = _question_at_the_method(product, item, request) if product and item else None
    if note is None:
        return None
    unnamed = {**request.slots, "colour": None, "size": None}
    again = await _one_swap(intent, Request(request.order, unnamed, "", request.language), reader)
    if not again.get("ask"):
        return again
    return {**again, "note": note, "remember": {**again.get("remember", {}), "colour": None, "size": None}}


async def _several_swaps(intent: Intent, request: Request, reader: CustomerReader) -> dict[str, Any] | None:
    """"la sudadera por talla L y el top Iris por talla M": each item's change from its own words, one proposal."""
    if request.slots.get(SWAP_ITEMS_SLOT):
        return None
    return await several_swaps(
        intent, request, reader, _swap,
        lambda item_id, said: Request(request.order, {"item_ids": [item_id]}, said, request.language))


async def _one_swap(intent: Intent, request: Request, reader: CustomerReader) -> dict[str, Any]:
    # The item being swapped stays chosen while the customer answers a follow-up question with only the new
    # variant ("the green one, size L") or a payment method.
    order, slots = request.order, request.slots
    items = pick_items(order, slots, request.text) or [
        i for i in slots.get(SWAP_ITEMS_SLOT, []) if i in _item_ids(order)]
    # Several items named in words ("la gourde bleue dans ma commande avec le laptop, je la veux en noir"): the
    # one the change is about, whichever the order was found by (not when item ids are written).
    named = [i for i, score in item_scores(request.text, order["items"]).items() if score] if request.text else []
    if len(named) > 1 and not any(i in request.text for i in named):
        as_it_is = [i["item_id"] for i in order["items"] if i["item_id"] in named
                    and names_current_option(request.text, i)]
        items = (await _items_with_wanted_value(order, named, request, reader)
                 or (as_it_is if len(as_it_is) == 1 else items))
    if len(set(items)) > 1:  # "on my order with the kettle, the headphones in black instead of blue"
        current = {i["item_id"] for i in order["items"] if i["item_id"] in items
                   and names_current_option(request.text, i)}
        # the one chosen earlier in this swap stays chosen ("sí, y la diferencia a paypal" to the method question)
        earlier = [i for i in slots.get(SWAP_ITEMS_SLOT, []) if i in items]
        items = list(current) if len(current) == 1 else (
            await _items_with_wanted_value(order, items, request, reader) or earlier)
    if not items and request.text and names_options(request.text):
        # "je voudrais la même avec le bracelet en cuir" to "which item?": the one whose product has that value
        items = await _items_with_wanted_value(order, [i["item_id"] for i in order["items"]], request, reader)
    if not items:
        return _ask_items(order, request.language)
    item = next(i for i in order["items"] if i["item_id"] == items[0])
    remember: dict[str, Any] = {SWAP_ITEMS_SLOT: [item["item_id"]]}
    product = await reader.product(item["product_id"])
    # what the customer said to keep or ruled out holds over this change's later turns ("it has to stay red", "but
    # not navy", then "my visa")
    same_swap = slots.get(SWAP_ITEMS_SLOT) == [item["item_id"]]
    said_kept = slots.get(KEPT_OPTIONS_SLOT) if same_swap else None
    said_ruled = slots.get(RULED_OUT_SLOT) if same_swap else None
    remember.update(_slot_values_ruled_out(request))
    chosen = dict(slots.get(CHOSEN_SLOT) or {}) if same_swap else {}
    remember[CHOSEN_SLOT] = chosen or None
    if product and (answer := _at_the_option(product, item, request, chosen, same_swap)
                    or await _at_a_missing_variant(product, item, request, chosen, reader)):
        return {**answer, "remember": {**remember, **answer["remember"]}}
    remember[LISTED_SLOT] = slots.get(LISTED_SLOT) if same_swap else None
    choice = _ground_with_chosen(product, item, request, chosen, said_kept, said_ruled, remember) if product else None
    grounded = choice is not None and choice.problem != "not_named"
    remember[KEPT_OPTIONS_SLOT] = choice.kept if grounded and choice else said_kept
    remember[RULED_OUT_SLOT] = choice.ruled_out if grounded and choice else said_ruled
    if product and choice and choice.problem == "not_named" and slots.get(SWAP_VARIANT_SLOT):
        # a turn that names nothing new ("still black", "same size") keeps the variant grounded before, less the
        # options it keeps as ordered ("dann lieber rot lassen" to a green one: red with the rest as proposed)
        revised = _less_kept(product, item, slots[SWAP_VARIANT_SLOT], request.text)
        choice = ground_variant(product, item, "", [revised])
    if choice is None or choice.problem == "not_named":  # what it is now, and in which order
        others = [v for v in (product or {}).get("variants", []) if v["available"] and v["item_id"] != item["item_id"]]
        # "the backpack you sent me is too small": an exchange (or a return) offered, the new value asked
        return {"ask": "ask_fit_exchange" if fits_badly(request.text) else "ask_new_variant", "remember": remember,
                "asked": asked("item_ids", variant_candidates(others, request.language), by_options=True, choose=False),
                "facts": {
            "item": item["name"], "order_id": request.order_id,
            "options": f" ({describe_options(item['options'], request.language)})" if item.get("options") else "",
            # what it also comes in, so the question can be answered (never the same question twice with nothing)
            "others": _also_comes_in(product, item, request.language)}}
    if choice.wanted and slots.get(SWAP_VARIANT_SLOT) and choice.problem in ("several", "unavailable"):
        # "no, espera, mejor la verde" after the grey one was proposed or asked its method, and the green one is sold
        # only in other ways: the grey one is let go, so a "yes" to the list never proposes it again (swap23)
        remember.update({SWAP_VARIANT_SLOT: None, ASKED_METHOD_SLOT: None})
    if choice.problem == "several":  # the words rule the item's value out and leave several: which one
        changing = changed_keys(item["options"], choice.alternatives[0]["options"])
        choices = choice.alternatives[:6]
        return {"ask": "variant_choice", "remember": remember,
                "asked": asked("item_ids", variant_candidates(choices, request.language), by_options=True),
                "facts": {"item": item["name"], "order_id": request.order_id,
                          "choices": "; ".join(describe_options(v["options"], request.language, changing)
                                               for v in choices)}}
    only_one = only_variant_with(product, item, choice) if product else None
    if choice.variant is None and only_one is None:
        return {**_unavailable(product, item, choice, request), "remember": remember}
    variant = choice.variant or only_one
    assert variant is not None  # noqa: S101 - one of the two, by the branch above
    difference = variant["price_cents"] - item["price_cents"]
    changed = changed_keys(item["options"], variant["options"])
    facts = {"order_id": request.order_id, "item": item["name"],
             "old_options": describe_options(item["options"], request.language, changed),
             "new_options": describe_options(variant["options"], request.language, changed),
             "changed_options": sorted(changed),
             "difference": request.money(difference), "difference_cents": difference}
    saved = (await reader.profile()).get("payment_methods", [])  # read once: the method is chosen among them
    method = _difference_method(request, saved, difference)
    unable_note = _method_named_unable_note(request, saved, difference)
    if unable_note is not None:  # never another method in its place without a word: which one is asked
        method = method if isinstance(method, list) else usable_methods(saved, difference)
    if method == []:  # no saved method can pay the increase: said with their balances, nothing proposed
        # the item is remembered: "then I'll just send it back" acts on it (`return_instead`)
        return {"refuse": Reply(key="difference_not_payable", facts={
            **facts, "difference": request.money(difference),
            "saved_methods": ", ".join(describe_payment(m, request.language) for m in saved)}),
            "remember": {SWAP_ITEMS_SLOT: remember[SWAP_ITEMS_SLOT]}}
    remember[SWAP_VARIANT_SLOT] = variant["item_id"]
    # the one variant there is changes options the customer did not name: its own yes agrees to it, never an
    # answer to the payment question (fresh16 F1), for as long as it is the variant of this swap
    unnamed = only_one is not None or slots.get(UNNAMED_CHANGE_SLOT) == variant["item_id"]
    # its acceptance asked before the payment question (fresh28 F11) and taken now: agreed, the method asked next
    answered = explicit_answer(request.text, tool="modify_pending_order_items")
    taken = unnamed and only_with_taken(slots, variant, item, answered,
                                        wanted_options(product or {"variants": []}, item, request.text))
    unnamed = unnamed and not taken
    remember[ONLY_WITH_AGREED_SLOT] = variant["item_id"] if taken else None
    remember[UNNAMED_CHANGE_SLOT] = variant["item_id"] if unnamed else None
    tool = "exchange_delivered_order_items" if intent is Intent.EXCHANGE_ITEM else "modify_pending_order_items"
    # "no, espera, mejor la verde, ¿cuánto cuesta?": the price of the variant switched to, asked beside the switch
    price_asked = price_with_the_switch(item, variant, request.text, slots.get(SWAP_VARIANT_SLOT) if same_swap
                                        else None, request.language)
    if isinstance(method, list):
        # "size 10 comes only in leather": whether that one will do is asked before which method pays (F11)
        first = unnamed and only_one is not None and slots.get(ONLY_WITH_ASKED_SLOT) != variant["item_id"]
        methods_asked = asked(DIFFERENCE_METHOD_SLOT, payment_candidates(method))
        key = "ask_difference_payment" if difference > 0 else "ask_difference_refund"
        # the question shows the order and its once-only rule: a yes said with the method agrees to them too
        key += "_pending" if tool == "modify_pending_order_items" else ""
        method_asked: dict[str, Any] = {ASKED_METHOD_SLOT: variant["item_id"]}
        if not unnamed and slots.get(ASKED_METHOD_SLOT) == variant["item_id"] and explicit_answer(
                request.text, tool=tool) == "yes":
            # "yes" to the question that showed this change and its amount: agreed, the method is still to name
            method_asked[YES_TO_CHANGE_SLOT] = variant["item_id"]
        # a bare yes to the question showing this change: what is missing is said first, never the question alone
        missing = Reply(key="method_still_missing", facts={}) if YES_TO_CHANGE_SLOT in method_asked else None
        note = unable_note or missing or (
            only_with_note(choice, variant, item, request.language) if only_one and not taken else price_asked)
        if_first = only_with_question(choice, variant, item, request.language, remember, methods_asked, facts)
        return if_first if first else {"ask": _quoted_if_hypothetical(key, request.text), "note": note,
                "remember": {**remember, **method_asked}, "asked": methods_asked,
                "facts": {**facts, "difference": request.money(abs(difference)),
                          "methods": [describe_payment(m, request.language) for m in method]}}
    return {"tool": tool,
            "note": only_with_note(choice, variant, item, request.language) if only_one else price_asked,
            "arguments": {"order_id": request.order_id, "item_ids": [item["item_id"]],
                          "new_item_ids": [variant["item_id"]], "payment_method_id": method["id"]},
            # said before the yes: an item change locks a pending order, and a delivered one is exchanged once
            **swap_keys(intent, difference),
            "remember": {**remember, DIFFERENCE_METHOD_SLOT: method["id"], SWAP_VARIANT_SLOT: variant["item_id"]},
            "facts": {**facts, "difference": request.money(abs(difference)),
                      "payment": describe_payment(method, request.language)}}


def _quoted_if_hypothetical(key: str, text: str) -> str:
    """The method question's key, or for a change asked about as a hypothetical ("and if I wanted it in black, could
    I?") the quote of what it would come to, its methods named and nothing asked (issue 17)."""
    if not asks_a_hypothetical(text):
        return key
    return "if_swap_refund_methods" if key.startswith("ask_difference_refund") else "if_swap_methods"


def swap_keys(intent: Intent, difference_cents: int) -> dict[str, str]:
    """The confirmation and done replies of a swap: a cheaper variant says the difference comes back to the
    payment method ("you get $16.48 back on PayPal"), never a negative price difference (fresh17 F12)."""
    confirm = "confirm_swap" if intent is Intent.EXCHANGE_ITEM else "confirm_swap_pending"
    refund = "_refund" if difference_cents < 0 else ""
    return {"confirm_key": confirm + refund, "done_key": "swap_done" + refund}


def _unavailable(product: dict[str, Any] | None, item: dict[str, Any], choice: VariantChoice,
                 request: Request) -> dict[str, Any]:
    """The question when no variant has the values asked with the rest kept: the variants with the values asked,
    each with what it changes (in stock and not), or else the closest ones."""
    if product and (listed := variants_with_asked(product, item, choice, request.language, request.order_id)):
        # several have the value asked, or the one there is changes what was said to stay: each with what it changes
        if asks_a_hypothetical(request.text):  # "and if I wanted it in charcoal, could I?": priced, nothing asked
            lines = [priced_line(v, item, request.language, frozenset(choice.wanted)) for v in listed["in_stock"]]
            return {"ask": "hypothetical_variant_with_asked", "facts": {**listed["facts"], "answers": "; ".join(lines)}}
        return {"ask": "variant_with_asked", "facts": listed["facts"],
                "asked": asked("item_ids", variant_candidates(listed["in_stock"], request.language), by_options=True)}
    changing = set(choice.wanted)  # what the customer asked to change: the other values stay as they are
    described: dict[str, dict[str, Any]] = {}
    for v in choice.alternatives:
        described.setdefault(describe_options(v["options"], request.language, changing), v)
    shown = list(described.items())[:6]
    alternatives = "; ".join(text for text, _ in shown)
    return {"ask": "variant_unavailable" if alternatives else "no_variant",
            "asked": asked("item_ids", variant_candidates([v for _, v in shown], request.language), by_options=True),
            "facts": {"item": item["name"], "wanted": describe_options(choice.wanted, request.language),
                      "alternatives": alternatives}}


async def _items_with_wanted_value(order: dict[str, Any], items: list[str], request: Request,
                                   reader: CustomerReader) -> list[str]:
    """Of several items named ("die Kopfhörer in meiner Bestellung mit dem Laptop hätte ich gern kabellos"), the
    one whose product has another value the words ask for; none when that is not exactly one."""
    fitting = []
    for item in (i for i in order["items"] if i["item_id"] in set(items)):
        product = await reader.product(item["product_id"])
        if product and wanted_options(product, item, request.text):
            fitting.append(item["item_id"])
    return fitting if len(fitting) == 1 else []


async def _at_a_missing_variant(product: dict[str, Any], item: dict[str, Any], request: Request,
                                chosen: dict[str, str], reader: CustomerReader) -> dict[str, Any] | None:
    """A price question, a method or a yes naming no value after the variants having the values chosen were listed,
    none of them with the item's other options (issue 17): answered, never the same list again; None otherwise."""
    if not chosen or request.slots.get(SWAP_VARIANT_SLOT):
        return None
    saved = (await reader.profile()).get("payment_methods", [])
    turn = missing_variant_turn(product, item, chosen, request.text, saved, request.language)
    if turn is None:
        return None
    listed = [c["key"] for c in turn.get("asked", {}).get("candidates", [])]  # "the v-neck one" picks among them
    return {**turn, "remember": {**turn["remember"], **({LISTED_SLOT: listed} if listed else {})}}


def _at_the_option(product: dict[str, Any], item: dict[str, Any], request: Request, chosen: dict[str, str],
                   same_swap: bool) -> dict[str, Any] | None:
    """The option asked again, nothing proposed: "a different colour instead" to a proposal (mind20, A19-4: never
    the refused value proposed again), or a question about the variants answered ("which of those is the
    cheapest?"; a colour or size the question named, "is it in red too?", is no choice, so the readers' slots of it
    are not kept for the answer to come)."""
    if same_swap and (again := _option_asked_again(product, item, request)):
        listed = [c["key"] for c in again["asked"]["candidates"]]
        return {**again, "remember": {**again["remember"], LISTED_SLOT: listed}}
    if answer := _option_question_answer(product, item, request, chosen):
        # a clause choosing beside the question ("the gray one, but first tell me …") is held like a choice; the
        # variants the answer listed are remembered, so "the gray fabric one" picks among them
        held = answer.pop("chosen")
        listed = [c["key"] for c in answer["asked"]["candidates"]]
        return {**answer, "remember": {CHOSEN_SLOT: held or None, LISTED_SLOT: listed, "colour": None, "size": None}}
    return None


def _option_question_answer(product: dict[str, Any], item: dict[str, Any], request: Request,
                            chosen: dict[str, str]) -> dict[str, Any] | None:
    """A question about the variants while no variant is proposed yet in this swap (fresh18 F3): its answer."""
    if request.slots.get(SWAP_ITEMS_SLOT) != [item["item_id"]] or request.slots.get(SWAP_VARIANT_SLOT):
        # not asked yet ("could I have it in medium brightness?" is the request itself), or a proposal is out: its
        # own questions are answered with it (`proposal_questions`)
        return None
    question = option_question(request.text, lambda part: bool(wanted_options(product, item, part)))
    return option_answer(product, item, question, chosen, request.language) if question else None


def _question_at_the_method(product: dict[str, Any], item: dict[str, Any], request: Request) -> Reply | None:
    """A question about another variant or the item while the proposed variant waits for its method (attack20 A23,
    fresh20 F3): its answer, never a choice of the value it names."""
    variant_id = request.slots.get(SWAP_VARIANT_SLOT)
    question = question_at_the_method(request.text, bool(request.slots.get(ASKED_METHOD_SLOT) and variant_id))
    proposed = next((v for v in product["variants"] if v["item_id"] == variant_id), None)
    if question is None or proposed is None:
        return None
    return swap_question_reply(product, item, proposed, question, request.language)


def _option_asked_again(product: dict[str, Any], item: dict[str, Any], request: Request) -> dict[str, Any] | None:
    """A variant proposed, then "a different colour instead", "what other sizes are there?" naming no value (mind20,
    A19-4): the option asked again with the available variants having neither the item's value nor the proposal's
    (those keeping the proposal's other values first); the proposal's value ruled out for the next answer."""
    proposed = next((v for v in product["variants"] if v["item_id"] == request.slots.get(SWAP_VARIANT_SLOT)), None)
    keys = options_asked_again(request.text, item["options"])
    # the proposal's own value named as refused ("al final el rojo no") asks nothing else
    if proposed is None or not keys or any(str(proposed["options"].get(key, "")).lower() != value.lower()
                                           for key, value in wanted_options(product, item, request.text).items()):
        return None
    refused = {key: str(proposed["options"].get(key, "")) for key in keys}
    left = [v for v in product["variants"] if v["available"] and v["item_id"] != item["item_id"] and all(
        str(v["options"].get(key, "")).lower() not in (str(item["options"][key]).lower(), refused[key].lower())
        for key in keys)]
    rest = {key: value for key, value in proposed["options"].items() if key not in keys}
    choices = ([v for v in left if all(v["options"].get(key) == value for key, value in rest.items())] or left)[:6]
    remember = {RULED_OUT_SLOT: {**(request.slots.get(RULED_OUT_SLOT) or {}), **refused}}
    if not choices:
        return None
    changing = set(keys).union(*(changed_keys(item["options"], v["options"]) for v in choices))
    return {"ask": "variant_choice", "remember": remember,
            "asked": asked("item_ids", variant_candidates(choices, request.language), by_options=True),
            "facts": {"item": item["name"], "order_id": request.order_id,
                      "choices": "; ".join(describe_options(v["options"], request.language, changing)
                                           for v in choices)}}


def _ground_with_chosen(product: dict[str, Any], item: dict[str, Any], request: Request, chosen: dict[str, str],
                        said_kept: dict[str, str] | None, said_ruled: dict[str, str] | None,
                        remember: dict[str, Any]) -> VariantChoice:
    """The variant the words ground, with the values set earlier in this swap (a proposal's, or chosen while several
    fitted) held; values that still fit several or none are remembered for the next answer."""
    choice = ground_variant(product, item, _variant_words(request, item, product), request.slots.get("item_ids", []),
                            kept={**_changed_so_far(product, item, request.slots), **chosen}, said_kept=said_kept,
                            said_ruled=said_ruled)
    if choice.problem in ("unavailable", "several") and (
            one := _one_listed(product, request.text, chosen, remember.get(LISTED_SLOT) or [])):
        return ground_variant(product, item, "", [one])  # "the gray fabric one" of the gray chairs just listed
    if choice.problem in ("unavailable", "several") and choice.wanted:
        choice = choice.model_copy(update={"wanted": with_chosen(item, chosen, choice.wanted)})
        remember[CHOSEN_SLOT] = choice.wanted
    return choice


def _one_listed(product: dict[str, Any], text: str, chosen: dict[str, str], listed: list[str]) -> str | None:
    """The one variant of those just listed having every value the words name (the item's own counted: "the gray
    fabric one" of the gray chairs listed) and those chosen earlier in this swap; None when not exactly one."""
    named = {**chosen, **wanted_options(product, {"options": {}}, text)}
    if not named:
        return None
    fitting = [v["item_id"] for v in product["variants"] if v["item_id"] in set(listed) and v["available"]
               and all(str(v["options"].get(k, "")).lower() == str(x).lower() for k, x in named.items())]
    return fitting[0] if len(fitting) == 1 else None


def with_chosen(item: dict[str, Any], chosen: dict[str, str], wanted: dict[str, str]) -> dict[str, str]:
    """The values asked now, with those chosen earlier in this swap that they do not replace (an earlier choice
    named again as the item has it is dropped)."""
    current = {key: str(value).lower() for key, value in item["options"].items()}
    earlier = {key: value for key, value in chosen.items() if key not in wanted and current.get(key) != value.lower()}
    return {**earlier, **wanted}


def _changed_so_far(product: dict[str, Any], item: dict[str, Any], slots: dict[str, Any]) -> dict[str, Any]:
    """The values the change under way already set for this item (the variant last proposed or grounded), so that
    "and make it red too" after a new size keeps the size (fresh-eyes: the size was dropped, a yes wrote it wrong)."""
    earlier = slots.get(SWAP_VARIANT_SLOT)
    if not earlier or slots.get(SWAP_ITEMS_SLOT) != [item["item_id"]]:
        return {}
    variant = next((v for v in product["variants"] if v["item_id"] == earlier), None)
    if variant is None:
        return {}
    return {key: variant["options"][key] for key in changed_keys(item["options"], variant["options"])
            if key in variant["options"]}


def _slot_values_ruled_out(request: Request) -> dict[str, Any]:
    """The readers' colour and size slots that this turn's words rule out ("black, but not size L"): emptied, so
    no later turn asks for them."""
    ruled = " ".join(said for _, _, said in ruled_out_spans(request.text)).lower().split()
    return {slot: None for slot in ("colour", "size")
            if str(request.slots.get(slot) or "").lower() in ruled and request.slots.get(slot)}


def _variant_words(request: Request, item: dict[str, Any] | None = None,
                   product: dict[str, Any] | None = None) -> str:
    """This turn's words, then the colour and size read earlier in the topic (a model's or the patterns'
    proposal: "in black" may come a turn before the item is known); grounding checks them against the product.
    An option the turn keeps as ordered ("grau lassen", "laissez la couleur") or names anew ("the portable one
    instead") drops the value read earlier."""
    size = request.slots.get("size")
    ruled = {*_slot_values_ruled_out(request), *_kept_slots(request, item, product),
             *_slots_named_anew(request, item, product)}
    if size and (names_a_size_word(request.text) or "size" in ruled):
        size = None  # the turn says its size itself ("in a medium"): the slot would say it twice, as two options
    proposed = ["" if "colour" in ruled else request.slots.get("colour") or "", f"size {size}" if size else ""]
    # "le même moyen que pour la commande", "mismo medio de pago": a method's words name no size (moyen, medio)
    text = lexicon().patterns["payment_same_as_order"].sub(" ", request.text)
    # "solo negra. y manda el pedido a 1260 S Pearl St": an address's letters and numbers are no option values
    return " . ".join([without_addresses(text), *filter(None, proposed)])


def _slots_named_anew(request: Request, item: dict[str, Any] | None, product: dict[str, Any] | None) -> set[str]:
    """The colour and size slots whose option this turn names another value of, read against the product's own
    values ("ok then the portable one instead" after size large: "portable" is a size of this grill that no word list
    knows), so the value read earlier in the topic never wins over the one said now (swap23)."""
    if not item or not product or not request.text:
        return set()
    keys = {str(key).lower() for key in wanted_options(product, item, request.text)}
    return {slot for slot, names in (("colour", {"color", "colour"}), ("size", {"size"})) if keys & names}


def _less_kept(product: dict[str, Any], item: dict[str, Any], variant_id: str, text: str) -> str:
    """The variant like `variant_id` with the options the words keep as ordered set back to the item's values (the
    one sold so); `variant_id` itself when they keep none, or none is sold so."""
    variant = next((v for v in product["variants"] if v["item_id"] == variant_id), None)
    kept = kept_as_ordered(item, text, product) if variant else set()
    if not variant or not kept:
        return variant_id
    target = {**variant["options"], **{key: item["options"][key] for key in kept if key in item["options"]}}
    same = [v for v in product["variants"] if v["available"] and v["item_id"] != item["item_id"]
            and changed_keys(v["options"], target) == set()]
    return same[0]["item_id"] if same else variant_id


def _kept_slots(request: Request, item: dict[str, Any] | None, product: dict[str, Any] | None) -> set[str]:
    """The colour and size slots whose option this turn keeps as the item has it (by its value or its name)."""
    if not item or not request.text:
        return set()
    keys = {str(key).lower() for key in kept_as_ordered(item, request.text, product)}
    return {slot for slot, names in (("colour", {"color", "colour"}), ("size", {"size"})) if keys & names}


def _method_named_unable_note(request: Request, saved: list[dict[str, Any]], difference: int) -> Reply | None:
    """What is said of a method this turn names that cannot pay the difference, before the question which one does."""
    unable = _named_method_unable(request, saved, difference)
    if unable is not None:  # "take the extra from my gift card" with too little on it: said, with its balance
        return Reply(key="difference_method_ruled_out", facts={"named": describe_payment(unable, request.language)})
    return unheld_method_note(request.text, saved)  # "the card ending 1234", another's method id: said


def _named_method_unable(request: Request, saved: list[dict[str, Any]], difference: int) -> dict[str, Any] | None:
    """The one saved method this turn's words name to pay the difference when it cannot (a gift card whose
    balance does not cover it): never replaced by another without a word."""
    usable = usable_methods(saved, difference)
    named = ground_payment(request.text, saved, original_id=_original_method(request.order)).method
    return named if named is not None and all(m["id"] != named["id"] for m in usable) else None


def _difference_method(request: Request, saved: list[dict[str, Any]], difference: int
                       ) -> dict[str, Any] | list[dict[str, Any]]:
    """The method settling the difference, or the usable methods to ask the customer to choose among."""
    usable = usable_methods(saved, difference)
    # "the same one" alone names the order's method only as the answer to the question which method pays
    chosen = ground_payment(request.text, usable, original_id=_original_method(request.order),
                            same_alone=bool(request.slots.get(ASKED_METHOD_SLOT))).method or next(
        (m for m in usable if m["id"] == request.slots.get(DIFFERENCE_METHOD_SLOT)), None)
    if chosen:
        return chosen
    if difference > 0 and saved and not usable:
        return []  # every saved method is a gift card short of the increase: none is proposed (attack19 A19-10)
    if difference == 0 or not usable:
        # Nothing to settle, or no saved method at all (the tool then gives the policy's reason): the original one.
        original = _original_method(request.order)
        return next((m for m in saved if m["id"] == original), {"id": original, "source": "unknown"})
    if len(usable) == 1:
        return usable[0]
    return usable


def _items_total(order: dict[str, Any], item_ids: list[str]) -> int:
    """What the return of these items refunds, as the tool writes it: each id once per item it returns, at its order
    line's price. Two identical lines share an id, so one id is one of them (attack16 F2: "une des deux bouilloires"
    proposed both kettles' refund and wrote one)."""
    price: dict[str, int] = {}
    for line in order["items"]:
        price.setdefault(line["item_id"], line["price_cents"])
    return sum(price[item_id] for item_id in item_ids if item_id in price)


def _item_ids(order: dict[str, Any]) -> set[str]:
    return {i["item_id"] for i in order["items"]}


def _swap_in_progress(order: dict[str, Any], slots: dict[str, Any]) -> bool:
    """An item swap under way: one was started, or a new variant is named by id (a payment method named in
    the same breath pays its difference, it is not a change of the order's payment)."""
    return bool(slots.get(SWAP_ITEMS_SLOT)) or any(i not in _item_ids(order) for i in slots.get("item_ids", []))


def _order_total(order: dict[str, Any]) -> int:
    return int(order["payment_history"][0].get("amount_cents") or 0)


async def _payment(request: Request, reader: CustomerReader) -> dict[str, Any] | None:
    current = _original_method(request.order)
    saved = (await reader.profile()).get("payment_methods", [])
    held = [m for m in saved if m["id"] != current]
    others = usable_methods(held, _order_total(request.order))  # a gift card pays an order only if it covers it
    if (short := _short_card_named(request, saved, others)) is not None:
        return short
    choice = ground_payment(request.text, others)
    if choice.method is None and (chosen := next((m for m in others if m["id"] == request.slots.get(
            PAYMENT_CHOICE_SLOT)), None)):
        choice = choice.model_copy(update={"method": chosen})
    if choice.method is None and choice.candidates:
        return {"ask": "ask_payment_choice", "asked": asked(PAYMENT_CHOICE_SLOT, payment_candidates(choice.candidates)),
                "facts": {
            "order_id": request.order_id,
            "methods": [describe_payment(m, request.language) for m in choice.candidates]}}
    if choice.method is None:
        if not choice.named:
            return None
        if (paying := ground_payment(request.text, [m for m in saved if m["id"] == current]).method) is not None:
            # the method that already pays the order: said so, never "no saved gift card" (attack24 A24-4)
            return {"ask": "payment_method_already", "facts": {
                "method": describe_payment(paying, request.language), "order_id": request.order_id,
                "methods": [describe_payment(m, request.language) for m in others]}}
        kind = next((k for k, words in lexicon().grouped["payment_kinds"].items() if words.search(request.text)),
                    "credit_card")
        source = "PayPal" if kind == "paypal" else kind.replace("_", " ")
        # what the customer does have, so the next question never offers the kind just said to be missing
        return {"ask": "no_payment_method_others", "facts": {
            "source": source, "order_id": request.order_id,
            "methods": [describe_payment(m, request.language) for m in others]}}
    method = choice.method
    paying = next((m for m in saved if m["id"] == current), {"source": "unknown"})
    # the truth of the switch, before the yes and in its done line: the order's total charged to the new method,
    # the old one's payment refunded in full (tools/orders/pending.py), both named as the customer knows them
    return {"tool": "modify_pending_order_payment",
            "arguments": {"order_id": request.order_id, "payment_method_id": method["id"]},
            "confirm_key": "confirm_modify_payment", "done_key": "modified_payment",
            "facts": {"order_id": request.order_id, "what": "payment method",
                      "new_value": describe_payment(method, request.language),
                      "old_value": describe_payment({**paying, "balance_cents": None}, request.language),
                      "amount": request.money(_order_total(request.order)), "old_source": paying["source"]}}


def _short_card_named(request: Request, saved: list[dict[str, Any]], able: list[dict[str, Any]]
                      ) -> dict[str, Any] | None:
    """The one saved method named to pay the order that cannot (a gift card short of its total): said, with its
    balance and the total, and the methods that can pay asked for; never proposed. With none that can, the order
    stays paid as it is, said so by name (never "no other saved method" to a customer who holds that gift card)."""
    current = _original_method(request.order)
    named = ground_payment(request.text, [m for m in saved if m["id"] != current]).method
    if named is None or any(m["id"] == named["id"] for m in able):
        return None
    ruled_out = {"named": describe_payment(named, request.language), "order_id": request.order_id,
                 "total": request.money(_order_total(request.order))}
    if not able:
        paying = next((m for m in saved if m["id"] == current), {"source": "unknown"})
        return {"refuse": Reply(key="order_method_ruled_out_kept", facts={
            **ruled_out, "current": describe_payment({**paying, "balance_cents": None}, request.language)})}
    return {"ask": "ask_payment_choice", "asked": asked(PAYMENT_CHOICE_SLOT, payment_candidates(able)),
            "note": Reply(key="order_method_ruled_out", facts=ruled_out),
            "facts": {"order_id": request.order_id, "methods": [describe_payment(m, request.language) for m in able]}}


async def _ask_saved_method(request: Request, reader: CustomerReader) -> dict[str, Any]:
    """Which of the customer's own saved methods (not the order's) should pay: never a kind they do not have, nor a
    gift card short of the order's total."""
    current = _original_method(request.order)
    held = [m for m in (await reader.profile()).get("payment_methods", []) if m["id"] != current]
    others = usable_methods(held, _order_total(request.order))
    return {"ask": "ask_payment_choice", "asked": asked(PAYMENT_CHOICE_SLOT, payment_candidates(others)), "facts": {
        "order_id": request.order_id, "methods": [describe_payment(m, request.language) for m in others]}}


def _address(request: Request) -> dict[str, Any] | None:
    address = read_address(request.text, request.order["address"]["country"])
    if address is None:
        return None
    return {"tool": "modify_pending_order_address", "arguments": {"order_id": request.order_id, **address},
            "confirm_key": "confirm_modify", "done_key": "modified",
            "facts": {"order_id": request.order_id, "what": "shipping address", "new_value": describe_address(address)}}


async def propose_change(intent: Intent, order: dict[str, Any], slots: dict[str, Any], reader: CustomerReader,
                         text: str = "", language: str = "en") -> dict[str, Any]:
    request = Request(order, slots, text, language)
    if intent is Intent.CANCEL_ORDER:
        return await _cancel(request, reader)
    if intent is Intent.RETURN_ITEM:
        return await _return(request, reader)
    if intent is Intent.EXCHANGE_ITEM:
        return await _swap(intent, request, reader)
    modification = None if _swap_in_progress(order, slots) else (slots.get("modification")
                                                                  or read_modification(text))
    if modification == "payment" and names_options(text) and pick_items(order, slots, text):
        modification = "items"  # "the blue bottle, make it black, refund to paypal": a swap, paid with paypal
    if (modification == "address" and asks_for_swap(text)
            and read_address(text, order["address"]["country"]) is None):
        # "can i switch the headphones to a different color? also i moved": the item change (kept for the turns
        # that answer its questions); the address, said in another clause, waits behind it and goes first when it
        # is proposed (`address_in_flow`)
        modification = slots["modification"] = "items"
    if modification == "address":
        return _address(request) or {"ask": "ask_address", "facts": {"order_id": request.order_id}}
    if modification == "payment":
        return await _payment(request, reader) or await _ask_saved_method(request, reader)
    return await _swap(intent, request, reader)


def _also_comes_in(product: dict[str, Any] | None, item: dict[str, Any], language: str) -> str:
    line = other_values(product, item, language) if product else ""
    return f" {line}" if line else ""
