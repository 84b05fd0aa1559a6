"""Held messages survive a restart, keep their photo, stay in order, and go once answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.intake.held import HeldMessage, HeldMessages, held_reply

PHOTO = {"uri": "/evidence/abc.jpg", "sha256": "abc", "media_type": "image/jpeg"}


@pytest.mark.parametrize("on_disk", [True, False])
def test_held_messages_are_kept_in_order_and_dropped_once_answered(tmp_path: Path, on_disk: bool) -> None:
    held = HeldMessages(tmp_path if on_disk else None)
    held.keep(HeldMessage(conversation_id="c1", message_id="m1", text="cancel #D9000002", photo=PHOTO))
    held.keep(HeldMessage(conversation_id="c1", message_id="m2", text="yes"))
    held.keep(HeldMessage(conversation_id="c1", message_id="m1", text="cancel #D9000002", photo=PHOTO))  # retry
    held.keep(HeldMessage(conversation_id="c2", message_id="m9", text="hi"))
    again = HeldMessages(tmp_path) if on_disk else held  # a restarted process reads the same directory
    assert [m.message_id for m in again.pending("c1")] == ["m1", "m2"]  # the retry kept its place
    assert again.pending("c1")[0].photo == PHOTO
    again.drop("c1", "m2")
    again.drop("c1", "m1")
    assert again.pending("c1") == [] and [m.text for m in again.pending("c2")] == ["hi"]
    if on_disk:
        assert not any("c1" in p.name for p in tmp_path.iterdir())  # file names reveal no conversation id


def test_the_customer_is_told_what_was_kept() -> None:
    assert "message and photo" in held_reply(HeldMessage(conversation_id="c", message_id="m", text="", photo=PHOTO),
                                             "en")
    assert "kept your message," in held_reply(HeldMessage(conversation_id="c", message_id="m", text="hi"), "en")
    assert "votre message et votre photo" in held_reply(
        HeldMessage(conversation_id="c", message_id="m", text="", photo=PHOTO), "fr")
