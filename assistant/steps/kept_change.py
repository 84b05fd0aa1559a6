"""A reply to a proposed item swap of two options or more that keeps one of them as ordered and the rest changed
("actually keep it white, just the wood", "non laisse la couleur, juste la taille 500ml", "garde le dossier haut,
change juste la couleur", "Größe lassen, lieber grau"; mindhand22): the swap is proposed again without that change,
never declined as "keep it as it is", never written as first proposed."""

from __future__ import annotations

from typing import Any

from assistant.grounding.variants import changed_keys, kept_as_ordered
from assistant.state import Pending
from assistant.steps.addresses import without_addresses
from assistant.steps.changed_detail import SWAP_TOOLS
from assistant.steps.order_lookup import CustomerReader


async def keeps_one_change(reader: CustomerReader, pending: Pending, text: str) -> bool:
    """The words keep, as the item has it, one option the proposed variant changes (by its value or its name in a
    keep clause) while another one the proposal changes is left changed."""
    arguments: dict[str, Any] = pending.get("arguments") or {}
    if pending.get("tool") not in SWAP_TOOLS or not text.strip():
        return False
    order = await reader.order(str(arguments.get("order_id") or ""))
    items = {item["item_id"]: item for item in (order or {}).get("items") or []}
    for old_id, new_id in zip(arguments.get("item_ids") or [], arguments.get("new_item_ids") or [], strict=False):
        item = items.get(old_id)
        product = await reader.product(str(item["product_id"])) if item else None
        proposed = next((v for v in (product or {}).get("variants", []) if v["item_id"] == new_id), None)
        if not item or not proposed:
            continue
        changed = changed_keys(item.get("options") or {}, proposed["options"])
        kept = kept_as_ordered(item, without_addresses(text), product) & set(changed)
        if kept and set(changed) - kept:
            return True
    return False
