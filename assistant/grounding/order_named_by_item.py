"""An order named by one of its items, beside the item acted on ("from my order with the coffee maker, only return
the kettle", "de la commande avec le purificateur, je renvoie seulement le parfum", "aus der Bestellung mit dem
Hantelset nur die Smartwatch zurückschicken"): the item that names the order is not the one acted on. The message
is read without that phrase when the rest still names an item (recheck27 N1: the naming item had been returned);
with only the item acted on left, the order is found by it, or asked."""

from __future__ import annotations

import re

from assistant.grounding.items import nouns_said
from assistant.grounding.lexicon import lexicon

# An order word, then (within a few words) a word that says what it held: "order with", "la commande où il y avait",
# "el pedido donde venía", "die Bestellung, in der", "Lieferung mit".
_ORDER_HELD = re.compile(
    r"\b(?:order|orders|delivery|package|parcel|commande|livraison|colis|pedido|paquete|env[ií]o|bestellung|"
    r"lieferung|paket)\b(?:\s+\w+){0,2}?[\s,]+(?:with|that\s+had|which\s+had|containing|where|avec|o[uù]|qui\s+"
    r"contenait|con|donde|que\s+tra[ií]a|que\s+ten[ií]a|mit|in\s+der|in\s+dem|wo)\b", re.I)


# the rest of the item's name up to the clause's end, a few words at most: "polaire, ", "eléctrico, ", " - "
_CLAUSE_END = re.compile(r"(?:\s*[\w'’-]+){0,3}?\s*(?:,|\s[-–—]\s)\s*")


def _first_noun_after(text: str, start: int) -> re.Match[str] | None:
    found = [m for pattern in lexicon().grouped["item_nouns"].values() if (m := pattern.search(text, start))]
    if not found:
        return None
    first = min(m.start() for m in found)
    return max((m for m in found if m.start() == first), key=lambda m: m.end())


def without_order_naming_item(text: str) -> str:
    """`text` less "order with the X" when another item is named besides X; else `text`. The phrase ends at its
    clause's mark when one closes it a few words on ("la veste polaire, je…"), else right after the noun."""
    held = _ORDER_HELD.search(text)
    if held is None or (noun := _first_noun_after(text, held.end())) is None:
        return text
    if re.search(r"[.;!?]", text[held.end():noun.start()]):  # the noun belongs to another sentence
        return text
    closing = _CLAUSE_END.match(text, noun.end())
    end = closing.end() if closing else noun.end()
    order_word = re.match(r"\w+", text[held.start():]).group(0)  # type: ignore[union-attr]
    rest = f"{text[:held.start()]}{order_word}{', ' if closing else ' '}{text[end:].lstrip()}".strip()
    return rest if nouns_said(text[end:]) else text
