"""The storefront's words: every language has every key, and the browser's preferred language is chosen."""

from assistant.language import SUPPORTED_LANGUAGES
from assistant.web.shop.wording import page_language, translator, wording


def test_every_language_has_the_same_words_and_the_ask_question_keeps_the_product_id() -> None:
    words = wording()
    assert set(words) >= set(SUPPORTED_LANGUAGES)
    for language in SUPPORTED_LANGUAGES:
        asked = translator(language)("ask_question", name="Overnight Duffle", product_id="24-WB07")
        assert "Overnight Duffle" in asked and "(24-WB07)" in asked


def test_the_preferred_supported_language_wins() -> None:
    assert page_language("de-CH,de;q=0.9,fr;q=0.8") == "de"
    assert page_language("en;q=0.2, fr;q=0.8") == "fr"
    assert page_language("ja,zh;q=0.9") == "en"
    assert page_language("fr;q=0, es") == "es"
    assert page_language(None) == "en"
    assert page_language("fr;q=abc, de;q=0.5") == "de"
