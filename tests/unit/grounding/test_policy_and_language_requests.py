"""Questions about the shop's rules, a yes to nothing and a request to switch language (fresh10 C2, C3, C11):
"what's the return window?" proposed a return, "ja" with nothing open opened a ticket, "parle moi en anglais stp"
showed a product."""

import pytest

from assistant.grounding.language_request import requested_language
from assistant.grounding.policy_questions import policy_question
from assistant.steps.chit_chat import chit_chat
from assistant.steps.handoff import _summary
from assistant.steps.receive import receive
from assistant.steps.routing import after_understanding
from assistant.steps.shop_policy import answer_policy_question, policy_reply, shop_policy
from tools.store.enums import EscalationReason

POLICY = [
    ("what's the return window?", "return_policy"),
    ("ok thanks. btw what is your return policy", "return_policy"),
    ("c'est quoi le délai de retour ?", "return_policy"),
    ("¿cuántos días tengo para devolver algo?", "return_policy"),
    ("Was sind eure Rückgabebedingungen?", "return_policy"),
    ("can I return stuff I got on sale?", "sale_returns"),
    ("les articles en solde peuvent être retournés ?", "sale_returns"),
    ("how long does a refund take", "refund_time"),
    ("otra cosa, cuanto tarda el reembolso?", "refund_time"),
    ("wie lange dauert die Erstattung?", "refund_time"),
    ("danke. kann ich mit paypal zahlen?", "payment_methods"),
    ("do you accept apple pay?", "payment_methods"),
    ("acceptez-vous les cartes visa ?", "payment_methods"),
    ("how long does shipping usually take", "shipping_time"),
    ("quels sont vos délais de livraison ?", "shipping_time"),
    ("¿cuánto tarda la entrega?", "shipping_time"),
    ("ok merci. vous livrez en belgique ?", "shipping_destinations"),
    ("do you ship internationally?", "shipping_destinations"),
    ("versendet ihr nach Österreich?", "shipping_destinations"),
    ("what's your cancellation policy?", "cancel_policy"),
    ("¿cuál es su política de cambios?", "exchange_policy"),
]
REQUESTS = [
    "I want to return the hoodie I bought on sale",
    "can you ship it to my work instead",
    "can you deliver to 12 Oak Lane, Portland OR 97201",
    "envoyez ma commande en attente au 9 Elm Street, Boston, MA 02108",
    "envíen mi pedido a Calle Mayor 5, Madrid",
    "can I pay the difference with my gift card?",
    "kann ich die Differenz mit der Geschenkkarte zahlen?",
    "how long until order #W1234567 ships?",
    "quiero devolver la camiseta",
    "where is my order?",
    "can i return the pants",
]


@pytest.mark.parametrize(("text", "topic"), POLICY)
def test_policy_questions_in_four_languages(text: str, topic: str) -> None:
    assert policy_question(text) == topic


@pytest.mark.parametrize("text", REQUESTS)
def test_requests_and_order_questions_are_not_policy_questions(text: str) -> None:
    assert policy_question(text) is None


def test_every_topic_is_answered_in_every_language_without_inventing_numbers() -> None:
    policy = shop_policy()
    for topic in policy.topics:
        for language in ("en", "fr", "es", "de"):
            answer = policy.answer(topic, language)
            assert answer and "{" not in answer
    # where the shop has no rule, no number is given and a person is offered
    for topic in ("shipping_time", "shipping_destinations"):
        answer = policy.answer(topic, "en")
        assert not any(c.isdigit() for c in answer) and "team" in answer
    assert "5-7 business days" in policy.answer("refund_time", "en")
    assert all(w in policy.answer("payment_methods", "en") for w in ("PayPal", "credit card", "gift card"))
    assert policy_reply("return_policy", "de")["facts"]["answer"].startswith("Artikel einer zugestellten Bestellung")


def _turn(text: str, intent: str, **state: object) -> dict:
    return {"incoming": {"text": text}, "intent": {"intent": intent, "confidence": 0.9, "slots": {}},
            "customer_id": "c", **state}


