"""Language detection and the translated reply templates."""

import pytest

from assistant.language import detect_language
from assistant.models.prompts import PromptLibrary
from assistant.models.replies import ReplyTemplates
from assistant.models.requests import ReplyRequest
from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def templates() -> ReplyTemplates:
    return ReplyTemplates(PromptLibrary(REPO_ROOT / "prompts"))


@pytest.mark.parametrize(("text", "language"), [
    ("Bonjour, ma commande est arrivée abîmée", "fr"),
    ("Hola, quiero devolver mi pedido", "es"),
    ("Ich möchte meine Bestellung stornieren", "de"),
    ("my hoodie came in the wrong colour", "en"),
])
def test_a_clear_message_sets_its_language(text: str, language: str) -> None:
    assert detect_language(text, "en") == language


@pytest.mark.parametrize("text", ["ok", "yes", "#W1234567", "👍"])
def test_a_short_message_keeps_the_current_language(text: str) -> None:
    assert detect_language(text, "fr") == "fr"


def test_every_language_has_every_template_with_the_same_facts(templates: ReplyTemplates) -> None:
    assert templates.languages() == ["de", "en", "es", "fr"]
    for language in templates.languages():
        assert templates.missing(language) == []
        for key in templates.keys():  # noqa: SIM118 - ReplyTemplates is not a mapping
            assert templates.fields(key, language) == templates.fields(key), (language, key)


def test_fact_values_written_in_english_are_translated(templates: ReplyTemplates) -> None:
    request = ReplyRequest(key="wrong_status", facts={"order_id": "#W1", "status": "delivered", "required": "pending"},
                           language="es")
    assert templates.render(request) == ("El pedido #W1 está entregado; esto solo es posible cuando un pedido está "
                                         "pendiente.")


def test_an_unknown_language_falls_back_to_english(templates: ReplyTemplates) -> None:
    assert templates.render(ReplyRequest(key="goodbye", language="it")).startswith("Thanks for shopping")


@pytest.mark.parametrize(("text", "language"), [
    ("¿De qué material es la Chaz Kangeroo Hoodie?", "es"),
    ("Est-ce que le Joust Duffle Bag est imperméable ?", "fr"),
    ("Gibt es den Hero Hoodie auch in Grün?", "de"),
])
def test_a_first_message_naming_an_english_product_sets_the_customers_language(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert detect_language("Tell me about the Joust Duffle Bag (24-MB01).") == "en"


@pytest.mark.parametrize(("text", "expected"), [
    ("¿la Hero Hoodie tiene capucha?", "es"),
    ("est-ce que la Juno Jacket est chaude ?", "fr"),
    ("ist die Stellar Solar Jacket wasserdicht?", "de"),
    ("is the Stellar Solar Jacket waterproof?", "en"),
])
def test_an_english_product_name_does_not_decide_the_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("Hola!", "es"), ("bonsoir", "fr"), ("Moin", "de"), ("hey", "en")])
def test_a_bare_greeting_opening_a_conversation_says_its_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_a_greeting_later_in_a_conversation_keeps_its_language() -> None:
    assert detect_language("merci", "en") == "en"


NAME_PAIRS = {("kenobi", "trail"), ("trail", "jacket"), ("ingrid", "running"), ("running", "jacket")}


@pytest.mark.parametrize(("text", "expected"), [
    ("que opinan de la kenobi trail jacket", "es"),
    ("combien coute la ingrid running jacket", "fr"),
    ("is the kenobi trail jacket warm enough", "en"),
    ("i need a running jacket for the trail", "en"),
])
def test_a_product_name_typed_in_lower_case_does_not_decide_the_language(text: str, expected: str) -> None:
    assert detect_language(text, None, NAME_PAIRS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("mens jacket under 60 eur", "en"),  # read German: "eur" tipped a doubtful reading over the bar
    ("mens jacket under 60 euros", "en"),
    ("Herrenjacke unter 40 Euro", "de"),
    ("une veste à moins de 50 €", "fr"),
    ("hasta 30 euros, una camiseta de mujer", "es"),
])
def test_a_currency_every_language_writes_alike_does_not_decide_the_language(text: str, expected: str) -> None:
    assert detect_language(text, None) == expected
