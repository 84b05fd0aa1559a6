"""Who the customer is: the signed-in session's customer, or a guest who proves it by the shop's rule.

A conversation's customer never changes once known: details of someone else typed into the chat are not
looked up at all (so they reveal nothing), and the customer is told the conversation belongs to its account.
A guest proves who they are under `Deps.guest_rule` (tools/verification.py), rate-limited and audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.account_questions import account_question
from assistant.grounding.details_only import without_details
from assistant.grounding.other_accounts import asks_account_data, only_reads_account_data
from assistant.grounding.request_clauses import action_of
from assistant.grounding.requested_action import says_order_address
from assistant.grounding.unworded_writes import WRITES, says_a_write
from assistant.models.contracts import Intent
from assistant.state import ConversationState
from assistant.steps.guest_request_words import REQUEST_WORDS, request_read_again, with_request_words
from assistant.steps.list_at_sign_in import order_list_topic
from assistant.steps.order_options import OPTIONS_SLOT, asks_for_options
from assistant.steps.owned_items import request_once_verified
from assistant.steps.question_candidates import REQUEST_TEXT_SLOT
from assistant.steps.routing import STEP_FOR_INTENT, active_intent, asks_while_proving, merged_slots
from tools.context import Actor
from tools.registry import invoke_tool
from tools.verification import Detail, GuestClaim, GuestRule, verify_guest

IDENTITY_SLOTS = ("email", "first_name", "last_name", "zip_code")
FAILED_PROOF = "failed_proof"  # the topic slot holding the details of the last refused attempt, never a request's
ORDER_PROOF_DETAILS: tuple[Detail, ...] = ("email", "order_id", "zip_code")  # in the order the replies name them


def ask_identity_key(rule: GuestRule, missing: Sequence[Detail] = ()) -> str:
    """The request for proof: under the shop's rule, only the details still `missing` when the guest gave some
    (judged on what they said, never on the store, so it reveals nothing), else all three."""
    if rule is GuestRule.TAU:
        return "ask_identity_tau"
    asked = [detail for detail in ORDER_PROOF_DETAILS if detail in missing]
    if not asked or len(asked) == len(ORDER_PROOF_DETAILS):
        return "ask_identity"
    return "ask_identity_missing_" + "_".join(asked)


def _claim(slots: dict[str, Any]) -> GuestClaim:
    order_ids = slots.get("order_ids") or []
    return GuestClaim(email=slots.get("email"), order_id=order_ids[0] if order_ids else None,
                      zip_code=slots.get("zip_code"), first_name=slots.get("first_name"),
                      last_name=slots.get("last_name"))


def _is_task(intent: str) -> bool:
    """Only a request the shop acts on stays open after verification. A greeting ("hi, my email is ...") or
    bare details must not: an open topic makes the next, less certain turn read as an answer to it."""
    return Intent(intent) in STEP_FOR_INTENT


def _without_identity(slots: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in slots.items() if key not in (*IDENTITY_SLOTS, REQUEST_WORDS, FAILED_PROOF)}


def _proof_of(claim: GuestClaim) -> list[str]:
    return [str(claim.email or "").strip().lower(), str(claim.order_id or "").strip().upper(),
            str(claim.zip_code or "").strip()]


def _refused_again(slots: dict[str, Any], claim: GuestClaim) -> bool:
    """The details of the attempt just refused, with nothing corrected ("yes", "why?"): refused again without a
    new attempt, so an unchanged claim is never counted twice nor judged differently."""
    return slots.get(FAILED_PROOF) == _proof_of(claim)


def _corrects_the_proof(state: ConversationState) -> bool:
    """After a refused attempt, a turn that gives a proof detail, no address besides it and no request ("perdón,
    mi código postal es 78228", "oops, my email is …"): it corrects the proof, whatever a reader made of it (a zip
    read as a new shipping address), and the request said before it is the one served. A new address has a house
    number: any digit left once the details are blanked keeps the turn's own reading."""
    if FAILED_PROOF not in ((state.get("topic") or {}).get("slots") or {}):
        return False
    said = (state.get("intent") or {}).get("slots") or {}
    if not any(said.get(detail) for detail in ("email", "order_ids", "zip_code")):
        return False
    text = (state.get("incoming") or {}).get("text", "")
    rest, _ = without_details(text)
    # "cancel order W…", "cambie la dirección de envío, CP …": a request of its own, read as it is
    return not any(character.isdigit() for character in rest) and action_of(rest) is None and not (
        says_order_address(text))


def _kept_after_failure(slots: dict[str, Any], claim: GuestClaim, state: ConversationState) -> dict[str, Any]:
    """The details of a refused attempt kept, under the shop's rule, for the guest to correct the one that was
    wrong ("sorry zip is 75215"): this turn's values replace the kept ones (`merged_slots`), and the attempt that
    follows is checked, rate-limited and recorded as any other (issue 17). Nothing of the store is in them: only
    what the guest typed. The request's own words are kept too, read again once verified."""
    return with_request_words(slots, state) | {FAILED_PROOF: _proof_of(claim)}


