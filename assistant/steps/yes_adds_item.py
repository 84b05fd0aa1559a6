"""A yes to a proposed return or swap that adds another item ("si, y el reloj tambien porfa", "oui, et le barbecue
aussi", "passt. ach und das tshirt auch noch mit dazu bitte", fresh15 F1/F3): more than the proposal, so nothing is
written on it (a delivered order takes one return, so the proposal written without the addition would shut it out).

- A return and another item of the same order: the return is proposed again with it, for its own yes.
- An item of another order, or one no order holds: said so (one return covers one order's items), and the proposal
  is asked again as it stands.
- A swap: the added item needs its own new option, so the customer is told to answer this one first."""

from __future__ import annotations

import uuid
from typing import Any

from assistant.consent_vocabulary import normalise, read_spans, split_words
from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.items_acted_on import items_acted_on
from assistant.grounding.lexicon import lexicon
from assistant.models.contracts import Intent
from assistant.state import Pending, Reply, Topic
from assistant.steps.changed_detail import SWAP_TOOLS, changes_the_swap
from assistant.steps.order_changes import REFUND_METHOD_SLOT, RETURN_ITEMS_SLOT, propose_change
from assistant.steps.order_lookup import CustomerReader, item_names
from assistant.steps.proposal_questions import ask_again
from assistant.steps.yes_with_details import names_another_product, proposal_words

RETURN = "return_delivered_order_items"
ADDING_TOOLS = SWAP_TOOLS | {RETURN}


def _nouns(text: str) -> list[set[str]]:
    """Each common noun for a product the text says ("pet bed", "camiseta", "reloj"), as the product words it may
    stand for ({"top", "tee", "shirt"}); a noun inside a longer one said is not said on its own."""
    spans: dict[tuple[str, int, int], set[str]] = {}
    for source in dict.fromkeys((text, fold(text))):
        for word, pattern in lexicon().grouped["item_nouns"].items():
            for match in pattern.finditer(source):
                spans.setdefault((source, match.start(), match.end()), set()).add(word)
    return [words for (source, start, end), words in spans.items()
            if not any(s == source and s_start <= start and end <= s_end and (s_end - s_start) > (end - start)
                       for s, s_start, s_end in spans)]


def _names_another_noun(text: str, pending: Pending) -> bool:
    """A product noun said that stands for none of the proposal's items ("the pet bed" to a return of sunglasses)."""
    said = proposal_words(pending)
    return any(not any(word in said.described or word in said.nouns or said.says(word) for word in words)
               for words in _nouns(text))


def adds_to_the_proposal(text: str, pending: Pending | None) -> bool:
    """The reply to a proposed return or swap agrees or adds ("yes and …", "… too", "aussi", "auch") and names a
    product the proposal's items are not."""
    if not pending or pending.get("tool") not in ADDING_TOOLS or not (
            names_another_product(text, pending) or _names_another_noun(text, pending)):
        return False
    found = lexicon().patterns
    # "ja, aber mit Akku statt AA-Batterien": a new option, not another item; "sí, y también la maleta en gris":
    # the option goes with the other item, added
    if changes_the_swap(text, pending) and not found["addition_words"].search(text):
        return False
    words = split_words(normalise(text))
    spans = read_spans(words)
    # a yes first ("sí, y el reloj también"), never the "y" that joins ("y la mochila también está rota")
    if spans and "yes" in spans[0][1] and words[0] not in lexicon().item_conjunctions:
        return True
    # "and the iris top has a stain on it too": another problem told, not an item added to this proposal
    return found["addition_words"].search(text) is not None and found["problem_words"].search(text) is None


def yes_to_both(text: str, pending: Pending | None) -> bool:
    """A yes to the return or swap of one item that says "both" ("yes, both actually", "oui, les deux en fait"):
    that item and another of the order (`yes_adding_items`). Said to a return that already covers two items
    ("ja, beides zurück" once the dog bed was added) it is a yes to that proposal, never an addition."""
    return _yes_to_one_item_saying(text, pending, "both_words")


def yes_to_the_other_item(text: str, pending: Pending | None) -> bool:
    """A yes to the return or swap of one item that adds "the other item" ("yes, and the other item too", "oui, et
    l'autre article aussi", "ja, und den anderen Artikel auch"): the order's other items (`yes_adding_items`)."""
    return _yes_to_one_item_saying(text, pending, "other_item_words")


def _yes_to_one_item_saying(text: str, pending: Pending | None, words: str) -> bool:
    if not pending or pending.get("tool") not in ADDING_TOOLS or not lexicon().patterns[words].search(text):
        return False
    if words == "both_words" and pending.get("first"):
        return False  # "ok, confirm both" to a new address and an item change: both changes, no other item
    if len((pending.get("arguments") or {}).get("item_ids") or []) != 1:
        return False
    spans = read_spans(split_words(normalise(text)))
    return bool(spans) and "yes" in spans[0][1]


