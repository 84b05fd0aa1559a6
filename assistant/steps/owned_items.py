"""A colour or size wish about an item the customer owns ("das Iris Top hätte ich lieber in Rot", "the caesar pants
are too small, I need a 34") is a swap of that item, and sending it back in words ("mon pantalon Caesar ne me va
pas, je vous le renvoie") a return of it, whatever a classifier made of the turn (it reads like shopping, a
product question, a complaint, an address change, or a cancellation when it names the order). The swap is an
exchange; the order step turns it into a modification while the order is pending. A postal address for an
item or order of theirs ("Bitte liefert die Jacke an 5 Main Street, Denver, CO 80202") is a new shipping address
for that order."""

from __future__ import annotations

from typing import Any

from assistant.context import Deps
from assistant.grounding.catalog_questions import read_question
from assistant.grounding.item_changes import (
    asks_for_return,
    asks_for_swap,
    cancels,
    exchange_verb,
    fits_badly,
    names_current_option,
    names_options,
    owned_items_meant,
    wishes_a_swap,
)
from assistant.grounding.items import item_scores, items_named, nouns_said
from assistant.grounding.lexicon import lexicon
from assistant.grounding.noun_with_value import value_said_of_a_noun
from assistant.grounding.option_questions import opens_a_request
from assistant.grounding.option_values import asks_other_versions, names_a_version, prefers
from assistant.grounding.order_states import STATUSES_OF, said_state, without_state_phrases
from assistant.grounding.orders import OPEN_STATUSES, asked_order_fact, order_numbers
from assistant.grounding.person_request import asks_for_a_person
from assistant.grounding.reasons import read_modification
from assistant.grounding.relative_sizes import size_step
from assistant.grounding.replaced_value import replaced_options
from assistant.grounding.requested_action import (
    cancel_is_a_change,
    colours_on_a_noun,
    colours_ruled_out,
    names_item_definitely,
    names_the_order,
    read_action,
    says_delivery,
    says_order_address,
    says_replacement,
    without_what_names_the_order,
)
from assistant.grounding.statuses import SWAP_FAMILIES
from assistant.grounding.variants import ground_variant, wanted_options
from assistant.models.contracts import Intent, TurnIntent
from assistant.models.resolver.patterns import PROFILE_ADDRESS
from assistant.steps.addresses import ADDRESS
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.swap_by_value import items_taking_the_value

SWAP_STATUSES = ("pending", "delivered")  # an item is swapped in an open order or exchanged once delivered
# Readings a swap or a return is mistaken for. A complaint is one only when the item does not fit (a torn or
# wrong item stays a complaint); a cancellation only when no word asks to cancel.
MISREAD = {Intent.RECOMMEND, Intent.PRODUCT_QUESTION, Intent.OUT_OF_SCOPE, Intent.GREET, Intent.THANKS_BYE,
           Intent.ORDER_STATUS, Intent.CHANGE_DEFAULT_ADDRESS}


# What a guest's words may ask for before they are verified: read from the words alone (no order to ground it in yet).
GUEST_REQUESTS = {Intent.EXCHANGE_ITEM, Intent.CANCEL_ORDER}
# A yes or no the reader is unsure of ("ne me va pas" reads as a no) is read again; a sure one answers a question.
UNSURE_ANSWER = {Intent.AFFIRM, Intent.DENY}
SURE = 0.6


def _unsure_details(decided: TurnIntent) -> bool:
    """Details given, by a reader unsure of it, with no id among them: a request it could not place."""
    return decided.intent is Intent.PROVIDE_DETAILS and decided.confidence < SURE and not (
        decided.slots.order_ids or decided.slots.item_ids)


