"""Short questions about what happens next after a write (after-the-write-27): read in the four languages, never
mistaken for a question about the write's money or method, nor the other order for the write's own."""

import pytest

from assistant.grounding.next_step_questions import asks_after_the_other_order, asks_what_comes_next
from assistant.state import ConversationState, Pending
from assistant.steps.next_after_write import asks_what_happens_next


@pytest.mark.parametrize("text", [
    "what happens now?", "how long will it take?", "how long until the new one arrives?", "so what's next",
    "when will I get the money?", "je serai remboursée quand ?", "et maintenant ?", "qu'est-ce qui se passe ensuite ?",
    "¿y ahora qué hago?", "¿cuánto va a tardar?", "¿cuándo me devolvéis el dinero?", "wie lange dauert das?",
    "wann kommt das neue?", "wann bekomme ich mein geld?", "und jetzt?", "wie geht es jetzt weiter?",
])
def test_asks_what_comes_next(text: str) -> None:
    assert asks_what_comes_next(text)


@pytest.mark.parametrize("text", [
    "how much do I get back?", "which card does the money go to?", "so is it done?", "c'est fait ?",
    "combien je récupère ?", "¿cuánto me devuelven?", "wie viel bekomme ich zurück?", "thanks!",
    "does the money go back to my gift card? how long does that take?",
    "Geht das Geld auf meine Geschenkkarte zurueck? Wie lange dauert das?",
])
def test_other_questions_are_not_the_next_step(text: str) -> None:
    assert not asks_what_comes_next(text)


@pytest.mark.parametrize(("text", "other"), [
    ("und die andere kommt noch?", True), ("the other one is still coming right?", True),
    ("et l'autre commande, elle arrive toujours ?", True), ("die andere kommt aber schon noch, oder?", True),
    ("et l'autre commande ?", True), ("¿y el otro pedido?", True), ("what happens now?", False),
    ("cuanto me cobraron de mas y de donde sale? tengo que devolver la otra?", False),
    ("do I send the other one back?", False), ("muss ich die andere zurückschicken?", False),
])
def test_asks_after_the_other_order(text: str, other: bool) -> None:
    assert asks_after_the_other_order(text) is other


CANCELLED: Pending = {"action_id": "a1", "tool": "cancel_pending_order",
                      "arguments": {"order_id": "#W2297866", "reason": "no longer needed"},
                      "reply_key": "cancelled", "reply_facts": {}}
REPLACEMENT: Pending = {"action_id": "a2", "tool": "open_ticket", "arguments": {"order_id": "#D9000001"},
                        "ticket": {"order_id": "#D9000001"}, "reply_key": "remedy_done",
                        "reply_facts": {"next_steps": "Our team ships the replacement within 2 business days."}}


def _state(text: str, written: Pending | None, said_last: list[str]) -> ConversationState:
    return {"incoming": {"text": text}, "written": written, "said_last": said_last,  # type: ignore[typeddict-item]
            "written_said": "Order #W2297866 is cancelled."}


def test_asked_right_after_the_write_only() -> None:
    assert asks_what_happens_next(_state("und die andere kommt noch?", CANCELLED, ["cancelled"]))
    assert asks_what_happens_next(_state("how long will it take?", CANCELLED, ["cancelled"]))
    # turns later, or with nothing written, the words are another request's
    assert not asks_what_happens_next(_state("how long will it take?", CANCELLED, ["order_status"]))
    assert not asks_what_happens_next(_state("how long will it take?", None, ["cancelled"]))
    # another order named: its own question
    assert not asks_what_happens_next(_state("when does W7619352 arrive?", CANCELLED, ["cancelled"]))


def test_a_photo_added_to_the_ticket_keeps_its_next_step() -> None:
    assert asks_what_happens_next(_state("what happens now?", REPLACEMENT, ["photo_same_problem"]))
    assert not asks_what_happens_next(_state("what happens now?", CANCELLED, ["photo_same_problem"]))