async def yes_adding_items(reader: CustomerReader, pending: Pending, text: str, topic: Topic | None,
                           language: str) -> dict[str, Any] | None:
    """The turn's result for a reply that adds items to the proposal (`adds_to_the_proposal`); None when no item
    can be told from its words (the reply is then read as any other answer)."""
    arguments = pending.get("arguments") or {}
    order = await reader.order(str(arguments.get("order_id") or ""))
    if order is None:
        return None
    proposed = list(arguments.get("item_ids") or [])
    named = items_acted_on(text, order["items"])
    others = list(dict.fromkeys(i["item_id"] for i in order["items"] if i["item_id"] not in proposed))
    if not named and (yes_to_both(text, pending) or yes_to_the_other_item(text, pending)):
        # "oui, les deux en fait", "yes, and the other item too": the order's other items, if it has any
        if not others:
            return {"outbox": [Reply(key="addition_no_other_item", facts={
                "order_id": order["order_id"], "item": ", ".join(item_names(order, proposed))}), ask_again(pending)]}
        if len(others) > 1 and pending.get("tool") == RETURN and yes_to_both(text, pending):
            # "both" of three items: which other one is not said
            return {"outbox": [Reply(key="addition_which_item", facts={
                "order_id": order["order_id"], "items": item_names(order, others)}), ask_again(pending)]}
        named = [*proposed, *others]
    added = [i for i in named if i not in proposed]
    if named and not added:
        return None  # "sí, el reloj" to the wall clock's return: the proposal's own item, named again
    if not added:
        return await _not_in_the_order(reader, pending, order, text)
    if pending.get("tool") != RETURN:
        return {"outbox": [Reply(key="addition_to_swap", facts={
            "added": ", ".join(dict.fromkeys(item_names(order, added))),
            "proposed": ", ".join(item_names(order, proposed))}),
            ask_again(pending)]}
    return await _return_with(reader, pending, order, return_items(order, proposed, added), added, text, topic,
                              language)


def return_items(order: dict[str, Any], proposed: list[str], added: list[str]) -> list[str]:
    """The order's items a return covers once items are added to it: those proposed and those added, in the
    order's own order."""
    return [i["item_id"] for i in order["items"] if i["item_id"] in {*proposed, *added}]


async def _return_with(reader: CustomerReader, pending: Pending, order: dict[str, Any], items: list[str],
                       added: list[str], text: str, topic: Topic | None, language: str) -> dict[str, Any]:
    """The return proposed again with the added items, the refund going where the proposal sent it (or where these
    words send it); its own yes writes it."""
    line = Reply(key="addition_added", facts={"added": ", ".join(item_names(order, added))})
    return await return_proposed_again(reader, pending, order, items, line, text, topic, language)


async def return_proposed_again(reader: CustomerReader, pending: Pending, order: dict[str, Any], items: list[str],
                                line: Reply, text: str, topic: Topic | None, language: str) -> dict[str, Any]:
    """A waiting return proposed again for `items` (items added to it, or only some kept: `proposal_narrowed`),
    `line` saying what changed first, the refund going where the proposal sent it (or where these words send it);
    its own yes writes it. A question the return still needs (which refund method) asks the proposal as it stands."""
    slots = {"item_ids": items, REFUND_METHOD_SLOT: (pending.get("arguments") or {}).get("payment_method_id")}
    proposal = await propose_change(Intent.RETURN_ITEM, order, slots, reader, text, language)
    if not proposal.get("tool"):
        return {"outbox": [ask_again(pending)]}
    question = Reply(key=proposal["confirm_key"], facts=proposal["facts"], quick_replies=["Yes", "No"])
    remade: Pending = {"action_id": uuid.uuid4().hex, "tool": proposal["tool"], "arguments": proposal["arguments"],
                       "ticket": None, "reply_key": proposal["done_key"], "reply_facts": proposal["facts"],
                       "question": question}
    result: dict[str, Any] = {"pending": remade, "outbox": [line, question]}
    if topic:
        kept = {**(topic.get("slots") or {}), **proposal.get("remember", {}), "item_ids": items,
                RETURN_ITEMS_SLOT: items}
        result["topic"] = {**topic, "slots": kept}
    return result


async def _not_in_the_order(reader: CustomerReader, pending: Pending, order: dict[str, Any],
                            text: str) -> dict[str, Any]:
    """The added thing is not in the proposal's order: the order holding it is named (nothing done with either)."""
    order_id = order["order_id"]
    for summary in await reader.orders():
        if summary["order_id"] == order_id or (other := await reader.order(summary["order_id"])) is None:
            continue
        if named := items_acted_on(text, other["items"]):
            return {"outbox": [Reply(key="addition_in_other_order", facts={
                "added": ", ".join(dict.fromkeys(item_names(other, named))), "other_order_id": other["order_id"],
                "order_id": order_id}), ask_again(pending)]}
    return {"outbox": [Reply(key="addition_not_in_order", facts={"order_id": order_id}), ask_again(pending)]}
