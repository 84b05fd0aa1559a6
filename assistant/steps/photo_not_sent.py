"""A photo asked for and not sent (fresh11 F10): the request for a photo is said once. The customer's next message
without a photo is read as what it asks ("I ordered it by mistake, can you cancel it?" is a cancellation), and
when it asks nothing else the assistant says what it can do without a photo, never the same request again."""

from __future__ import annotations

from assistant.grounding.cancel_request import asks_to_cancel_an_order
from assistant.models.contracts import Intent, TurnIntent
from assistant.state import ConversationState

PHOTO_ASKED = "ask_photo"
SURE = 0.6  # a problem read with less confidence than this may be another request's words
# What a message can ask for on its own, beside the problem the photo was asked for.
OWN_REQUESTS = {Intent.ORDER_STATUS, Intent.CANCEL_ORDER, Intent.MODIFY_ORDER, Intent.RETURN_ITEM,
                Intent.EXCHANGE_ITEM, Intent.PRODUCT_QUESTION, Intent.RECOMMEND, Intent.CHANGE_DEFAULT_ADDRESS,
                Intent.HUMAN_AGENT}


def photo_asked_not_sent(state: ConversationState) -> bool:
    """The last turn asked for a photo of a problem and this message came without one."""
    return PHOTO_ASKED in (state.get("said_last") or []) and not (state.get("incoming") or {}).get("photo")


def own_request_instead_of_photo(state: ConversationState, intent: Intent) -> bool:
    """The message that came instead of the photo asks for something of its own: it is read as that request, not
    as more words about the problem."""
    return intent in OWN_REQUESTS and photo_asked_not_sent(state)


def instead_of_photo_reading(state: ConversationState, text: str, decided: TurnIntent) -> TurnIntent:
    """"No photo, nothing is broken, I ordered it by mistake: can you cancel it?" after a photo was asked for: a
    problem read unsurely from words that ask to cancel an order (not taken back) is that cancellation."""
    unsure_problem = decided.intent is Intent.REPORT_PROBLEM and decided.confidence < SURE
    if unsure_problem and photo_asked_not_sent(state) and asks_to_cancel_an_order(text):
        return decided.model_copy(update={"intent": Intent.CANCEL_ORDER, "confidence": SURE})
    return decided
