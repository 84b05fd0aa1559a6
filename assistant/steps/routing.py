"""Where a turn goes next, decided from the understood intent, the topic in progress and the state."""

from __future__ import annotations

import re
from typing import Any

from assistant.consent import declines, explicit_answer, hesitates
from assistant.grounding.account_questions import account_question
from assistant.grounding.address_words import keeps_the_address_only
from assistant.grounding.items import nouns_said
from assistant.grounding.language_request import requested_language
from assistant.grounding.negations import refuses_action
from assistant.grounding.next_step_questions import asks_what_comes_next
from assistant.grounding.order_follow_ups import sounds_confused
from assistant.grounding.orders import order_numbers
from assistant.grounding.other_accounts import asks_account_data, asks_another_account, logins_named
from assistant.grounding.other_order_question import (
    cancels_another_order,
    weighs_another_order,
    weighs_unnamed_orders,
)
from assistant.grounding.other_people import other_person_asked
from assistant.grounding.payments import names_payment
from assistant.grounding.person_request import asks_for_a_person
from assistant.grounding.policy_questions import ABOUT_A_REQUEST, policy_question
from assistant.grounding.proposal_question import has_question_word
from assistant.grounding.requested_action import names_the_order, says_order_address
from assistant.grounding.split_payment import splits_the_payment
from assistant.grounding.unworded_writes import WRITES
from assistant.guardrails import probes_instructions
from assistant.models.contracts import Intent, TurnIntent
from assistant.models.resolver.patterns import PROFILE_ADDRESS
from assistant.state import ConversationState, Pending, Photo, Topic
from assistant.steps.address_in_flow import keeps_address_only
from assistant.steps.addresses import ADDRESS, without_addresses
from assistant.steps.after_refusal import lets_it_go, refused_last
from assistant.steps.after_write import asks_about_the_write
from assistant.steps.agent_question import KEEP
from assistant.steps.agent_question import marked as agent_answer_marked
from assistant.steps.back_to_the_proposal import turns_back_in_words
from assistant.steps.cancel_instead import CANCEL_INTENT, cancel_instead, negated_cancellation
from assistant.steps.catalog_routing import catalog_follow_up, catalog_reading
from assistant.steps.changed_detail import asks_another_value, changes_the_swap
from assistant.steps.desk_said import asks_about_the_desk
from assistant.steps.held_open import HELD_TOPICS, holds_open
from assistant.steps.last_write import returned_last, wrote_last
from assistant.steps.meta_follow_up import asks_about_last_message
from assistant.steps.method_question_replies import awaits_the_method, may_answer_otherwise
from assistant.steps.method_with_yes import names_only_a_method
from assistant.steps.next_after_write import asks_what_happens_next, photo_for_the_ticket
from assistant.steps.no_after_write import takes_back_the_write
from assistant.steps.nothing_to_pay import pays_with_nothing_open
from assistant.steps.open_proposal_replies import REFUND_METHOD_TOOLS, street_changed, yes_on_condition
from assistant.steps.open_question import declines_open_question
from assistant.steps.option_after_refusal import order_in_focus
from assistant.steps.order_changes import ASKED_METHOD_SLOT, REFUND_ASKED_SLOT, SWAP_ITEMS_SLOT, SWAP_VARIANT_SLOT
from assistant.steps.order_options import OPTIONS_SLOT, asks_for_options
from assistant.steps.other_orders_named import unnamed_others
from assistant.steps.person_in_talk import asks_that_person_again, own_fact_after_refusal
from assistant.steps.photo_not_sent import own_request_instead_of_photo
from assistant.steps.photo_refused import photo_words_without_photo
from assistant.steps.proposal_narrowed import narrows_the_proposal
from assistant.steps.proposal_questions import (
    asks_about_proposal,
    asks_by_its_form,
    facts_asked,
    yes_naming_a_method,
)
from assistant.steps.question_candidates import ASKED_SLOT
from assistant.steps.remedy_instead import wished_instead
from assistant.steps.return_instead import RETURN_INTENT, return_instead
from assistant.steps.swap_instead import SWAP_INTENT, swap_instead
from assistant.steps.swap_question_answers import question_about_variants, question_at_the_method
from assistant.steps.ticket_facts import asks_ticket_facts
from assistant.steps.yes_adds_item import adds_to_the_proposal, yes_to_both, yes_to_the_other_item
from assistant.steps.yes_and_another import another_order_with_yes, every_order_with_yes
from assistant.steps.yes_with_address import address_with_yes
from assistant.steps.yes_with_details import yes_restating_the_proposal, yes_with_content

