"""The hand-back picks up what the customer asked the desk that no one answered (fresh12/13 F10): every such message
(desk19, attack18 A18-7), never a bare yes or no sent while held."""

from __future__ import annotations

from assistant.state import ConversationState, Handoff
from assistant.steps.hand_back import (
    PICKED_UP_SUFFIX,
    followed_by_reply,
    handed_back,
    picks_up,
    still_before_reply,
    to_pick_up,
    with_unanswered,
)


def _held(*texts: str) -> Handoff:
    handoff: Handoff = {"ticket_id": 7, "active": True}
    for number, text in enumerate(texts):
        handoff["unanswered"] = with_unanswered(handoff, {"message_id": f"m{number}", "text": text}, answered=False)
    return handoff


def _texts(handoff: Handoff) -> list[str]:
    return [m.get("text", "") for m in to_pick_up(handoff)]


def test_every_message_that_asks_something_is_picked_up_not_thanks_nor_a_request_for_a_person() -> None:
    handoff = _held("can I cancel order #W1?", "and what about the hoodie in red?", "merci !",
                    "Ich möchte mit einem Mitarbeiter sprechen")
    assert _texts(handoff) == ["can I cancel order #W1?", "and what about the hoodie in red?"]
    assert to_pick_up(_held("thanks a lot!", "merci !")) == []
    asked = "merci ! et le bracelet en cuir ?"
    assert _texts(_held(asked)) == [asked]


def test_a_bare_yes_or_no_sent_while_held_is_not_picked_up() -> None:
    held = _held("what's the status of #D9000004?", "cancel #W2307204 because I no longer need it", "yes",
                 "oui", "sí", "ja klar", "no")
    assert _texts(held) == ["what's the status of #D9000004?", "cancel #W2307204 because I no longer need it"]
    assert _texts(_held("yes, and what about the red one?")) == ["yes, and what about the red one?"]


def test_several_messages_are_read_again_as_one_turn_and_the_line_names_each() -> None:
    state: ConversationState = {"conversation_id": "c", "handoff": _held("what's my gift card balance?",
                                                                          "cancel #D9000002", "yes")}
    update = handed_back(state, state["handoff"])  # type: ignore[arg-type]
    assert update["incoming"]["text"] == "what's my gift card balance? cancel #D9000002."
    assert update["incoming"]["message_id"] == f"m1{PICKED_UP_SUFFIX}"  # the last message read again
    [line] = update["replies_before"]
    assert line["key"] == "handed_back_picking_up_several"
    assert line["facts"]["requests"] == "“what's my gift card balance?”, “cancel #D9000002”"
    assert picks_up({**state, **update})  # type: ignore[typeddict-item]


def test_a_message_answered_at_once_is_not_kept_and_a_photo_alone_asks_something() -> None:
    handoff: Handoff = {"ticket_id": 7, "active": True}
    assert with_unanswered(handoff, {"message_id": "m", "text": "how long do refunds take?"}, answered=True) == []
    photo = {"uri": "file:///p.jpg", "sha256": "0" * 64}
    kept = with_unanswered(handoff, {"message_id": "m", "text": "", "photo": photo}, answered=False)
    assert to_pick_up({**handoff, "unanswered": kept}) == [{"message_id": "m", "text": "", "photo": photo}]


def test_the_hand_back_reads_the_message_again_under_its_own_id_and_a_stale_flag_reads_nothing() -> None:
    state: ConversationState = {"conversation_id": "c", "handoff": _held("what are my orders?")}
    update = handed_back(state, state["handoff"])  # type: ignore[arg-type]
    assert update["handoff"]["active"] is False and update["handoff"]["unanswered"] == []
    assert update["incoming"] == {"message_id": f"m0{PICKED_UP_SUFFIX}", "text": "what are my orders?",
                                  "photo": None, "picked_up": True}
    assert picks_up({**state, **update})  # type: ignore[typeddict-item]
    # respond clears replies_before: an incoming left flagged by an earlier hand-back routes nowhere
    assert not picks_up({**state, **update, "replies_before": []})  # type: ignore[typeddict-item]
    plain = handed_back(state, _held("thanks!"))
    assert [r["key"] for r in plain["outbox"]] == ["handed_back"] and "incoming" not in plain


def _agent_replies(handoff: Handoff, text: str) -> Handoff:
    return {**handoff, "unanswered": [], "before_reply": followed_by_reply(handoff, text)}


def _customer_writes(handoff: Handoff, text: str) -> Handoff:
    message = {"message_id": "later", "text": text}
    return {**handoff, "unanswered": with_unanswered(handoff, message, answered=False),
            "before_reply": still_before_reply(handoff, message)}


def test_an_agent_note_passing_back_to_the_assistant_leaves_what_was_asked_to_pick_up() -> None:
    held = _held("je voudrais aussi echanger les ecouteurs contre des noirs")
    for note in ("Je vous rends à l'assistant pour les écouteurs", "I'll hand you back to the assistant now",
                 "Le devuelvo al asistente", "Ich gebe Sie an den Assistenten zurück"):
        assert _texts(_agent_replies(held, note)) == ["je voudrais aussi echanger les ecouteurs contre des noirs"]
    noted = _agent_replies(held, "Je vous rends à l'assistant pour les écouteurs")
    assert _texts(_customer_writes(noted, "ok merci")) == ["je voudrais aussi echanger les ecouteurs contre des noirs"]
    assert _texts(_customer_writes(noted, "et la veste, elle part quand ?")) == ["et la veste, elle part quand ?"]


def test_an_agent_reply_that_answers_leaves_nothing_to_pick_up() -> None:
    held = _held("my parcel arrived crushed")
    assert to_pick_up(_agent_replies(held, "Sorry about that! I'm sending a replacement today.")) == []
    noted = _agent_replies(held, "I'll hand you back to the assistant")
    assert to_pick_up(_agent_replies(noted, "Actually, I've sent a replacement already.")) == []
