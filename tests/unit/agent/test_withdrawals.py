"""A withdrawal said with a hedge ("espera, mejor déjalo, nada", fresh16) lets the request go; words that put it
off ("déjalo para mañana", "laisse-moi réfléchir") keep it open."""

import pytest

from assistant.consent import declines, explicit_answer
from assistant.steps.held_open import puts_on_hold


@pytest.mark.parametrize("text", [
    "espera, mejor déjalo, nada", "mmm mejor olvídalo", "attends, laisse plutôt, on oublie", "bon laisse, rien du tout",
    "hmm let it be, nothing", "actually nvm, better not bother", "warte, lass lieber, nix", "moment, lass mal lieber",
])
def test_a_withdrawal_declines_whatever_hedge_goes_with_it(text: str) -> None:
    assert declines(text)
    assert explicit_answer(text, tool="cancel_pending_order") != "yes"


@pytest.mark.parametrize("text", ["déjalo para mañana", "laisse pour l'instant", "lass es erstmal",
                                  "let me think, leave it for now"])
def test_words_that_put_it_off_hold_it(text: str) -> None:
    assert puts_on_hold(text)


@pytest.mark.parametrize("text", ["laisse moi réfléchir", "déjame pensarlo", "lass mich kurz überlegen",
                                  "hmm, not sure", "no sé"])
def test_a_hesitation_is_no_withdrawal(text: str) -> None:
    assert not declines(text)
