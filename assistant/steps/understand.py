"""Take in the customer's message and ask the model layer what they want in this turn (intent + slots)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from langgraph.runtime import Runtime

from assistant.consent import explicit_answer
from assistant.context import Deps
from assistant.grounding.asked_remedy import asked_remedy, asked_remedy_reading
from assistant.grounding.cancel_request import cancel_reading
from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_constraints import CatalogReading
from assistant.grounding.catalog_vocabulary import CatalogVocabulary, read_vocabulary_async
from assistant.grounding.complaint_statement import complaint_reading
from assistant.grounding.contrast import without_ruled_out
from assistant.grounding.courtesy import courtesy
from assistant.grounding.details_only import details_only_reading
from assistant.grounding.german_spelling import with_umlauts
from assistant.grounding.hold_words import says_to_wait
from assistant.grounding.item_again import damaged_item_again_reading, item_again_without_photo
from assistant.grounding.item_changes import asks_for_swap, names_options, size_said_as_fit
from assistant.grounding.items import nouns_said
from assistant.grounding.kept_items import without_kept_items
from assistant.grounding.lexicon import lexicon
from assistant.grounding.order_history import history_question_reading
from assistant.grounding.order_named_by_item import without_order_naming_item
from assistant.grounding.orders import order_numbers
from assistant.grounding.other_order_question import switch_reading
from assistant.grounding.payment_change import payment_change_reading
from assistant.grounding.person_request import person_reading
from assistant.grounding.photo_shopping import photo_shopping_reading
from assistant.grounding.role_blocks import own_words
from assistant.grounding.same_item_asked import same_item_without_focus
from assistant.grounding.side_questions import SideSplit
from assistant.grounding.site_trouble import without_site_trouble
from assistant.grounding.status_aside import asks_another_orders_status, split_list_aside, split_status_aside
from assistant.grounding.taken_back import without_taken_back
from assistant.grounding.unworded_writes import WRITES, says_a_write, unworded_write_reading
from assistant.models.backend import Decision, ModelBackend
from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.models.requests import ChatTurn, DecisionRequest, ImageInput
from assistant.state import ConversationState, Photo, Topic
from assistant.steps.address_in_discussion import address_of_order_in_discussion
from assistant.steps.addresses import ADDRESS
from assistant.steps.after_write import asks_about_its_refund
from assistant.steps.agent_question import answer_to_agent, marked_keep
from assistant.steps.desk_offer import (
    agent_message,
    agent_offer,
    answers_offer,
    held_conversation_words,
    read_with_offer,
)
from assistant.steps.held_open import nothing_to_change, put_off_key
from assistant.steps.identity_slots import identity_read
from assistant.steps.kept_change import keeps_one_change
from assistant.steps.listed_order import order_at_listed_position
from assistant.steps.missed_order import ends_missed_request
from assistant.steps.open_proposal_replies import reinstated
from assistant.steps.option_change_in_context import option_change_in_context
from assistant.steps.order_facts import order_fact_question, order_status_question, ordered_option_question
from assistant.steps.order_in_discussion import order_in_discussion
from assistant.steps.order_item_focus import discussed_item, item_focus, needs_the_item, swap_of_the_item
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.other_orders_named import cancellation_in_progress, other_orders_read, unnamed_others
from assistant.steps.own_item_options import own_item_option_question
from assistant.steps.owned_item_price import owned_item_price_question
from assistant.steps.owned_items import owned_item_change, owned_item_question
from assistant.steps.photo_not_sent import instead_of_photo_reading, photo_asked_not_sent
from assistant.steps.product_focus import product_in_focus, product_named_in_words, product_question
from assistant.steps.proposal_ordinal import proposal_first
from assistant.steps.question_answer import answer_to_question, order_from_list
from assistant.steps.receive import receive
from assistant.steps.request_after_no import request_after_no
from assistant.steps.request_queue import several_requests
from assistant.steps.side_question_reading import SIDE_KEY, read_side_questions
from assistant.steps.yes_naming_another_value import names_another_value

HISTORY_TURNS = 6
NO_REQUEST = {Intent.THANKS_BYE, Intent.OUT_OF_SCOPE, Intent.GREET}
WRITE_REQUESTS = {Intent.CANCEL_ORDER, Intent.MODIFY_ORDER, Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM,
                  Intent.CHANGE_DEFAULT_ADDRESS}  # an address for "my pending order" is that order's
ANSWERS = {Intent.AFFIRM, Intent.DENY}  # "ok thanks, bye" less its courtesy is "ok": still a goodbye
WRITE_TOPICS = {intent.value for intent in WRITE_REQUESTS}


def chat_history(state: ConversationState) -> list[ChatTurn]:
    turns = state.get("transcript", [])[-HISTORY_TURNS - 1 : -1]
    return [ChatTurn(role="customer" if t["role"] == "customer" else "assistant", text=t["text"]) for t in turns]


def image_of(photo: Photo) -> ImageInput:
    """The redacted copy of a photo as model input (models never see the original)."""
    return ImageInput(data=Path(photo["uri"]).read_bytes(), media_type=photo["media_type"])  # type: ignore[arg-type]


def photo_input(state: ConversationState) -> ImageInput | None:
    """This turn's photo, if any, as model input."""
    photo = (state.get("incoming") or {}).get("photo")
    return image_of(photo) if photo else None


