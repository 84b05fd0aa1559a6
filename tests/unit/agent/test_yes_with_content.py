"""A reply to a proposal that opens with a yes and goes on in words of its own (dialogue-classes-14): a yes when the
proposal's data does not contradict the words; never when they hedge, set a condition, ask, or name something else."""

from __future__ import annotations

import pytest

from assistant.consent import explicit_answer
from assistant.consent_details import yes_then_more
from assistant.grounding.candidates import Candidate, read_answer
from assistant.state import Pending
from assistant.steps.proposal_questions import yes_naming_a_method
from assistant.steps.yes_with_details import yes_with_content

CANCEL: Pending = {  # type: ignore[typeddict-item]
    "tool": "cancel_pending_order", "arguments": {"order_id": "#W7905419", "reason": "no longer needed"},
    "reply_facts": {"order_id": "#W7905419", "reason": "no longer needed", "amount": "$412.10"}}
SWAP: Pending = {  # type: ignore[typeddict-item]
    "tool": "exchange_delivered_order_items",
    "arguments": {"order_id": "#W3388163", "item_ids": ["9354168549"], "new_item_ids": ["3799046073"],
                  "payment_method_id": "paypal_5334408"},
    "reply_facts": {"order_id": "#W3388163", "item": "T-Shirt", "old_options": "colour red",
                    "new_options": "colour black", "difference": "$6.42"}}


@pytest.mark.parametrize("text", [
    "yes and send me the confirmation by email", "yes cancel it, i don't need it anymore", "k thx, appreciate it",
    "yes cancel order #W7905419 please", "sí, cancélalo porque ya no lo necesito", "dale, mándame el comprobante",
    "ja bitte, storniere sie, brauche sie nicht mehr", "passt, danke dir, brauch sie echt nicht mehr",
    "c'est bon pour moi, envoyez-moi la confirmation",
    "oui, merci beaucoup pour votre aide", "jo mach, und schick mir eine Bestätigung",
])
def test_a_yes_with_words_of_its_own_is_a_yes_to_a_cancellation(text: str) -> None:
    assert yes_with_content(text, CANCEL)


def test_a_yes_with_thanks_only_is_a_plain_yes() -> None:
    assert explicit_answer("passt, danke dir!", tool="cancel_pending_order") == "yes"
    assert yes_then_more("passt, danke dir!", tool="cancel_pending_order") is None


@pytest.mark.parametrize("text", [
    # hedges, conditions, question tags
    "yes if it's free", "oui si c'est gratuit", "sí, siempre que no me cobren nada", "ja, wenn es nichts kostet",
    "yes as long as the refund is full", "oui mais d'abord dites-moi quand", "sí pero espera", "ja, aber erst morgen",
    "yes, it ships tomorrow or not", "ya salió el pedido o todavía no",
    # noes and negated actions, questions
    "yeah no thanks", "ja, nicht stornieren", "nee, lass mal", "yes, when does the refund arrive?",
    # something besides the proposal
    "yes cancel order #W1234567 too", "yes, and the other one", "yes, return the headphones",
    # no opening yes
    "send me the email, yes", "thank you for your help",
])
def test_no_write_from_a_hedge_a_condition_a_no_or_something_else(text: str) -> None:
    assert not yes_with_content(text, CANCEL)


def test_a_swap_yes_naming_another_colour_or_product_is_no_yes() -> None:
    assert yes_with_content("hazlo porfa, me encanta la negra", SWAP)
    assert yes_with_content("yes, the black one is great, thanks a lot", SWAP)
    assert not yes_with_content("yes, but in blue", SWAP)
    assert not yes_with_content("yes, in blue please thanks", SWAP)
    assert not yes_with_content("yes and swap the kettle too", SWAP)


def test_own_words_are_returned_for_grounding() -> None:
    assert yes_then_more("ja bitte, der gefällt mir nicht", tool="return_delivered_order_items") == [
        "gefallt", "mir", "nicht"]
    assert yes_then_more("yes", tool="cancel_pending_order") is None  # a plain yes is read elsewhere


def test_a_yes_naming_the_method_may_say_more() -> None:
    assert yes_naming_a_method("sí, y la diferencia me la cobras con paypal", "exchange_delivered_order_items")
    assert not yes_naming_a_method("yes, in red, with paypal", "exchange_delivered_order_items")
    # "yes, but on paypal" agrees and says where the money goes (checked against the proposal and the policy by
    # `steps/method_with_yes.py`); "but not the visa" rules a method out and is no yes
    assert yes_naming_a_method("sí, pero con paypal", "exchange_delivered_order_items")
    assert not yes_naming_a_method("yes, but not the visa", "exchange_delivered_order_items")
    assert yes_naming_a_method("gift card is fine, go ahead", "return_delivered_order_items")


ORDERS = [Candidate(key="#W4296426", names=["Water Bottle"], number="4296426", price_cents=4776),
          Candidate(key="#W3381155", names=["Wireless Earbuds"], number="3381155", price_cents=25903)]


@pytest.mark.parametrize(("text", "chosen"), [
    ("the one for 259.03", "#W3381155"), ("celle de 47,76", "#W4296426"), ("el de 259,03 $", "#W3381155"),
    ("die über 47.76", "#W4296426"), ("the $259 one", "#W3381155"),
])
def test_which_order_answered_by_its_total(text: str, chosen: str) -> None:
    assert read_answer(text, ORDERS).chosen == chosen


@pytest.mark.parametrize("text", [
    "ok, let me check with my wife", "oui, laissez-moi voir avec mon mari", "vale, déjame consultarlo con mi pareja",
    "ja, lass mich kurz mit meiner Frau reden", "ok and when do I get it", "sí, y cuándo llega el reembolso",
])
def test_a_deferral_or_a_question_after_the_yes_writes_nothing(text: str) -> None:
    assert not yes_with_content(text, CANCEL)
