"""An address change of the order in discussion said with a sending verb and a destination ("ok thanks, and can you
ship it to my work? 700 Congress Ave, Austin 78701" after the desk told the customer about #D9000004, fresh16 F4):
that order's shipping address change, whatever a reader made of the words (its status, a zip code as an identity
detail, the tee's product cards). The order step proposes it (written only after its own yes) or says why the
order's address can no longer change."""

from __future__ import annotations

from assistant.grounding.requested_action import says_delivery
from assistant.models.contracts import Intent, TurnIntent
from assistant.steps.addresses import ADDRESS, DESTINATION_WITHOUT_STATE


def sends_it_somewhere(text: str) -> bool:
    """A sending verb ("ship it", "l'envoyer", "mandar", "schicken") and a postal address, with or without a state."""
    return bool(ADDRESS.search(text) or DESTINATION_WITHOUT_STATE.search(text)) and says_delivery(text)


def address_of_order_in_discussion(text: str, intent: TurnIntent, discussed: list[str], *,
                                   under_way: bool = False) -> TurnIntent:
    """The reading as the address change of the one order in discussion (or the one order the reading names), when
    the words send it somewhere and no other write is read; else the reading as it was. `under_way`: a proposal or
    a question is open, and the words answer it (read as before)."""
    if under_way:
        return intent
    read = list(intent.slots.order_ids or [])
    order = discussed if len(discussed) == 1 and read in ([], discussed) else read if len(read) == 1 else []
    if not order or intent.intent in (Intent.CANCEL_ORDER, Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM):
        return intent
    if intent.slots.modification == "address" or not sends_it_somewhere(text):
        return intent
    slots = intent.slots.model_copy(update={"order_ids": order, "modification": "address", "item_ids": [],
                                            "product_query": None})
    return TurnIntent(intent=Intent.MODIFY_ORDER, confidence=max(intent.confidence, 0.9), slots=slots)
