"""A reply to a proposed return of several items that keeps only some of them ("wait no, only the backpack", "non,
finalement seulement les chaussures", "nein, doch nur das graue", partial27): the return is proposed again with the
items named, for its own yes; nothing is written on such a reply, and the items left out are never returned."""

from __future__ import annotations

from typing import Any

from assistant.grounding.items_acted_on import items_acted_on
from assistant.grounding.kept_items import names_a_thing
from assistant.grounding.lexicon import lexicon
from assistant.state import Pending, Reply, Topic
from assistant.steps.order_lookup import CustomerReader, item_names
from assistant.steps.yes_adds_item import return_proposed_again

RETURN = "return_delivered_order_items"


def narrows_the_proposal(text: str, pending: Pending | None) -> bool:
    """The reply to a return of several items says "only" and names a thing ("only the backpack", "solo el azul"):
    which of the proposed items it keeps is read against the order (`narrowed_return`)."""
    if not pending or pending.get("tool") != RETURN or pending.get("first"):
        return False
    if len((pending.get("arguments") or {}).get("item_ids") or []) < 2:
        return False
    return lexicon().patterns["only_words"].search(text) is not None and names_a_thing(text)


async def narrowed_return(reader: CustomerReader, pending: Pending, text: str, topic: Topic | None,
                          language: str) -> dict[str, Any] | None:
    """The turn's result for a reply that keeps only some of the proposed items: the return proposed again with
    them; None when the words name no proposed item, or every one (the reply is then read as any other answer)."""
    arguments = pending.get("arguments") or {}
    order = await reader.order(str(arguments.get("order_id") or ""))
    if order is None:
        return None
    proposed = list(arguments.get("item_ids") or [])
    named = items_acted_on(text, [item for item in order["items"] if item["item_id"] in proposed])
    kept = [item_id for item_id in proposed if item_id in named]
    if not kept or len(set(kept)) == len(set(proposed)):
        return None
    line = Reply(key="narrowed_return", facts={"kept": ", ".join(item_names(order, kept))})
    return await return_proposed_again(reader, pending, order, kept, line, text, topic, language)
