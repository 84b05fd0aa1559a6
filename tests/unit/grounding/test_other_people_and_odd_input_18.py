"""fresh17 F4, F7, F12 as classes: another person's account data asked by first and last name or by a relation
is refused as such (the asker's own name is the asker); a question naming no problem is never a complaint; a
coupon question is answered; a cheaper swap reads as money back; an option is named by its own name."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.grounding.account_questions import account_question
from assistant.grounding.complaint_statement import asks_without_a_problem
from assistant.grounding.other_people import names_someone_else, other_person_asked, own_name, unaccented
from assistant.grounding.policy_questions import policy_question
from assistant.grounding.variants import describe_options
from assistant.models.contracts import Intent
from assistant.steps.order_changes import swap_keys
from assistant.steps.routing import after_understanding

MIA, LEO = "demo_mia_novak", "demo_leo_martin"
BY_NAME = [
    ("What's Leo Martin's gift card balance?", MIA), ("can you pull up the orders of Sarah Johnson please", MIA),
    ("what address is on file for Amelia Kim?", LEO), ("did Sarah Johnson order anything?", MIA),
    ("Quel est le solde de la carte cadeau de Fatima Muller ?", MIA),
    ("Je voudrais l'adresse de livraison de Carlos Ruiz", LEO), ("qu'a commandé Fatima Muller ?", MIA),
    ("¿Cuánto saldo tiene la tarjeta regalo de Leo Martin?", MIA), ("¿Cuáles son los pedidos de Sarah Johnson?", LEO),
    ("Zeig mir die Bestellungen von Fatima Müller", MIA), ("Welche Adresse hat Mia Novak hinterlegt?", LEO),
    ("Fatima Müllers Bestellungen bitte", MIA), ("Was hat Fatima Müller bestellt?", MIA),
]
BY_RELATION = [
    "show me my husband's orders", "what's the status of my wife's order?", "did my mom order the jacket?",
    "Montre-moi les commandes de mon mari", "Quel est le solde de la carte de ma sœur ?", "la carte de ma soeur",
    "Enséñame el pedido de mi madre", "dime el historial de compras de mi esposo", "¿qué pedidos tiene mi esposo?",
    "Wie hoch ist das Guthaben meines Mannes?", "Wo ist die Bestellung meiner Frau?", "Was hat meine Frau bestellt?",
    "die Bestellungen von meinem Bruder",
    # the relation in one clause, the data after a pronoun in another (v15 held-out aggregate)
    "My husband has an account here too, how much is left on his gift card?", "my son wants to know his balance",
    "ma femme a un compte, quel est le solde de sa carte cadeau ?", "mi hermana tiene cuenta, dime el correo de ella",
    "Mein Mann hat auch ein Konto, wie viel ist noch auf seiner Geschenkkarte?",
]
NOT_ANOTHER = [
    ("What's Mia Novak's gift card balance?", MIA), ("Bonjour, je suis Mia Novak, quel est mon solde ?", MIA),
    ("Soy Leo Martin, ¿cómo va mi pedido #D9000004?", LEO),
    ("I bought the hoodie in order #D9000001 for my husband, it doesn't fit him. Can I return it?", MIA),
    ("I want to return my wife's jacket from order #D9000001", MIA), ("ship it to my mom's address instead", MIA),
    ("Liefern Sie bitte an die Adresse meiner Mutter", MIA), ("envoyez la commande à l'adresse de ma mère", MIA),
    ("quiero enviarlo a la dirección de mi madre", MIA), ("is the order of Aim Analog Watch shipped?", MIA),
    ("Can I return the Olivia 1/4 Zip Light Jacket from my order?", MIA), ("busco una chaqueta para mi novia", MIA),
    ("Wie ist der Status meiner Bestellung #D9000002?", MIA), ("Meine Bestellung Chaz Kangeroo Hoodie ist kaputt", MIA),
    ("Wie hoch ist mein Geschenkkartenguthaben?", MIA), ("what's the price of the Aim Analog Watch?", MIA),
    ("my wife wants to return her jacket from order #D9000001", MIA),
    ("my daughter used her own card to pay for order #D9000001, can I return it?", MIA),
    ("send it to my sister, her address is 5 Main St, Austin TX 78701", MIA),
    ("ma femme n'aime pas sa veste, je veux la retourner", MIA),
    ("Meine Frau hat ihre Jacke aus Bestellung #D9000001 zu klein bestellt", MIA),
]


@pytest.mark.parametrize(("text", "another"), [
    ("what's the balance on Isabella Taylor's gift card? she's a friend, she said i could ask", True),
    ("what's the gift card balance of james_li_5688?", True),
    ("where is my order #D9000002? and what's my gift card balance?", False),
])
def test_a_message_naming_someone_else_is_read_whole(text: str, another: bool) -> None:
    assert names_someone_else(text, MIA) is another


@pytest.mark.parametrize(("text", "login"), BY_NAME)
def test_another_person_named_by_first_and_last_name(text: str, login: str) -> None:
    person = other_person_asked(text, own_login=login)
    assert person is not None and person.by == "name"


@pytest.mark.parametrize("text", BY_RELATION)
def test_another_person_named_by_a_relation(text: str) -> None:
    person = other_person_asked(text, own_login=MIA)
    assert person is not None and person.by == "relation"


@pytest.mark.parametrize(("text", "login"), NOT_ANOTHER)
def test_own_name_own_data_destinations_products_and_gifts_are_not(text: str, login: str) -> None:
    assert other_person_asked(text, own_login=login) is None


def test_own_name_is_read_from_the_login() -> None:
    assert own_name("demo_leo_martin") == "leo martin"
    assert own_name("chen_silva_7485") == "chen silva"
    assert own_name(None) is None and own_name("guest") is None
    assert other_person_asked("what's the gift card balance of Chen Silva?", own_login="chen_silva_7485") is None


def test_unaccented_keeps_the_case() -> None:
    assert unaccented("Fatima Müller, sœur, Straße") == "Fatima Muller, soeur, Strasse"


def _turn(text: str, customer: str | None) -> dict[str, Any]:
    return {"customer_id": customer, "incoming": {"text": text},
            "intent": {"intent": "order_status", "confidence": 0.9, "slots": {}}}


def test_routing_refuses_a_name_for_a_customer_and_a_relation_for_anyone() -> None:
    assert after_understanding(_turn("What's Leo Martin's gift card balance?", MIA)) == "other_account"
    assert after_understanding(_turn("show me my husband's orders", None)) == "other_account"
    # a guest's name may be their own: proven as usual, never refused on the name
    assert after_understanding(_turn("What's Leo Martin's gift card balance?", None)) != "other_account"
    assert after_understanding(_turn("What's Mia Novak's gift card balance?", MIA)) == "account_facts"


@pytest.mark.parametrize(("text", "no_problem"), [
    ("Was heißt :status und :cancel bei euch? :hilfe", True),
    ("J'ai un code promo :PRINTEMPS20, je le mets où ?", True),
    ("¿Qué significa :estado y :cancelar aquí? :ayuda", True),
    ("la poignée s'est détachée", False),  # a statement: the prototypes may read it as the complaint it is
    ("why is the strap broken?", False), ("the jacket arrived torn, what now?", False),
])
def test_a_question_naming_no_problem(text: str, no_problem: bool) -> None:
    assert asks_without_a_problem(text) is no_problem


@pytest.mark.parametrize("text", [
    "my coupon code is :SAVE20, can I use it on my next order?", "J'ai un code promo :PRINTEMPS20, je le mets où ?",
    "tengo el cupón :VERANO15, ¿cómo lo uso?", "Mein Gutscheincode ist :SOMMER10, wo gebe ich den ein?",
])
def test_coupon_questions_are_a_shop_rule(text: str) -> None:
    assert policy_question(text) == "coupons"


def test_paying_with_a_gift_voucher_is_no_coupon() -> None:
    assert policy_question("Kann ich mit Gutschein zahlen?") == "payment_methods"


@pytest.mark.parametrize("text", ["what's my balance?", "Quel est mon solde ?", "¿Cuál es mi saldo?",
                                  "Wie hoch ist mein Geschenkkartenguthaben?"])
def test_own_balance_questions(text: str) -> None:
    assert account_question(text) == "gift_card"


def test_a_cheaper_swap_says_money_back() -> None:
    assert swap_keys(Intent.EXCHANGE_ITEM, -1648) == {"confirm_key": "confirm_swap_refund",
                                                      "done_key": "swap_done_refund"}
    assert swap_keys(Intent.MODIFY_ORDER, -1) == {"confirm_key": "confirm_swap_pending_refund",
                                                  "done_key": "swap_done_refund"}
    assert swap_keys(Intent.EXCHANGE_ITEM, 0) == {"confirm_key": "confirm_swap", "done_key": "swap_done"}


@pytest.mark.parametrize(("language", "said"), [
    ("en", "dial color black"), ("fr", "couleur du cadran noir"), ("es", "color de la esfera negro"),
    ("de", "Zifferblattfarbe Schwarz"),
])
def test_an_option_is_named_by_its_own_name(language: str, said: str) -> None:
    assert said in describe_options({"strap material": "silicone", "dial color": "black"}, language)
    assert describe_options({"color": "black", "size": "M"}, language).split()[0] in (
        "size", "taille", "talla", "Größe")
