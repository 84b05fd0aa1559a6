"""A pending order's payment switch told as it is (payment29): the order's total charged to the new method and the
old method's payment refunded, in the question a yes answers, in the done line, and when the amount or the refund's
timing is asked before or after the yes; a gift card short of the total with nothing else able to pay leaves the order
as it is, said by name; the done line's opener said once when the write is recalled."""

from __future__ import annotations

import asyncio
from typing import Any

from assistant.models.contracts import Intent
from assistant.models.prompts import PromptLibrary
from assistant.models.replies import ReplyTemplates
from assistant.models.requests import ReplyRequest
from assistant.steps.last_write import without_done_opener
from assistant.steps.next_after_write import _next_step
from assistant.steps.order_changes import propose_change
from assistant.steps.proposal_questions import _facts_answered
from tests.conftest import REPO_ROOT

TEMPLATES = ReplyTemplates(PromptLibrary(REPO_ROOT / "prompts"))
PAYPAL = {"id": "paypal_1", "source": "paypal"}
VISA = {"id": "credit_card_1", "source": "credit_card", "brand": "visa", "last_four": "3660"}
SHORT_CARD = {"id": "gift_card_1", "source": "gift_card", "balance_cents": 800}
ORDER = {
    "order_id": "#W8664580",
    "status": "pending",
    "items": [],
    "address": {"country": "USA"},
    "payment_history": [{"payment_method_id": "paypal_1", "amount_cents": 120057}],
}


class Reader:
    def __init__(self, methods: list[dict[str, Any]]) -> None:
        self.methods = methods

    async def profile(self) -> dict[str, Any]:
        return {"payment_methods": self.methods}

    async def order(self, order_id: str) -> dict[str, Any] | None:
        return ORDER if order_id == ORDER["order_id"] else None


def _propose(
    text: str, methods: list[dict[str, Any]], language: str = "en", order: dict[str, Any] = ORDER
) -> dict[str, Any]:
    slots: dict[str, Any] = {"modification": "payment"}
    reader: Any = Reader(methods)
    return asyncio.run(propose_change(Intent.MODIFY_ORDER, order, slots, reader, text, language))


def _pending(proposal: dict[str, Any]) -> dict[str, Any]:
    return {
        "tool": proposal["tool"],
        "arguments": proposal["arguments"],
        "reply_key": proposal["done_key"],
        "reply_facts": proposal["facts"],
    }


def _render(key: str, facts: dict[str, Any], language: str) -> str:
    return TEMPLATES.render(ReplyRequest(key=key, facts=facts, language=language))


def test_the_switch_is_proposed_with_the_amount_and_both_methods_in_every_language() -> None:
    for language, amount, old in (
        ("en", "$1,200.57", "PayPal"),
        ("fr", "1 200,57 $", "PayPal"),
        ("es", "1.200,57 $", "PayPal"),
        ("de", "1.200,57 $", "PayPal"),
    ):
        proposal = _propose("pay it with my visa instead", [PAYPAL, VISA], language)
        assert proposal["confirm_key"] == "confirm_modify_payment" and proposal["done_key"] == "modified_payment"
        facts = proposal["facts"]
        assert facts["amount"] == amount and facts["old_value"] == old and "3660" in facts["new_value"]
        for key in ("confirm_modify_payment", "modified_payment"):
            said = _render(key, facts, language)
            assert amount in said and "3660" in said and "PayPal" in said


def test_the_amount_asked_before_and_after_the_yes_is_the_switch_and_the_old_refund() -> None:
    pending: Any = _pending(_propose("pay it with my visa instead", [PAYPAL, VISA]))
    reader: Any = Reader([PAYPAL, VISA])
    before = asyncio.run(_facts_answered(reader, pending, ["amount"], "en"))
    assert [r["key"] for r in before] == ["proposal_fact_payment_switch"]
    assert before[0]["facts"]["amount"] == "$1,200.57"
    timing = asyncio.run(_facts_answered(reader, pending, ["timing"], "en"))
    assert timing[0]["key"] == "refund_amount_timing_days" and timing[0]["facts"]["refund_to"] == "PayPal"
    after = asyncio.run(_next_step(reader, pending, True, "en"))
    assert [r["key"] for r in after] == ["payment_switch_written", "refund_amount_timing_days"]


def test_a_short_gift_card_with_no_other_method_leaves_the_order_as_it_is_said_by_name() -> None:
    proposal = _propose("can i use my gift card instead", [PAYPAL, SHORT_CARD])
    refusal = proposal["refuse"]
    assert refusal["key"] == "order_method_ruled_out_kept"
    assert refusal["facts"]["current"] == "PayPal" and "$8.00" in refusal["facts"]["named"]
    assert refusal["facts"]["total"] == "$1,200.57"


def test_a_short_gift_card_beside_another_method_names_that_method() -> None:
    proposal = _propose("can i use my gift card instead", [PAYPAL, SHORT_CARD, VISA])
    assert proposal["ask"] == "ask_payment_choice" and proposal["facts"]["methods"] == ["Visa ending 3660"]
    assert proposal["note"]["key"] == "order_method_ruled_out"


def test_the_done_opener_is_said_once_when_the_write_is_recalled() -> None:
    for line in (
        "Done: order #W1 is now paid with PayPal.",
        "Hecho: el pedido #W1 se paga ahora con PayPal.",
        "C'est fait : la commande #W1 est désormais réglée avec PayPal.",
        "Erledigt: Bestellung #W1 wird jetzt mit PayPal bezahlt.",
    ):
        assert not without_done_opener(line).lower().startswith(("done", "hecho", "c'est fait", "erledigt"))
    assert without_done_opener("Order #W1 is cancelled.") == "Order #W1 is cancelled."


def test_a_french_exclusion_elided_or_unaccented_rules_the_order_method_out() -> None:
    by_visa = {**ORDER, "payment_history": [{"payment_method_id": "credit_card_1", "amount_cents": 53667}]}
    for text in (
        "est ce que je peux payer la commande avec paypal plutot qu'avec ma carte visa ?",
        "avec paypal plutôt qu'avec ma visa",
        "avec paypal plutot que ma visa",
    ):
        proposal = _propose(text, [PAYPAL, VISA], "fr", by_visa)
        assert proposal["arguments"]["payment_method_id"] == "paypal_1", (
            text
        )  # never "already paid with PayPal": the Visa is the one ruled out
