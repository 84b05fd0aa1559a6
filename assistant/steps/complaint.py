"""Photo complaints: photo → which order and item → triage against the catalog → remedy under policy.

The remedy is only proposed here, within the shop's policy (`remedy_policy`); `confirm` performs it and opens
the ticket after the customer's yes.
Low confidence and out-of-policy cases go to a human with the evidence attached.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.photo_side_questions import questions_of_the_item
from assistant.grounding.statuses import was_received
from assistant.models.contracts import ComplaintTarget, PhotoTriage, RemedyKind, RemedyProposal, TriageLabel
from assistant.models.damage_evidence import escalation_priority, is_damage_claim
from assistant.models.requests import DecisionRequest, OrderLine, OrderSummary
from assistant.models.resolver.patterns import extract_slots
from assistant.models.resolver.photo_confidence import ESCALATE_BELOW  # chosen on train verdicts, with the model
from assistant.no_item_photo import shows_no_item, without_damage_read
from assistant.state import ConversationState, Photo, Reply, with_replies
from assistant.steps.evidence_target import EvidenceTarget, evidence_target, ordered_items
from assistant.steps.handoff import hand_to_human
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.photo_evidence import gather_evidence, photo_product
from assistant.steps.photo_not_sent import PHOTO_ASKED, photo_asked_not_sent
from assistant.steps.remedies import REMEDY_TEXT, remedy_pending
from assistant.steps.remedy_policy import within_policy
from assistant.steps.request_under_way import has_request_under_way, pass_photo_on, request_under_way_said
from assistant.steps.routing import merged_slots
from assistant.steps.status_aside import with_status_aside
from assistant.steps.ticket_follow_up import follow_up_open_ticket
from assistant.steps.understand import chat_history, photo_input
from assistant.steps.verdict_reasons import verdict_reason
from tools.store.enums import EscalationReason, TicketCategory

MAX_CANDIDATE_ORDERS = 5


def order_summary(order: dict[str, Any]) -> OrderSummary:
    return OrderSummary(order_id=order["order_id"], status=order["status"], items=[
        OrderLine(item_id=i["item_id"], product_name=i["name"], colour=i["options"].get("color"),
                  size=i["options"].get("size")) for i in order["items"]])


async def customer_orders(reader: CustomerReader) -> list[dict[str, Any]]:
    listed = await reader.orders()
    details = [await reader.order(o["order_id"]) for o in listed[-MAX_CANDIDATE_ORDERS:]]
    return [d for d in details if d]


def _item_cards(orders: list[dict[str, Any]], images: dict[str, str | None]) -> list[dict[str, Any]]:
    return [{"title": f"{item['name']} — {order['order_id']}", "item_id": item["item_id"],
             "order_id": order["order_id"], "image_path": images.get(item["item_id"])}
            for order in orders if was_received(order["status"]) for item in order["items"]]


async def _categories(reader: CustomerReader, orders: list[dict[str, Any]]) -> dict[str, str | None]:
    categories: dict[str, str | None] = {}
    for product_id in {i["product_id"] for o in orders for i in o["items"]}:
        product = await reader.product(product_id) or {}
        categories[product_id] = product.get("category_path")
    return categories


async def order_from_evidence(deps: Deps, reader: CustomerReader, orders: list[dict[str, Any]], words: str,
                         photo_uri: str, earlier: str = "") -> EvidenceTarget:
    """The order and items the complaint's own words and the photo name (`evidence_target`), else the item the
    customer's earlier messages named ("and it's not even the colour I ordered" after a rip in the hoodie: the
    hoodie); nothing found when the customer wrote an order or item id in them (theirs to choose, as when they
    answer which order)."""
    written = extract_slots(words)
    if written.order_ids or written.item_ids:
        return EvidenceTarget()
    items = ordered_items(orders, await _categories(reader, orders))
    named = evidence_target(items, words, await photo_product(deps.catalog, photo_uri))
    if named.found or named.not_ordered or not earlier:
        return named
    before = evidence_target(items, earlier, None)
    return before if before.found else named


async def _images(reader: CustomerReader, orders: list[dict[str, Any]]) -> dict[str, str | None]:
    images: dict[str, str | None] = {}
    for product_id in {i["product_id"] for o in orders for i in o["items"]}:
        product = await reader.product(product_id) or {"variants": []}
        images.update({v["item_id"]: (v["images"] or [None])[0] for v in product["variants"]})
    return images


ITEM_ASKED = "complaint_item_asked"  # the topic's slot: which item was asked once already
COMPLAINT_FROM = "complaint_from"  # the topic's slot: where in the transcript the customer began telling the problem
QUOTED_LINES = 4


def _complaint_start(state: ConversationState) -> int:
    """The transcript position of the customer's first message about this problem: kept while the complaint
    goes on over several turns (asked for a photo, for the item), else this turn's message."""
    transcript, topic = state.get("transcript", []), state.get("topic") or {}
    start = (topic.get("slots") or {}).get(COMPLAINT_FROM) if topic.get("intent") == "report_problem" else None
    if _new_photo_after_an_offer(state):
        start = None  # the earlier problem was assessed and its remedy offered: this photo is a problem of its own
    if isinstance(start, int) and 0 <= start < len(transcript):
        return start
    customer = [i for i, turn in enumerate(transcript) if turn["role"] == "customer"]
    return customer[-1] if customer else len(transcript)


