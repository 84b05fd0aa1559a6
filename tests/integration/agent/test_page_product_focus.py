"""The chat opened with the bubble on a product page knows that product (issue 17 F12): the chat passes the page's
product with its first message there (`page_product`), and "c'est imperméable ?" is answered about it, in the
customer's language, as after "Ask about this product"; naming another product moves the focus."""

import pytest

from tests.integration.agent.reply_text import texts

MIA = "demo_mia_novak"
SHELL = ("MJ09", "Taurus Elements Shell")
COLD_TURN_S = 60.0  # a service's first turn warms its caches: seconds on a loaded host, not a stall to hold
NOT_NAMED = ("couldn't tell which product", "pas pu identifier le produit", "No he podido identificar",
             "nicht erkennen")


@pytest.mark.parametrize(("language", "question", "follow_up"), [
    ("en", "is it waterproof?", "how much is it?"),
    ("fr", "c'est imperméable ?", "combien ça coûte ?"),
    ("es", "¿es impermeable?", "¿cuánto cuesta?"),
    ("de", "ist sie wasserdicht?", "wie viel kostet sie?"),
])
async def test_a_chat_opened_on_a_product_page_is_about_that_product(shop_service, language: str, question: str,
                                                                      follow_up: str) -> None:
    product_id, name = SHELL
    conversation = f"page-{language}"
    async with shop_service() as service:
        service.turn_deadline_s = COLD_TURN_S
        asked = await service.send(conversation, question, session_customer_id=MIA, page_product=product_id)
        price = await service.send(conversation, follow_up, session_customer_id=MIA)
    assert name in texts(asked), texts(asked)
    assert not any(words.lower() in texts(asked).lower() for words in NOT_NAMED), texts(asked)
    assert name in texts(price), texts(price)


async def test_a_page_product_the_catalog_does_not_hold_changes_nothing(shop_service) -> None:
    async with shop_service() as service:
        service.turn_deadline_s = COLD_TURN_S
        await service.send("page-none", "Tell me about the Chaz Kangeroo Hoodie (MH01).", session_customer_id=MIA)
        follow = await service.send("page-none", "how much is it?", session_customer_id=MIA, page_product="NOPE99")
    assert "Chaz Kangeroo Hoodie" in texts(follow), texts(follow)


async def test_naming_another_product_on_the_page_moves_the_focus(shop_service) -> None:
    async with shop_service() as service:
        service.turn_deadline_s = COLD_TURN_S
        other = await service.send("page-other", "and the Circe fleece, what colours does it come in?",
                                   session_customer_id=MIA, page_product=SHELL[0])
        again = await service.send("page-other", "how much is it?", session_customer_id=MIA)
    assert "Circe Hooded Ice Fleece" in texts(other) and SHELL[1] not in texts(other), texts(other)
    assert again.messages[-1]["cards"][0]["title"] == "Circe Hooded Ice Fleece"
