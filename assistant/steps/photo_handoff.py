"""A photo sent with a request for a person (fresh22 F14): "Ich habe den Hoodie in der falschen Farbe bekommen, ich
möchte bitte mit einem Menschen sprechen" + the photo. The person gets the ticket the complaint would have made:
the item the words and the photo name, the category the photo's triage reads (the words' when the photo shows
nothing wrong), the photo as evidence with the verdict beside it; the customer hears what the photo shows, as
without the request, and is then handed over. No remedy is proposed: they asked for a person.
"""

from __future__ import annotations

from typing import Any

from assistant.context import Deps
from assistant.models.contracts import ComplaintTarget, PhotoTriage, TriageLabel
from assistant.models.requests import DecisionRequest
from assistant.no_item_photo import shows_no_item, without_damage_read
from assistant.state import ConversationState, Reply
from assistant.steps.complaint import customer_orders, order_from_evidence, order_summary
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.photo_evidence import gather_evidence
from assistant.steps.understand import chat_history, photo_input
from assistant.steps.verdict_reasons import verdict_reason


async def photo_in_handoff(deps: Deps, state: ConversationState) -> tuple[dict[str, Any], Reply] | None:
    """The ticket fields read from this turn's photo and words (category, order, items, verdict, a summary line)
    and the customer's triage line; None when this turn brought no photo or it names no ordered item."""
    photo = state.get("photo")
    if not photo or not (state.get("incoming") or {}).get("photo") or not state.get("customer_id"):
        return None
    reader = CustomerReader(deps, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
    orders = await customer_orders(reader)
    words = (state.get("incoming") or {}).get("text", "")
    base = DecisionRequest(text=words, history=chat_history(state), image=photo_input(state),
                           orders=[order_summary(o) for o in orders])
    target = (await deps.backend.decide(ComplaintTarget, base)).value
    named = await order_from_evidence(deps, reader, orders, words, photo["uri"])
    if named.found:
        target = target.model_copy(update={"order_id": named.order_id, "item_ids": named.item_ids})
    order = next((o for o in orders if o["order_id"] == target.order_id), None)
    if named.not_ordered or order is None or not target.item_ids:
        return None
    item = next((i for i in order["items"] if i["item_id"] == target.item_ids[0]), None)
    if item is None:
        return None
    evidence = without_damage_read(await gather_evidence(deps.catalog, photo["uri"], item, deps.catalog_images),
                                   shows_no_item(photo))
    triage = await deps.backend.decide(PhotoTriage, base.model_copy(update={"evidence": evidence}))
    label = triage.value.label
    fields: dict[str, Any] = {
        "order_id": order["order_id"], "item_ids": list(target.item_ids),
        "verdict": {"label": label.value, "confidence": triage.value.confidence, "model_name": triage.model,
                    "prompt_version": triage.prompt_version},
        "photo_note": f"Photo assessed: {triage.value.rationale}.",
    }
    if label is not TriageLabel.NOT_A_PROBLEM:  # the words' category stands when the photo shows nothing wrong
        fields["category"] = label.value
    reason = verdict_reason(label, evidence, state.get("language") or "en")
    line = Reply(key="triage_result", facts={"label_text": label.value.replace("_", " "), "rationale": reason})
    return fields, line