ORDER_INTENTS = {Intent.ORDER_STATUS, Intent.CANCEL_ORDER, Intent.MODIFY_ORDER, Intent.RETURN_ITEM,
                 Intent.EXCHANGE_ITEM}
NEEDS_CUSTOMER = ORDER_INTENTS | {Intent.REPORT_PROBLEM, Intent.CHANGE_DEFAULT_ADDRESS}
# Turns that answer a question of the topic in progress rather than start a new one.
FOLLOW_UPS = {Intent.PROVIDE_DETAILS, Intent.AFFIRM, Intent.DENY}
# Below this confidence a turn inside an open topic is read as an answer to it, not a new request.
NEW_TOPIC_CONFIDENCE = 0.6
STEP_FOR_INTENT = {
    **{intent: "orders" for intent in ORDER_INTENTS},
    Intent.REPORT_PROBLEM: "complaint",
    Intent.CHANGE_DEFAULT_ADDRESS: "profile_address",
    Intent.PRODUCT_QUESTION: "product_qa",
    Intent.RECOMMEND: "recommend",
    Intent.HUMAN_AGENT: "escalate",
}


def turn_intent(state: ConversationState) -> Intent:
    intent = Intent((state.get("intent") or {}).get("intent", Intent.OUT_OF_SCOPE))
    if intent is Intent.CHANGE_DEFAULT_ADDRESS and _address_of_an_order(state):
        return Intent.MODIFY_ORDER
    return intent


def _address_of_an_order(state: ConversationState) -> bool:
    """"cambiar la dirección" while an order is being discussed changes that order's shipping address: the
    account's own address is changed only when the words name it ("default", "on my profile")."""
    text = (state.get("incoming") or {}).get("text", "")
    if PROFILE_ADDRESS.search(text):
        return False
    if says_order_address(text):  # "changer l'adresse de livraison svp": the address an order ships to
        return True
    if names_the_order(text):  # "I moved, send my order to my new address": the order goes there, not the account
        return True
    topic = state.get("topic") or {}
    if topic.get("intent") in {i.value for i in ORDER_INTENTS} or ((state.get("intent") or {}).get("slots") or {}).get(
            "order_ids"):
        return True
    said = [t["text"] for t in state.get("transcript", []) if t["role"] == "assistant"][-1:]
    return bool(said and order_numbers(said[0]))


def active_intent(state: ConversationState) -> Intent:
    """The intent the customer is pursuing: this turn's, or the open topic's when they are answering it."""
    intent = turn_intent(state)
    topic = state.get("topic")
    confidence = float((state.get("intent") or {}).get("confidence", 1.0))
    photo_only = not (state.get("incoming") or {}).get("text", "").strip()
    if swap_instead(state):
        return SWAP_INTENT
    if return_instead(state):
        return RETURN_INTENT
    if cancel_instead(state):
        return CANCEL_INTENT
    if own_request_instead_of_photo(state, intent):
        return intent  # "no photo, I ordered it by mistake: cancel it" after a photo was asked for
    # a refused request is never continued: "yes but ship it to …" after it is a request of its own
    if topic and not topic.get("refused") and (
            intent in FOLLOW_UPS or confidence < NEW_TOPIC_CONFIDENCE or photo_only or _asks_the_amount(topic, state)
            or _names_swap_payment(topic, intent, state) or _gives_awaited_address(topic, state)
            or _names_swap_variant(topic, intent, state) or _changes_the_pending_swap(state)
            or _asks_about_swap_variants(state)):
        return Intent(topic["intent"])
    return intent


