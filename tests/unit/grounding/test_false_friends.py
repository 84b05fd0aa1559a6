"""Words of one language that mean something else in another (issue 17, fifteenth round): a word two lexicons read
differently is read in the conversation's language, a language's false friends are not read in its messages, and a
product word inside a phrase of another sense ("celle du bas") names no product."""

import pytest

from assistant.grounding.catalog_constraint_reader import lexicons_for, read_constraints
from assistant.grounding.catalog_lexicon import load_lexicons
from evals.lexicons.collisions import collisions
from tests.unit.grounding.test_catalog_constraints import VOCABULARY


@pytest.mark.parametrize(("language", "text", "categories"), [
    ("en", "a womens top under $30", ["tops"]),
    ("de", "ein Top für Damen", ["tops"]),
    ("fr", "un top pour femme", ["tops"]),  # no French entry: the English meaning, not the Spanish one
    (None, "top", ["tops"]),  # no language known (the shop's search): English
    ("es", "un top de mujer para entrenar", ["bras & tanks", "tanks"]),
])
def test_top_is_read_in_the_messages_language(language: str | None, text: str, categories: list[str]) -> None:
    assert sorted(read_constraints(text, VOCABULARY, language).constraints.categories) == sorted(categories)


@pytest.mark.parametrize(("language", "text", "gender", "colours"), [
    ("es", "soy hombre, dame una sudadera negra", "Men", ["Black"]),
    ("es", "dame una mochila con red lateral", None, []),
    ("es", "algo no tan caro para hombre", "Men", []),
    ("de", "kann man das in der Maschine waschen? für Damen", "Women", []),
    ("fr", "une veste pour dame", "Women", []),  # a French message still reads the French word
    ("en", "a red tee for a man", "Men", ["Red"]),
])
def test_a_false_friend_is_not_read_in_its_language(language: str, text: str, gender: str | None,
                                                    colours: list[str]) -> None:
    constraints = read_constraints(text, VOCABULARY, language).constraints
    assert constraints.gender == gender
    assert constraints.colours == colours


@pytest.mark.parametrize(("text", "categories"), [
    ("un bas pour homme", ["bottoms"]),
    ("des bas noirs pour femme", ["bottoms"]),
    ("un bas de survêtement", ["pants"]),
    ("celle du bas", []),
    ("le prix le plus bas, un sweat", ["hoodies & sweatshirts"]),
])
def test_bas_is_bottoms_except_in_its_phrases_of_low(text: str, categories: list[str]) -> None:
    assert read_constraints(text, VOCABULARY, "fr").constraints.categories == categories


def test_the_message_language_reads_last_and_its_false_friends_leave_the_others() -> None:
    spanish = lexicons_for("es")
    assert spanish[-1] is load_lexicons()["es"] and spanish[-2].categories == load_lexicons()["en"].categories
    assert all("dame" not in words for lexicon in spanish[:-1] for words in lexicon.gender.values())
    assert "dame" in lexicons_for("fr")[-1].gender["Women"]


def test_the_collision_summary_names_top() -> None:
    assert any(line.startswith("'top' categories") for line in collisions())
