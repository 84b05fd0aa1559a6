"""A new shipping address said inside a pending order's item-change flow (address-in-flow-19; fresh18 F1, attack18
A18-2..A18-4): "only the address" proposes the address alone; a new item-change proposal keeps the address said
with it or proposed before it; two addresses are asked about, a retracted one is never proposed, the account's own is
read from the customer's record, another person's is never looked up. Nothing is written on any of them."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from assistant.grounding.address_words import another_persons_address, keeps_the_address_only
from assistant.state import ConversationState, Pending
from assistant.steps.address_in_flow import address_alone, keep_the_address, keeps_address_only
from assistant.steps.routing import not_plain_reply
from assistant.steps.yes_with_address import address_with_yes, answer_address_with_yes

ADDRESS = {"address1": "12 Oak Street", "address2": "", "city": "Austin", "state": "TX", "country": "USA",
           "zip": "78701"}
ORDER = {"order_id": "#W5101035", "status": "pending",
         "address": {"address1": "468 Oak Street", "address2": "", "city": "Columbus", "state": "OH",
                     "country": "USA", "zip": "20244"}}
FACTS = {"item": "Electric Toothbrush", "order_id": "#W5101035"}
SWAP: Pending = {  # type: ignore[typeddict-item]
    "action_id": "s1", "tool": "modify_pending_order_items",
    "arguments": {"order_id": "#W5101035", "item_ids": ["8798690242"], "new_item_ids": ["2645006275"],
                  "payment_method_id": "paypal_3388537"},
    "reply_key": "swapped", "reply_facts": FACTS, "question": {"key": "confirm_swap_pending", "facts": FACTS}}
FIRST: Pending = {"action_id": "a1", "tool": "modify_pending_order_address",  # type: ignore[typeddict-item]
                  "arguments": {"order_id": "#W5101035", **ADDRESS}, "reply_key": "modified",
                  "reply_facts": {"order_id": "#W5101035", "what": "shipping address",
                                  "new_value": "12 Oak Street, Austin, TX 78701"}}
BOTH: Pending = {**SWAP, "first": FIRST}


class Reader:
    customer_id = "olivia_sanchez_2914"

    async def order(self, order_id: str) -> dict[str, Any] | None:
        return ORDER if order_id == ORDER["order_id"] else None

    async def profile(self) -> dict[str, Any]:
        return {"address": {"address1": "710 Sunset Drive", "address2": "", "city": "Philadelphia", "state": "PA",
                            "country": "USA", "zip": "19116"}}


@pytest.mark.parametrize(("text", "only"), [
    ("only the address please, not the skateboard", True),
    ("just the address change, leave the jacket as it is", True),
    ("oui pour l'adresse, non pour le changement d'article", True),
    ("seulement l'adresse, pas la veste", True),
    ("solo la dirección", True),
    ("solo cambia la direccion, la chaqueta no", True),
    ("nur die Adresse ändern, den Lautsprecher nicht", True),
    ("no to the address, yes to the item change", False),
    ("yes", False),
])
def test_only_the_address(text: str, only: bool) -> None:
    assert keeps_the_address_only(text) is only
    assert keeps_address_only(text, BOTH) is only
    assert not keeps_address_only(text, SWAP)  # nothing to keep alone without the two writes
    if only:
        assert not_plain_reply(text, BOTH)


def test_address_alone_is_proposed_not_written() -> None:
    result = address_alone(BOTH)
    pending = result["pending"]
    assert pending["tool"] == "modify_pending_order_address" and "first" not in pending
    assert pending["arguments"] == {"order_id": "#W5101035", **ADDRESS}
    assert pending["action_id"] != FIRST["action_id"]
    assert result["outbox"][-1]["key"] == "confirm_modify"
    assert result["outbox"][-1]["facts"]["new_value"] == "12 Oak Street, Austin, TX 78701"


def _state(text: str, pending: Pending | None) -> ConversationState:
    return {"incoming": {"text": text}, "pending": pending}  # type: ignore[typeddict-item]


def test_new_item_change_keeps_the_address_proposed_before() -> None:
    lcd: Pending = {**SWAP, "action_id": "s2", "arguments": {**SWAP["arguments"], "new_item_ids": ["9408160950"]}}
    update = keep_the_address(_state("actually make it the LCD display instead", BOTH),
                              {"pending": lcd, "outbox": [lcd["question"]]})
    assert update["pending"]["first"]["arguments"] == FIRST["arguments"]
    assert update["pending"]["arguments"]["new_item_ids"] == ["9408160950"]
    assert update["outbox"][-1]["key"] == "confirm_swap_pending_after_address"


def test_address_said_with_the_method_goes_first() -> None:
    text = "ok paypal. and please ship the whole order to my new address: 12 Oak Lane, Media, PA 19063"
    update = keep_the_address(_state(text, None), {"pending": SWAP, "outbox": [SWAP["question"]]})
    assert update["pending"]["first"]["arguments"]["address1"] == "12 Oak Lane"
    assert update["outbox"][-1]["facts"]["new_address"] == "12 Oak Lane, Media, PA 19063"


def test_no_address_leaves_the_proposal_as_it_is() -> None:
    update = {"pending": SWAP, "outbox": [SWAP["question"]]}
    assert keep_the_address(_state("the paypal one", None), update) == update


def _answer(text: str) -> dict[str, Any]:
    destination = address_with_yes(text, SWAP)
    assert destination is not None
    return asyncio.run(answer_address_with_yes(Reader(), SWAP, text, destination))  # type: ignore[arg-type]


def test_two_addresses_asked_which() -> None:
    result = _answer("yes, to 1 Oak St, Austin, TX 78701 and 2 Birch St, Boston, MA 02110")
    assert "pending" not in result
    assert result["outbox"][0]["key"] == "which_address"
    assert "1 Oak St" in result["outbox"][0]["facts"]["addresses"]
    assert "2 Birch St" in result["outbox"][0]["facts"]["addresses"]


@pytest.mark.parametrize("text", [
    "yes, ship it to 500 Pine Road, Seattle, WA 98101 - no wait, 600 Oak Ave, Portland, OR 97201",
    "ja, schick es an 500 Pine Road, Seattle, WA 98101 - nein warte, an 600 Oak Ave, Portland, OR 97201",
])
def test_retracted_address_never_proposed(text: str) -> None:
    first = _answer(text)["pending"]["first"]
    assert first["arguments"]["address1"] == "600 Oak Ave" and first["arguments"]["zip"] == "97201"


@pytest.mark.parametrize("text", ["yes but ship it to the address on my account",
                                  "sí, pero envíalo a la dirección de mi cuenta"])
def test_account_address_from_the_record(text: str) -> None:
    first = _answer(text)["pending"]["first"]
    assert first["arguments"]["address1"] == "710 Sunset Drive" and first["arguments"]["zip"] == "19116"


def test_another_persons_address_refused_never_looked_up() -> None:
    result = _answer("yes but ship it to Leo Martin's address instead")
    assert "pending" not in result
    assert result["outbox"][0] == {"key": "other_persons_address", "facts": {"name": "Leo Martin"}}
    assert another_persons_address("ship it to Mia Novak's address", "mia novak") is None  # one's own name


@pytest.mark.parametrize("text", ["and change the address of order W1234567 to 12 Oak Lane, Media, PA 19063",
                                  "no, ship order #W1234567 to 12 Oak Lane, Media, PA 19063 instead"])
def test_an_address_of_another_order_is_never_put_first(text: str) -> None:
    assert address_with_yes(text, SWAP) is None
    update = {"pending": SWAP, "outbox": [SWAP["question"]]}
    assert keep_the_address(_state(text, None), update) == update


@pytest.mark.parametrize(("text", "alone"), [
    ("no, don't change the jacket. just ship the order to 12 Oak Lane, Media, PA 19063", True),
    ("non, ne changez pas la veste, livrez juste au 12 Oak Lane, Media, PA 19063", True),
    ("no, no cambies la chaqueta, solo envía el pedido a 12 Oak Lane, Media, PA 19063", True),
    ("nein, die jacke nicht tauschen, nur an 12 Oak Lane, Media, PA 19063 liefern", True),
    ("no. first change the shipping address to 12 Oak Lane, Media, PA 19063", False),  # both, the address first
])
def test_item_change_refused_with_an_address(text: str, alone: bool) -> None:
    pending = _answer(text)["pending"]
    assert pending["tool"] == ("modify_pending_order_address" if alone else "modify_pending_order_items")
    assert (pending.get("first") or pending)["arguments"]["address1"] == "12 Oak Lane"


def test_an_address_queued_behind_the_item_change_goes_first() -> None:
    state: ConversationState = {  # type: ignore[typeddict-item]
        "incoming": {"text": "can you change the toothbrush in order W5101035 to white"}, "pending": None,
        "queued": [{"text": "ship it to 12 Oak Lane, Media, PA 19063", "message_id": "m1", "noted": False}]}
    update = keep_the_address(state, {"pending": SWAP, "outbox": [SWAP["question"]]})
    assert update["pending"]["first"]["arguments"]["address1"] == "12 Oak Lane"
    assert update["queued"] == []  # never proposed again once the item change has closed the order


@pytest.mark.parametrize("text", [
    "hmm actually no, leave the toothbrush as it is. just change where it ships: 12 Oak Lane, Media, PA 19063",
    "yes, leave the item, ship it to 12 Oak Lane, Media, PA 19063",
    "mejor no, deja el cepillo de dientes como esta. solo cambia a donde se envia: 12 Oak Lane, Media, PA 19063",
    "ach nein, lasst die Zahnbürste wie sie ist. nur die Lieferadresse bitte: 12 Oak Lane, Media, PA 19063",
])
def test_item_change_refused_in_other_words_with_an_address(text: str) -> None:
    pending = _answer(text)["pending"]
    assert pending["tool"] == "modify_pending_order_address" and not pending.get("first")


@pytest.mark.parametrize("text", ["yes, the toothbrush and 12 Oak Street",
                                  "yes, 12 Oak Street, Austin, TX 78701 and the swap"])
def test_a_yes_naming_the_proposed_address_again_is_no_new_address(text: str) -> None:
    assert address_with_yes(text, BOTH) is None


def test_a_later_street_after_a_correction_replaces_the_retracted_one() -> None:
    text = "ja, und Versand an 1200 South Lamar Blvd, Austin, TX 78704 – nein Moment, 1210 South Lamar Blvd, selbe PLZ"
    first = _answer(text)["pending"]["first"]["arguments"]
    assert (first["address1"], first["city"], first["zip"]) == ("1210 South Lamar Blvd", "Austin", "78704")
