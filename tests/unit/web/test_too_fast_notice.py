"""The chat's answer to a turn refused for speed, in the conversation's language: the message was not read (not
lost, not silently dropped), and it can be sent again after the number of seconds given."""

from __future__ import annotations

import pytest

from assistant.web.turn_rate import too_fast_notice

WORDS = {  # a word that says "again" and one that says "not read / not handled", in each language
    "en": ("again", "not"),
    "fr": ("renvoy", "pas"),
    "es": ("de nuevo", "no"),
    "de": ("erneut", "nicht"),
}


@pytest.mark.parametrize("language", sorted(WORDS))
def test_the_notice_names_the_seconds_and_asks_to_send_again(language: str) -> None:
    notice = too_fast_notice(17, language)
    again, negation = WORDS[language]
    assert "17" in notice and again in notice.lower() and f" {negation} " in f" {notice.lower()} "
    assert notice != too_fast_notice(17, "en") or language == "en"


def test_one_second_and_an_unsupported_language_still_read_well() -> None:
    assert "1" in too_fast_notice(1, "en")
    assert too_fast_notice(9, "pt") == too_fast_notice(9, "en")  # the default language
    assert too_fast_notice(0, "de") == too_fast_notice(1, "de")  # never "send it again in 0 seconds"
