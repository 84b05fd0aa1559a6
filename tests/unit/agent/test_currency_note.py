"""The word that the shop prices in US dollars after a budget said in euros (fresh-eyes C10): plain, once a
conversation, with what was looked for in the customer's money format."""

from __future__ import annotations

import pytest

from assistant.grounding.catalog_constraints import CatalogConstraints, CatalogReading
from assistant.models.prompts import PromptLibrary
from assistant.models.replies import ReplyTemplates
from assistant.models.requests import ReplyRequest
from assistant.state import ConversationState
from assistant.steps.currency_note import currency_note
from tests.conftest import REPO_ROOT


def _euros(max_cents: int | None = None, min_cents: int | None = None, *, strict: bool = True) -> CatalogReading:
    return CatalogReading(constraints=CatalogConstraints(max_price_cents=max_cents, min_price_cents=min_cents,
                                                         max_price_strict=strict), other_currency=True)


@pytest.mark.parametrize(("language", "reading", "said"), [
    ("en", _euros(5000), "Our prices are in US dollars; I looked for items under $50.00."),
    ("en", _euros(5000, strict=False), "Our prices are in US dollars; I looked for items up to $50.00."),
    ("fr", _euros(5000), "Nos prix sont en dollars américains ; j'ai cherché des articles à moins de 50,00 $."),
    ("es", _euros(3000, strict=False), "Nuestros precios están en dólares estadounidenses; he buscado artículos "
                                       "hasta 30,00 $."),
    ("de", _euros(4000), "Unsere Preise sind in US-Dollar; ich habe nach Artikeln unter 40,00 $ gesucht."),
    ("de", _euros(), "Unsere Preise sind in US-Dollar."),
])
def test_a_budget_in_euros_is_said_plainly_with_the_amount_looked_for(language: str, reading: CatalogReading,
                                                                     said: str) -> None:
    templates = ReplyTemplates(PromptLibrary(REPO_ROOT / "prompts"))
    notes, update = currency_note(ConversationState(language=language), reading)
    rendered = [templates.render(ReplyRequest(key=n["key"], facts=n.get("facts") or {}, language=language))
                for n in notes]
    assert rendered == [said]
    assert update == {"currency_said": True}


def test_the_note_is_said_once_a_conversation_and_never_for_dollars() -> None:
    assert currency_note(ConversationState(language="en", currency_said=True), _euros(4000)) == ([], {})
    dollars = CatalogReading(constraints=CatalogConstraints(max_price_cents=4000))
    assert currency_note(ConversationState(language="en"), dollars) == ([], {})