def _asks_about_swap_variants(state: ConversationState) -> bool:
    """A question about another variant or the item while a swap is proposed or asks its method ("is the red one
    dearer?", "is it leather?"): answered within the swap, never a choice nor a product search (attack20 A1)."""
    text = (state.get("incoming") or {}).get("text", "")
    pending = state.get("pending")
    if pending:
        return question_about_variants(text, pending) is not None
    slots = (state.get("topic") or {}).get("slots") or {}
    waits = bool(slots.get(ASKED_METHOD_SLOT) and slots.get(SWAP_VARIANT_SLOT))
    return question_at_the_method(text, waits) is not None


def _changes_the_pending_swap(state: ConversationState) -> bool:
    """The turn names a value the pending swap does not write: read from the words (`changes_the_swap`), or from
    the swapped product's own variants when the turn was taken in (`incoming.other_value`: "ja aber lieber A5")."""
    pending = state.get("pending")
    incoming = state.get("incoming") or {}
    text = incoming.get("text", "")
    if question_about_variants(text, pending):
        return False  # "is the red one dearer?": red is asked about, never chosen
    return bool(pending) and (bool(incoming.get("other_value")) or changes_the_swap(text, pending)  # type: ignore[arg-type]
                              or asks_another_value(text, pending))  # type: ignore[arg-type]


def _asks_the_amount(topic: Topic, state: ConversationState) -> bool:
    """"would I get the whole $75 back?" while an order request is under way asks about that request's money,
    whatever else it reads as (a return, a product's price)."""
    text = (state.get("incoming") or {}).get("text", "")
    return topic.get("intent") in {i.value for i in ORDER_INTENTS} and (
        asks_about_proposal(text) == "amount" or "items" in facts_asked(text))  # "and the other items in it?"


def _asks_about_the_request(state: ConversationState) -> bool:
    """A write to one grounded order is under way and the turn asks about its facts (money, method, the other
    items) naming no product: a question about that request, never shopping ("how much is the difference")."""
    topic = state.get("topic") or {}
    text = (state.get("incoming") or {}).get("text", "")
    slots = topic.get("slots") or {}
    under_way = topic.get("intent") in HELD_TOPICS and bool(slots.get("order_ids"))
    # an address change moves no money, and "algo más barato?" with products on screen refines them
    no_money = slots.get("modification") == "address" or (
        bool((state.get("shopping") or {}).get("shown")) and catalog_reading(state).cheaper)
    return under_way and not no_money and bool(facts_asked(text)) and not nouns_said(text)


def _gives_awaited_address(topic: Topic, state: ConversationState) -> bool:
    """A new default address was asked for: a turn that writes one ("it's 12 Oak Lane, Portland, OR 97201")
    answers it, whatever else it reads as (an address reads much like an order's new shipping address)."""
    text = (state.get("incoming") or {}).get("text", "")
    slots = topic.get("slots") or {}
    awaits = topic.get("intent") == Intent.CHANGE_DEFAULT_ADDRESS.value or (
        topic.get("intent") == Intent.MODIFY_ORDER.value and slots.get("modification") == "address")
    return awaits and ADDRESS.search(text) is not None


def _names_swap_variant(topic: Topic, intent: Intent, state: ConversationState) -> bool:
    """A swap is under way: "what about an XL?", "in green then" name the new variant's options; they read as a
    product question or a recommendation but answer the swap."""
    slots = (state.get("intent") or {}).get("slots") or {}
    swapping = bool((topic.get("slots") or {}).get(SWAP_ITEMS_SLOT))
    return swapping and intent in (Intent.PRODUCT_QUESTION, Intent.RECOMMEND) and bool(
        slots.get("colour") or slots.get("size"))


