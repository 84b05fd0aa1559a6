"""A yes followed by a negation, a retraction or a joke is never consent, also where a yes may carry words of its
own; a yes that reaches to all the customer's orders is "one order at a time" (attack11, F1 and F2)."""

from __future__ import annotations

import pytest

from assistant.consent import explicit_answer
from assistant.state import Pending
from assistant.steps.yes_and_another import every_order_with_yes, one_order_at_a_time
from assistant.steps.yes_with_details import yes_restating_the_proposal, yes_with_content

CANCEL: Pending = {  # type: ignore[typeddict-item]
    "tool": "cancel_pending_order", "arguments": {"order_id": "#W7905419", "reason": "no longer needed"},
    "reply_facts": {"order_id": "#W7905419", "reason": "no longer needed", "amount": "$412.10"}}
RETURN: Pending = {  # type: ignore[typeddict-item]
    "tool": "return_delivered_order_items",
    "arguments": {"order_id": "#D9000003", "item_ids": ["1"], "payment_method_id": "paypal_1"},
    "reply_facts": {"order_id": "#D9000003", "items": ["Caesar Warm-Up Pant"], "amount": "$35.00"}}

TAKEN_BACK = [
    # a negation standing alone after the yes
    "yes, never", "yes — not", "yes... NOT", "yes – never", "oui, jamais", "sí, nunca", "sí, jamás", "ja, niemals",
    "ja, nie", "ja wohl kaum",
    # irony and jokes
    "yes lol jk", "yes, in your dreams", "yeah right", "yes, just kidding", "sure, when pigs fly",
    "oui, tu parles", "oui, jamais de la vie", "oui, pas du tout", "oui... je rigole", "oui, même pas en rêve",
    "sí, seguro, ni en sueños", "sí... es broma", "sí, ni de broma", "ja, von wegen", "ja... nur Spaß",
    "ja, träum weiter", "ja, nie im Leben",
    # a change of mind after the yes
    "sí, he cambiado de opinión", "yes, changed my mind", "oui, j'ai changé d'avis",
    "ja, ich hab es mir anders überlegt",
    # a yes hung on a condition (attack16 F1: "oui si …" and "sí si …" cancelled the order)
    "oui si le remboursement dépasse 50 000 $", "oui seulement si c'est remboursé sur une carte cadeau",
    "sí si el reembolso supera 50.000 $", "sí, sólo si me devuelven todo", "si solo si el total es correcto",
    "yes only if the refund is over $5000", "ja, aber nur wenn alles erstattet wird",
]


@pytest.mark.parametrize("text", TAKEN_BACK)
@pytest.mark.parametrize("pending", [CANCEL, RETURN], ids=["cancel", "return"])
def test_a_yes_taken_back_is_no_consent(text: str, pending: Pending) -> None:
    assert explicit_answer(text, tool=pending["tool"]) != "yes"
    assert not yes_with_content(text, pending)
    assert not yes_restating_the_proposal(text, pending)


@pytest.mark.parametrize("text", [
    "yes please, I don't need it anymore", "yes, I do not need it", "oui, je n'en ai plus besoin",
    "sí, ya no lo necesito", "sí, cancélalo porque ya no lo necesito", "ja bitte, ich brauche sie nicht mehr",
    "ja bitte, der gefällt mir nicht",
])
def test_a_yes_with_a_reason_of_its_own_still_confirms(text: str) -> None:
    assert explicit_answer(text, tool="cancel_pending_order") == "yes" or yes_with_content(text, CANCEL)


@pytest.mark.parametrize("text", ["yes, cancel it, thanks", "oui, annulez-la, merci", "sí, cancélelo, gracias",
                                  "ja, stornieren Sie sie, danke", "oui, pas de souci", "yes", "ja",
                                  "si, cancelalo", "si porfa hazlo"])
def test_plain_yeses_stay_yes(text: str) -> None:
    assert explicit_answer(text, tool="cancel_pending_order") == "yes"


@pytest.mark.parametrize("text", ["no, I changed my mind", "ni de broma", "he cambiado de opinión", "never",
                                  "hab's mir anders überlegt, nein", "nein, nichts ändern"])
def test_refusals_stay_refusals(text: str) -> None:
    assert explicit_answer(text, tool="cancel_pending_order") == "no"


@pytest.mark.parametrize("text", [
    "yes, cancel all my orders", "yes, and cancel every order I have", "oui, annulez toutes mes commandes",
    "sí, cancele todos mis pedidos", "ja, stornieren Sie alle meine Bestellungen",
    "ja, und alle Bestellungen stornieren",
])
def test_a_yes_to_every_order_is_one_order_at_a_time(text: str) -> None:
    assert every_order_with_yes(text, CANCEL)
    assert explicit_answer(text, tool="cancel_pending_order") != "yes"
    reply = one_order_at_a_time(CANCEL, None)
    assert reply["key"] == "one_order_at_a_time_others" and reply["facts"] == {"order_id": "#W7905419"}


@pytest.mark.parametrize("text", ["yes, cancel the order", "yes cancel order #W7905419 please", "oui, annulez-la"])
def test_a_yes_naming_the_one_order_is_not_every_order(text: str) -> None:
    assert not every_order_with_yes(text, CANCEL)
