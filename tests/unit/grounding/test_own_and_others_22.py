"""issue 17 (attack20 A4, A5, A9, fresh20 F7) as a class: a person named in one clause and asked about with a
pronoun in the next is another person, refused once, and the customer's own request beside it goes on (a balance,
an order list, a status, a write); a relative as context for the customer's own data is no other person; another
customer's payment-method id is never answered with the customer's own; an order number not on the account beside
the customer's own gets its line; a refused file with photo words asks for a readable photo. Phrasings not in the
suite `own-and-others-22`."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.grounding.other_people import asks_them_again, clauses_about_them, other_person_asked
from assistant.grounding.payments import typed_method_ids
from assistant.grounding.photo_words import names_a_photo
from assistant.steps.orders_not_theirs import with_orders_not_theirs
from assistant.steps.photo_refused import photo_words_without_photo
from assistant.steps.routing import after_understanding
from assistant.steps.side_question_reading import _other_person_beside_a_request

MIA, LEO = "demo_mia_novak", "demo_leo_martin"


@pytest.mark.parametrize(("text", "going_on"), [
    ("my neighbour orders here too. did his shipment go out? and what's left on my gift card?",
     "what's left on my gift card?"),
    ("mon père a aussi un compte, qu'a-t-il commandé ? et montre-moi mes commandes", "montre-moi mes commandes"),
    ("mi abuela también compra aquí, ¿ya le llegó su paquete? y cancela mi pedido #D9000002 porque ya no lo necesito",
     "cancela mi pedido #D9000002"),
    ("Meine Schwester kauft auch bei euch, was hat sie bestellt? Und welche Zahlungsarten habe ich?",
     "welche Zahlungsarten habe ich?"),
])
def test_a_person_named_then_a_pronoun_beside_an_own_request(text: str, going_on: str) -> None:
    split = _other_person_beside_a_request(text, MIA)
    assert split is not None and going_on in split.request
    assert [question.kind for question in split.questions] == ["other_person"]  # one refusal, however many clauses


@pytest.mark.parametrize(("text", "login"), [
    ("I'm Mia Novak's husband, what did she order?", LEO), ("Je suis le frère de Leo, où en est son colis ?", MIA),
    ("Soy el hijo de Mia, ¿qué compró?", LEO), ("Ich bin der Mann von Mia Novak, was hat sie bestellt?", LEO),
    ("my cousin has an account too, where's her parcel?", MIA),
])
def test_named_then_asked_with_a_pronoun_alone_is_refused_whole(text: str, login: str) -> None:
    assert other_person_asked(text, own_login=login) is not None
    assert _other_person_beside_a_request(text, login) is None  # nothing of the customer's own to go on with


@pytest.mark.parametrize("text", [
    "my husband bought this for me with my account, where is order #D9000002?",
    "I bought a gift for my dad, order #D9000002, has his order shipped?",  # the order the customer numbers
    "mon fils m'a offert une carte cadeau, quel est mon solde ?",
    "mi hermano me regaló esto, ¿dónde está mi pedido?",
    "meine Tochter hat mir das bestellt, wo ist meine Bestellung?",
])
def test_a_relative_as_context_for_the_customers_own_data(text: str) -> None:
    assert other_person_asked(text, own_login=MIA) is None
    assert all(how is None for _, how in clauses_about_them(text, MIA))


@pytest.mark.parametrize(("text", "theirs"), [
    ("and what about hers?", True), ("and what's in theirs?", True), ("et les siens ?", True),
    ("¿y la suya qué tiene?", True), ("und was war in ihrer drin?", True), ("what did he buy?", True),
    ("qu'est-ce qu'elle a acheté ?", True), ("¿qué pidió?", True), ("was hatte er gekauft?", True),
    ("what did I buy?", False), ("¿qué pedí?", False), ("was habe ich bestellt?", False),
])
def test_pronouns_without_a_data_word(text: str, theirs: bool) -> None:
    assert asks_them_again(text) is theirs


def test_typed_method_ids_are_the_customers_or_not() -> None:
    methods = [{"id": "gift_card_9000001", "source": "gift_card"}, {"id": "credit_card_9000001"}]
    assert typed_method_ids("balance of GIFT_CARD_9000001 and gift_card_4855547?", methods) == (
        ["gift_card_9000001"], ["gift_card_4855547"])
    assert typed_method_ids("what's my gift card balance?", methods) == ([], [])


@pytest.mark.parametrize(("text", "photo"), [
    ("see the attached pic", True), ("ci-joint une capture", True), ("te adjunto la imagen", True),
    ("hier ein Foto vom Schaden", True), ("where is my order?", False), ("imaginez", False),
])
def test_photo_words(text: str, photo: bool) -> None:
    assert names_a_photo(text) is photo


def _incoming(text: str, refused: bool) -> dict[str, Any]:
    return {"customer_id": LEO, "incoming": {"text": text, "photo_refused": refused}, "transcript": [],
            "intent": {"intent": "recommend", "confidence": 0.9, "slots": {}}}


def test_a_refused_file_with_photo_words_asks_for_a_readable_photo() -> None:
    assert after_understanding(_incoming("voilà une photo de mon souci", True)) == "photo_refused"  # type: ignore[arg-type]
    assert not photo_words_without_photo(_incoming("voilà une photo de mon souci", False))  # type: ignore[arg-type]
    # an order named goes on to that order's flow
    assert not photo_words_without_photo(_incoming("photo of the damage on #D9000003", True))  # type: ignore[arg-type]


class _Orders:
    async def orders(self) -> list[dict[str, Any]]:
        return [{"order_id": "#D9000001"}, {"order_id": "#D9000002"}]


async def test_an_order_not_on_the_account_beside_an_own_one_gets_its_line() -> None:
    state: Any = {"incoming": {"text": "where are #D9000001 and W1234567?"}, "outbox": []}
    said = {"outbox": [{"key": "order_status", "facts": {"order_id": "#D9000001"}}], "topic": None}
    result = await with_orders_not_theirs(state, _Orders(), said)  # type: ignore[arg-type]
    assert result["outbox"][-1] == {"key": "orders_not_on_account", "facts": {"numbers": "#W1234567"}}
    alone: Any = {"incoming": {"text": "where is #W1234567?"}, "outbox": []}
    assert await with_orders_not_theirs(alone, _Orders(), said) == said  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["send it to my sister, her address is 5 Main St, Austin TX 78701",
                                  "ship it to my mum, what is her address?",
                                  "envoie-le à ma sœur, son adresse est 3 rue de la Paix"])
def test_a_person_named_as_where_something_goes_is_no_data_question(text: str) -> None:
    assert all(how is None for _, how in clauses_about_them(text, MIA))