def _names_swap_payment(topic: Topic, intent: Intent, state: ConversationState) -> bool:
    """A swap waits for the method paying its price difference, or a return for the method its refund goes to:
    "use my mastercard", "on my gift card instead" read as a payment change (modify_order) but answer that
    question, also for an exchange of a delivered order. Once the customer was asked which method, any turn that
    names one ("a paypal", "aufs Guthaben bitte", "la même carte que pour la commande") answers it, whatever
    intent it reads as."""
    slots = topic.get("slots") or {}
    if (slots.get(ASKED_METHOD_SLOT) or slots.get(REFUND_ASKED_SLOT)) and names_payment(
            (state.get("incoming") or {}).get("text", ""), same_alone=True):
        return True
    if intent is not Intent.MODIFY_ORDER:
        return False
    if (topic.get("slots") or {}).get(SWAP_ITEMS_SLOT):
        return True
    reads_as_payment = ((state.get("intent") or {}).get("slots") or {}).get("modification") == "payment"
    return topic.get("intent") == Intent.RETURN_ITEM.value and reads_as_payment


def merged_slots(state: ConversationState) -> dict[str, Any]:
    """Details gathered across the topic's turns; this turn's values win."""
    slots = dict((state.get("topic") or {}).get("slots", {}))
    for key, value in ((state.get("intent") or {}).get("slots") or {}).items():
        if value not in (None, [], ""):
            slots[key] = value
    return slots


# Requests only a person can handle (account and marketing settings, data requests).
NEEDS_A_PERSON = re.compile(
    r"\bunsubscribe\b|\b(?:marketing|promotional)\s+e-?mails?\b|\bnewsletter\b|\bdelete my (?:account|data)\b"
    r"|\bclose my account\b|\bmy personal data\b",
    re.I,
)


# Steps that read or write the customer's own orders and account: a guest reaches them only once verified.
VERIFIED_KEYS = frozenset({"identity_verified", "identity_verified_unnamed"})  # the identity step's "you're verified"
CUSTOMER_STEPS = frozenset({"orders", "complaint", "profile_address", "account_facts", "confirm", "desk_said",
                            "ticket_facts", "remedy_instead"})


def after_understanding(state: ConversationState) -> str:
    """The step for this turn; a guest not yet verified is asked for the proof missing before any step that reads
    their orders or account ("what's in that order?" right after the zip: attack15 F4), whatever route led there."""
    step = _step_for_turn(state)
    return "identity" if step in CUSTOMER_STEPS and not state.get("customer_id") else step


