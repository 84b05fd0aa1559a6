"""A change of mind inside a cancellation or a return: "could I get the jacket in size L instead of cancelling?",
"Nein, lieber umtauschen gegen Größe 34", "mejor no lo canceles, ¿puedo cambiar la chaqueta a talla L?". Asked while
the cancellation's reason question or its yes/no is open, the swap replaces the request in progress and is itself
proposed (a change while the order is pending, an exchange once delivered): never the old question again, never a
plain no that drops the new request."""

from __future__ import annotations

from assistant.grounding.item_changes import exchange_verb, names_options, wishes_a_swap
from assistant.grounding.lexicon import lexicon
from assistant.grounding.negations import refuses_action
from assistant.grounding.proposal_question import says_change_of_mind
from assistant.models.contracts import Intent
from assistant.state import ConversationState

# The requests a swap can replace, by topic and by the proposed write's tool.
REPLACEABLE_TOPICS = {Intent.CANCEL_ORDER.value, Intent.RETURN_ITEM.value}
REPLACEABLE_TOOLS = {"cancel_pending_order", "return_delivered_order_items"}
TOOL_OF_TOPIC = {Intent.CANCEL_ORDER.value: "cancel_pending_order",
                 Intent.RETURN_ITEM.value: "return_delivered_order_items"}


def swap_instead(state: ConversationState) -> bool:
    """A cancellation or a return is in progress, and the turn asks for another variant of an item instead."""
    topic = state.get("topic") or {}
    pending = state.get("pending") or {}
    in_progress = topic.get("intent") in REPLACEABLE_TOPICS or pending.get("tool") in REPLACEABLE_TOOLS
    if not in_progress:
        return False
    text = (state.get("incoming") or {}).get("text", "")
    # a fit complaint alone ("passt nicht") is the reason for the return, not a wish for another variant
    # "espera no, mejor cambia el altavoz a azul": a change of mind naming a new value is a swap wish too, and so
    # is "don't cancel, can you just change the desk lamp to …": the request in progress refused, a change asked
    tool = pending.get("tool") or TOOL_OF_TOPIC.get(topic.get("intent") or "", "")
    refused_for_a_change = refuses_action(text, tool) and lexicon().patterns["change_verbs"].search(text) is not None
    return (wishes_a_swap(text) or exchange_verb(text) or says_change_of_mind(text) or refused_for_a_change) and (
        names_options(text) or changes_an_option(text))


def changes_an_option(text: str) -> bool:
    """An option's name with a change verb, the new value not said yet ("can i just change the speaker colour
    instead?", "changer la couleur de l'enceinte", "cambiar el color de la camiseta", "die Farbe vom Lautsprecher
    ändern", fresh28 F6): the item change is asked for, its value is asked next. "what colour is it?" changes
    nothing."""
    found = lexicon()
    return bool(found.patterns["option_name_words"].search(text) and found.patterns["change_verbs"].search(text))


SWAP_INTENT = Intent.EXCHANGE_ITEM  # the order step makes it a change while the order is pending
