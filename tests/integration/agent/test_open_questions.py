"""A question the assistant asked (a cancel reason, which order, a refund method) does not swallow the next
message: an answer is taken as the answer, a no ends the request with nothing changed, and a new request, a
product question or a question about the request is answered as itself instead of the question being asked again;
another order's status is answered beside the request, which then goes on."""

import pytest

from tests.conftest import Store
from tests.integration.agent.photos import customer_photo
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import Order

MIA = "demo_mia_novak"  # #D9000001 delivered (hoodie, top), #D9000002 pending (Stellar Solar Jacket M Blue)

CANCEL = {
    "en": "I'd like to cancel my pending order",
    "fr": "je voudrais annuler la commande en attente",
    "es": "quiero cancelar el pedido pendiente",
    "de": "ich möchte die offene Bestellung stornieren",
}
REASON_QUESTION = {
    "en": "Why would you like to cancel",
    "fr": "Pourquoi souhaitez-vous annuler",
    "es": "¿Por qué desea cancelar",
    "de": "Warum möchten Sie die Bestellung",
}
DECLINES = [
    ("en", "no wait, I'll keep it after all"),
    ("en", "forget it, I don't want to cancel anymore"),
    ("fr", "non en fait je la garde"),
    ("fr", "oubliez, je ne veux plus annuler"),
    ("es", "no, mejor me lo quedo"),
    ("es", "déjalo, ya no quiero cancelarlo"),
    ("de", "nein, ich behalte sie doch"),
    ("de", "vergiss es, ich will doch nicht stornieren"),
]
NEW_REQUESTS = [
    ("en", "actually, do you sell green hoodies?"),
    ("fr", "au fait, vous avez des sweats verts ?"),
    ("es", "¿tienen sudaderas verdes?"),
    ("de", "habt ihr grüne Kapuzenpullover?"),
]
OTHER_ORDER_STATUS = [
    ("en", "where is my delivered order #D9000001?"),
    ("fr", "et où en est ma commande livrée #D9000001 ?"),
    ("es", "¿y dónde está mi pedido #D9000001?"),
    ("de", "und wo ist eigentlich meine Bestellung #D9000001?"),
]




async def _status(shop: Store) -> OrderStatus:
    async with shop.sessions() as session:
        return (await session.get(Order, "#D9000002")).status


async def _asked_reason(service, conversation: str, language: str) -> None:
    asked = await service.send(conversation, CANCEL[language], session_customer_id=MIA)
    assert REASON_QUESTION[language] in texts(asked), texts(asked)


@pytest.mark.parametrize(("language", "decline"), DECLINES)
async def test_a_no_to_the_cancel_reason_ends_the_request(shop_service, shop: Store, language: str,
                                                          decline: str) -> None:
    async with shop_service() as service:
        await _asked_reason(service, "q-decline", language)
        reply = await service.send("q-decline", decline, session_customer_id=MIA)
        assert REASON_QUESTION[language] not in texts(reply), texts(reply)
        after = await service.send("q-decline", "ok", session_customer_id=MIA)
        assert REASON_QUESTION[language] not in texts(after), texts(after)
    assert await _status(shop) is OrderStatus.PENDING


@pytest.mark.parametrize(("language", "request_"), NEW_REQUESTS)
async def test_a_new_request_after_the_cancel_reason_question_is_answered(shop_service, shop: Store, language: str,
                                                                         request_: str) -> None:
    async with shop_service() as service:
        await _asked_reason(service, "q-new", language)
        reply = await service.send("q-new", request_, session_customer_id=MIA)
    assert REASON_QUESTION[language] not in texts(reply), texts(reply)
    assert await _status(shop) is OrderStatus.PENDING


@pytest.mark.parametrize(("language", "aside"), OTHER_ORDER_STATUS)
async def test_another_orders_status_is_answered_beside_the_open_question(shop_service, shop: Store, language: str,
                                                                          aside: str) -> None:
    """The status of another order, asked while the cancel reason is asked, is a question beside the request (the
    blind sets' customers go on with it): that order is answered first, about itself, then the reason is asked again."""
    async with shop_service() as service:
        await _asked_reason(service, "q-aside", language)
        reply = texts(await service.send("q-aside", aside, session_customer_id=MIA))
    assert "D9000001" in reply and REASON_QUESTION[language] in reply, reply
    assert reply.index("D9000001") < reply.index(REASON_QUESTION[language]), reply
    assert await _status(shop) is OrderStatus.PENDING


@pytest.mark.parametrize(("language", "hedge"), [("en", "umm not sure, maybe"), ("fr", "bof je sais pas, peut-être"),
                                                 ("de", "hmm weiß nicht, vielleicht")])
async def test_a_hedge_to_the_cancel_reason_writes_nothing(shop_service, shop: Store, language: str,
                                                           hedge: str) -> None:
    """The hedge writes nothing and the question is asked again; it says what a plain yes does, so a yes after it
    is an answer to that question (the cancellation, covered by `test_the_reason_still_answers_the_question`)."""
    async with shop_service() as service:
        await _asked_reason(service, "q-hedge", language)
        again = await service.send("q-hedge", hedge, session_customer_id=MIA)
    assert REASON_QUESTION[language] in texts(again), texts(again)
    assert await _status(shop) is OrderStatus.PENDING


async def test_the_reason_still_answers_the_question(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        await _asked_reason(service, "q-answer", "fr")
        proposal = await service.send("q-answer", "je n'en ai plus besoin", session_customer_id=MIA)
        assert proposal.messages[-1]["quick_replies"], texts(proposal)
        await service.send("q-answer", "oui", session_customer_id=MIA)
    assert await _status(shop) is OrderStatus.CANCELLED


async def test_a_photo_complaint_after_the_cancel_reason_question_starts_the_complaint(shop_service, shop: Store,
                                                                                     ) -> None:
    async with shop_service() as service:
        await _asked_reason(service, "q-photo", "en")
        reply = await service.send("q-photo", "the hoodie I got is torn, look", session_customer_id=MIA,
                                   photo_bytes=customer_photo("m/h/mh01-black_main.jpg", tear=True))
    assert REASON_QUESTION["en"] not in texts(reply), texts(reply)
    assert await _status(shop) is OrderStatus.PENDING



@pytest.mark.parametrize("refinement", ["¿y en azul?", "algo más barato?"])
async def test_a_refinement_after_the_which_order_question_refines_the_products(shop_service, refinement: str
                                                                               ) -> None:
    async with shop_service() as service:
        shown = await service.send("q-which", "busco sudaderas de hombre", session_customer_id=MIA)
        assert shown.messages[-1].get("cards"), texts(shown)
        asked = await service.send("q-which", "quiero cambiar la dirección de un pedido", session_customer_id=MIA)
        assert "¿De qué pedido se trata?" in texts(asked) or "#D9000002" in texts(asked), texts(asked)
        reply = await service.send("q-which", refinement, session_customer_id=MIA)
    assert "¿De qué pedido se trata?" not in texts(reply), texts(reply)
    assert reply.messages[-1].get("cards"), texts(reply)
