"""Every quick-reply label, in every language, reads as its meaning to the consent reader."""

import pytest

from assistant.consent import explicit_answer
from assistant.consent_vocabulary import ACTION_OF_TOOL
from assistant.language import SUPPORTED_LANGUAGES
from assistant.quick_replies import localised_quick_replies, quick_reply_labels

MEANING = {"Yes": "yes", "No": "no"}


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("tool", sorted(ACTION_OF_TOOL))
def test_each_label_is_read_as_what_it_says(language: str, tool: str) -> None:
    for name, label in quick_reply_labels()[language].items():
        assert explicit_answer(label, tool=tool) == MEANING[name], (language, name, label)


def test_unknown_languages_and_names_fall_back_to_english() -> None:
    assert localised_quick_replies(["Yes", "No"], None) == ["Yes", "No"]
    assert localised_quick_replies(["Yes", "Later"], "pt") == ["Yes", "Later"]
    assert localised_quick_replies(["Yes", "No"], "de") == ["Ja", "Nein"]
