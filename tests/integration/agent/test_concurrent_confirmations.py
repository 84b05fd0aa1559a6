"""The same confirmation sent several times at once (four clicks on one "Sí" button, a double tap) is answered
once: one write, one "done" reply, and every copy told it was sent again while the first was answered (attack20 A3:
the write was single but the chat showed the done reply four times). A copy with its own message id is a new message:
never told "I already answered this message" (attack24 A24-7). Other words sent at once still run, one after the other.
Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from tests.conftest import Store
from tests.integration.agent.reply_text import texts
from tools.store.enums import OrderStatus
from tools.store.tables import Order, PaymentTransaction

ETHAN, ORDER = "ethan_lopez_6291", "#W6779827"  # pending, paid with a gift card
LEI, LEIS_ORDER = "lei_wilson_4541", "#W3826449"  # pending
ALREADY = {"es": "Ya respondí a este mensaje", "de": "Auf diese Nachricht habe ich oben schon geantwortet",
           "fr": "J'ai déjà répondu à ce message", "en": "I already answered this message"}
SENT_AGAIN = {"es": "Envió el mismo mensaje otra vez", "de": "Sie haben dieselbe Nachricht noch einmal gesendet",
              "fr": "Vous avez renvoyé le même message", "en": "You sent the same message again"}


async def _order(store: Store, order_id: str) -> tuple[OrderStatus, int]:
    async with store.sessions() as session:
        status = (await session.get(Order, order_id)).status
        rows = await session.scalar(select(func.count()).select_from(PaymentTransaction)
                                    .where(PaymentTransaction.order_id == order_id))
        return status, int(rows or 0)


async def _at_once(service, conversation: str, customer: str, words: list[str]) -> list[str]:  # noqa: ANN001
    sends = [service.send(conversation, text, session_customer_id=customer, message_id=f"{conversation}-{n}")
             for n, text in enumerate(words)]
    return [texts(result) for result in await asyncio.gather(*sends)]


async def test_four_clicks_on_si_cancel_once_and_say_done_once(service_factory, store: Store) -> None:  # noqa: ANN001
    _status, payments = await _order(store, ORDER)
    async with service_factory() as service:
        asked = await service.send("c-es", "Quiero anular el pedido #W6779827, me equivoqué al pedirlo",
                                   session_customer_id=ETHAN, message_id="ask")
        assert asked.messages[-1]["quick_replies"] == ["Sí", "No"], texts(asked)

        replies = await _at_once(service, "c-es", ETHAN, ["Sí"] * 4)

    done = [reply for reply in replies if "cancelado" in reply]
    assert len(done) == 1, replies
    assert sum(SENT_AGAIN["es"] in reply for reply in replies) == 3, replies
    assert not any(ALREADY["es"] in reply for reply in replies), replies
    status, rows = await _order(store, ORDER)
    assert status is OrderStatus.CANCELLED
    assert rows == 2 * payments  # each payment refunded once


async def test_a_double_tapped_ja_says_done_once(service_factory, store: Store) -> None:  # noqa: ANN001
    async with service_factory() as service:
        asked = await service.send("c-de", "Bitte storniere meine Bestellung #W6779827, ich brauche sie nicht mehr",
                                   session_customer_id=ETHAN, message_id="ask")
        assert asked.messages[-1]["quick_replies"] == ["Ja", "Nein"], texts(asked)

        replies = await _at_once(service, "c-de", ETHAN, ["ja", "Ja"])

    assert sum(SENT_AGAIN["de"] in reply for reply in replies) == 1, replies
    assert not any(ALREADY["de"] in reply for reply in replies), replies
    assert sum("storniert" in reply for reply in replies) == 1, replies
    assert (await _order(store, ORDER))[0] is OrderStatus.CANCELLED


async def test_different_words_sent_at_once_are_all_answered(service_factory, store: Store) -> None:  # noqa: ANN001
    """Near miss: a yes and a question sent together are two messages; neither is taken for a repeat."""
    async with service_factory() as service:
        asked = await service.send("c-fr", "Je voudrais annuler ma commande #W3826449, je n'en ai plus besoin",
                                   session_customer_id=LEI, message_id="ask")
        assert asked.messages[-1]["quick_replies"] == ["Oui", "Non"], texts(asked)

        replies = await _at_once(service, "c-fr", LEI, ["Oui", "Quelles sont mes commandes ?"])

    assert not any(ALREADY["fr"] in reply or SENT_AGAIN["fr"] in reply for reply in replies), replies
    assert "annulée" in replies[0], replies
    assert (await _order(store, LEIS_ORDER))[0] is OrderStatus.CANCELLED


async def test_the_same_words_sent_again_after_the_answer_are_a_new_message(service_factory, store: Store
                                                                              ) -> None:  # noqa: ANN001
    """Near miss: a yes sent once the first was answered is read as usual (nothing is open), not as a repeat."""
    async with service_factory() as service:
        await service.send("c-en", "please cancel order #W6779827, I ordered it by mistake",
                           session_customer_id=ETHAN, message_id="ask")
        first = texts(await service.send("c-en", "yes", session_customer_id=ETHAN, message_id="yes-1"))
        second = texts(await service.send("c-en", "yes", session_customer_id=ETHAN, message_id="yes-2"))

    assert "cancelled" in first
    assert ALREADY["en"] not in second and SENT_AGAIN["en"] not in second and "cancelled" not in second, second


async def test_yes_sent_three_times_at_once_in_english_and_french_are_told_sent_again(service_factory, store: Store
                                                                                     ) -> None:  # noqa: ANN001
    """attack24 A24-7: new message ids repeating a yes being answered are told so, one cancellation in all."""
    async with service_factory() as service:
        await service.send("c-en3", "Cancel order #W6779827, I no longer need it.", session_customer_id=ETHAN,
                           message_id="ask")
        replies = await _at_once(service, "c-en3", ETHAN, ["yes", "yes", "Yes"])
        await service.send("c-fr3", "Annulez la commande #W3826449, je n'en ai plus besoin.", session_customer_id=LEI,
                           message_id="ask")
        french = await _at_once(service, "c-fr3", LEI, ["oui", "Oui"])

    assert sum("cancelled" in reply for reply in replies) == 1, replies
    assert sum(SENT_AGAIN["en"] in reply for reply in replies) == 2, replies
    assert sum(SENT_AGAIN["fr"] in reply for reply in french) == 1, french
    assert not any(ALREADY["en"] in reply for reply in replies) and not any(ALREADY["fr"] in r for r in french)
