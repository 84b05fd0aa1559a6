"""A yes carrying an exception clause ("yes, unless it has shipped", "oui, à moins que…", "sí, salvo que…",
"ja, es sei denn…", "außer…") states a condition the assistant cannot check: it is no consent, also where a yes may
carry words of its own (attack12, F1: "sí, salvo que ya haya salido" and "ja, außer sie wurde schon verschickt"
cancelled the order). Plain yeses and a yes with the customer's own reason still confirm."""

from __future__ import annotations

import pytest

from assistant.consent import explicit_answer, hedges
from assistant.steps.yes_with_details import yes_restating_the_proposal, yes_with_content
from tests.unit.agent.test_yes_taken_back import CANCEL, RETURN

WITH_AN_EXCEPTION = [
    "yes, except if the parcel already left", "ok, barring a restocking charge", "yes, save if it is boxed already",
    "oui, à moins qu'il y ait des frais", "d'accord, excepté si le colis est parti", "oui, hormis s'il est expédié",
    "sí, salvo que haya que pagar algo", "vale, a menos que ya esté en el camión", "sí, excepto si ya se envió",
    "sí, a no ser que cueste algo",
    "ja, es sei denn, es kostet Gebühren", "ja, außer das Paket ist schon weg", "ja, ausser es ist schon verpackt",
    "okay, ausgenommen es wurde schon versandt",
]


@pytest.mark.parametrize("text", WITH_AN_EXCEPTION)
@pytest.mark.parametrize("pending", [CANCEL, RETURN], ids=["cancel", "return"])
def test_a_yes_with_an_exception_is_no_consent(text: str, pending: dict) -> None:  # type: ignore[type-arg]
    assert hedges(text)
    assert explicit_answer(text, tool=pending["tool"]) != "yes"
    assert not yes_with_content(text, pending)  # type: ignore[arg-type]
    assert not yes_restating_the_proposal(text, pending)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["yes please", "oui, merci", "sí, por favor", "ja, bitte", "sí, menos mal",
                                  "ja, ausserdem danke", "yes, cancel it"])
def test_yeses_without_an_exception_still_confirm(text: str) -> None:
    assert explicit_answer(text, tool="cancel_pending_order") == "yes" or yes_with_content(text, CANCEL)