def _step_for_turn(state: ConversationState) -> str:
    intent = turn_intent(state)
    text = (state.get("incoming") or {}).get("text", "")
    # "did the person note I want it in black?" after the desk handed back: answered from the ticket (fresh20 F9)
    # "here's a picture of my problem" with a file the intake refused: a readable photo or words asked for
    refused_photo = "photo_refused" if photo_words_without_photo(state) else None
    # "is the grey one dearer?" while a guest's change waits for the email: the proof still missing asked again, the
    # change kept (mixed23), never a product search that drops it
    proving = "identity" if asks_while_proving(state) else None
    # a photo alone right after a photo's ticket: the same problem, assessed so that it joins the ticket (after28)
    ticket_photo = "complaint" if photo_for_the_ticket(state) and state.get("customer_id") else None
    if about_the_conversation := (_about_the_conversation(text) or _about_another_account(state, text)
                                  or ("desk_said" if asks_about_the_desk(state) else None) or refused_photo
                                  # "whats the ticket number again?" after a ticket was opened: its number (photo29)
                                  or ("ticket_facts" if asks_ticket_facts(state) else None)
                                  or proving or ticket_photo
                                  # "yes" to the agent's "would you like to keep your order then?": nothing changes
                                  or ("drop_topic" if agent_answer_marked(state) == KEEP else None)):
        return about_the_conversation
    pending = state.get("pending")
    if pending and ((state.get("incoming") or {}).get("queued_now") or (state.get("incoming") or {}).get("reinstated")):
        # "oh and also, return the lamp": queued behind the proposal, which is asked again; "do it after all, same
        # address" right after letting it go: the proposal let go, asked again
        return "confirm"
    if pending and ((state.get("incoming") or {}).get("role_block") or another_order_with_yes(text, pending)
                    # "would it be better to cancel #W… instead?": answered, the proposal kept (attack24)
                    or weighs_another_order(text, pending, _decided(state), unnamed_others(state))
                    or weighs_unnamed_orders(text, pending, _decided(state), unnamed_others(state)) is not None):
        return "confirm"  # a pasted block, or a yes that also names another order: the proposal is asked again
    if step := _whatever_it_reads_as(state, text):
        return step
    # "mettez le reste sur ma carte de crédit" splits a payment: no balance question (`splits_the_payment`)
    if (account_question(text) or own_fact_after_refusal(state)) and not state.get("pending") and not (
            splits_the_payment(text)):
        # "what payment methods do I have?", "and mine?" right after another person's balance was refused: answered
        # from the account, whatever a model made of it
        return "account_facts" if state.get("customer_id") else "identity"
    # another request replaces the one in progress (or the one just refused: "forget it then, I'll send it back")
    changes_request = _changes_request(state, text)
    if step := _about_what_was_said(state, text, changes_request):
        return step
    confident = float((state.get("intent") or {}).get("confidence", 1.0)) >= NEW_TOPIC_CONFIDENCE
    if step := _within_the_request(state, text, intent, changes_request):
        return step
    if declines_open_question(state) and not changes_request:
        return "drop_topic"
    if _offers_identity(state) and (not state.get("customer_id") or not confident
                                    or intent is Intent.PROVIDE_DETAILS or intent in WRITES
                                    or intent is Intent.REPORT_PROBLEM):
        # an email beside a write ("change the address of leo@…"): whose account it is is checked first, and
        # another person's account is refused, never read as the customer's own (steps/identity.py)
        return "identity"
    if (intent is Intent.HUMAN_AGENT and confident) or (state.get("dissatisfaction", 0) >= 2
                                                        and intent is not Intent.AFFIRM
                                                        and not _clear_request(state, intent, confident)):
        return "escalate"  # a yes is never a sign of being unhappy, even after misunderstandings
    if follow_up := catalog_follow_up(state):
        return follow_up
    goal = active_intent(state)
    if goal in NEEDS_CUSTOMER and not state.get("customer_id"):
        return "identity"
    if goal in NEEDS_CUSTOMER and asks_for_options(state):
        return "orders"  # "what are my options?" is answered from the order's status, whatever the request
    step = STEP_FOR_INTENT.get(goal, "chit_chat")
    if step == "chit_chat" and intent is not Intent.THANKS_BYE and declines(text):
        return "drop_topic"  # "ne lass mal, doch nicht" with nothing open: nothing changed, said plainly
    return step


def _decided(state: ConversationState) -> TurnIntent | None:
    decided = state.get("intent")
    return TurnIntent.model_validate(decided) if decided else None


def _changes_request(state: ConversationState, text: str) -> bool:
    """Another request replaces the one in progress: a swap, a return or a cancellation instead, or the cancellation
    of another order than the one proposed ("non, plutôt la commande #W…", attack24)."""
    if swap_instead(state) or return_instead(state) or cancel_instead(state):
        return True
    decided = _decided(state)
    return decided is not None and cancels_another_order(text, decided, state.get("pending"))