def _misread(text: str, decided: TurnIntent, meant: Intent) -> bool:
    if decided.intent in MISREAD or (decided.intent in UNSURE_ANSWER and decided.confidence < SURE):
        return True
    if decided.intent is Intent.HUMAN_AGENT:  # "Die Gaming-Maus: lieber mit Lasersensor" asks for no person
        return not asks_for_a_person(text)
    if meant is Intent.EXCHANGE_ITEM and _unsure_details(decided):
        return True
    if meant is Intent.MODIFY_ORDER:  # a new shipping address: any other reading of the order is a misreading
        # (an address alone reads as details given; an awaited default address is still routed to its topic)
        return decided.intent in {Intent.MODIFY_ORDER, Intent.EXCHANGE_ITEM, Intent.REPORT_PROBLEM,
                                  Intent.PROVIDE_DETAILS} or (
            decided.intent is Intent.CANCEL_ORDER and not cancels(text))
    if decided.intent is Intent.REPORT_PROBLEM:  # a complaint without a word of a problem asks for the change
        return fits_badly(text) or lexicon().patterns["problem_words"].search(text) is None
    if decided.intent is Intent.EXCHANGE_ITEM:
        return meant is Intent.RETURN_ITEM
    if decided.intent is Intent.RETURN_ITEM:  # "too small, does it come in L?" asks for the other size, no refund
        return meant is Intent.EXCHANGE_ITEM
    if meant is Intent.RETURN_ITEM and decided.intent is Intent.MODIFY_ORDER:
        return True  # "je rends le clavier, remboursement sur la carte cadeau": the refund's method, no payment change
    if meant is Intent.EXCHANGE_ITEM and decided.intent is Intent.MODIFY_ORDER:
        # "exchange the puzzle for the beginner one, and use my gift card for any difference": the swap's payment
        return decided.slots.modification == "payment"
    # "cancel the M and send me the L instead": a cancel word inside a request for another variant is no cancel
    return decided.intent is Intent.CANCEL_ORDER and (not cancels(text) or cancel_is_a_change(text))


def _new_address(text: str) -> bool:
    """A postal address for something of the customer's ("ship the jacket to 5 Oak Lane, ...", "envoyez ma
    commande en attente au ..."), not their account's default address."""
    return ADDRESS.search(text) is not None and PROFILE_ADDRESS.search(text) is None


def _names_an_order(text: str) -> bool:
    patterns = lexicon().patterns
    return bool(order_numbers(text) or patterns["open_order"].search(text) or patterns["last_order"].search(text)
                or names_the_order(text))


def _new_value_in_a_numbered_order(text: str) -> bool:
    """"die Wanderstiefel aus Bestellung W5442520 bitte in Größe 9", "quiero la cámara de mi pedido #W3614011 en
    negro": a new option value for something of an order written by its number, with no verb of a swap, is one
    (not a question about it, not a cancellation)."""
    return "?" not in text and bool(order_numbers(text)) and names_options(text) and not cancels(text)


def _order_address_change(text: str) -> bool:
    """"need to change where an order ships", "changer l'adresse de livraison de ma commande en cours": an order's
    shipping address, not the account's default one, nor another colour of anything."""
    return (read_modification(text) == "address" and PROFILE_ADDRESS.search(text) is None
            and (lexicon().patterns["an_order"].search(text) is not None or says_order_address(text)))


def _changes_an_item(text: str) -> bool:
    """"can i change a mouse in my order", "je voudrais modifier l'horloge de ma commande": a change verb said of a
    kind of product (not of an address or a payment) asks for another variant of it."""
    return (lexicon().patterns["change_verbs"].search(text) is not None and bool(nouns_said(text))
            and read_modification(text) not in ("address", "payment") and not cancels(text))


def _meant(text: str) -> Intent | None:
    if _new_address(text) or _order_address_change(text):
        return Intent.MODIFY_ORDER
    if asks_for_return(text):
        return Intent.RETURN_ITEM
    # the action the words ask for (assistant/grounding/requested_action.py): another variant wins over a cancel
    # word ("storniert die blaue Jacke und schickt mir die gelbe"); address words said of an order change its
    # shipping address ("cambiar la dirección de mi pedido")
    reading = read_action(text)
    if (reading.action == "change_items" or (asks_for_swap(text) and not reading.address)
            or _new_value_in_a_numbered_order(text) or _changes_an_item(text)):
        return Intent.EXCHANGE_ITEM
    if reading.action == "change_address":
        return Intent.MODIFY_ORDER
    # "cancela la chaqueta, ya no la necesito" names a kind of product and reads as shopping
    return Intent.CANCEL_ORDER if cancels(text) else None


