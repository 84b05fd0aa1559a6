"""A question right after a write about what it did (its money, method, address, outcome) is read as such in the
four languages; a new request, another order or another topic is not (issue 17, after-write-facts-21)."""

import pytest

from assistant.grounding.write_follow_ups import asks_about_what_was_written

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