def _whatever_it_reads_as(state: ConversationState, text: str) -> str | None:
    """Turns whose step is known from the words and the state alone: a request only a person can handle, and a
    reply to an item change's method question that may be no method ("actually keep it purple", "ship it to …",
    "part on the gift card, the rest on my visa": never a balance question), read by the orders step
    (`method_question_replies`)."""
    if takes_back_the_write(state):
        return "write_confirmed"  # "hold on, don't do it!" right after the yes: the write is made, said so (A27-3)
    if NEEDS_A_PERSON.search(text) and not state.get("pending"):
        return "escalate"
    if (wish := wished_instead(state)) is not None:
        # "id rather just get a refund" to a photo complaint's remedy: the return proposed instead; "can I keep it
        # and get some money back?": no remedy of the policy, a person decides with the offer's ticket (photo29)
        return "remedy_instead" if wish == "money_back" else "escalate"
    if state.get("pending") and asks_for_a_person(text):
        # "yes — and I want to speak to a human", in either word order: the person gets the proposal and the yes,
        # nothing is written (steps/offer_with_person.py), never a write that drops the request (attack26 A26-3)
        return "escalate"
    if pays_with_nothing_open(state):  # "sí, pero cóbralo a mi tarjeta regalo" with nothing open (attack24)
        return "nothing_to_pay"
    if awaits_the_method(state) and turn_intent(state) is Intent.HUMAN_AGENT and (
            asks_for_a_person(text) or not asks_what_comes_next(text)):
        # "can I talk to a person first?" to the method question: never "first" as a method; "what's the process
        # from here?" names no person: answered by the orders step (desk28), never a ticket
        return "escalate"
    if awaits_the_method(state) and may_answer_otherwise(text) and not (
            swap_instead(state) or return_instead(state) or cancel_instead(state)):
        return "orders"
    return None


def _about_what_was_said(state: ConversationState, text: str, changes_request: bool = False) -> str | None:
    """Turns about the last reply or the shop's rules rather than a request: answered as such, or None."""
    if asks_about_last_message(state) and not state.get("pending"):
        return "meta_follow_up"  # "what does that mean?", "why do you need to know?": never a goodbye or a ticket
    if asks_what_happens_next(state):
        return "next_step"  # "what happens now?", "how long?", "und die andere kommt noch?" right after a write
    if asks_about_the_write(state):
        return "write_confirmed"  # "so is it done?", "la cambiaste?" right after a write: it is said again as done
    if order_in_focus(state):
        return "refused_option"  # "and in blue then?" right after that order's return or exchange: refused again
    if lets_it_go(state) and not changes_request:
        return "drop_topic"  # "nvm, don't cancel it then" after a refusal: nothing changed, never the refusal again
    if _asks_a_shop_rule(state, text):
        # "what's the return window?": answered from the rules, never an order action (nor a yes to a proposal)
        return "shop_policy"
    return None


def _within_the_request(state: ConversationState, text: str, intent: Intent, changes_request: bool) -> str | None:
    """The step for a turn inside the request in progress: an answer to its proposal, a question about it, a new
    detail of its swap, or words that hold it open; None when the turn is about something else."""
    pending = state.get("pending")
    if not changes_request and _asks_about_swap_variants(state):
        # "is the red one dearer?", "c'est du coton ?": answered, the proposal (or the method question) asked again
        return "confirm" if pending else "orders"
    kept_one = bool((state.get("incoming") or {}).get("other_value"))
    if pending and not changes_request and (_revised_with_an_address(text, pending, kept_one)
                                            or asks_another_value(text, pending)):
        # "Ok dann L in blau bleiben. Und bitte an meine neue Adresse …": the swap revised, the address put in front
        # of the new proposal (`address_in_flow.keep_the_address`), never the old variant; "a different colour
        # instead": the option asked again (`order_changes._option_asked_again`)
        return "orders"
    if pending and (not_plain_reply(text, pending) or keeps_the_address_only(text)):
        return "confirm"  # "yes if…", "what?", "put it on my paypal", "yes, both", "yes but 501 Main St": kept open
    if pending and not changes_request and turns_back_in_words(state, pending, text):
        return "confirm"  # "no, yes cancel the first one" after another order was weighed: this proposal's answer
    if pending and state.get("aside") and not text.strip():
        return "confirm"  # "und wo bleibt meine andere bestellung?": answered beside the proposal, asked again
    swap_changed = _changes_the_pending_swap(state)
    if pending and asks_by_its_form(text, pending) and not swap_changed:
        return "confirm"  # "krieg ich da was zurück", "wait which card": a question about the proposal, answered
    if pending and not changes_request and negated_cancellation(state):
        return "confirm"  # "don't cancel anything, just the swap": never a cancellation, the proposal's answer
    if pending and not changes_request and swap_changed:
        return "orders"  # "yes but in red instead": the swap is proposed again with the new detail
    photo = bool((state.get("incoming") or {}).get("photo"))  # a photo of another item is assessed on its own
    if pending and not photo and narrows_the_proposal(text, pending):
        return "confirm"  # "no, only the backpack": the return proposed again with it alone (`proposal_narrowed`)
    if pending and not changes_request and not photo and adds_to_the_proposal(text, pending):
        return "confirm"  # "yes and the desk lamp too": never written without it (`yes_adds_item`)
    if pending and not changes_request and (intent in (Intent.AFFIRM, Intent.DENY) or hesitates(text)
                    or explicit_answer(text, tool=pending.get("tool"))
                    or yes_naming_a_method(text, pending.get("tool", "")) or asks_about_proposal(text, pending)
                    or yes_restating_the_proposal(text, pending) or yes_with_content(text, pending)
                    or refuses_action(text, pending.get("tool") or "") or every_order_with_yes(text, pending)
                    # "bueno no, mejor déjalo así", whatever a model read in it: the proposal let go (`confirm`)
                    or declines(text)):
        return "confirm"
    if not pending and (holds_open(state) or _asks_about_the_request(state)):
        # "hmm let me think about it": the request stays open, nothing written (`held_open`); "wie hoch ist der
        # Preisunterschied?" while the swap asks its method: that swap's money, never shopping
        return "orders"
    return None


