"""The customer's yes or no to a proposed write. Only here do writes happen, and only after an explicit yes
(`assistant/consent.py`), whatever the model understood.

Re-running this step (LangGraph resumes a node from the top) repeats nothing: the confirmation token is
derived from the proposal, so the write returns its stored outcome and the ticket its existing record.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from langgraph.runtime import Runtime

from assistant.consent import consent_to, declines, explicit_answer, hesitates
from assistant.consent_details import agrees_in_words
from assistant.context import Deps
from assistant.grounding.address_words import keeps_the_address_only
from assistant.grounding.negations import refuses_action
from assistant.grounding.option_questions import option_question_patterns
from assistant.grounding.order_follow_ups import sounds_confused
from assistant.grounding.other_order_question import weighs_another_order, weighs_unnamed_orders
from assistant.grounding.part_refused import refuses_a_part
from assistant.grounding.payments import names_payment
from assistant.grounding.proposal_question import Fact, has_question_word
from assistant.models.contracts import Intent, TurnIntent
from assistant.refusals import refusal_reply, refused_after_a_write
from assistant.state import ConversationState, Pending, Reply
from assistant.steps.address_in_flow import (
    address_alone,
    keeps_address_only,
    names_both_parts,
    yes_to_both_changes,
    yes_to_the_address_alone,
)
from assistant.steps.addresses import read_addresses
from assistant.steps.back_to_the_proposal import turns_back_to_the_proposal
from assistant.steps.balance_after_write import facts_after_write
from assistant.steps.cancel_instead import negated_cancellation
from assistant.steps.held_open import held_open, holds_open, no_then_thinking, puts_on_hold
from assistant.steps.method_with_yes import (
    method_instead,
    method_instead_with_a_question,
    names_only_a_method,
    other_method_named,
    other_method_with_yes,
    ruled_out,
    with_method,
)
from assistant.steps.open_proposal_replies import (
    ADDRESS_TOOLS,
    condition_answer,
    method_not_held,
    reinstated_again,
    saved_methods,
    street_changed,
    unclear_again,
    yes_on_condition,
)
from assistant.steps.open_question import let_go_line
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.other_orders_named import unnamed_others
from assistant.steps.proposal_narrowed import narrowed_return, narrows_the_proposal
from assistant.steps.proposal_questions import (
    ask_again,
    asks_by_its_form,
    facts_asked,
    method_named_is_proposed,
    opens_with_yes,
    proposal_answer,
    yes_to_the_method_proposed,
)
from assistant.steps.question_after_no import question_after_no
from assistant.steps.routing import turn_intent
from assistant.steps.status_aside import with_status_aside
from assistant.steps.swap_question_answers import answer_in_proposal, question_about_variants
from assistant.steps.ticket_facts import ticket_fact_replies
from assistant.steps.ticket_follow_up import TICKET_LIMIT, follow_up_latest_ticket
from assistant.steps.unheld_method import unheld_method_note
from assistant.steps.weighed_order import weighed_order_replies, weighed_orders_reply
from assistant.steps.yes_adds_item import (
    adds_to_the_proposal,
    yes_adding_items,
    yes_to_both,
    yes_to_the_other_item,
)
from assistant.steps.yes_and_another import another_order_with_yes, every_order_with_yes, one_order_at_a_time
from assistant.steps.yes_naming_another_value import names_another_value
from assistant.steps.yes_taken_back import yes_taken_back
from assistant.steps.yes_with_address import address_with_yes, answer_address_with_yes
from assistant.steps.yes_with_details import yes_restating_the_proposal, yes_with_content
from assistant.steps.yes_with_next_question import question_after_the_yes
from tools.confirmations import ProposedAction, record_confirmation
from tools.context import Actor
from tools.registry import TOOLS, ToolKind, ToolResult, invoke_tool

CUSTOMER_WRITES = {name for name, spec in TOOLS.items() if spec.kind is ToolKind.WRITE}


async def perform(deps: Deps, state: ConversationState, pending: Pending) -> ToolResult:
    actor = Actor.customer(state["customer_id"])  # type: ignore[arg-type]
    conversation_id = state["conversation_id"]
    token = deps.confirmation_token(conversation_id, pending["action_id"])
    action = ProposedAction(name=pending["tool"], arguments=pending["arguments"])
    async with deps.tools(actor, conversation_id) as ctx:
        await record_confirmation(ctx, action, token=token)
    async with deps.tools(actor, conversation_id) as ctx:
        result = await invoke_tool(pending["tool"], ctx, pending["arguments"], confirmation=token,
                                   allowed=CUSTOMER_WRITES)
    return result


async def _open_ticket(deps: Deps, state: ConversationState, pending: Pending) -> list[Reply]:
    """The line about the proposal's ticket: opened, or (over the customer's ticket limit) the evidence added
    to their latest open ticket."""
    arguments = pending.get("ticket")
    if not arguments:
        return []
    actor = Actor.customer(state["customer_id"])  # type: ignore[arg-type]
    async with deps.tools(actor, state["conversation_id"]) as ctx:
        ticket = await invoke_tool("open_ticket", ctx, arguments, action_id=pending["action_id"],
                                   allowed={"open_ticket"})
    if ticket.ok:
        return [Reply(key="ticket_opened", facts={"ticket_id": ticket.data["number"],
                                                  "next_steps": pending["reply_facts"].get("next_steps", "")})]
    if ticket.error_code == TICKET_LIMIT:
        followed = await follow_up_latest_ticket(deps, state, arguments, escalate_because=None)
        return list((followed or {}).get("outbox", []))[-1:]
    return []


async def confirm(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    pending = state.get("pending")
    if pending and (state.get("incoming") or {}).get("queued_now"):
        return {"outbox": [ask_again(pending)]}  # a request added to the queue (request_queue): this proposal first
    text = (state.get("incoming") or {}).get("text", "")
    if pending and negated_cancellation(state) and explicit_answer(text, tool=pending["tool"]) != "no":
        # "no no, don't cancel anything, just the swap": asked again; "no! don't cancel anything" (nothing else)
        # is a plain no to the proposal, read as one below
        return {"outbox": [ask_again(pending)]}
    aside = state.get("aside")
    # a message that only asked about another order: the proposal is asked again after its answer
    result = {"outbox": [ask_again(pending)]} if aside and not text.strip() and pending else (
        await _answer(state, runtime))
    if aside:  # "yes. oh and did the bookshelf order ship yet?": answered beside the yes
        reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
        acted = ((state.get("pending") or {}).get("arguments") or {}).get("order_id")
        result = await with_status_aside(reader, result, aside, state.get("language") or "en", acted)
    return result


async def _about_another_order(state: ConversationState, runtime: Runtime[Deps], pending: Pending,
                               text: str) -> dict[str, Any] | None:
    """A reply that also names another order (or all of them): the proposal is kept and asked again. After the
    answer weighing another order, a no to it and a yes to the proposal's own ("no, yes cancel the first one") is
    that yes; without a yes ("non, finalement la première") the proposal is asked again, naming its order."""
    reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
    if (turned := await turns_back_to_the_proposal(reader, state, pending, text)) == "yes":
        return await _carry_out(runtime, state, pending, reader, text)
    if turned == "again":
        return {"outbox": [ask_again(pending)]}
    if other := another_order_with_yes(text, pending):  # one order at a time: this one is not done, said so
        return {"outbox": [one_order_at_a_time(pending, other), ask_again(pending)]}
    decided = TurnIntent.model_validate(state["intent"]) if state.get("intent") else None
    unnamed = unnamed_others(state)  # "the other one" without its number: the customer's other pending orders
    if other := weighs_another_order(text, pending, decided, unnamed):  # "would it be better to cancel #W… instead?"
        return {"outbox": await weighed_order_replies(reader, pending, other, state.get("language") or "en")}
    if (several := weighs_unnamed_orders(text, pending, decided, unnamed)) is not None:  # "one of the others?"
        return {"outbox": [weighed_orders_reply(pending, several), ask_again(pending)]}
    if every_order_with_yes(text, pending):  # "yes, cancel all my orders": not a yes to this one order alone
        return {"outbox": [one_order_at_a_time(pending, None), ask_again(pending)]}
    return None


async def _answer(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    pending = state["pending"]
    assert pending is not None  # routed here only with a pending proposal  # noqa: S101
    text = (state.get("incoming") or {}).get("text", "")
    # "ja zu beidem", "oui pour les deux" to two writes: a yes to both
    # "ok thanks" agrees to nothing, whether or not the customer put the proposal off (A27-2, fresh29 N1)
    yes_held = "yes_held_for_question" in (state.get("said_last") or [])
    answer = consent_to(text, tool=pending["tool"], yes_held=yes_held) or (
        "yes" if yes_to_both_changes(text, pending) or yes_to_the_address_alone(text, pending) else None)
    if settled := await _about_another_order(state, runtime, pending, text):
        return settled
    if settled := _one_part_only(state, pending, text, answer):
        return settled
    reader = CustomerReader(runtime.context, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
    # "yes please. how long does that take?" to a complaint's remedy: done, then answered (photo29)
    if settled := (await _yes_then_answered(runtime, state, pending, reader, text, answer)
                   or await _not_plain(reader, state, pending, text)):
        return settled  # "yes if…", "what?", "sí, y el reloj también", "yes, but make it 501 Main St": kept open
    # "yes and send me the tracking", "sí, cancélalo porque ya no lo necesito": the yes, with words of its own
    # Two writes (a new address, then an item change): only a plain yes agrees to both; a yes with words of its own
    # ("ja, bloß die Adresse", "yes, only the item change", "yes please, keep the current design") may name a part
    # and is asked again (attack19 A19-1, A19-10)
    one_write = not pending.get("first") or names_both_parts(text, pending)
    if (one_write and answer is None and not asks_by_its_form(text, pending) and yes_with_content(text, pending)
            and await method_named_is_proposed(reader, pending, text)):
        answer = "yes"
    # "entonces con la tarjeta de crédito": a method named alone chooses where the money goes, it asks nothing
    chooses_a_method = names_only_a_method(text)
    asked = facts_asked(text, pending) if answer is None and not chooses_a_method else []
    if one_write and not asked and answer is None and (await yes_to_the_method_proposed(reader, pending, text)
                                                       or yes_restating_the_proposal(text, pending)):
        answer = "yes"  # "yep, the mastercard", "sí, la negra": what is proposed, named again
    if not asked and one_write:
        pending, answer, settled = await _method_named(reader, pending, text, answer, state.get("language") or "en")
        if settled is not None:
            return settled
    if asked:  # answered from the data, then the proposal asked again; it stays open for the next yes or no
        return await _answered(reader, state, pending, text, asked, may_move=one_write)
    # A hesitation a model reads as a no ("hmm, not sure actually") keeps the proposal open: asked again.
    # "ich will das gar nicht umtauschen" names the proposed action negated: a no, whatever a model read
    refused = answer is None and refuses_action(text, pending["tool"])
    # "ok no actually keep it as is", "no, mejor déjalo como está": a refusal of its own words is a no, whatever
    # hedge word goes with it; words that put it off ("let me think, leave it for now") keep it open
    refused = refused or (answer is None and declines(text) and not puts_on_hold(text)) or (
        answer is None and no_then_thinking(text))
    # a model's "no" for a question with no refusal in its words ("wann käme sie dann an") is no answer
    # nor for words that agree and refuse nothing ("11 is good, yes")
    denied = turn_intent(state) is Intent.DENY and not hesitates(text) and (
        declines(text) or not (has_question_word(text) or agrees_in_words(text, tool=pending["tool"])))
    if answer == "no" or refused or (answer is None and denied):
        answered = await question_after_no(reader, pending, text, state.get("language") or "en")
        return {"pending": None, "topic": None, "withdrawn": pending,  # "do it after all" next asks it again
                "outbox": [Reply(key="declined_then_answer", facts={}) if answered
                           else let_go_line((pending.get("arguments") or {}).get("order_id")),
                           *([answered] if answered else [])]}
    if answer is None and (changed := await other_method_named(reader, pending, text)) and changed.allowed:
        # "ok, aber die Differenz lieber über PayPal": no yes to the proposal shown; shown again with that method
        moved = with_method(pending, changed.method, state.get("language") or "en")
        return {"pending": moved, "outbox": [ask_again(moved)]}
    if answer is None and holds_open(state):  # "hmm let me think about it": kept open, nothing written
        return held_open(state)
    if answer is None:  # the model may have heard a yes; a write needs the customer to say it plainly
        if pending.get("question"):  # asked again as first asked, so the customer sees what a yes agrees to
            return {"outbox": [Reply(key="clear_answer_needed", facts={}), ask_again(pending)]}
        return {"outbox": [Reply(key="ask_yes_no", facts={}, quick_replies=["Yes", "No"])]}
    return await _carry_out(runtime, state, pending, reader, text)


async def _yes_then_answered(runtime: Runtime[Deps], state: ConversationState, pending: Pending,
                             reader: CustomerReader, text: str, answer: str | None) -> dict[str, Any] | None:
    """A plain yes to a complaint's remedy with a question after it about what follows (`yes_with_next_question`):
    the remedy carried out, its ticket's line saying the next step and its time, then the ticket's number or the
    email written to when the question asked them. None for any other message."""
    if answer is not None or not (question := question_after_the_yes(text, pending)):
        return None
    done = await _carry_out(runtime, state, pending, reader, text)
    if not done.get("written"):
        return done
    facts = await ticket_fact_replies(runtime.context, state["customer_id"], state["conversation_id"],  # type: ignore[arg-type]
                                      question)
    return {**done, "outbox": [*done["outbox"], *facts]}


async def _answered(reader: CustomerReader, state: ConversationState, pending: Pending, text: str, asked: list[Fact],
                    *, may_move: bool) -> dict[str, Any]:
    """A question about the proposal, answered from the data; the proposal stays open for the next yes or no. A method
    named in a sentence of its own beside it moves the proposal first ("use paypal instead. how much is the
    difference?"): the answer and the proposal asked again say PayPal, and a yes writes it."""
    language = state.get("language") or "en"
    moved = await method_instead_with_a_question(reader, pending, text) if may_move else None
    if moved is not None and moved.allowed:
        pending = with_method(pending, moved.method, language)
    outbox = await proposal_answer(reader, pending, asked, language, yes_said=opens_with_yes(text))
    return {"pending": pending, "outbox": outbox} if moved is not None and moved.allowed else {"outbox": outbox}


def _one_part_only(state: ConversationState, pending: Pending, text: str,
                   answer: Literal["yes", "no"] | None) -> dict[str, Any] | None:
    """A yes beside a pasted block, or one refusing a part ("yes to the address, no to the item change"): no yes.
    The new address kept alone ("only the address please, not the skateboard"): proposed alone (address_in_flow)."""
    if (state.get("incoming") or {}).get("role_block"):
        return None if answer == "no" else {"outbox": [Reply(key="clear_answer_needed", facts={}), ask_again(pending)]}
    if keeps_address_only(text, pending):
        return address_alone(pending)
    if answer is None and keeps_the_address_only(text) and pending.get("tool") in ADDRESS_TOOLS:
        # "only the address" to the address change alone: that is the proposal, asked as it stands for a plain yes
        return {"outbox": [Reply(key="clear_answer_needed", facts={}), ask_again(pending)]}
    if (answer != "no" and keeps_the_address_only(text) and pending.get("tool") not in ADDRESS_TOOLS
            and not read_addresses(text, "USA")):
        # "yes, only the address" to a proposal that changes no address: no yes to it, the address asked for (with
        # the address in the words, it is proposed alone: `yes_with_address`)
        return {"outbox": [Reply(key="address_needed_with_yes", facts={}), ask_again(pending)]}
    if answer != "no" and refuses_a_part(text):
        return {"outbox": [Reply(key="clear_answer_needed", facts={}), ask_again(pending)]}
    return None


async def _not_plain(reader: CustomerReader, state: ConversationState, pending: Pending,
                     text: str) -> dict[str, Any] | None:
    """The turn's result for a reply that is no plain yes or no and keeps the proposal open
    (`open_proposal_replies`); None for any other reply."""
    incoming = state.get("incoming") or {}
    if incoming.get("reinstated"):
        return {"outbox": reinstated_again(pending)}
    if narrows_the_proposal(text, pending) and (narrowed := await narrowed_return(
            reader, pending, text, state.get("topic"), state.get("language") or "en")):
        return narrowed  # "no, only the backpack": the return proposed again with it alone
    if settled := await _variant_asked(reader, pending, text, state.get("language") or "en"):
        return settled  # "is the red one dearer?", "c'est du coton ?": answered, the proposal asked again
    if not incoming.get("photo") and (adds_to_the_proposal(text, pending) or yes_to_both(text, pending)
                                      or yes_to_the_other_item(text, pending)) and (
            added := await yes_adding_items(reader, pending, text, state.get("topic"), state.get("language") or "en")):
        return added  # "sí, y el reloj también": the return proposed again with it, or why it cannot join
    if destination := address_with_yes(text, pending):
        return await answer_address_with_yes(reader, pending, text, destination)  # "yes but ship it to …"
    if sounds_confused(text):
        return {"outbox": unclear_again(pending)}
    if yes_on_condition(text):
        return {"outbox": await condition_answer(reader, pending, state.get("language") or "en")}
    if changed := street_changed(pending, text):
        changed = {**changed, "action_id": uuid.uuid4().hex}
        return {"pending": changed, "outbox": [ask_again(changed)]}
    return None


async def _method_named(reader: CustomerReader, pending: Pending, text: str, answer: Literal["yes", "no"] | None,
                        language: str) -> tuple[Pending, Literal["yes", "no"] | None, dict[str, Any] | None]:
    """Another saved method than the proposal's, named in the answer: with a yes ("ok, to the gift card please")
    the yes writes with it; alone ("actually put it on paypal instead") the proposal is asked again with it. A
    method the write cannot use is said so (never "a clear yes or no"), and the proposal stays as it is. Returns
    the proposal, the answer, and the turn's result when the turn ends here. Card digits no saved method ends in
    ("yes on the 1234 card") are said to be unknown, and the proposal is asked again as it stands."""
    if answer != "no" and (pending.get("arguments") or {}).get("payment_method_id") and names_payment(text) and (
            note := unheld_method_note(text, methods := (await reader.profile()).get("payment_methods", []))):
        return pending, answer, {"outbox": [note, saved_methods(methods, language), ask_again(pending)]}
    if answer != "no" and (not_held := await method_not_held(reader, pending, text, language)):
        return pending, answer, {"outbox": not_held}  # "to my gift card" with none saved: said, with the saved ones
    if answer != "no" and (named := await other_method_with_yes(reader, pending, text)):
        if not named.allowed:
            return pending, answer, {"outbox": ruled_out(pending, named, language)}
        return with_method(pending, named.method, language), "yes", None
    if answer is None and (instead := await method_instead(reader, pending, text)):
        if not instead.allowed:
            return pending, answer, {"outbox": ruled_out(pending, instead, language)}
        changed = with_method(pending, instead.method, language)
        return changed, answer, {"pending": changed, "outbox": [ask_again(changed)]}
    return pending, answer, None


async def _variant_asked(reader: CustomerReader, pending: Pending, text: str, language: str) -> dict[str, Any] | None:
    """A question about another variant or the item while a swap is proposed (attack20 A1): its answer, then the
    proposal as it was; a value the question names is never chosen (`swap_question_answers`)."""
    question = question_about_variants(text, pending)
    said = await answer_in_proposal(reader, pending, question, language) if question else None
    if said is None:
        return None
    # "yes, but is the red one dearer?": the yes waits for the answer; "¿y la roja…?" opens with "and", no yes
    joined = option_question_patterns()["joiners"].match(text.strip(" ¿¡").lower())
    held = [Reply(key="yes_held_for_question", facts={})] if opens_with_yes(text) and not joined else []
    return {"outbox": [said, *held, ask_again(pending)]}


async def _carry_out(runtime: Runtime[Deps], state: ConversationState, pending: Pending, reader: CustomerReader,
                     text: str) -> dict[str, Any]:
    """The yes is taken: the write is performed, unless the same words take it back or name a value of the swapped
    product that the proposal does not ("yes swap it to the iron one"): then it is asked again, nothing written."""
    # "yes I do not want to cancel", "sí, no quiero cancelarlo": whichever reading took the yes, the refusal wins
    if yes_taken_back(text, pending["tool"]) or await names_another_value(reader, pending, text):
        return {"outbox": [Reply(key="clear_answer_needed", facts={}), ask_again(pending)]}
    done: list[Reply] = []
    if first := pending.get("first"):  # the write the same yes makes first (a new address before an item change)
        result = await perform(runtime.context, state, first)
        if not result.ok:  # nothing else written: why said, and the proposal without it asked again
            alone: Pending = {key: value for key, value in pending.items() if key != "first"}  # type: ignore[assignment]
            return {"pending": alone, "outbox": [refusal_reply(result), ask_again(alone)]}
        done.append(Reply(key=first["reply_key"], facts=first["reply_facts"]))
    if pending["tool"] != "open_ticket":
        result = await perform(runtime.context, state, pending)
        if not result.ok:  # the address written first stays written, and is said so (attack19 A19-10)
            refusal = refused_after_a_write(result) if done else refusal_reply(result)
            return {"pending": None, "topic": None, "outbox": [*done, refusal]}
    facts = await facts_after_write(reader, pending, state.get("language") or "en")
    outbox = [*done, Reply(key=pending["reply_key"], facts=facts),
              *await _open_ticket(runtime.context, state, pending)]
    # kept: "what happens now?", "how long?" next are answered from it (steps/next_after_write.py)
    return {"pending": None, "topic": None, "outbox": outbox, "dissatisfaction": 0,
            "written": {**pending, "reply_facts": facts}}
