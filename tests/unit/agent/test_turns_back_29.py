"""close29 (turns-back-29): "ok thanks" with nothing open closes the talk; after another order was weighed, a no to
it and the proposal's own order turn back to the proposal; an option's name with a change verb replaces a
cancellation; an order number none of the customer's, asked beside a proposal, is said to be none of theirs."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from assistant.steps.after_write import says_yes_again
from assistant.steps.back_to_the_proposal import turns_back_in_words, turns_back_to_the_proposal
from assistant.steps.chit_chat import chit_chat
from assistant.steps.status_aside import with_status_aside
from assistant.steps.swap_instead import changes_an_option, swap_instead

CANCEL = {
    "action_id": "a1",
    "tool": "cancel_pending_order",
    "arguments": {"order_id": "#W8268610", "reason": "no longer needed"},
}
ORDERS = {"#W8268610": ["Desk Lamp"], "#W2702727": ["Bookshelf", "Yoga Mat"]}


class Reader:
    """The customer's orders as `CustomerReader` gives them, from `ORDERS`."""

    async def orders(self) -> list[dict[str, Any]]:
        return [{"order_id": order_id} for order_id in ORDERS]

    async def order(self, order_id: str) -> dict[str, Any] | None:
        if order_id not in ORDERS:
            return None
        return {"order_id": order_id, "status": "pending", "items": [{"name": n} for n in ORDERS[order_id]]}


def _turned(text: str, said_last: list[str]) -> str | None:
    state: Any = {"said_last": said_last}
    reader: Any = Reader()
    return asyncio.run(turns_back_to_the_proposal(reader, state, CANCEL, text))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["no, yes cancel the first one", "nein, doch die erste, ja", "no ok, yes cancel the lamp one"]
)
def test_a_no_to_the_weighed_order_then_a_yes_to_the_proposal_is_the_yes(text: str) -> None:
    assert _turned(text, ["weighed_order", "confirm_cancel"]) == "yes"
    assert _turned(text, ["weighed_orders", "confirm_cancel"]) == "yes"


@pytest.mark.parametrize("text", ["non, finalement la première", "no, al final la primera", "hmm no, the first one"])
def test_a_turn_back_without_a_yes_asks_the_proposal_again(text: str) -> None:
    assert _turned(text, ["weighed_order", "confirm_cancel"]) == "again"


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "non",
        "nein",
        "no, the second one",
        "no, yes cancel the bookshelf one",
        "no, yes cancel #W2702727",
        "no, the first one?",
        "no, don't cancel the first one",
    ],
)
def test_a_bare_no_the_other_order_or_a_question_is_none(text: str) -> None:
    assert _turned(text, ["weighed_order", "confirm_cancel"]) is None


def test_only_after_a_weighing_answer() -> None:
    assert _turned("no, yes cancel the first one", ["confirm_cancel"]) is None


@pytest.mark.parametrize("text", ["ok thanks", "d'accord merci", "vale gracias", "ok danke"])
def test_thanks_with_nothing_open_is_answered_with_a_closing_line(text: str) -> None:
    state: Any = {"incoming": {"text": text}, "intent": {"intent": "affirm", "confidence": 0.9, "slots": {}}}
    assert asyncio.run(chit_chat(state))["outbox"][0]["key"] == "goodbye"


@pytest.mark.parametrize("text", ["yes", "oui", "ok"])
def test_a_bare_yes_to_nothing_is_still_asked_what_they_would_like(text: str) -> None:
    state: Any = {"incoming": {"text": text}, "intent": {"intent": "affirm", "confidence": 0.9, "slots": {}}}
    assert asyncio.run(chit_chat(state))["outbox"][0]["key"] == "yes_to_nothing"


def _written(text: str) -> Any:
    message = "Order #W7425646 is cancelled. The refund of $368.15 goes back to the original payment method."
    return {"incoming": {"text": text}, "said_last": ["cancelled"], "written_said": message}


def test_thanks_after_a_write_is_no_second_yes() -> None:
    assert says_yes_again(_written("yes"))  # a second yes is still read as one
    assert not says_yes_again(_written("ok thanks!"))
    assert not says_yes_again(_written("vale gracias"))


@pytest.mark.parametrize(
    "text",
    [
        "wait, actually can i just change the speaker colour instead?",
        "attendez, je peux pas plutot juste changer la couleur de l'enceinte ?",
        "espera, mejor puedo cambiar solo el color de la camiseta?",
        "warte, kann ich stattdessen einfach die farbe vom lautsprecher ändern?",
    ],
)
def test_an_option_changed_instead_of_cancelling_is_an_item_change(text: str) -> None:
    assert changes_an_option(text)
    state: Any = {"pending": None, "topic": {"intent": "cancel_order"}, "incoming": {"text": text}}
    assert swap_instead(state)


@pytest.mark.parametrize("text", ["what colour is the speaker?", "de quelle couleur est l'enceinte ?"])
def test_a_question_about_an_option_changes_nothing(text: str) -> None:
    assert not changes_an_option(text)


def test_another_customers_order_beside_a_proposal_is_said_to_be_none_of_theirs() -> None:
    result = {"pending": CANCEL, "outbox": [{"key": "confirm_cancel", "facts": {}}]}
    reader: Any = Reader()
    answered = asyncio.run(with_status_aside(reader, result, "btw whats the status of #W1234567?", "en", "#W8268610"))
    keys = [reply["key"] for reply in answered["outbox"]]
    assert keys == ["orders_not_on_account", "confirm_cancel"]
    assert answered["outbox"][0]["facts"]["numbers"] == "#W1234567"


def _weighed_state(text: str) -> Any:
    weighed = (
        "Order #W2702727 is pending: Bookshelf (colour white); Yoga Mat (colour pink), $625.60 in all; "
        "cancelling it would refund $625.60 to the payment method it was paid with."
    )
    return {
        "said_last": ["weighed_order", "confirm_cancel"],
        "incoming": {"text": text},
        "transcript": [{"role": "assistant", "text": weighed}],
    }


@pytest.mark.parametrize(
    ("text", "routed"),
    [
        ("no, yes cancel the first one", True),
        ("no ok, yes cancel the lamp one", True),
        ("nein, doch die erste, ja", True),
        ("no, yes cancel the bookshelf one", False),
        ("no, the second one", False),
        ("no", False),
        ("no, yes cancel #W8268610", True),
        ("no, yes cancel #W2702727", False),
    ],
)
def test_a_turn_back_is_routed_to_the_proposals_answer(text: str, routed: bool) -> None:
    assert turns_back_in_words(_weighed_state(text), CANCEL, text) is routed  # type: ignore[arg-type]