def _revised_with_an_address(text: str, pending: Pending, kept_one: bool = False) -> bool:
    """A reply to an item change that gives a whole new address and, in its other words, another option value
    than the proposal's (mind20, W2: "L in blau bleiben" after a proposed red L, with the address), or one of the
    swap's changes kept as ordered (`kept_one`, read against the product: "keep it black, just the 4K")."""
    return address_with_yes(text, pending) == "whole" and (
        kept_one or changes_the_swap(without_addresses(text), pending))


def not_plain_reply(text: str, pending: Pending) -> bool:
    """A reply to the proposal that is no plain yes or no and that the confirm step answers with the proposal kept
    open, whatever request its words could also be read as (`open_proposal_replies`, `yes_adds_item.yes_to_both`)."""
    return (sounds_confused(text) or yes_on_condition(text) or yes_to_both(text, pending)
            or keeps_address_only(text, pending)
            or yes_to_the_other_item(text, pending) or address_with_yes(text, pending) is not None
            or (pending.get("tool") in REFUND_METHOD_TOOLS and names_only_a_method(text))
            or street_changed(pending, text) is not None)


def asks_while_proving(state: ConversationState) -> bool:
    """A guest asked for the rest of their proof while an order request waits, who asks a question of it and no new
    request: the request is kept for when they are verified."""
    topic = state.get("topic") or {}
    asked_proof = any(str(key).startswith("ask_identity") for key in state.get("said_last") or [])
    if state.get("customer_id") or not asked_proof or topic.get("intent") not in {i.value for i in ORDER_INTENTS}:
        return False
    text = (state.get("incoming") or {}).get("text", "")
    return turn_intent(state) not in ORDER_INTENTS and ("?" in text or has_question_word(text))


def _about_the_conversation(text: str) -> str | None:
    """Turns about the conversation itself: a probe of the instructions (refused), or a request to switch the
    reply language ("parle moi en anglais stp": said in the new language, never a product search)."""
    if probes_instructions(text):
        return "chit_chat"
    return "language_switch" if requested_language(text) else None