async def owned_item_change(deps: Deps, customer_id: str | None, conversation_id: str, text: str,
                            decided: TurnIntent, in_progress: dict[str, Any] | None = None,
                            browsing: bool = False) -> TurnIntent:
    """The turn read as a swap or return of the owned item it names, when its words ask for one; else the
    decision as it was. The customer's orders are read only when the words ask for a swap or a return.
    `in_progress` is the slots of the request under way: "no quiero cambiarla, quiero devolverla" names no item,
    and means the one being discussed. `browsing`: products were shown in this conversation, so "the jacket" may be
    one of them."""
    meant = _meant(text) or await _meant_by_an_owned_value(deps, customer_id, conversation_id, text, decided,
                                                           browsing)
    # Read as that very request but with nothing grounded ("the jacket i ordered, can i get L instead of M"): the
    # item is grounded here too, so the turn is not taken for shopping for jackets.
    ungrounded = meant in (Intent.EXCHANGE_ITEM, Intent.RETURN_ITEM) and _same_request(decided, meant) and not (
        decided.slots.order_ids or decided.slots.item_ids)
    if not customer_id:
        return _guest_reading(text, decided, meant)
    if meant is None or not (ungrounded or _misread(text, decided, meant)):
        return decided
    reader = CustomerReader(deps, customer_id, conversation_id)
    # "non en fait je préfère l'échanger contre une bleue" while the speaker's return waits: the item in progress
    holding: list[tuple[str, str]] = _item_in_progress(text, meant, in_progress)
    orders = [order for summary in await reader.orders()
              if (order := await reader.order(summary["order_id"])) is not None]
    for order in orders if not holding else []:
        holding.extend((order["order_id"], item_id) for item_id in owned_items_meant(
            text, order["items"], noun_alone=meant is not Intent.EXCHANGE_ITEM))
    by_value: list[tuple[str, str]] = []
    if not holding and meant is Intent.EXCHANGE_ITEM:
        # a value alone opens a request only when none is under way: "eine Größe größer" answers the item asked about
        opens = not browsing and not (in_progress or {}).get("item_ids")
        by_value = await items_taking_the_value(reader, text, orders) if opens else []
        holding = by_value or _swapped_without_its_value(text, orders, browsing)
    holding = in_order_named_by_its_items(text, orders, holding)
    # "geht den wasserkocher (#W3260419) auch in weiss?": of the items fitting, those of the order the words number
    holding = [h for h in holding if h[0][-7:] in order_numbers(text)] or holding
    holding = _by_the_colour_it_has(text, orders, holding, meant)
    if meant is Intent.EXCHANGE_ITEM:
        holding = await _narrowed_swap(reader, text, orders, holding)
        if decided.intent is Intent.MODIFY_ORDER and len(holding) != 1:
            return decided  # the order step asks which order and item, as it does for an order modification
        if len(by_value) > 1 and len(holding) > 1:
            return _which_item(decided, holding, text)
    discussed = in_progress or {}
    one_order = len(discussed.get("order_ids") or []) == 1
    if not holding and meant in (Intent.RETURN_ITEM, Intent.CANCEL_ORDER) and one_order:
        holding = [(discussed["order_ids"][0], item) for item in discussed.get("item_ids") or []][:1] or holding
        if not holding and meant is Intent.CANCEL_ORDER:
            holding = [(discussed["order_ids"][0], "")]
    numbered = [o["order_id"] for o in orders if o["order_id"][-7:] in order_numbers(text)]
    if not holding and meant in (Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM) and len(numbered) == 1:
        holding = [(numbered[0], "")]  # "etwas aus meiner Bestellung W3916020 zurückgeben": which item is asked next
    # an address change or a cancellation of the order itself ("anulen mi pedido pendiente") needs no item, nor a
    # postal address said with a delivery verb ("Bitte an 7 Lake Road, … liefern"): the open order is meant
    sends_it = meant is Intent.MODIFY_ORDER and _new_address(text) and says_delivery(text)
    # an order's address said as such ("lieferadresse andern", "cambia la direccion del pedido") needs no order
    # named either: the order step finds the open one, or asks which
    sends_it = sends_it or (meant is Intent.MODIFY_ORDER and _order_address_change(text))
    # "me mudé, mi nueva dirección es …": a new postal address said as the customer's own new address needs no
    # order named either (the order step finds the open one, or offers the account's when none is open)
    sends_it = sends_it or (meant is Intent.MODIFY_ORDER and _new_address(text)
                            and read_modification(text) == "address")
    if not holding and not sends_it and not (
            meant in (Intent.MODIFY_ORDER, Intent.CANCEL_ORDER) and _names_an_order(text)):
        if meant is Intent.EXCHANGE_ITEM and decided.intent is Intent.CANCEL_ORDER:
            return _change_not_cancel(decided)  # the change is asked about, never read as its cancel word says
        return decided
    modification = {Intent.EXCHANGE_ITEM: "items", Intent.MODIFY_ORDER: "address"}.get(meant)
    keep_reason = decided.slots.cancel_reason if meant is Intent.CANCEL_ORDER else None
    slots = decided.slots.model_copy(update={"cancel_reason": keep_reason, "product_query": None,
                                             "modification": modification})
    if meant is Intent.CANCEL_ORDER:  # an order is cancelled whole: the orders holding the item named
        holding = [h for h in holding if h[0] in {o["order_id"] for o in await reader.orders()
                                                   if o.get("status") == "pending"}] or holding
        order_ids = list(dict.fromkeys(order_id for order_id, _ in holding))
        slots = slots.model_copy(update={"order_ids": order_ids[:1]} if len(order_ids) == 1 else {})
    elif len(holding) == 1:
        order_id, item_id = holding[0]
        slots = slots.model_copy(update={"order_ids": [order_id], "item_ids": [item_id] if item_id else []})
    return decided.model_copy(update={"intent": meant, "confidence": max(decided.confidence, 0.9), "slots": slots})


