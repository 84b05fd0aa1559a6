"""A message id the conversation has seen before (a retry, a second tab, a concurrent send): what it is answered,
from what was said, since it is never run again (a replayed "yes" must not confirm whatever is proposed by then)."""

from __future__ import annotations

from typing import Any

from assistant.intake.message_ledger import Claim
from assistant.intake.validation import intake_line
from assistant.state import text_digest


class AlreadyAnswered(Exception):  # noqa: N818 - a state, not an error
    """A message id this conversation has answered: a retry is answered from what was said, never run again
    (a replayed "yes" must not confirm whatever is proposed by then)."""

    def __init__(self, messages: list[dict[str, Any]]) -> None:
        super().__init__("message already answered")
        self.messages = messages


def replay_of(values: dict[str, Any], message_id: str, text: str, language: str | None) -> AlreadyAnswered | None:
    """None for a new message id; else what to answer: the last turn's own reply when it is a retry of the last
    message with the same text, a line saying nothing was done again otherwise."""
    answered = values.get("answered") or {}
    if message_id not in answered:
        return None
    last = values.get("incoming") or {}
    if last.get("message_id") == message_id and answered[message_id] == text_digest(text) and values.get("messages"):
        return AlreadyAnswered(list(values["messages"]))
    return nothing_done_again(language)


def replay_of_record(values: dict[str, Any], claim: Claim, text: str, language: str | None) -> AlreadyAnswered:
    """What to answer a message id claimed elsewhere (a retry, or a concurrent send of it): the reply it got while
    that is still the conversation's latest and the words are the same, a line saying nothing was done otherwise
    (also while it is still being answered)."""
    record = claim.record
    if record.answered and record.digest == text_digest(text) and record.messages == values.get("messages"):
        return AlreadyAnswered(list(record.messages))
    return nothing_done_again(language)


def nothing_done_again(language: str | None) -> AlreadyAnswered:
    """A line saying the message was answered above and nothing was done again."""
    return _told("already_answered", language)


def same_words_again(language: str | None) -> AlreadyAnswered:
    """What a new message id is told when its words repeat a message still being answered (a double tap, four
    clicks on one Yes button, turn_order.py): it was sent again while the first was answered, the answer is above
    and nothing was done twice. Never "I already answered this message": this message is a new one (attack24 A24-7)."""
    return _told("same_words_again", language)


def _told(code: str, language: str | None) -> AlreadyAnswered:
    line = intake_line(code, language)
    return AlreadyAnswered([{"text": line, "cards": [], "quick_replies": [], "author": "assistant"}])
