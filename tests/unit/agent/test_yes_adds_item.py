"""A yes to a proposal that carries more than yes/no (fresh15 F1, F3, F6, F11): a yes adding another item is never
read as a plain yes; a yes repeating the proposed address is one; a method's words name no option value."""

from __future__ import annotations

import pytest

from assistant.state import Pending
from assistant.steps.addresses import describe_address, read_address
from assistant.steps.yes_adds_item import adds_to_the_proposal
from assistant.steps.yes_with_details import yes_restating_the_proposal, yes_with_content

RETURN: Pending = {  # type: ignore[typeddict-item]
    "tool": "return_delivered_order_items",
    "arguments": {"order_id": "#W5838674", "item_ids": ["6534134392"], "payment_method_id": "credit_card_7455506"},
    "reply_facts": {"order_id": "#W5838674", "items": ["Wall Clock"], "amount": "$150.00",
                    "refund_to": "Visa ending 1234"}}

ADDS = ["yes and the desk lamp too", "yes, and the hoodie as well pls", "oui, et le barbecue aussi",
        "d'accord, ajoutez aussi la souris svp", "si, y la tablet tambien porfa", "vale, y de paso el casco",
        "passt. ach und das tshirt auch noch mit dazu bitte", "ja, den fahrradhelm bitte auch",
        "and the laptop too"]
PLAIN = ["yes", "yes, the wall clock", "oui, la pendule", "sí, el reloj de pared", "ja, die wanduhr bitte",
         "yes but refund to the gift card", "oui mais rembourse sur la carte cadeau finalement",
         "yes and send me the label", "sí, gracias", "and the iris top has a stain on it too",
         "et le sac a dos est cassé aussi", "y la mochila también está rota",
         "und der rucksack ist auch kaputt"]


@pytest.mark.parametrize("text", ADDS)
def test_a_yes_naming_another_item_adds_to_the_proposal(text: str) -> None:
    assert adds_to_the_proposal(text, RETURN)
    assert not yes_with_content(text, RETURN)


@pytest.mark.parametrize("text", PLAIN)
def test_a_yes_naming_the_proposal_or_its_money_adds_nothing(text: str) -> None:
    assert not adds_to_the_proposal(text, RETURN)


def test_nothing_is_added_to_a_cancellation() -> None:
    cancel: Pending = {**RETURN, "tool": "cancel_pending_order"}  # type: ignore[typeddict-item]
    assert not adds_to_the_proposal("yes and the desk lamp too", cancel)


@pytest.mark.parametrize(("request_text", "answer", "agrees"), [
    ("new address is 77 pine st unit 2, denver CO 80205", "yes 77 pine st unit 2 denver 80205", True),
    ("mettez 12 rue des Lilas, Boston MA 02116", "oui, 12 rue des lilas 02116 c'est ça", True),
    ("a 450 Oak Avenue, Austin TX 78701", "sí, 450 oak avenue, austin 78701", True),
    ("ändern: 9 Elm Street, Seattle WA 98101", "ja genau, 9 elm street 98101", True),
    ("new address is 77 pine st unit 2, denver CO 80205", "yes 78 pine st unit 2 denver 80205", False),
    ("a 450 Oak Avenue, Austin TX 78701", "sí, 450 oak avenue, dallas 75201", False),
])
def test_a_yes_repeating_the_default_address(request_text: str, answer: str, agrees: bool) -> None:
    new = read_address(request_text, "USA")
    assert new is not None
    pending: Pending = {  # type: ignore[typeddict-item]
        "tool": "modify_customer_address", "arguments": new,
        "reply_facts": {"new_address": describe_address(new, with_country=True)}}
    assert (yes_with_content(answer, pending) or yes_restating_the_proposal(answer, pending)) is agrees