def _wants_another_version(text: str) -> bool:
    """A wish, a replacement or a preference said of a kind of product ("la aspiradora la quiero … mejor", "the
    keyboard … instead", "die Tastatur bitte … lieber"): another version of something, its value still to read."""
    return bool(nouns_said(text)) and not cancels(text) and (
        wishes_a_swap(text) or says_replacement(text) or prefers(text) or _changes_an_item(text)
        or names_a_version(text) or asks_other_versions(text)
        or (bool(order_numbers(text)) and "?" not in text)  # "bestellung W2601346: mein gartenschlauch aus latex"
        or _value_for_an_own_thing(text)
        # "je peux avoir la caméra sport en noir ?", "¿me das el hervidor en plateado?", "ich will den wasserkocher
        # in silber": a value asked for a kind of product, said as a request (grounded in an item of theirs next)
        or (opens_a_request(text) and names_options(text)))


def _value_for_an_own_thing(text: str) -> bool:
    """An option value said of a thing the words call the customer's own, with no verb of a swap ("the speaker
    i'm still waiting on, could it come in blue?", "mi altavoz que todavía no ha salido, ¿me lo mandan en azul?",
    "den Lautsprecher aus meiner Bestellung bitte in Blau"): a wish for that value, once grounded in an item of
    theirs whose product has it and which has it not (`_value_of_an_owned_item`). A question where it is, or a
    problem with it, is no such wish."""
    words = lexicon().patterns
    said_as_theirs = words["own_words"].search(text) is not None or said_state(text) is not None
    asks_where = words["status_questions"].search(without_state_phrases(text)) is not None
    return said_as_theirs and names_options(text) and not asks_where and not (
        words["problem_words"].search(text) or fits_badly(text) or asks_for_return(text))


async def _meant_by_an_owned_value(deps: Deps, customer_id: str | None, conversation_id: str, text: str,
                                   decided: TurnIntent, browsing: bool = False) -> Intent | None:
    """What words no vocabulary reads ask for, once grounded in the customer's items (a misread turn only)."""
    ungrounded = _same_request(decided, Intent.EXCHANGE_ITEM) and not (
        decided.slots.order_ids or decided.slots.item_ids)  # a swap read, its item still to find
    # a complaint with no word of a problem in it ("la aspiradora la quiero sin lo de pelo de mascota")
    complaint = decided.intent is Intent.REPORT_PROBLEM and lexicon().patterns["problem_words"].search(text) is None
    # a return no word asks for ("Le clavier, plutôt avec les switchs clicky", "gegen das Modell für Kapseln
    # tauschen"): a new value of the item is a swap, read below against the product's own values
    unasked_return = decided.intent is Intent.RETURN_ITEM and not asks_for_return(text)
    # a payment named beside the swap ("…for the beginner one, and use my gift card for any difference")
    paid_swap = decided.intent is Intent.MODIFY_ORDER and decided.slots.modification == "payment"
    unasked_person = decided.intent is Intent.HUMAN_AGENT and not asks_for_a_person(text)
    # a cancellation no word asks for ("den Staubsauger in meiner Bestellung als Saugroboter")
    unasked_cancel = decided.intent is Intent.CANCEL_ORDER and not cancels(text)
    misread = (decided.intent in MISREAD or _unsure_details(decided) or complaint or unasked_return or paid_swap
               or unasked_person or unasked_cancel)
    if not customer_id or not (misread or ungrounded) or not (
            _wants_another_version(text) or (not browsing and value_said_of_a_noun(text))):
        return None
    return await _value_of_an_owned_item(CustomerReader(deps, customer_id, conversation_id), text)