def _new_photo_after_an_offer(state: ConversationState) -> bool:
    """A photo sent while the remedy for an earlier photo waits for its yes ("and the top has a stain too")."""
    pending = state.get("pending") or {}
    return bool((state.get("incoming") or {}).get("photo")) and pending.get("reply_key") == "remedy_done"


def _earlier_words(state: ConversationState, start: int) -> str:
    """What the customer said before this complaint began (the last few messages)."""
    said = [t["text"] for t in state.get("transcript", [])[:start] if t["role"] == "customer" and t["text"]]
    return " ".join(said[-QUOTED_LINES:])


def _complaint_words(state: ConversationState, start: int) -> str:
    """What the customer said about the problem: their messages since it began (the last few), not the shopping
    questions or other requests before it."""
    said = [t["text"] for t in state.get("transcript", [])[start:] if t["role"] == "customer" and t["text"]]
    return " ".join(said[-QUOTED_LINES:])


async def complaint(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    """The complaint's answer, and a question about another order said beside it ("…rota, mira. y cuándo llega la
    chaqueta?", `understand`'s status aside) answered before its last reply."""
    result = await _complaint(state, runtime)
    if aside := state.get("aside"):
        reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
        result = await with_status_aside(reader, result, aside, state.get("language") or "en")
    return result


async def _complaint(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    deps = runtime.context
    start = _complaint_start(state)
    topic = {"intent": "report_problem", "slots": {**merged_slots(state), COMPLAINT_FROM: start}}
    photo = state.get("photo")
    if not photo:
        if photo_asked_not_sent(state):  # asked once already: what can be done without one, and the topic ends
            return {"topic": None, "outbox": with_replies(state, Reply(key="photo_still_missing", facts={}))}
        return {"topic": topic, "outbox": with_replies(state, Reply(key=PHOTO_ASKED, facts={}))}
    reader = CustomerReader(deps, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
    orders = await customer_orders(reader)
    # The words of this complaint only: an earlier complaint's ("it's torn", then "and the colour is wrong too")
    # is another problem, and must not be read into this photo's verdict.
    words = _complaint_words(state, start)
    if aside := state.get("aside"):  # the question beside the complaint names another order's item: not this one's
        words = " ".join(words.replace(aside, " ").split())
    for question in state.get("side_questions") or []:  # "arrivé troué — vous l'avez en vert ?": not the problem
        for part in question["text"].split(", "):
            words = " ".join(words.replace(part, " ").split()).strip(" ,;—–-")
    base = DecisionRequest(text=words, history=chat_history(state), image=photo_input(state),
                           orders=[order_summary(o) for o in orders])
    target = (await deps.backend.decide(ComplaintTarget, base)).value
    named = await order_from_evidence(deps, reader, orders, words, photo["uri"], _earlier_words(state, start))
    if named.found:
        target = target.model_copy(update={"order_id": named.order_id, "item_ids": named.item_ids})
    order = next((o for o in orders if o["order_id"] == target.order_id), None)
    if named.not_ordered or order is None or not target.item_ids:
        if _item_asked(state, start):  # asked once, still no ordered item: a person looks at the photo (no loop)
            return await _item_unknown_to_person(deps, state, words, photo)
        cards = _item_cards(orders, await _images(reader, orders))
        key = "ask_complaint_item_not_ordered" if named.not_ordered else "ask_complaint_item"
        asked = {"intent": "report_problem", "slots": {**merged_slots(state), COMPLAINT_FROM: start, ITEM_ASKED: True}}
        return {"topic": asked, "outbox": with_replies(
            state, Reply(key=key, facts={"items": [c["title"] for c in cards]}, cards=cards))}
    item = next(i for i in order["items"] if i["item_id"] == target.item_ids[0])
    # a claim sent with a note, a screen or a blank sheet (the service sets such a photo aside without one)
    assessed = await _assess(state, deps, reader, topic, order, item, target.item_ids, words, base, photo,
                             no_item=shows_no_item(photo))
    return {**assessed, **questions_of_the_item(state.get("side_questions") or [], str(item["product_id"]))}


def _item_asked(state: ConversationState, start: int) -> bool:
    """This complaint already asked which ordered item the photo shows."""
    topic = state.get("topic") or {}
    slots = topic.get("slots") or {}
    return (topic.get("intent") == "report_problem" and bool(slots.get(ITEM_ASKED))
            and slots.get(COMPLAINT_FROM) == start)


async def _item_unknown_to_person(deps: Deps, state: ConversationState, words: str, photo: Photo) -> dict[str, Any]:
    """The photo still shows no item of the customer's orders after they were asked which one ("die trinkflasche
    hat eine delle" with a photo of a product never ordered, then "gleiche nochmal, einfach neu"): nothing can be
    assessed or offered, so the complaint goes to a person with the photo, and the customer hears why."""
    ticket = {"category": TicketCategory.OTHER.value, "order_id": None, "item_ids": [], "priority": "normal",
              "summary": f"The photo shows no item of the customer's orders (asked which one). Customer said: "
                         f"{words}"[:4000],
              "evidence": [{"uri": photo["uri"], "kind": "photo", "sha256": photo["sha256"]}]}
    said = {**state, "outbox": with_replies(state, Reply(key="complaint_item_unknown", facts={}))}
    return await hand_to_human(deps, said, ticket, EscalationReason.LOW_CONFIDENCE)  # type: ignore[arg-type]


async def _assess(state: ConversationState, deps: Deps, reader: CustomerReader, topic: dict[str, Any],
                  order: dict[str, Any], item: dict[str, Any], item_ids: list[str], words: str,
                  base: DecisionRequest, photo: Photo, *, no_item: bool = False) -> dict[str, Any]:
    """The photo of the item assessed against the ordered variant, and the remedy, the ticket or the question
    (`no_item`: the photo shows none, so no damage is read from it)."""
    evidence = await gather_evidence(deps.catalog, photo["uri"], item, deps.catalog_images)
    evidence = without_damage_read(evidence, no_item)
    triage = await deps.backend.decide(PhotoTriage, base.model_copy(update={"evidence": evidence}))
    remedy = (await deps.backend.decide(RemedyProposal, base.model_copy(update={
        "evidence": evidence, "triage": triage.value.label, "triage_confidence": triage.value.confidence,
        "target_order_id": order["order_id"], "target_item_ids": item_ids}))).value
    remedy = within_policy(remedy, order, triage.value.label, evidence)
    ticket = {
        "category": triage.value.label.value, "summary": f"{triage.value.rationale}. Customer said: {words}"[:4000],
        "order_id": order["order_id"], "item_ids": item_ids, "priority": "normal",
        "evidence": [{"uri": photo["uri"], "kind": "photo", "sha256": photo["sha256"]}],
        "verdict": {"label": triage.value.label.value, "confidence": triage.value.confidence,
                    "model_name": triage.model, "prompt_version": triage.prompt_version},
    }
    reason = verdict_reason(triage.value.label, evidence, state.get("language") or "en")
    triage_reply = Reply(key="triage_result", facts={"label_text": triage.value.label.value.replace("_", " "),
                                                     "rationale": reason})
    said = {**state, "outbox": with_replies(state, triage_reply)}
    confident = triage.value.confidence >= ESCALATE_BELOW
    # The photo was assessed: the same problem as an open ticket about this item joins it as evidence (and the
    # customer hears what the photo shows and where the ticket stands), whatever remedy the policy would allow
    # now (that ticket's remedy is under way); another problem goes on as a new complaint. A photo that shows
    # nothing wrong is no evidence of the ticket's problem: the customer hears that instead.
    # A verdict too unsure to act on is more evidence for that ticket all the same (after28: a second photo of the
    # same tear never opens a second ticket nor holds the chat for a person; the team already has the problem).
    shows_a_problem = triage.value.label is not TriageLabel.NOT_A_PROBLEM
    if (shows_a_problem or not confident) and (followed := await follow_up_open_ticket(
            deps, said, ticket, escalate_because=None, reply_key="photo_same_problem")) is not None:  # type: ignore[arg-type]
        return followed
    if confident and shows_a_problem and has_request_under_way(order):
        # a return or exchange of it is under way: said; a damage goes to a person at once (the policy), anything
        # else is passed on to our team after a yes
        language = state.get("language") or "en"
        if is_damage_claim(triage.value.label):
            said = {**state, "outbox": with_replies(state, triage_reply, request_under_way_said(
                order, item_ids, language))}
        else:
            pending, question = pass_photo_on(order, item_ids, ticket, language)
            return {"topic": topic, "pending": pending, "outbox": with_replies(state, triage_reply, question)}
    if not confident or remedy.remedy is RemedyKind.ESCALATE:
        because = EscalationReason.POLICY if confident else EscalationReason.LOW_CONFIDENCE
        priority = escalation_priority(triage.value.label, evidence)
        return await hand_to_human(deps, said, {**ticket, "priority": priority}, because)  # type: ignore[arg-type]
    if remedy.remedy is RemedyKind.NO_ACTION:
        return {"topic": None, "outbox": with_replies(state, triage_reply, Reply(key="no_problem_found", facts={}))}
    profile = await reader.profile()
    gift_card = next((m["id"] for m in profile.get("payment_methods", []) if m["source"] == "gift_card"), None)
    pending = remedy_pending(remedy.remedy, order, item_ids, ticket, gift_card)
    offer = Reply(key="remedy_offer", facts={"remedy_text": REMEDY_TEXT[remedy.remedy],
                                             "items": pending["reply_facts"]["items"], "order_id": order["order_id"]},
                  quick_replies=["Yes", "No"])
    return {"topic": topic, "pending": pending, "outbox": with_replies(state, triage_reply, offer)}
