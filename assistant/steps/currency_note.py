"""The word that the shop prices in US dollars, when a customer's budget was said in euros (or their slang): the
amount is applied as stated, since no exchange rate is known here and none is made up. Said once a conversation,
with what was looked for in the customer's money format ("Our prices are in US dollars; I looked for items under
$50.00.")."""

from __future__ import annotations

from typing import Any

from assistant.grounding.catalog_constraints import CatalogReading
from assistant.grounding.catalog_phrases import describe
from assistant.state import ConversationState, Reply

PRICE_CONSTRAINTS = ("min_price_cents", "max_price_cents")


def currency_note(state: ConversationState, reading: CatalogReading) -> tuple[list[Reply], dict[str, Any]]:
    """The note to say before this turn's reply (none, or one), and the state update that keeps it from being
    said again."""
    if not reading.other_currency or state.get("currency_said"):
        return [], {}
    amount = describe(reading.constraints, state.get("language") or "en", only=PRICE_CONSTRAINTS)
    note = (Reply(key="prices_in_us_dollars_looked_for", facts={"amount": amount}) if amount
            else Reply(key="prices_in_us_dollars"))
    return [note], {"currency_said": True}