async def _value_of_an_owned_item(reader: CustomerReader, text: str) -> Intent | None:
    """A swap when the words name a value of the product of an item they name that it does not have, read against
    that product's own values ("switches lineales", "mit Nachtmodus", "sin lo de pelo de mascota"): words no
    vocabulary knows, grounded in the one place that does, the customer's items."""
    for summary in await reader.orders():
        order = await reader.order(summary["order_id"])
        if order is None or order.get("status") not in SWAP_STATUSES:
            continue
        for item in order["items"]:
            if item["item_id"] not in items_named(text, [item]):
                continue
            if asks_other_versions(text):  # "what other options …": the change's question lists them
                return Intent.EXCHANGE_ITEM
            product = await reader.product(item["product_id"])
            if product and ground_variant(product, item, text).problem != "not_named":
                return Intent.EXCHANGE_ITEM
            # "das Puzzle bitte mit Blumen-Motiv statt Landschaft": the item's own value wished away, the new one
            # not read: a swap whose value is asked (the product's values named), never a person or a cancellation
            if wishes_a_swap(text) and replaced_options(item, text):
                return Intent.EXCHANGE_ITEM
    return None


def _same_request(decided: TurnIntent, meant: Intent) -> bool:
    """The reader took the turn for the request the words make: the same intent, or for a swap an order
    modification that names no address or payment ("can I get my pending jacket in yellow instead?")."""
    return decided.intent is meant or (meant is Intent.EXCHANGE_ITEM and decided.intent is Intent.MODIFY_ORDER
                                       and decided.slots.modification not in ("address", "payment"))


def _item_in_progress(text: str, meant: Intent | None, in_progress: dict[str, Any] | None) -> list[tuple[str, str]]:
    """A change of mind between a return and a swap of the one item a request in progress is about, naming no item
    nor order of its own: that item, never another item the words' value could fit ("une bleue")."""
    slots = in_progress or {}
    order_ids, item_ids = slots.get("order_ids") or [], slots.get("item_ids") or []
    if meant not in (Intent.EXCHANGE_ITEM, Intent.RETURN_ITEM) or len(order_ids) != 1 or len(item_ids) != 1:
        return []
    if nouns_said(text) or order_numbers(text):
        return []
    return [(order_ids[0], item_ids[0])]


def _swapped_without_its_value(text: str, orders: list[dict[str, Any]],
                               browsing: bool) -> list[tuple[str, str]]:
    """The item of a swap named by its noun or by the value it has now."""
    holding = _swapped_by_noun(text, orders) or _swapped_by_current_option(text, orders)
    if not holding and not browsing and (says_replacement(text) or names_item_definitely(text)):
        holding = _only_one_by_noun(text, orders)  # "die Jacke hätte ich lieber in S", no product shown
    return holding


def _which_item(decided: TurnIntent, holding: list[tuple[str, str]], text: str) -> TurnIntent:
    """Several open items come in the value asked for: a change of one of them, the order given when they share one
    (the order step asks which item). A colour said in any language is kept for when the item is known ("lieber in
    rot" … "die Trinkflasche")."""
    order_ids = list(dict.fromkeys(order_id for order_id, _ in holding))
    colours = [colour.lower() for colour, pattern in lexicon().grouped["colours"].items() if pattern.search(text)]
    colour = decided.slots.colour or (colours[0] if len(colours) == 1 else None)
    slots = decided.slots.model_copy(update={"cancel_reason": None, "product_query": None, "modification": "items",
                                             "order_ids": order_ids if len(order_ids) == 1 else [], "colour": colour})
    return decided.model_copy(update={"intent": Intent.MODIFY_ORDER, "confidence": max(decided.confidence, 0.9),
                                      "slots": slots})


