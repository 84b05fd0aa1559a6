"""A yes that restates the proposal (dialogue-classes-27): its item, new value, method or address named again with
the proposal's own verb is the yes; a yes naming another value is no yes; a change of mind to a return is read as
such, never as a swap to size L because of an elided article ("l'échange")."""

from __future__ import annotations

import pytest

from assistant.grounding.item_changes import names_options
from assistant.state import Pending
from assistant.steps.return_instead import return_instead
from assistant.steps.yes_with_details import yes_restating_the_proposal, yes_with_content

MODIFY: Pending = {  # type: ignore[typeddict-item]
    "tool": "modify_pending_order_items",
    "arguments": {"order_id": "#W5493256", "item_ids": ["9179378709"], "new_item_ids": ["6704763132"],
                  "payment_method_id": "paypal_1"},
    "reply_facts": {"order_id": "#W5493256", "item": "Bluetooth Speaker", "old_options": "colour green",
                    "new_options": "colour blue", "difference": "-$21.14", "payment": "PayPal"}}
EXCHANGE: Pending = {**MODIFY, "tool": "exchange_delivered_order_items"}  # type: ignore[typeddict-item]
ADDRESS: Pending = {  # type: ignore[typeddict-item]
    "tool": "modify_pending_order_address",
    "arguments": {"order_id": "#W7634667", "address1": "1401 Cedar Hollow Road", "address2": "Unit 12",
                  "city": "Spokane", "state": "WA", "zip": "99201", "country": "USA"},
    "reply_facts": {"order_id": "#W7634667", "what": "shipping address",
                    "new_value": "1401 Cedar Hollow Road, Unit 12, Spokane, WA 99201"}}


@pytest.mark.parametrize("pending", [MODIFY, EXCHANGE])
@pytest.mark.parametrize("text", ["yes, switch the speaker to the blue", "yes switch it to blue",
                                  "sí, el altavoz en azul", "ja, den Lautsprecher in Blau"])
def test_a_yes_restating_the_swap_is_the_yes(text: str, pending: Pending) -> None:
    assert yes_restating_the_proposal(text, pending)


@pytest.mark.parametrize("text", ["yes, switch the speaker to the red", "sí, el altavoz en rojo",
                                  "ja, den Lautsprecher in Rot", "oui, l'enceinte en rouge",
                                  "yes, switch the headphones to the blue"])
def test_a_yes_naming_another_value_is_never_the_yes(text: str) -> None:
    assert not yes_restating_the_proposal(text, MODIFY)
    assert not yes_with_content(text, MODIFY)


@pytest.mark.parametrize("text", ["yes, ship it to 1401 Cedar Hollow Road",
                                  "sí, envíalo a 1401 Cedar Hollow Road, Spokane",
                                  "oui, livrez-la au 1401 Cedar Hollow Road", "ja, an 1401 Cedar Hollow Road liefern"])
def test_a_yes_restating_the_new_address_is_the_yes(text: str) -> None:
    assert yes_restating_the_proposal(text, ADDRESS)


@pytest.mark.parametrize("text", ["yes, ship it to 12 Elm Street", "sí, envíalo a Austin", "yes, 12 Elm Street",
                                  "oui, au 12 rue de la Paix", "ja, nach Austin"])
def test_a_yes_naming_another_address_is_never_the_yes(text: str) -> None:
    assert not yes_restating_the_proposal(text, ADDRESS)
    assert not yes_with_content(text, ADDRESS)


@pytest.mark.parametrize("text", ["l'échange", "je préfère l'étagère", "laissez tomber l'échange"])
def test_an_elided_article_names_no_size(text: str) -> None:
    assert not names_options(text)


def test_a_return_replaces_the_swap_said_with_an_elided_article() -> None:
    text = "non laissez tomber l'échange, je vais plutôt le renvoyer, remboursement sur mon PayPal"
    assert return_instead({"pending": EXCHANGE, "incoming": {"text": text}, "topic": {}})  # type: ignore[typeddict-item]
