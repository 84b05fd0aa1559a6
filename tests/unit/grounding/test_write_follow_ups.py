"""A question right after a write about what it did (its money, method, address, outcome) is read as such in the
four languages; a new request, another order or another topic is not (issue 17, after-write-facts-21)."""

import pytest

from assistant.grounding.write_follow_ups import (
    asks_about_an_earlier_refund,
    asks_about_what_was_written,
    asks_when_refunded,
    names_something_else,
)

RETURN_DONE = ("Your return of Desk Lamp from order #W1840144 is registered, refunding $137.94 to PayPal. You'll "
               "receive an email explaining how to send the items back.")
ADDRESS_DONE = "Done: the shipping address of order #W7534214 is now 1402 Fulton St, San Diego, CA 92116."


@pytest.mark.parametrize("text", [
    "hang on, how much is coming back to me",
    "which card does that go on?",
    "so its fulton st now?",
    "tout est bon ? je suis remboursé combien",
    "vale y el dinero a donde va",
    "und wohin geht das Geld?",
    "wie viel krieg ich zurueck",
])
def test_a_question_about_the_write_is_read(text: str) -> None:
    written = ADDRESS_DONE if "fulton" in text else RETURN_DONE
    assert asks_about_what_was_written(text, written)


@pytest.mark.parametrize("text", [
    "can you also cancel order #W1234567?",
    "where is my order #W7654321?",
    "what colours does the hoodie come in?",
    "je voudrais aussi retourner la lampe",
    "quiero cambiar la dirección de otro pedido",
    "thanks, that's all",
    "und meine andere Bestellung, wann kommt die?",
])
def test_another_request_or_topic_is_not(text: str) -> None:
    assert not asks_about_what_was_written(text, RETURN_DONE)


RETURN_TWO = ("Your return of Wireless Earbuds, Mechanical Keyboard from order #W3388163 is registered, refunding "
              "$499.48 to PayPal. You'll receive an email explaining how to send the items back.")


@pytest.mark.parametrize("text", [
    "thanks. do you have something like the earbuds but cheaper?",
    "and when does my order with the vacuum arrive?",
    "super. vous auriez des écouteurs moins chers ?",
    "et ma commande avec le vélo, elle en est où ?",
    "¿y cuándo llega el pedido del hervidor?",
    "¿tienen auriculares más baratos?",
    "habt ihr auch eine günstigere Tastatur?",
    "wo ist meine Bestellung mit dem Tablet?",
])
def test_a_new_request_after_a_write_names_something_else(text: str) -> None:
    """fresh25 F1: products to buy, or another item's order, are never answered with the write's words."""
    assert names_something_else(text, RETURN_TWO)


@pytest.mark.parametrize("text", [
    "so how much do I get back for the earbuds?",
    "is the keyboard return done?",
    "et l'argent va sur quelle carte ?",
    "¿cuánto me devuelven?",
    "wann kommt das Geld?",
    "me devuelven algo? cuanto y a donde?",  # shopping words ("algo"), no product named
    "gibts nen preisunterschied? und wie geht die alte tastatur zurück",  # "gibts" about the write's money
])
def test_a_question_about_the_write_names_nothing_else(text: str) -> None:
    assert not names_something_else(text, RETURN_TWO)


@pytest.mark.parametrize("text", [
    "when will I get the refund for the earbuds and the keyboard?",
    "merci. et le remboursement des écouteurs et du clavier, il arrive quand ?",
    "¿y el reembolso de los auriculares cuándo me llega?",
    "und wann bekomme ich das Geld für die Tastatur?",
    "when is the refund for order W3388163 coming?",
])
def test_a_refund_question_turns_later_is_about_the_earlier_write(text: str) -> None:
    """fresh25 F7: the refund of a return made earlier, other turns since, never a new return."""
    assert asks_about_an_earlier_refund(text, RETURN_TWO)
    assert asks_when_refunded(text)


@pytest.mark.parametrize("text", [
    "I want to return the earbuds from my other order and get a refund",
    "when will I get the refund for the vacuum?",
    "when is the refund for order W7619352 coming?",
    "where is my order with the keyboard?",
    "do you have cheaper earbuds? and when is the next sale?",
])
def test_another_request_is_no_question_about_the_earlier_refund(text: str) -> None:
    assert not asks_about_an_earlier_refund(text, RETURN_TWO)


def test_a_write_that_names_no_item_is_not_told_apart_by_items() -> None:
    """A cancellation's words name no item: "does that include the puzzle too?" may still ask about it."""
    cancelled = "Order #W8306539 is cancelled. The refund of $154.17 goes back to the original payment method."
    assert not names_something_else("does that include the puzzle too?", cancelled)