# A guest's request said beside the proof of who they are ("<email>, pedido #W…, cp …; quiero cambiar la estantería
# por una blanca") is read here, in two halves of one path: before verification (`owned_item_change` without a
# customer, `_guest_reading`) as the request its words make, kept as the topic if the proof falls short; and once
# the same message has proved who they are (`request_once_verified`, from the identity step) again with their
# orders, as a signed-in customer's words are.

def _guest_reading(text: str, decided: TurnIntent, meant: Intent | None) -> TurnIntent:
    """A guest's turn, before any order of theirs can be read: the request its words make when it was misread."""
    if decided.intent is Intent.CANCEL_ORDER and cancel_is_a_change(text):
        return _change_not_cancel(decided)  # signed in later: the change is grounded then, never a cancellation
    # only beside the details that verify them (an order number, the email): "doch lieber eine Damenuhr" is shopping
    beside_details = bool(decided.slots.order_ids or decided.slots.email)
    if meant in GUEST_REQUESTS and beside_details and _misread(text, decided, meant):
        return _request_before_verification(decided, meant)
    return decided


def _request_before_verification(decided: TurnIntent, meant: Intent) -> TurnIntent:
    """A guest's request said beside the details that verify them ("correo …, pedido #W…, CP …. la camiseta la
    necesito en XL", "… die bestellung bitte canceln"): the request its words make, kept as the topic the identity
    step resumes once verified, where the order's items ground it (a status reading would answer the status only)."""
    if meant is Intent.EXCHANGE_ITEM:
        slots = decided.slots.model_copy(update={"cancel_reason": None, "product_query": None,
                                                 "modification": "items"})
    else:
        slots = decided.slots.model_copy(update={"product_query": None, "modification": None})
    return decided.model_copy(update={"intent": meant, "confidence": max(decided.confidence, 0.9), "slots": slots})


async def request_once_verified(deps: Deps, customer_id: str, conversation_id: str, text: str,
                                understood: dict[str, Any] | None) -> TurnIntent | None:
    """The guest's message that proved who they are (`text`, `understood` as its reading), read again now that
    `customer_id`'s orders can be read: a change of an owned item (and its difference's method) is that change, not
    the order's status. None when the reading stays as it was."""
    if not understood:
        return None
    decided = TurnIntent.model_validate(understood)
    reread = await owned_item_change(deps, customer_id, conversation_id, text, decided)
    # the item a request said before the proof names is grounded now too (`guest_request_words`)
    grounded = bool(reread.slots.item_ids) and not decided.slots.item_ids
    return reread if reread.intent is not decided.intent or grounded else None


def _change_not_cancel(decided: TurnIntent) -> TurnIntent:
    """A cancel reading of words that ask for another variant, read as the item change it is (nothing grounded:
    the order step asks which item and which variant)."""
    slots = decided.slots.model_copy(update={"cancel_reason": None, "modification": "items"})
    return decided.model_copy(update={"intent": Intent.MODIFY_ORDER, "slots": slots})


