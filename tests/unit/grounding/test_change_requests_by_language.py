"""Change requests of dialogue-classes-24 (lang12), read from the words: the customer's own mistake with a new value
asks for another variant (never a complaint, never shopping), contracted articles name the item meant, fr/es/de verbs
of cancelling and changing, and a lone status question about another order while a request is under way."""

from __future__ import annotations

import pytest

from assistant.grounding.item_changes import asks_for_swap, owned_items_meant
from assistant.grounding.lexicon import lexicon, load_vocabulary
from assistant.grounding.requested_action import names_item_definitely, read_action
from assistant.grounding.status_aside import asks_another_orders_status, split_status_aside
from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.steps.owned_items import _meant, _request_before_verification

load_vocabulary()

SHOES = [{"item_id": "s1", "name": "Running Shoes", "options": {"size": "9", "color": "yellow"}}]


@pytest.mark.parametrize("text", [
    "la mochila me equivoqué de color, la quería en gris",
    "puse mal la talla de la chaqueta, necesito una L",
    "je me suis trompée de couleur pour le sac, je le voulais en noir",
    "beim rucksack hab ich mich in der farbe vertan, bitte grün",
    "necesito otra talla para la chaqueta que pedí, una M",
    "en mi pedido cambiadme el color del bolso a rojo",
    "dann ändert bitte bei der jacke die größe auf L",
])
def test_a_mistake_or_a_change_with_a_new_value_asks_for_another_variant(text: str) -> None:
    assert asks_for_swap(text)
    assert _meant(text) is Intent.EXCHANGE_ITEM


@pytest.mark.parametrize("text", [
    "me equivoqué de pedido, cancélenlo",  # a mistake with no value named: no swap
    "quiero una mochila gris",  # shopping: no wish for another variant of something owned
])
def test_no_swap_without_a_new_value_or_a_wish(text: str) -> None:
    assert not asks_for_swap(text)


def test_the_customers_own_mistake_says_the_item_is_theirs() -> None:
    assert owned_items_meant("me equivoqué de color con las zapatillas, las quiero negras", SHOES) == ["s1"]
    assert owned_items_meant("unas zapatillas negras", SHOES) == []  # shopping words own nothing


@pytest.mark.parametrize("text", ["beim helm bitte die größe S", "cambia el color del casco", "la couleur du casque"])
def test_contracted_articles_name_an_item_definitely(text: str) -> None:
    assert names_item_definitely(text)


@pytest.mark.parametrize("text", [
    "ich möchte die bestellung mit dem rucksack abbestellen",
    "die bestellung bitte canceln",
])
def test_german_verbs_of_cancelling(text: str) -> None:
    assert read_action(text).action == "cancel_order"


def test_a_mistake_in_german_is_the_ordered_by_mistake_reason() -> None:
    reasons = lexicon().grouped["cancel_reasons"]
    assert reasons["ordered by mistake"].search("abbestellen bitte, hab mich da vertan")


@pytest.mark.parametrize(("text", "aside"), [
    ("the bottle should be the 500ml one. also what's happening with my other order?",
     "also what's happening with my other order?"),
    ("vous pouvez passer les chaussures en 42 ? et la commande #W1234567 elle en est où ?",
     "et la commande #W1234567 elle en est où ?"),
])
def test_more_status_words_split_an_aside_off(text: str, aside: str) -> None:
    split = split_status_aside(text)
    assert split is not None and split.aside == aside


@pytest.mark.parametrize(("text", "acted", "beside"), [
    ("und wo bleibt meine andere bestellung?", "#W1111111", True),
    ("espera, ¿y mi pedido #W2222222 ya llegó?", "#W1111111", True),
    ("et la commande #W1111111, elle arrive quand ?", "#W1111111", False),  # the request's own order
    ("¿y mi otro pedido?", "#W1111111", False),  # no status word: no status question
    ("cancel my other order", "#W1111111", False),
])
def test_a_lone_status_question_about_another_order(text: str, acted: str, beside: bool) -> None:
    assert asks_another_orders_status(text, acted) is beside


def test_a_guests_request_beside_their_details_is_kept_as_the_request() -> None:
    read = TurnIntent(intent=Intent.ORDER_STATUS, confidence=0.3,
                      slots=TurnSlots(order_ids=["#W1234567"], email="a@example.com", zip_code="12345"))
    change = _request_before_verification(read, Intent.EXCHANGE_ITEM)
    assert change.intent is Intent.EXCHANGE_ITEM and change.slots.modification == "items"
    assert change.slots.order_ids == ["#W1234567"]  # the order the guest named is still the one to verify
    cancel = _request_before_verification(read.model_copy(update={"slots": read.slots.model_copy(
        update={"cancel_reason": "no longer needed"})}), Intent.CANCEL_ORDER)
    assert cancel.intent is Intent.CANCEL_ORDER and cancel.slots.cancel_reason == "no longer needed"


def test_a_guests_wish_without_details_stays_shopping() -> None:
    from assistant.steps.owned_items import _guest_reading

    shopping = TurnIntent(intent=Intent.RECOMMEND, confidence=0.4, slots=TurnSlots())
    assert _guest_reading("doch lieber eine damenuhr, bis 50 euro", shopping, Intent.EXCHANGE_ITEM) == shopping
