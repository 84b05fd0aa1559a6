"""A guest is asked only for the proof still missing, in their language (guest11, class 1), and "check my order"
in ordinary fr/es/de verbs asks where an order stands (class 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.grounding.order_follow_ups import asks_status_in_words
from assistant.steps.identity import ask_identity_key
from tools.verification import GuestClaim, GuestRule, missing_details

PROMPTS = Path(__file__).resolve().parents[3] / "prompts"
REPLY_FILES = {"en": "replies.v1.yaml", "fr": "replies_fr.v1.yaml", "es": "replies_es.v1.yaml",
               "de": "replies_de.v1.yaml"}
# how each reply names a detail it asks for
NAMED = {
    "en": {"email": "the email on your account", "order_id": "number of one of your orders", "zip_code": "zip code"},
    "fr": {"email": "l'e-mail de votre compte", "order_id": "numéro d'une de vos commandes", "zip_code": "code postal"},
    "es": {"email": "el correo de su cuenta", "order_id": "número de uno de sus pedidos", "zip_code": "código postal"},
    "de": {"email": "E-Mail-Adresse Ihres Kontos", "order_id": "Nummer einer Ihrer Bestellungen",
           "zip_code": "Postleitzahl"},
}
CLAIMS = [
    GuestClaim(order_id="#W5386730"),
    GuestClaim(email="mia@example.com", order_id="#W7807323"),
    GuestClaim(order_id="#W9154975", zip_code="78219"),
    GuestClaim(email="mia@example.com"),
    GuestClaim(zip_code="98151", first_name="Sofia", last_name="Davis"),
    GuestClaim(email="mia@example.com", zip_code="46227"),
]


def _replies(language: str) -> dict[str, str]:
    return yaml.safe_load((PROMPTS / REPLY_FILES[language]).read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", list(REPLY_FILES))
@pytest.mark.parametrize("claim", CLAIMS)
def test_the_ask_names_what_is_missing_and_nothing_given(language: str, claim: GuestClaim) -> None:
    missing = missing_details(claim, GuestRule.ORDER_PROOF)
    text = _replies(language)[ask_identity_key(GuestRule.ORDER_PROOF, missing)]
    for detail, words in NAMED[language].items():
        assert (words in text) is (detail in missing), (detail, text)


def test_nothing_given_asks_for_all_three_and_tau_keeps_its_rule() -> None:
    assert ask_identity_key(GuestRule.ORDER_PROOF, ["email", "order_id", "zip_code"]) == "ask_identity"
    assert ask_identity_key(GuestRule.ORDER_PROOF) == "ask_identity"
    assert ask_identity_key(GuestRule.TAU, ["zip_code"]) == "ask_identity_tau"


@pytest.mark.parametrize("text", [
    "je suis Ivan Santos, code postal 10264, vous pouvez verifier ma commande",
    "pourriez-vous regarder ma commande ?",
    "soy Amelia Ito, codigo postal 43268, me revisan mi pedido?",
    "¿pueden checar mi pedido?",
    "ich bin Sofia Ito, PLZ 19169, koennen sie meine bestellung pruefen",
    "Könnten Sie mal nach meiner Bestellung schauen?",
    "could you check on order #W3323013 for me?",
    "commande #W1436802 ça avance ?",
])
def test_check_my_order_asks_where_it_stands(text: str) -> None:
    assert asks_status_in_words(text)


@pytest.mark.parametrize("text", ["I want to check out", "vérifier la taille", "revisar la talla",
                                  "die Größe prüfen"])
def test_checking_something_else_is_no_status_question(text: str) -> None:
    assert not asks_status_in_words(text)