def _about_another_account(state: ConversationState, text: str) -> str | None:
    """A question about another customer's account data: refused as such (attack16 F6: "what's the gift card
    balance of james_li_5688?" got the asker's own). A login or words of another person name it; an email typed
    by a known customer is compared with their own first (`identity`). A guest naming a login may be naming their
    own: the identity step asks them to prove it as usual."""
    customer = state.get("customer_id")
    if asks_another_account(text, own_login=customer) and (customer or not logins_named(text)):
        return "other_account"
    person = other_person_asked(text, own_login=customer)
    if person is not None and (customer or person.by == "relation"):
        # "Leo Martin's gift card balance", "les commandes de mon mari" (fresh17 F4); a guest's name may be their own
        return "other_account"
    if asks_that_person_again(state, text):
        # "how much is on his gift card then?" right after that refusal (fresh18 F7), or right after "my friend
        # Sophie shops here as well" (relative-data-20)
        return "other_account"
    if customer and _offers_identity(state) and asks_account_data(text):
        return "identity"
    return None


def _asks_a_shop_rule(state: ConversationState, text: str) -> bool:
    """A question about the shop's rules; one whose words could also answer an order request in progress ("can
    I pay with my gift card?" while a swap waits for its method) is left to that request."""
    topic = policy_question(text, after_a_return=returned_last(state))
    if topic is None:
        return False
    request_open = bool(state.get("pending")) or (state.get("topic") or {}).get("intent") in {
        i.value for i in ORDER_INTENTS} and not refused_last(state) and not wrote_last(state) and not (
        _asks_which_order(state) and not order_numbers(text))

    return not (topic in ABOUT_A_REQUEST and request_open)


def _asks_which_order(state: ConversationState) -> bool:
    """The request in progress waits to know which order: a question about the rules answers nothing of it ("how
    do refunds work?" is answered, never read as a return: fresh20 F12)."""
    slots = (state.get("topic") or {}).get("slots") or {}
    return not state.get("pending") and (slots.get(ASKED_SLOT) or {}).get("slot") == "order_ids"


def _clear_request(state: ConversationState, intent: Intent, confident: bool) -> bool:
    """A request the assistant can act on ("¿qué pedidos tengo?" after two misunderstandings): it is served, not
    handed to a person as the customer being repeatedly unhappy (misunderstandings before it do not make it one)."""
    return (confident and intent in STEP_FOR_INTENT and intent is not Intent.HUMAN_AGENT) or bool(
        (state.get("intent") or {}).get("slots", {}).get("order_ids"))


def after_identity(state: ConversationState) -> str:
    topic = state.get("topic")
    if _verified_this_turn(state) and account_question((state.get("incoming") or {}).get("text", "")):
        # "what's my gift card balance? <email> order W… zip …": answered from the account now that the guest is
        # verified, as a signed-in customer's would be, never read as a change of that order (fresh18 F8)
        return "account_facts"
    if not state.get("customer_id") or not topic:
        return "respond"
    goal = Intent(topic["intent"])
    if goal in NEEDS_CUSTOMER and topic.get("slots", {}).get(OPTIONS_SLOT):
        return "orders"
    return STEP_FOR_INTENT.get(goal, "respond")


def _verified_this_turn(state: ConversationState) -> bool:
    outbox = state.get("outbox") or []
    return bool(state.get("customer_id") and outbox and outbox[-1].get("key") in VERIFIED_KEYS)


def after_respond(state: ConversationState) -> str:
    handoff = state.get("handoff")
    return "await_agent" if handoff and handoff["active"] else "end"


def _offers_identity(state: ConversationState) -> bool:
    slots = (state.get("intent") or {}).get("slots") or {}
    return bool(slots.get("email") or (slots.get("first_name") and slots.get("last_name") and slots.get("zip_code")))


DEICTIC = re.compile(r"\b(?:this|these|that|those|it|like (?:this|that|these)|the (?:photo|picture|pic))\b", re.I)


def photo_in_focus(state: ConversationState) -> Photo | None:
    """This turn's photo, or the last one when the customer points back at it ("is this wool?")."""
    incoming = state.get("incoming") or {}
    if incoming.get("photo"):
        return incoming["photo"]
    if DEICTIC.search(incoming.get("text", "")):
        return state.get("photo")
    return None