async def _own_profile(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    async with runtime.context.tools(Actor.customer(str(state["customer_id"])), state["conversation_id"],
                                     read_only=True) as ctx:
        profile = await invoke_tool("get_customer_details", ctx, {}, allowed={"get_customer_details"})
    return profile.data if profile.ok else {}


def _names_own_account(own: dict[str, Any], slots: dict[str, Any]) -> bool:
    """Whether the details typed are the known customer's own (only their own profile was read)."""
    if not own:
        return False
    if slots.get("email"):
        return str(slots["email"]).strip().lower() == str(own.get("email", "")).lower()
    name = (str(own.get("first_name", "")).lower(), str(own.get("last_name", "")).lower())
    typed = (str(slots.get("first_name", "")).lower(), str(slots.get("last_name", "")).lower())
    return typed == name and str(slots.get("zip_code", "")) in ("", str((own.get("address") or {}).get("zip", "")))


async def _known_customer(state: ConversationState, runtime: Runtime[Deps], slots: dict[str, Any],
                          intent: str) -> dict[str, Any]:
    own = await _own_profile(state, runtime)
    if not _names_own_account(own, slots):
        # One customer per conversation: details of someone else never switch, and are never looked up; a change
        # asked for another person's account is refused as such, never made to the customer's own (fresh13 L1)
        text = (state.get("incoming") or {}).get("text", "")
        key = ("other_account_data" if only_reads_account_data(text)
               else "other_account_write" if Intent(intent) in WRITES or says_a_write(text)
               else "other_account_data" if asks_account_data(text) else "identity_mismatch")
        return {"topic": None, "outbox": [{"key": key, "facts": {}}]}
    if not _is_task(intent):  # only their own details again: say so rather than stay silent
        return {"topic": None, "outbox": [{"key": "identity_verified", "facts": {"name": own["first_name"]}}]}
    return {"topic": {"intent": intent, "slots": _without_identity(slots)}, "outbox": []}


async def verify_identity(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    slots = merged_slots(state)
    if asks_for_options(state):
        slots[OPTIONS_SLOT] = True  # answered once the customer is verified
    intent = active_intent(state).value
    if asks_while_proving(state):  # a question while the proof comes in pieces: the request waiting is kept
        intent = (state.get("topic") or {}).get("intent") or intent
    if state.get("customer_id"):
        return await _known_customer(state, runtime, slots, intent)
    deps = runtime.context
    topic: dict[str, Any] = {"intent": intent, "slots": slots}
    tau = deps.guest_rule is GuestRule.TAU
    claim = _claim(slots)
    if not tau and _refused_again(slots, claim):
        return {"topic": {"intent": intent, "slots": with_request_words(slots, state)},
                "outbox": [{"key": "identity_failed", "facts": {}}]}
    async with deps.tools(Actor.anonymous(), state["conversation_id"]) as ctx:
        outcome = await verify_guest(ctx, claim, rule=deps.guest_rule, limits=deps.verification_limits,
                                     pepper=deps.secret_key,
                                     message_id=(state.get("incoming") or {}).get("message_id"),
                                     requester=state.get("account"),
                                     client=(state.get("incoming") or {}).get("client"))
    if outcome.status == "incomplete":
        # the request's own words kept while the proof comes in pieces, read again once verified (mixed23)
        topic["slots"] = with_request_words(topic["slots"], state)
        return {"topic": topic, "outbox": [{"key": ask_identity_key(deps.guest_rule, outcome.missing), "facts": {}}]}
    if outcome.status == "locked":
        return {"topic": None, "outbox": [{"key": "identity_locked", "facts": {}}]}
    if outcome.status == "failed" or outcome.customer_id is None:
        if tau:  # the lighter rule's methods differ (email, or name + zip): the next try is judged on its own
            return {"topic": {"intent": intent, "slots": _without_identity(slots) | {"order_ids": []}},
                    "outbox": [{"key": "identity_failed_tau", "facts": {}}]}
        return {"topic": {"intent": intent, "slots": _kept_after_failure(slots, claim, state)},
                "outbox": [{"key": "identity_failed", "facts": {}}]}
    customer_id = outcome.customer_id
    async with deps.tools(Actor.customer(customer_id), state["conversation_id"], read_only=True) as ctx:
        profile = await invoke_tool("get_customer_details", ctx, {}, allowed={"get_customer_details"})
    verified = ({"key": "identity_verified", "facts": {"name": profile.data["first_name"]}} if profile.ok
                else {"key": "identity_verified_unnamed", "facts": {}})
    remaining = _without_identity(slots)
    update: dict[str, Any] = {}
    words, understood = request_read_again(slots, state)
    if _corrects_the_proof(state) and (said := slots.get(REQUEST_WORDS) or {}).get("reading"):
        # the request said with the refused proof, served now in its own words and reading (issue 17)
        words, understood = said["text"], said["reading"]
        intent, update["intent"] = Intent(said["reading"]["intent"]).value, said["reading"]
    reread = await request_once_verified(deps, customer_id, state["conversation_id"], words, understood)
    if reread is not None:
        intent, remaining = reread.intent.value, {**remaining, **reread.slots.model_dump(exclude_defaults=True)}
        update["intent"] = reread.model_dump(mode="json")
    said_before = words != (state.get("incoming") or {}).get("text", "")
    if said_before and STEP_FOR_INTENT.get(Intent(intent)) == "orders":
        # the request said before the proof is the one served now, in its own words ("swap the boots for a size
        # 9", then the proof): the order step reads the item and the value in them, not in the proof's (issue 17)
        remaining[REQUEST_TEXT_SLOT] = words
    if listed := order_list_topic((state.get("incoming") or {}).get("text", ""), update.get("intent")
                                  or state.get("intent")):
        # "…, order W…, zip …, what orders do I have?": the order given as proof is not the one asked about
        (topic, update["intent"]) = listed
        return {**update, "customer_id": customer_id, "verified_by": outcome.method, "topic": topic,
                "outbox": [verified]}
    asks_account = reread is None and account_question((state.get("incoming") or {}).get("text", "")) is not None
    return {
        **update,
        "customer_id": customer_id,
        "verified_by": outcome.method,
        # an account question is answered next (routing.after_identity), never left open as a change of the order
        "topic": {"intent": intent, "slots": remaining} if _is_task(intent) and not asks_account else None,
        "outbox": [verified],
    }