def test_a_policy_question_is_answered_from_the_rules_signed_in_or_not() -> None:
    assert after_understanding(_turn("what's the return window?", "return_item")) == "shop_policy"
    assert after_understanding(_turn("do you ship to Canada?", "product_question", customer_id=None)) == "shop_policy"
    # while a swap waits for the method paying its difference, the payment words answer the swap
    swap = {"intent": "modify_order", "slots": {"order_ids": ["#W1"]}}
    assert after_understanding(_turn("can I pay with paypal?", "modify_order", topic=swap)) != "shop_policy"
    # while a return waits for its yes: the rule is answered (never read as a yes); the refund's timing is the
    # proposal's own question
    waiting = {"tool": "return_delivered_order_items", "arguments": {}}
    assert after_understanding(_turn("ok, what's the return window?", "affirm", pending=waiting)) == "shop_policy"
    assert after_understanding(_turn("how long does the refund take?", "return_item", pending=waiting)) == "confirm"


async def test_a_proposal_waiting_for_its_yes_is_asked_again_after_the_rule() -> None:
    question = {"key": "confirm_return", "facts": {}, "quick_replies": ["Yes", "No"]}
    state = {**_turn("what's the return window?", "return_item"), "language": "en",
             "pending": {"tool": "return_delivered_order_items", "question": question}}
    update = await answer_policy_question(state)  # type: ignore[arg-type]
    assert [r["key"] for r in update["outbox"]] == ["policy_answer", "confirm_return"]


async def test_a_yes_to_nothing_asks_what_they_would_like_and_never_escalates() -> None:
    state = _turn("ja", "affirm", dissatisfaction=2)
    assert after_understanding(state) == "chit_chat"
    update = await chit_chat(state)  # type: ignore[arg-type]
    assert [r["key"] for r in update["outbox"]] == ["yes_to_nothing"] and "dissatisfaction" not in update
    assert after_understanding(_turn("this is useless", "out_of_scope", dissatisfaction=2)) == "escalate"


def test_the_ticket_summary_says_the_true_reason() -> None:
    state = {"transcript": [{"role": "customer", "text": "hmm nein warte"}]}
    assert _summary(state, EscalationReason.DISSATISFACTION).startswith("Escalated by the assistant")  # type: ignore[arg-type]
    assert _summary(state, EscalationReason.CUSTOMER_REQUEST).startswith("Customer asked for a person")  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "language"), [
    ("parle moi en anglais stp", "en"), ("can you answer in Spanish?", "es"), ("auf Deutsch bitte", "de"),
    ("en español por favor", "es"), ("tu peux me répondre en allemand ?", "de"), ("English please", "en"),
    ("können Sie mir auf Französisch antworten?", "fr"), ("¿me puedes hablar en inglés?", "en"),
])
def test_a_request_to_switch_language_names_it(text: str, language: str) -> None:
    assert requested_language(text) == language


@pytest.mark.parametrize("text", ["do you have it in french navy?", "what orders do I have?",
                                  "la veste est en anglais ?", "show me german hiking boots"])
def test_a_language_name_in_passing_is_no_request(text: str) -> None:
    assert requested_language(text) is None


def test_the_language_asked_for_holds_whatever_the_customer_writes_in() -> None:
    asked = receive({"incoming": {"text": "parle moi en anglais stp"}, "language": "fr"})  # type: ignore[typeddict-item]
    assert asked["language"] == "en" and asked["language_asked"] == "en"
    later = receive({"incoming": {"text": "c'est quoi le statut de mes commandes ?"}, "language": "en",  # type: ignore[typeddict-item]
                     "language_asked": "en"})
    assert later["language"] == "en"
    assert after_understanding(_turn("auf Deutsch bitte", "out_of_scope")) == "language_switch"


def test_a_return_asked_as_a_hypothesis_is_a_question_about_the_rules() -> None:
    from assistant.grounding.policy_questions import policy_question

    for text in ("if it shows up and I don't like it, could I send it back?",
                 "et si elle ne me va pas une fois reçue, je peux la renvoyer ?",
                 "si cuando llegue no me convence, ¿lo puedo devolver?",
                 "falls er mir nach der Lieferung nicht passt, kann ich ihn dann zurückgeben?"):
        assert policy_question(text) == "return_policy", text
    for text in ("I want to return the hoodie", "quiero devolver la cama", "if possible return W1234567 please"):
        assert policy_question(text) is None, text