async def _narrowed_swap(reader: CustomerReader, text: str, orders: list[dict[str, Any]],
                         holding: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The item a swap is about when the words name several things: "die Kopfhörer in meiner Bestellung mit dem
    Laptop hätte ich gern kabellos" names the order by one item and the change of another; "prefiero las botas
    en versión resistente al agua" with two pairs owned means the pair that is not waterproof. Of every item the
    words name (not only the best named), the one that does not have already what the words ask for, in an
    order a swap can be made in (and an open one when the words say "my pending order"); each narrowing
    applies only when it leaves something, and the items grounded before are kept when none is left."""
    statuses = {order["order_id"]: order.get("status") for order in orders}
    held = {order_id for order_id, _ in holding}
    named = [(order["order_id"], item_id) for order in orders if not held or order["order_id"] in held
             for item_id, score in item_scores(text, order["items"]).items() if score]
    candidates = list(dict.fromkeys([*holding, *named]))
    if len(candidates) < 2:
        return holding
    candidates = [c for c in candidates if statuses.get(c[0]) in SWAP_STATUSES] or candidates
    # "my pending order", or a cancel word: only an open order can be cancelled, so the item is in one
    if lexicon().patterns["open_order"].search(text) or cancels(text):
        candidates = [c for c in candidates if statuses.get(c[0]) in OPEN_STATUSES] or candidates
    if state := said_state(text):  # "the helmet that hasn't shipped yet", "la botella que me llegó"
        candidates = [c for c in candidates if statuses.get(c[0]) in STATUSES_OF[state]] or candidates
    items = {(order["order_id"], item["item_id"]): item for order in orders for item in order["items"]}
    changeable = []
    for key in candidates:
        product = await reader.product(items[key]["product_id"]) if key in items else None
        if product and wanted_options(product, items[key], text):
            changeable.append(key)
    if len(changeable) > 1:  # "la bouilloire de ma commande avec la tablette": the tablet names the order
        meant = without_what_names_the_order(text)
        named_item = [key for key in changeable if key in items and item_scores(meant, [items[key]]).get(key[1])]
        changeable = named_item if len(named_item) == 1 else changeable
    if len(changeable) > 1:  # "los quiero negros, no rojos": the one whose colour now is the one ruled out
        ruled_out = colours_ruled_out(text)
        current = [key for key in changeable if ruled_out & _colour_names(items[key])]
        if len(current) != 1:
            current = [key for key in changeable if names_current_option(text, items[key])]
        if len(current) != 1:  # "the red bike helmet …, the white one is fine": the colour said with the noun
            on_noun = colours_on_a_noun(text)
            current = [key for key in changeable if on_noun & _colour_names(items[key])]
        changeable = current if len(current) == 1 else changeable
    return changeable if len(changeable) == 1 else [h for h in holding if h in candidates] or holding


def in_order_named_by_its_items(text: str, orders: list[dict[str, Any]],
                                 holding: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Of items named in several orders, those of the one order that holds several of the things the words name
    ("la couleur du smartphone dans ma commande, celle avec le téléphone et les chaussures de rando"): that order
    is named by its items, the others hold only one of them."""
    named = {order["order_id"]: sum(1 for score in item_scores(text, order["items"]).values() if score)
             for order in orders if order["order_id"] in {order_id for order_id, _ in holding}}
    most = max(named.values(), default=0)
    if len(named) < 2 or most < 2 or list(named.values()).count(most) > 1:
        return holding
    return [(order_id, item_id) for order_id, item_id in holding if named[order_id] == most]


def _by_the_colour_it_has(text: str, orders: list[dict[str, Any]], holding: list[tuple[str, str]],
                          meant: Intent | None) -> list[tuple[str, str]]:
    """Of several items the words name (the same product in two orders), those whose colour the words put on the
    noun ("la mochila verde que me llegó es demasiado pequeña", "I want to return the red helmet"): a colour said of
    the thing is the one it has. A swap's wished colour ("can I get the backpack in green instead?") names no item
    so, unless the words say how it fits now; none has that colour: as it was (the step asks which)."""
    if len(holding) < 2 or (meant is Intent.EXCHANGE_ITEM and wishes_a_swap(text) and not fits_badly(text)):
        return holding
    on_noun = colours_on_a_noun(text)
    items = {(order["order_id"], item["item_id"]): item for order in orders for item in order["items"]}
    having = [key for key in holding if key in items and on_noun & _colour_names(items[key])]
    return having or holding


def _swapped_by_noun(text: str, orders: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """An item named by its common noun alone in a swap ("den roten Fahrradhelm gegen den weißen tauschen", "el
    casco me queda chico", "la silla negra, la cambio por una gris"): the customer's own when the words say so by
    themselves (a fit complaint, an exchange verb) or name the colour or size it has now."""
    by_noun = [(order["order_id"], item) for order in orders
               for item_id in owned_items_meant(text, order["items"], noun_alone=True)
               for item in order["items"] if item["item_id"] == item_id]
    if fits_badly(text) or exchange_verb(text) or size_step(text):  # "eine Nummer größer": the size it has now
        current = [(order_id, item) for order_id, item in by_noun if names_current_option(text, item)]
        chosen = current or by_noun
    else:
        chosen = [(order_id, item) for order_id, item in by_noun if names_current_option(text, item)]
    return list(dict.fromkeys((order_id, item["item_id"]) for order_id, item in chosen))


def _colour_names(item: dict[str, Any]) -> set[str]:
    """The lexicon's colour names an item's option values say ("navy" is Blue)."""
    values = {str(v).lower() for v in (item.get("options") or {}).values()}
    return {colour.lower() for colour, words in lexicon().colours.items() if colour.lower() in values
            or values & set(words)}


def _only_one_by_noun(text: str, orders: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The one item of an order a swap can be made in that the words name by its common noun, when they ask for it in
    its place ("lieber", "instead") and no product was shown: none when several are named (the step asks)."""
    # an item named only in an order whose items were swapped or sent back already is still that item, so that
    # the swap asked of it is refused for its true reason ("changed once", "a return under way"), not shopping
    for statuses in (SWAP_STATUSES, SWAP_FAMILIES):
        named = [(order["order_id"], item_id) for order in orders if order.get("status") in statuses
                 for item_id in owned_items_meant(text, order["items"], noun_alone=True)]
        if named:
            return named if len(named) == 1 else []
    return []


def _swapped_by_current_option(text: str, orders: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """An item named by the option value it has now, with no noun ("cancel the M and send me the L instead"): the
    one item of an order a swap can be made in that has it (an open order's when a cancel word says the order is
    still open); none when several have it (the step asks)."""
    statuses = ("pending",) if cancels(text) or lexicon().patterns["open_order"].search(text) else SWAP_STATUSES
    if nouns_said(text):  # a product named by its noun is that product, not any item with this value
        return []
    named = [(order["order_id"], item["item_id"]) for order in orders if order.get("status") in statuses
             for item in order["items"] if names_current_option(text, item) and _names_another_value(text, item)]
    return named if len(named) == 1 else []


def _names_another_value(text: str, item: dict[str, Any]) -> bool:
    """Besides the value the item has, the words say one it has not ("the M … the L instead"): a value said alone
    ("rather change it to black") is the one wished for, never what names the item that has it already."""
    grouped = lexicon().grouped
    said = {value.lower() for table in ("colours", "sizes") for value, pattern in grouped[table].items()
            if pattern.search(text)}
    return bool(said - {str(value).lower() for value in (item.get("options") or {}).values()})


# What a question about an owned item may ask (its price is the order's business: "how much was the jacket?").
PRODUCT_KINDS = {"material", "warmth", "suitability", "colours", "sizes", "reviews", "about"}
QUESTION_MISREAD = {Intent.ORDER_STATUS, Intent.REPORT_PROBLEM, Intent.RECOMMEND, Intent.OUT_OF_SCOPE,
                    Intent.PRODUCT_QUESTION, Intent.PROVIDE_DETAILS}


async def owned_item_question(deps: Deps, customer_id: str | None, conversation_id: str, text: str,
                              decided: TurnIntent) -> TurnIntent:
    """"What material is the top I ordered?", "¿la chaqueta que pedí abriga?": a product question about the item
    of the customer's orders it names (read as an order list or a complaint otherwise). The orders are read only
    when the words ask such a question about something of the customer's own."""
    if not customer_id or decided.intent not in QUESTION_MISREAD or not PRODUCT_KINDS & set(read_question(text).asks):
        return decided
    if asked_order_fact(text) or _meant(text) or not lexicon().patterns["own_words"].search(text):
        return decided
    if lexicon().patterns["problem_words"].search(text) or fits_badly(text):
        return decided  # "my hoodie arrived in the wrong colour" is a complaint
    reader = CustomerReader(deps, customer_id, conversation_id)
    named: dict[str, str] = {}
    for summary in await reader.orders():
        order: dict[str, Any] | None = await reader.order(summary["order_id"])
        for item in (order or {}).get("items", []):
            if owned_items_meant(text, [item]):
                named[item["product_id"]] = item["name"]
    if len(named) != 1:
        return decided
    name = next(iter(named.values()))
    return decided.model_copy(update={"intent": Intent.PRODUCT_QUESTION, "confidence": max(decided.confidence, 0.9),
                                      "slots": decided.slots.model_copy(update={"product_query": name})})
