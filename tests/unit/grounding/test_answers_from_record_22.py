"""Questions answered from the record they ask about (fresh20 F9, F10, F11): what the desk agent said, a named
product's properties from its own page, and sending back an item of an order that has not shipped."""

import pytest

from assistant.grounding.catalog_questions import description_says
from assistant.grounding.desk_said import asks_what_the_desk_said
from assistant.grounding.policy_questions import policy_question
from assistant.grounding.product_properties import properties_asked
from assistant.steps.desk_said import asks_about_the_desk
from assistant.steps.property_answers import properties_first

DESK_QUESTIONS = [
    "did your colleague note down that I want the hoodie in black?",
    "what exactly did the agent promise me?",
    "has the person written down my size?",
    "est-ce que la personne a bien noté que je veux le sweat en noir ?",
    "qu'est-ce que le conseiller m'a promis ?",
    "¿la persona apuntó que quiero la sudadera en negro?",
    "¿qué me prometió exactamente el agente?",
    "hat die Mitarbeiterin notiert, dass ich den Hoodie in Schwarz möchte?",
    "was genau hat mir der Mitarbeiter zugesagt?",
]
NOT_DESK_QUESTIONS = [
    "I'd rather exchange the hoodie for a gray one",
    "je voudrais le sweat en noir",
    "quiero hablar con una persona",
    "did my order ship?",
    "ich möchte den Hoodie in Schwarz",
]


@pytest.mark.parametrize("text", DESK_QUESTIONS)
def test_a_question_about_what_the_agent_said_is_read(text: str) -> None:
    assert asks_what_the_desk_said(text)


@pytest.mark.parametrize("text", NOT_DESK_QUESTIONS)
def test_a_request_or_a_choice_is_no_question_about_the_agent(text: str) -> None:
    assert not asks_what_the_desk_said(text)


def test_only_after_the_desk_handed_back() -> None:
    incoming = {"message_id": "m", "text": DESK_QUESTIONS[0]}
    assert asks_about_the_desk({"handoff": {"ticket_id": 1, "active": False}, "incoming": incoming})
    assert not asks_about_the_desk({"handoff": {"ticket_id": 1, "active": True}, "incoming": incoming})
    assert not asks_about_the_desk({"incoming": incoming})


KENOBI = {"name": "Kenobi Trail Jacket", "attributes": {"climate": "Cold|Cool|Spring|Windy|Wintry"},
          "description": "<p>Aside from sealed seams to keep moisture out and body heat in, the Kenobi Trail Vest "
                         "is all about media convenience.</p>"}
STELLAR = {"name": "Stellar Solar Jacket", "attributes": {"style_general": "Jacket|Hooded|Soft Shell|Full zip"},
           "description": "<p>It's loaded with all the engineered features you need: 100% UV protection, a breathable "
                          "perforated construction, and advanced moisture-wicking technology.</p>"}
CHAZ = {"name": "Chaz Kangeroo Hoodie", "attributes": {"material": "Wool"},
        "description": "<p>Thick material blocks out the wind as ribbed cuffs and bottom band seal in body heat.</p>"}
ERIKSSEN = {"name": "Erikssen CoolTech Fitness Tank", "attributes": {},
            "description": "<p>A good running tank helps make the miles pass by keep you cool.</p>"}


def test_keeping_moisture_out_is_water_resistance_and_wicking_sweat_is_not() -> None:
    assert description_says(KENOBI, ["Rainy"]) is not None
    assert description_says(STELLAR, ["Rainy"]) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("is the stellar solar jacket breathable?", ["breathable"]),
    ("la veste est respirante ?", ["breathable"]),
    ("es elastico?", ["stretchy"]),
    ("ist die hose dehnbar?", ["stretchy"]),
    ("is it good for running?", ["running"]),
    ("is it warm?", []),
])
def test_property_words_in_four_languages(text: str, expected: list[str]) -> None:
    assert properties_asked(text) == expected


def test_a_property_the_page_says_is_a_yes_quoting_it() -> None:
    parts, left = properties_first(STELLAR, {"material"}, "en", "is it breathable?")
    assert parts[0].startswith("Yes:") and "breathable perforated construction" in parts[0]
    assert left == set()


def test_a_property_the_page_does_not_say_is_no_no() -> None:
    parts, _ = properties_first(CHAZ, set(), "fr", "le sweat est-il respirant ?")
    assert parts == ["Le catalogue ne dit pas si le Chaz Kangeroo Hoodie est respirant : ni son nom, ni sa "
                     "description, ni son style n'en parlent."]


def test_an_activity_from_the_page_answers_the_suitability_question() -> None:
    parts, left = properties_first(ERIKSSEN, {"suitability"}, "en", "is it good for running?")
    assert parts and "running tank" in parts[0] and left == set()
    # without the page saying it, the suitability answer (from the attributes) stays
    assert properties_first(CHAZ, {"suitability"}, "en", "is it good for running?") == ([], {"suitability"})


@pytest.mark.parametrize("text", ["do I have to mail the M back to you?", "je dois vous renvoyer la M ?",
                                  "¿tengo que devolveros la M?", "muss ich die M an euch zurückschicken?"])
def test_must_i_send_it_back_is_the_send_back_question_after_a_write_only(text: str) -> None:
    assert policy_question(text, after_a_return=True) == "send_back"
    assert policy_question(text, after_a_return=False) != "send_back"


def test_a_property_word_in_the_product_name_asks_nothing() -> None:
    apollo = {"name": "Apollo Running Short", "attributes": {}, "description": "<p>Fast and light.</p>"}
    assert properties_first(apollo, {"suitability"}, "en", "is the apollo running short good in the heat?") == (
        [], {"suitability"})
    parts, _ = properties_first(apollo, {"suitability"}, "en", "is the apollo running short good for running?")
    assert parts and parts[0].startswith("Yes:")