async def _another_value(deps: Deps, seen: ConversationState, text: str) -> dict[str, Any]:
    """The incoming message marked `other_value` when a swap waits and the words name a value of its product that
    neither the item nor the proposal has, read against the product's own variants (any option: "A5", "2000
    pieces", "urethane"): the swap is proposed again with it (`routing`), never written as it stands."""
    pending = seen.get("pending")
    if not pending or not seen.get("customer_id") or not text.strip():
        return {}
    reader = CustomerReader(deps, seen["customer_id"], seen["conversation_id"])  # type: ignore[arg-type]
    # "keep it white, just the wood" to a white-to-black wood swap: one change kept as ordered, the swap revised
    if not (await names_another_value(reader, pending, text) or await keeps_one_change(reader, pending, text)):
        return {}
    return {"incoming": {**(seen.get("incoming") or {}), "other_value": True}}


async def _other_orders_seen(deps: Deps, seen: ConversationState, received: dict[str, Any],
                             text: str) -> ConversationState:
    """`seen` (and `received`) with the customer's other pending orders when the words mean "the other one"."""
    if not (others_read := await other_orders_read(deps, seen, text)):
        return seen
    received.update(others_read)
    return cast(ConversationState, {**seen, "incoming": received["incoming"]})


async def understand(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    """Take the customer's message in (`receive`) and ask what they want."""
    catalog = runtime.context.catalog
    vocabulary = await read_vocabulary_async(catalog) if catalog is not None else None
    received = receive(state, vocabulary.name_pairs if vocabulary else ())
    received.update(_own_incoming(state))
    received.update(_german_spelled(state, received))
    received.update(_taken_back_read(state, received))
    received.update(_contrast_read(state, received))
    received.update(_kept_items_read(state, received))
    received.update(_order_naming_item_read(state, received))  # "from the order with the X, only return the Y"
    received.update(request_after_no(state, received))  # "no, don't cancel; switch the payment instead"
    seen = cast(ConversationState, {**state, **received,
                                    "transcript": [*state.get("transcript", []), *received["transcript"]]})
    topic = seen.get("topic")
    request = DecisionRequest(
        text=(seen.get("incoming") or {}).get("text", ""),
        history=chat_history(seen),
        image=photo_input(seen),
        awaiting=topic["intent"] if topic else None,
        language=seen.get("language") or "en",
    )
    # "where is #D9000002? and is the Chaz hoodie in blue?": the request read without its side questions
    side = await read_side_questions(runtime.context, seen, request.text, request.language, vocabulary)
    request, seen = _without_side_questions(side, request, seen, received)
    request, seen, decision, aside = await _read_requests(runtime.context, request, seen, received,
                                                          going_on=side is not None and not side.request)
    if not (seen.get("pending") or topic):
        request, seen, decision = await _after_the_desk(runtime.context.backend, request, seen, received, decision)
    earlier = [turn.text for turn in request.history if turn.role == "customer"]
    words = _words_read(vocabulary, request)  # what the turn says of products, read once for every step below
    intent = identity_read(request.text, complaint_reading(request.text, request.image is not None, decision.value),
                           earlier)
    intent = _remedy_or_photo_search(request, intent, in_progress=bool(seen.get("pending") or topic))
    # "der hoodie hat ein loch, kann ich den umtauschen?": the same item again for a damage, a complaint
    intent = damaged_item_again_reading(request.text, intent, in_progress=bool(seen.get("pending") or topic))
    intent = instead_of_photo_reading(seen, request.text, cancel_reading(request.text, request.awaiting, intent))
    intent = item_again_without_photo(request.text, intent, photo_asked_not_sent(seen))  # "gleiche nochmal, neu"
    if size_said_as_fit(request.text, intent.slots.size):
        intent = intent.model_copy(update={"slots": intent.slots.model_copy(update={"size": None})})
    item_product = None
    if not request.image:
        intent = product_in_focus(request.text, intent)
        intent = await product_question(runtime.context, seen["conversation_id"], request.text, intent)
        intent = await product_named_in_words(runtime.context, request.text, intent, _names_an_option(words))
        intent = await owned_item_change(runtime.context, seen.get("customer_id"), seen["conversation_id"],
                                         request.text, intent, (topic or {}).get("slots"),
                                         browsing=bool((seen.get("shopping") or {}).get("shown")))
        discussed = _order_in_discussion(seen)
        intent = await option_change_in_context(runtime.context, seen.get("customer_id"), seen["conversation_id"],
                                                request.text, intent, discussed[1],
                                                (seen.get("shopping") or {}).get("focus"), (topic or {}).get("slots"))
        # "quiero lo mismo pero en negro" with nothing shown, photographed or discussed: an item of theirs, asked which
        shopping = seen.get("shopping") or {}
        intent = same_item_without_focus(request.text, intent, in_focus=bool(
            seen.get("pending") or topic or discussed[1] or shopping.get("focus") or shopping.get("shown")))
        # "cancel it", "mi pedido", "the puzzle in my order": the order the last reply named
        intent = await order_in_discussion(runtime.context, seen, request.text, intent, discussed[1])
        # "and can you ship it to my work? 700 Congress Ave, Austin 78701", nothing under way: that order's address
        intent = address_of_order_in_discussion(request.text, intent, discussed[1],
                                                under_way=bool(seen.get("pending") or topic))
        intent = order_fact_question(request.text, intent, *discussed)
        intent = order_status_question(request.text, intent, *discussed)
        intent = ordered_option_question(request.text, intent, discussed[1])  # "what colour did I order again?"
        intent = history_question_reading(request.text, intent, bool(seen.get("pending")))
        intent = await owned_item_question(runtime.context, seen.get("customer_id"), seen["conversation_id"],
                                           request.text, intent)
        # "wie teuer war die Tastatur?": the order holding it, that item's price (a proposal's questions are its own)
        intent = await owned_item_price_question(runtime.context, seen.get("customer_id"), seen["conversation_id"],
                                                 request.text, intent, proposed=bool(seen.get("pending")))
        # "are the hiking boots in my order waterproof?": answered from that item's own options
        customer = seen.get("customer_id")
        intent = await own_item_option_question(
            CustomerReader(runtime.context, customer, seen["conversation_id"]) if customer else None,
            request.text, intent, bool(seen.get("pending") or (topic and not _asks_an_address(topic))))
        # "what is it made of?" after "where is my jacket?"; never while a question of the assistant's is open
        # (a hedge to "why do you want to cancel?" answers that question, it asks nothing of the item)
        if discussed[1] and not seen.get("pending") and not topic and needs_the_item(request.text, intent):
            item = await discussed_item(runtime.context, seen.get("customer_id"), seen["conversation_id"],
                                        discussed[1], earlier[-1] if earlier else "")
            intent = swap_of_the_item(intent, item)
            intent, item_product = await item_focus(runtime.context, request.text, intent, item)
    else:  # a photo with a question about another product named in words: that product is asked about (held20)
        intent = await product_named_in_words(runtime.context, request.text, intent, _names_an_option(words),
                                              photo=True)
    # "zahlungsart auf paypal ändern", "payer avec ma visa plutôt": a pending order's payment change, whatever a
    # reader made of it (a complaint, a cancellation)
    intent = payment_change_reading(request.text, intent, in_progress=bool(topic or seen.get("pending")))
    intent = person_reading(request.text, intent)
    if (seen.get("incoming") or {}).get("role_block") and not request.text:  # nothing of the customer's own
        intent = TurnIntent(intent=Intent.OUT_OF_SCOPE, confidence=1.0, slots=TurnSlots())
    # order numbers, emails and zip codes alone ask for no write, whatever a reader made of them
    intent = details_only_reading(request.text, intent, in_progress=bool(topic or seen.get("pending")))
    # "non, plutôt la commande #W…" while a cancellation is proposed: that order's cancellation (attack24); "the
    # other one" without its number read against the customer's other pending orders (A27-4)
    seen = await _other_orders_seen(runtime.context, seen, received, request.text)
    intent = switch_reading(request.text, intent, cancellation_in_progress(seen), unnamed_others(seen))
    # a write read where the words say none ("<email> #W… cp 43230, ou en est-elle"): the question it is
    intent = unworded_write_reading(request.text, intent, write_in_progress=bool(
        seen.get("pending") or (topic and topic.get("intent") in {write.value for write in WRITES})))
    if not seen.get("pending") and nothing_to_change(request.text):  # "no, mejor no cambies nada": a no, no change
        intent = TurnIntent(intent=Intent.DENY, confidence=max(intent.confidence, 0.9), slots=TurnSlots())
    # an answer to the question just asked is read against its candidates first ("the second one")
    intent, answered = answer_to_question(request.text, intent, topic, seen.get("pending"))
    if answered is None and not seen.get("pending"):  # "cancel the second one" after a list of orders
        intent = order_from_list(request.text, intent, seen.get("offered"))
    if answered is None and seen.get("pending"):  # "sí, cancela el primero": counted from the proposal's order
        intent = proposal_first(request.text, intent, seen.get("pending"), seen.get("shown_list"))
    if answered is None and not request.image:  # "and the first one?" after the order list: that order's status
        intent = await order_at_listed_position(runtime.context, seen.get("customer_id"), seen["conversation_id"],
                                                request.text, intent, seen.get("shown_list"))
    received.update(await _another_value(runtime.context, seen, request.text))  # "ja aber lieber A5"
    received.update(reinstated(seen, request.text, intent.intent))  # "si finalement faites le" after "laissez tomber"
    # "yes" right after the desk handed back on "would you like to keep your order then?": the agent's question
    update: dict[str, Any] = {**received, "intent": intent.model_dump(mode="json"), "offered": None, "aside": aside,
                              SIDE_KEY: [q.model_dump(mode="json") for q in side.questions] if side else None,
                              "catalog_reading": _catalog_reading(vocabulary, words, request.text, intent.slots,
                                                                  request.language)}
    if (waiting := seen.get("pending")) and says_to_wait(request.text):  # "je vais en parler à mon mari d'abord"
        update["put_off"] = put_off_key(waiting)  # a later "ok merci" closes the talk, no yes (attack27 A27-2)
    if answered is not None:
        update["topic"] = answered
    elif ends_missed_request(topic, request.text, intent):  # "couldn't find #W…, which one?", then no order named
        update["topic"] = None
    if item_product and answered is None:
        update["shopping"] = {**(seen.get("shopping") or {}), "focus": item_product, "shown": []}
    if decision.notice:
        update["notices"] = [decision.notice]
    return update

async def _read_requests(deps: Deps, request: DecisionRequest, seen: ConversationState,
                         received: dict[str, Any], going_on: bool,
                         ) -> tuple[DecisionRequest, ConversationState, Decision[TurnIntent], str | None]:
    """The turn's request read whole, or split into a status aside and the request, or into several requests (the
    first now, the others queued in `received`); with the decision on it and the aside, if any."""
    # "et le remboursement de la gourde et du casque, il arrive quand ?" after their return: one question about that
    # write's refund (steps/after_write.py), never split into an order's status and another request (fresh25 F7)
    about_a_refund = asks_about_its_refund(seen, request.text)
    backend = deps.backend
    split = None if about_a_refund else await _status_aside(deps, request, seen, going_on=going_on)
    aside = None
    several = None if split or about_a_refund else await several_requests(backend, request, seen)
    if split is not None:  # "i want to return the pet bed, and has my other order shipped?": the request alone
        request, decision, aside = split
        received["incoming"] = {**(seen.get("incoming") or {}), "text": request.text}
        seen = cast(ConversationState, {**seen, "incoming": received["incoming"]})
    elif several is not None:  # "cancel #W1 and change the address of #W2": the first now, the others queued
        request, decision, aside = several.request, several.decision, several.aside
        received["queued"] = several.queued
        received["incoming"] = {**(seen.get("incoming") or {}), "text": request.text, "queued_now": several.added}
        seen = cast(ConversationState, {**seen, "incoming": received["incoming"]})
    else:
        decision = await beyond_courtesy(backend, request, await backend.decide(TurnIntent, request))
    return request, seen, decision, aside


def _remedy_or_photo_search(request: DecisionRequest, intent: TurnIntent, in_progress: bool) -> TurnIntent:
    """A return or exchange asked by name with its reason ("exchange the dumbbells, the adjustable was wrong for
    me"): that request, no complaint; "habt ihr sowas?" with a photo: a photo search, not a complaint."""
    if not request.image:
        intent = asked_remedy_reading(request.text, intent, in_progress)
    return intent if in_progress else photo_shopping_reading(request.text, request.image is not None, intent)


def _without_side_questions(side: SideSplit | None, request: DecisionRequest, seen: ConversationState,
                            received: dict[str, Any]) -> tuple[DecisionRequest, ConversationState]:
    """The request and the state read with the message less its side questions (`received` takes the words)."""
    if side is None:
        return request, seen
    received["incoming"] = {**(seen.get("incoming") or {}), "text": side.request}
    return (request.model_copy(update={"text": side.request}),
            cast(ConversationState, {**seen, "incoming": received["incoming"]}))


async def _status_aside(deps: Deps, request: DecisionRequest, state: ConversationState,
                        going_on: bool = False) -> tuple[DecisionRequest, Decision[TurnIntent], str | None] | None:
    """Another order's status asked beside a write request, or alone while a request is under way ("und wo
    bleibt meine andere bestellung?"): the request (read alone, or going on), its reading, and the question.
    `going_on`: the message only asked side questions while a request waits, which goes on with no words."""
    if going_on:
        return _going_on(request)
    split = await _split_status_aside(deps.backend, request, bool(state.get("pending")))
    split = split if split is not None else _list_aside(state, request)
    return split if split is not None else await _lone_status_aside(deps, state, request)


def _going_on(request: DecisionRequest) -> tuple[DecisionRequest, Decision[TurnIntent], None]:
    """A message of side questions only, while the request under way waits for an answer: the request goes on with
    no words of its own, so its question is asked again after the answers."""
    going_on = Decision(value=TurnIntent(intent=Intent.PROVIDE_DETAILS, confidence=1.0, slots=TurnSlots()),
                        backend="code", model="side_questions", prompt_version="none", latency_ms=0.0)
    return request.model_copy(update={"text": ""}), going_on, None


def _list_aside(state: ConversationState, request: DecisionRequest
                ) -> tuple[DecisionRequest, Decision[TurnIntent], str] | None:
    """Every order asked for beside a question about one of them, with nothing under way ("whats the status of my
    orders? also when does the tee ship"): the list, read in code, and the question answered beside it."""
    if request.image or state.get("pending") or state.get("topic") or not (split := split_list_aside(request.text)):
        return None
    listing = Decision(value=TurnIntent(intent=Intent.ORDER_STATUS, confidence=1.0, slots=TurnSlots()),
                       backend="code", model="list_aside", prompt_version="none", latency_ms=0.0)
    return request.model_copy(update={"text": split.request}), listing, split.aside


async def _split_status_aside(backend: ModelBackend, request: DecisionRequest, pending: bool
                              ) -> tuple[DecisionRequest, Decision[TurnIntent], str] | None:
    """A write request with a status question about another order beside it: the request read alone, its
    reading, and the question (answered by the order step); None otherwise (or while a proposal waits)."""
    if request.image and pending:
        return None
    # "yes. oh and did the bookshelf order ship yet?" while a proposal waits: the yes, and the other order's status
    split = (split_status_aside(request.text, lambda words: explicit_answer(words) == "yes") if pending
             else split_status_aside(request.text))
    if split is None:
        return None
    alone = request.model_copy(update={"text": split.request})
    decision = await backend.decide(TurnIntent, alone)
    if pending:
        return alone, decision, split.aside
    # "den fahrradhelm bitte in M statt L": an item and its new value, a change whatever the first reading; "meine
    # offene bestellung bitte an 19 Lake Road … schicken": an address for an order
    change = bool(nouns_said(split.request)) and (asks_for_swap(split.request) or names_options(split.request)) or (
        ADDRESS.search(split.request) is not None)
    # "zahnbürste gefällt mir nicht, retoure bitte, erstattung auf gutschein": a return or exchange asked by name
    change = change or asked_remedy(split.request) is not None
    # "me llegó la camiseta rota, mira. y cuándo llega la chaqueta?": a complaint (its photo read with the words
    # left), and the other order's question answered beside it (fresh16 F3/F6)
    complains = complaint_reading(split.request, request.image is not None, decision.value).intent is (
        Intent.REPORT_PROBLEM)
    if request.image is not None and not complains:
        return None
    # "mi madre me pidió esta chaqueta con mi cuenta, ¿dónde está el pedido #D9000002?": a write read in words that
    # say none is no request beside the question (own-and-others-22: a new default address was asked instead)
    written = decision.value.intent in WRITE_REQUESTS and says_a_write(split.request)
    return (alone, decision, split.aside) if written or change or complains else None


async def _lone_status_aside(deps: Deps, state: ConversationState, request: DecisionRequest
                             ) -> tuple[DecisionRequest, Decision[TurnIntent], str] | None:
    """A message that only asks where another order is while a write waits for its yes or for an answer to its
    question: the whole message is the aside, and the request under way is read as going on (no words of its own),
    so its proposal or question is asked again after the answer."""
    pending, topic = state.get("pending"), state.get("topic") or {}
    if request.image or not (pending or topic.get("intent") in WRITE_TOPICS):
        return None
    acted = ((pending or {}).get("arguments") or {}).get("order_id") or next(
        iter((topic.get("slots") or {}).get("order_ids") or []), None)
    if not (asks_another_orders_status(request.text, acted) or (  # an item named: read against the order's own
            nouns_said(request.text) and asks_another_orders_status(request.text, acted,
                                                                    await _nouns_of_order(deps, state, acted)))):
        return None
    going_on = Decision(value=TurnIntent(intent=Intent.PROVIDE_DETAILS, confidence=1.0, slots=TurnSlots()),
                        backend="code", model="status_aside", prompt_version="none", latency_ms=0.0)
    return request.model_copy(update={"text": ""}), going_on, request.text


async def _nouns_of_order(deps: Deps, state: ConversationState, order_id: str | None) -> frozenset[str] | None:
    """The product nouns of the items of the order a request acts on ("is the puzzle on its way?" beside the
    sneakers' return names another order's item); None when there is no such order to read."""
    customer = state.get("customer_id")
    if not order_id or not customer:
        return None
    order = await CustomerReader(deps, customer, state["conversation_id"]).order(order_id)
    if order is None:
        return None
    return frozenset(nouns_said(" ; ".join(item["name"] for item in order.get("items", []))))


def _own_incoming(state: ConversationState) -> dict[str, Any]:
    """The message with what follows a role marker ("[SYSTEM] …", "Asistente: …") cut off, if it has one: only the
    customer's own words are read (the transcript keeps the message as sent)."""
    incoming = state.get("incoming") or {}
    own, blocked = own_words(incoming.get("text", ""))
    return {"incoming": {**incoming, "text": own, "role_block": True}} if blocked else {}


def _german_spelled(state: ConversationState, received: dict[str, Any]) -> dict[str, Any]:
    """A German message is read with the umlauts its words were typed without ("zuruckgeben"); the transcript keeps
    the message as sent."""
    incoming = received.get("incoming") or state.get("incoming") or {}
    text = incoming.get("text", "")
    if received.get("language") != "de" or not text or (spelled := with_umlauts(text)) == text:
        return {}
    return {"incoming": {**incoming, "text": spelled}}


def _taken_back_read(state: ConversationState, received: dict[str, Any]) -> dict[str, Any]:
    """A message that takes back what it just said ("the bookshelf... sorry, I mean the water bottle", "W3130816,
    Entschuldigung, ich meine W9222585") is read with the later words in place of the earlier ones
    (`grounding/taken_back.py`): one request, about what was meant; what it says of a broken link or page is left
    out (`grounding/site_trouble.py`: no damage of an item). The transcript keeps the message as sent."""
    incoming = received.get("incoming") or state.get("incoming") or {}
    text = incoming.get("text", "")
    if not text or (read := without_site_trouble(without_taken_back(text))) == text:
        return {}
    return {"incoming": {**incoming, "text": read}}


def _contrast_read(state: ConversationState, received: dict[str, Any]) -> dict[str, Any]:
    """A message that rules something out by contrast ("instead of cancelling it, …", "M not XL", "statt paypal …") is
    read without what it rules out (`grounding/contrast.py`); the transcript keeps the message as sent."""
    incoming = received.get("incoming") or state.get("incoming") or {}
    text = incoming.get("text", "")
    if not text or (read := without_ruled_out(text)) == text:
        return {}
    return {"incoming": {**incoming, "text": read}}


def _kept_items_read(state: ConversationState, received: dict[str, Any]) -> dict[str, Any]:
    """A message that keeps an item beside the one it acts on ("only the red one, the blue one fits fine", "das beige
    behalte ich") is read without that clause (`grounding/kept_items.py`); the transcript keeps the message as sent."""
    incoming = received.get("incoming") or state.get("incoming") or {}
    text = incoming.get("text", "")
    if not text or (read := without_kept_items(text)) == text:
        return {}
    return {"incoming": {**incoming, "text": read}}


def _order_naming_item_read(state: ConversationState, received: dict[str, Any]) -> dict[str, Any]:
    """A message naming its order by one item and acting on another ("de la commande avec le purificateur, je
    renvoie seulement le parfum") is read without the naming phrase (`grounding/order_named_by_item.py`), so the
    naming item never joins the request; the transcript keeps the message as sent."""
    incoming = received.get("incoming") or state.get("incoming") or {}
    text = incoming.get("text", "")
    if not text or (read := without_order_naming_item(text)) == text:
        return {}
    return {"incoming": {**incoming, "text": read}}


async def beyond_courtesy(backend: ModelBackend, request: DecisionRequest, decision: Decision[TurnIntent]
                          ) -> Decision[TurnIntent]:
    """Thanks that come with a question are not a goodbye ("merci ! et quand arrive-t-il ?"): when a turn reads as
    no request, the words left without its thanks and farewells are read again (any backend), and a request
    there is the turn's intent."""
    if decision.value.intent not in NO_REQUEST:
        return decision
    rest = courtesy().without(request.text)
    if not rest or rest == request.text.strip():
        return decision
    asked = await backend.decide(TurnIntent, request.model_copy(update={"text": rest}))
    return asked if asked.value.intent not in NO_REQUEST | ANSWERS else decision


async def beyond_opener(backend: ModelBackend, request: DecisionRequest, decision: Decision[TurnIntent]
                        ) -> Decision[TurnIntent]:
    """"ok, show me my orders" when nothing was asked reads as a yes: the words after the opener are read again
    (any backend), and a request there is the turn's intent."""
    if decision.value.intent not in ANSWERS:
        return decision
    opener = lexicon().patterns["openers"].match(request.text.strip())
    rest = request.text.strip()[opener.end():].strip(" ,.;:!-") if opener else ""
    if len(rest.split()) < 2:
        return decision
    asked = await backend.decide(TurnIntent, request.model_copy(update={"text": rest}))
    return asked if asked.value.intent not in NO_REQUEST | ANSWERS else decision


async def _after_the_desk(backend: ModelBackend, request: DecisionRequest, seen: ConversationState,
                          received: dict[str, Any], decision: Decision[TurnIntent],
                          ) -> tuple[DecisionRequest, ConversationState, Decision[TurnIntent]]:
    """Nothing in progress: a bare yes or no to the question the desk agent asked before handing back answers it
    ("would you like to keep your order then?": `agent_question`); else a yes to what the agent offered is read with
    the offer."""
    decision = await beyond_opener(backend, request, decision)
    keep, earlier = answer_to_agent(seen, request.text)
    offer = None if keep or earlier else agent_offer(seen)
    if keep:
        received["incoming"] = marked_keep(received, seen)
        return request, cast(ConversationState, {**seen, "incoming": received["incoming"]}), decision
    if earlier or (offer and answers_offer(request.text, decision.value.intent)):  # a yes to what the desk offered
        text = earlier or read_with_offer(offer or "", request.text)  # or the request from before, not kept
        received["incoming"] = {**(seen.get("incoming") or {}), "text": text}
        seen = cast(ConversationState, {**seen, "incoming": received["incoming"]})
        request = request.model_copy(update={"text": text})
        decision = await backend.decide(TurnIntent, request)
    return request, seen, decision


ORDER_TOPICS = {"order_status", "cancel_order", "modify_order", "return_item", "exchange_item"}


def _order_in_discussion(state: ConversationState) -> tuple[bool, list[str]]:
    """Whether an order is being discussed (an order topic, or the last reply named one), and which order when the
    last reply named exactly one ("and what was in it?" after a status answer)."""
    topic = state.get("topic") or {}
    said = [t["text"] for t in state.get("transcript", [])[:-1] if t["role"] == "assistant"][-1:]
    named = list(dict.fromkeys(order_numbers(said[0]))) if said else []
    if not named and (desk := agent_message(state)):  # after a hand-back: the order the agent's last words named
        named = list(dict.fromkeys(order_numbers(desk)))
    if not named:  # ... or the one order the customer's words named before it, in the held conversation
        named = list(dict.fromkeys(n for text in held_conversation_words(state) for n in order_numbers(text)))
    return bool(topic.get("intent") in ORDER_TOPICS or named), named if len(named) == 1 else []


def _words_read(vocabulary: CatalogVocabulary | None, request: DecisionRequest) -> CatalogReading | None:
    """The turn's own words read against the catalog (None without a catalog): read once per turn, in the
    conversation's language, and handed to every step that looks at them."""
    return read_constraints(request.text, vocabulary, request.language) if vocabulary is not None else None


def _names_an_option(words: CatalogReading | None) -> bool:
    """The turn names a colour or a size the catalog has ("in grau in 28")."""
    return words is not None and bool(words.constraints.colours or words.constraints.size)


def _catalog_reading(vocabulary: CatalogVocabulary | None, words: CatalogReading | None, text: str,
                     slots: TurnSlots, language: str | None = None) -> dict[str, Any] | None:
    """What the turn says about products, grounded in the catalog's values (None without a catalog), its words read
    in the conversation's language where languages differ ("top", "dame"); `words` is `text` already read.

    The model's colour and size slots are grounded too (an LLM may normalise "bleu nuit" to "navy")."""
    if vocabulary is None or words is None or not text and not (slots.colour or slots.size):
        return None
    size = slots.size
    prices = words.constraints
    if size and size.isdigit() and int(size) * 100 in (prices.max_price_cents, prices.min_price_cents):
        size = None  # "under $30" is a price, not a size 30
    proposed = [slots.colour or "", f"size {size}" if size else ""]
    said = " . ".join(part for part in [text, *proposed] if part)
    reading = words if said == text else read_constraints(said, vocabulary, language)
    # "let's start over" says nothing of products but drops the topic: kept for routing
    return reading.model_dump(mode="json", exclude_defaults=True) if reading.says_something() or reading.reset else None


def _asks_an_address(topic: Topic) -> bool:
    """The open topic waits for an order's new address: a question about an item of the customer's own is answered
    beside it ("le vélo il est de quelle couleur déjà ?" after "quelle est la nouvelle adresse ?"), never read as
    the item's change."""
    return topic.get("intent") == Intent.MODIFY_ORDER and (topic.get("slots") or {}).get("modification") == "address"
