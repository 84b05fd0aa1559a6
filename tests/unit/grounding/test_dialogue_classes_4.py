"""Issue 17, fourth round: the words that tell an eligibility question from a request, a colour or size change of
an unnamed item, and a cancellation said to be a mistake, in four languages."""

from __future__ import annotations

import pytest

from assistant.grounding.reasons import read_cancel_reason
from assistant.steps.eligible_orders import asks_which_qualify
from assistant.steps.option_change_in_context import asks_option_change


@pytest.mark.parametrize("text", [
    "which hoodies can I return?", "what can I still cancel?", "which orders can be cancelled?",
    "is there anything I can still return?", "qu'est-ce que je peux encore annuler ?",
    "quels articles est-ce que je peux retourner ?", "que puis-je renvoyer ?", "¿qué puedo devolver?",
    "¿cuál de mis pedidos se puede cancelar todavía?", "que puedo cambiar",
    "welche Bestellung kann ich noch stornieren?", "was kann ich zurückgeben?",
    "welche Artikel lassen sich umtauschen?",
])
def test_a_question_about_what_qualifies(text: str) -> None:
    assert asks_which_qualify(text)


@pytest.mark.parametrize("text", [
    "I want to return the hoodie", "cancel order #D9000002", "which colours can I exchange it for?",
    "can I return my hoodie?", "je veux annuler une commande", "je pense que je peux le retourner",
    "quiero cancelar un pedido", "creo que puedo devolverlo", "ich möchte meine Bestellung stornieren",
    "welche Größen kann ich nehmen?",
])
def test_a_request_or_a_variant_question_is_no_eligibility_question(text: str) -> None:
    assert not asks_which_qualify(text)


@pytest.mark.parametrize(("text", "order_discussed"), [
    ("change la couleur en jaune", False), ("change the colour to black", False),
    ("cambie el color a amarillo, por favor", False), ("bitte ändern Sie die Farbe auf Gelb", False),
    ("I'd like the same one in red in my order", False), ("je voudrais la même en rouge dans ma commande", False),
    ("quiero la misma en rojo en mi pedido", False), ("ich hätte die gleiche gern in Rot in meiner Bestellung", False),
    ("the same in blue please", True),
])
def test_a_change_of_option_without_the_item(text: str, order_discussed: bool) -> None:
    assert asks_option_change(text, order_discussed)


@pytest.mark.parametrize("text", [
    "does it come in red?", "do you have the same in red?", "la même en rouge existe ?", "change my address",
    "¿la tienen en rojo?", "gibt es die auch in Rot?",
])
def test_a_product_question_or_another_change_is_no_option_change(text: str) -> None:
    assert not asks_option_change(text, order_discussed=False)


@pytest.mark.parametrize("text", [
    "cancel it, it was a mistake", "annulez-la, c'était une erreur", "cancélelo, fue un error",
    "die andere Bestellung bitte auch stornieren, die war ein Versehen",
])
def test_a_cancellation_said_to_be_a_mistake(text: str) -> None:
    assert read_cancel_reason(text) == "ordered by mistake"
