"""refused28: an option said alone right after an order's return or exchange was refused as one already under way
(or right after it was written) stays on that order: it is refused again with the order's reason, never read as a
product search; a turn naming a product kind, or with a proposal open, is read as usual."""

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest

from assistant.state import ConversationState, Reply
from assistant.steps import option_after_refusal
from assistant.steps.option_after_refusal import order_in_focus, order_under_way, refuse_the_option
from assistant.steps.routing import after_understanding

FOLLOW_UPS = ["ok what about a medium then", "sinon je prendrais le noir", "¿y si es en verde?",
              "und in Blau vielleicht?", "dann eben in Größe L?", "vale, ¿y en morado?", "bon, en L alors ?",
              "perdona, mejor lo quiero en rojo"]


def _state(text: str, **more: Any) -> ConversationState:
    state: dict[str, Any] = {"incoming": {"text": text}, "customer_id": "lei_khan_6353", "conversation_id": "c1",
                             "language": "en", "intent": {"intent": "product_question", "confidence": 0.9}, **more}
    return state  # type: ignore[return-value]


@pytest.mark.parametrize("text", FOLLOW_UPS)
def test_an_option_after_the_refusal_stays_on_that_order(text: str) -> None:
    state = _state(text, order_under_way="#W2787996", said_last=["already_exchanging"])
    assert order_in_focus(state) == "#W2787996"
    assert after_understanding(state) == "refused_option"


@pytest.mark.parametrize(("status", "key"), [("exchange requested", "option_refused_exchanging"),
                                             ("return requested", "option_refused_returning"),
                                             ("pending (item modified)", "already_modified")])
def test_the_refusal_says_the_orders_own_reason(monkeypatch: pytest.MonkeyPatch, status: str, key: str) -> None:
    class Reader:
        def __init__(self, *_: Any) -> None: ...

        async def order(self, order_id: str) -> dict[str, Any]:
            return {"order_id": order_id, "status": status}

    monkeypatch.setattr(option_after_refusal, "CustomerReader", Reader)
    state = _state("und in Blau vielleicht?", order_under_way="#W2787996")
    update = asyncio.run(refuse_the_option(state, SimpleNamespace(context=None)))  # type: ignore[arg-type]
    assert update["outbox"] == [Reply(key=key, facts={"order_id": "#W2787996"})]
    assert update["pending"] is None


@pytest.mark.parametrize("text", ["do you sell men's hoodies in black?", "I want to return the helmet",
                                  "¿tenéis sudaderas con capucha en negro?", "what's the status of my order?"])
def test_a_turn_that_says_more_than_an_option_is_read_as_usual(text: str) -> None:
    assert order_in_focus(_state(text, order_under_way="#W2787996")) is None


def test_no_order_just_refused_or_written_no_focus() -> None:
    assert order_in_focus(_state("and in blue?", said_last=["greeting"])) is None


def test_an_open_proposal_keeps_the_option_for_itself() -> None:
    pending = {"tool": "exchange_delivered_order_items", "arguments": {"order_id": "#W1"}}
    assert order_in_focus(_state("and in blue?", order_under_way="#W2787996", pending=pending)) is None


def test_the_order_is_remembered_from_the_refusal_or_the_write_and_through_a_repeat() -> None:
    assert order_under_way([Reply(key="already_returning", facts={"order_id": "#W1926021"})], None) == "#W1926021"
    assert order_under_way([Reply(key="swap_done", facts={"order_id": "#W5763385"})], None) == "#W5763385"
    assert order_under_way([Reply(key="refusal_repeated_return", facts={})], "#W1926021") == "#W1926021"
    assert order_under_way([Reply(key="greeting", facts={})], "#W1926021") is None
    assert order_under_way([Reply(key="confirm_return", facts={"order_id": "#W1"})], None) is None
