"""fresh12 F6 and F8: damage told in words about an owned item is a complaint (washing beside it is how it
happened, not a care question); a wrong colour said by naming two colours, with a photo, is a wrong-colour
complaint and claim. Four languages."""

import pytest

from assistant.grounding.colour_mismatch import says_colour_mismatch
from assistant.grounding.complaint_statement import reads_as_complaint
from assistant.models.resolver.triage import TriageLabel, claimed_labels


@pytest.mark.parametrize("text", [
    "got a hole in the knee of my caesar pants after washing them twice", "the seam on my pants split open",
    "mon pantalon a un trou au genou après deux lavages", "mon sweat a complètement déteint au premier lavage",
    "la sudadera se ha desteñido después del primer lavado", "mi pantalón se ha descosido por detrás",
    "meine hose hat nach zweimal waschen ein loch am knie", "an meiner hose ist die naht aufgeplatzt",
])
def test_damage_in_words_is_a_complaint(text: str) -> None:
    assert reads_as_complaint(text, photo=False)


@pytest.mark.parametrize("text", [
    "does it tear easily?", "how do I wash it so it does not fade?", "¿se lava a mano?", "hoodies with thumb holes",
    "je cherche une veste qui ne déteint pas", "eine hose, die nicht verblasst?",
])
def test_questions_and_searches_are_not(text: str) -> None:
    assert not reads_as_complaint(text, photo=False)


@pytest.mark.parametrize("text", [
    "the workout top is green?? i picked blue", "le top reçu est vert, j'avais commandé du bleu",
    "el pantalón que me mandasteis es morado, no negro", "das top ist grün, bestellt hatte ich blau",
])
def test_two_colours_one_ordered_is_a_wrong_colour(text: str) -> None:
    assert says_colour_mismatch(text)
    assert reads_as_complaint(text, photo=True)
    assert TriageLabel.WRONG_COLOUR_OR_SIZE in claimed_labels(text)


@pytest.mark.parametrize("text", ["do you have it in blue or green?", "black and white hoodies",
                                  "any colour but grey, maybe blue", "tenéis en rojo o en azul?"])
def test_two_colours_asked_for_are_not(text: str) -> None:
    assert not says_colour_mismatch(text)
