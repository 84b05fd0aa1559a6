"""A write refused after another write of the same yes went through (attack19 A19-10): the reply never says that
nothing was changed."""

from assistant.refusals import refusal_reply, refused_after_a_write
from tools.registry import ToolResult


def test_a_refusal_after_a_write_names_the_reason_and_not_nothing_changed() -> None:
    result = ToolResult(tool="modify_pending_order_items", ok=False, error="balance", error_code="gift_card_balance")
    after = refused_after_a_write(result)
    assert after["key"] == "then_refused"
    assert after["facts"] == {"reason": "the gift card balance does not cover it"}
    assert refusal_reply(result)["key"] == "action_refused"  # alone, the usual "nothing has been changed"
