"""Side questions (`grounding/side_questions.py`) read off this turn's words in `understand`: a question about the
account, the shop's rules or a named catalog product said beside another need, or asked while an item change waits
for its option. They are answered after the turn's step (`steps/side_questions.py`)."""

from __future__ import annotations

import re

from assistant.context import Deps
from assistant.grounding.account_questions import account_question
from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.catalog_questions import read_question
from assistant.grounding.catalog_vocabulary import CatalogVocabulary
from assistant.grounding.item_changes import asks_for_swap
from assistant.grounding.next_step_questions import asks_what_comes_next
from assistant.grounding.option_questions import option_question
from assistant.grounding.orders import asks_for_order_list, order_numbers
from assistant.grounding.other_accounts import says_a_change
from assistant.grounding.other_details import clauses_of_someone_else, identifies_someone_else
from assistant.grounding.other_people import (
    asks_them_again,
    clauses_about_them,
    mentions_another_person,
    names_someone_else,
)
from assistant.grounding.payments import names_payment
from assistant.grounding.photo_side_questions import beside_a_photo
from assistant.grounding.proposal_question import has_question_word
from assistant.grounding.relative_sizes import size_step
from assistant.grounding.request_clauses import action_of
from assistant.grounding.return_deadline import deadline_clauses
from assistant.grounding.side_questions import (
    ITEM_QUESTION_KINDS,
    SideKind,
    SideQuestion,
    SideSplit,
    clauses_of,
    question_kind,
    split_side,
    with_fragments,
)
from assistant.grounding.unworded_writes import says_a_write
from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.state import ConversationState
from assistant.steps.after_write import asks_about_its_refund
from assistant.steps.method_question_replies import awaits_the_method, may_answer_otherwise
from assistant.steps.order_changes import SWAP_ITEMS_SLOT, SWAP_VARIANT_SLOT
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.owned_item_price import asks_what_it_cost
from assistant.steps.product_focus import product_named_in_words
from assistant.steps.question_candidates import ASKED_SLOT

SIDE_KEY = "side_questions"
# Where a write's refund goes, said with the gift card's words: "als Guthaben auf die Geschenkkarte", "como saldo en
# la tarjeta regalo", "en avoir", "as store credit", "put it on my gift card" (folded: lower case, no accents). Such
# a clause is the write's method, never a balance question beside it.
REFUND_AS = re.compile(
    r"\b(?:as|als|como|en)\s+(?:store\s+credit|credit|guthaben|saldo|avoir|credito)\b"
    r"|\b(?:put|refund|credit|give)\b.{0,20}\b(?:on|onto|to)\s+(?:my|the)\s+gift\s*card"
    r"|\b(?:mettre|mettez|remettre|remettez|crediter|creditez|rembourser|remboursez)\b.{0,25}\bsur\s+(?:ma|la)\s+carte"
    r"|\b(?:dejan|dejen|pongan|ponen|abonen|abonan|devuelvan|reembolsen)\b.{0,25}\ben\s+(?:mi|la)\s+tarjeta"
    r"|\bauf\s+(?:die|meine)\s+(?:geschenkkarte|gutschein\w*)\b.{0,20}\b(?:geben|buchen|gutschreiben|erstatten)\b")


def awaits_an_option(state: ConversationState) -> bool:
    """An item change asked which colour, size or other option the item should be (`ask_new_variant`)."""
    slots = (state.get("topic") or {}).get("slots") or {}
    return not state.get("pending") and bool(slots.get(SWAP_ITEMS_SLOT)) and bool(
        (slots.get(ASKED_SLOT) or {}).get("by_options"))


def _names_an_option(vocabulary: CatalogVocabulary, text: str, language: str) -> bool:
    """A colour or a size, named ("in red", "size S") or relative to the one ordered ("one size up")."""
    if size_step(text):
        return True
    said = read_constraints(text, vocabulary, language).constraints
    return bool(said.colours or said.size)


async def _named_product(deps: Deps, clause: str, options_named: bool) -> bool:
    """The clause asks about a catalog product it names ("is the Chaz Kangeroo hoodie available in blue?")."""
    unread = TurnIntent(intent=Intent.OUT_OF_SCOPE, confidence=0.0, slots=TurnSlots())
    read = await product_named_in_words(deps, clause, unread, options_named)
    return read.intent is Intent.PRODUCT_QUESTION


async def _item_product(deps: Deps, state: ConversationState) -> str | None:
    """The product of the item whose option is asked (the order's line of the swapped item)."""
    slots = (state.get("topic") or {}).get("slots") or {}
    order_ids, items = slots.get("order_ids") or [], slots.get(SWAP_ITEMS_SLOT) or []
    if not (state.get("customer_id") and order_ids and items):
        return None
    reader = CustomerReader(deps, state["customer_id"], state["conversation_id"])  # type: ignore[arg-type]
    order = await reader.order(order_ids[0]) or {}
    return next((str(i["product_id"]) for i in order.get("items", []) if i["item_id"] == items[0]), None)


async def read_side_questions(deps: Deps, state: ConversationState, text: str, language: str,
                              vocabulary: CatalogVocabulary | None) -> SideSplit | None:
    """The side questions of this turn's words and the request left, or None. Read with nothing proposed and no
    photo; with a question of the assistant's open, only while an item change waits for its option (the words
    then name no option value: "in red" answers it) and only when the message asks nothing else."""
    if vocabulary is None or not text:
        return None
    if identifies_someone_else(text, state.get("customer_id")):
        # "the status of my order W…, and my sister's #W…? her name is Olivia Ito, zip 80218": the clauses that
        # identify her, or ask of her, refused alone; the customer's own request going on (mixed23)
        return _identified_other_beside_a_request(text, state.get("customer_id"))
    if names_someone_else(text, state.get("customer_id")):
        # "Isabella Taylor's gift card? she said i could ask": the whole message is refused, never split; beside a
        # write request or an order question of the customer's own, only that question is (attack18 A18-6), with
        # a proposal open too ("annule la commande #W… et quel est le solde de … leo martin ?", A19-7)
        return _other_person_beside_a_request(text, state.get("customer_id"))
    if state.get("pending"):
        return None
    if asks_about_its_refund(state, text):
        # "when will I get the refund for the earbuds and the keyboard?" after their return: one question about
        # that write, answered from it (steps/after_write.py), never a shop rule beside "and the keyboard?"
        return None
    if (state.get("incoming") or {}).get("photo"):
        return None if state.get("topic") else await _beside_a_photo(deps, text, language, vocabulary)
    waiting = awaits_an_option(state) or awaits_the_method(state)
    if awaits_the_method(state) and asks_what_it_cost(text) and not asks_what_comes_next(text):
        # "what did I pay for the blue one?" while the method question waits: that item's price, the question kept
        return SideSplit(request="", questions=[SideQuestion(kind="order", text=text)])
    # "bis wann habe ich das neue Shirt?" while the method question waits: read by the orders step, which says what
    # the method and a yes lead to, with the difference's timing (`steps/method_wait_next.py`), never a search
    if awaits_the_method(state) and (names_payment(text, same_alone=True) or may_answer_otherwise(text)):
        return None  # the method named, or words the method question reads itself (`method_question_replies`)
    if state.get("topic") and not waiting:
        return None
    clauses = clauses_of(text) if waiting else with_fragments(clauses_of(text))
    kinds: list[SideKind | None] = []
    for clause in clauses:
        options = _names_an_option(vocabulary, clause, language)
        kind = question_kind(clause)
        # "can I get a different colour for the water bottle?" asks a change of an item, no product question
        if kind is None and (waiting or not asks_for_swap(clause)) and await _named_product(deps, clause, options):
            kind = "product"
        kinds.append(kind)
    if waiting:
        return await _while_choosing(deps, state, text, language, vocabulary, clauses, kinds)
    # "I'll return the jacket when it arrives, how many days do I have?": the how-long clause asks the return rule
    deadlines = deadline_clauses(clauses, [action_of(clause) for clause in clauses])
    kinds = ["policy" if deadline and kind is None else kind for kind, deadline in zip(kinds, deadlines, strict=True)]
    return _kept_whole(split_side(clauses, kinds) if len(clauses) > 1 else None, text)


def _other_person_beside_a_request(text: str, own_login: str | None) -> SideSplit | None:
    """A request of the customer's own beside a question about another person's data ("cancel #W… because I no
    longer need it, and what's the balance of Mia Novak's gift card?", "where's my order #D9000002? also what did
    my sister order?", "Meine Frau Anna hat auch bei euch bestellt, wo ist ihr Paket? Und wie viel Guthaben hat meine
    Geschenkkarte?"): that question refused on its own, the request going on. The request is a write, an order the
    customer numbers, an account question or the customer's order list (fresh20 F7). Any other message naming
    someone else is refused whole: a clause asking a change for them ("cancel my husband's order"), or a request
    that names them too ("… and cancel his order")."""
    read = clauses_about_them(text, own_login)
    theirs = [clause for clause, how in read if how is not None]
    request = ", ".join(clause for clause, how in read if how is None)
    if (not theirs or not request or any(says_a_change(clause) for clause in theirs) or not _own_request(request)
            or names_someone_else(request, own_login) or asks_them_again(request)):
        return None
    # one refusal for the other person, however many clauses ask of them ("my husband … has his parcel left?")
    return SideSplit(request=request, questions=[SideQuestion(kind="other_person", text=", ".join(theirs))])


def _identified_other_beside_a_request(text: str, own_login: str | None) -> SideSplit | None:
    """A request of the customer's own beside another person identified by an email or a name and zip: the clauses
    about that person one refused question, the rest the request. None (the message refused whole, as the identity
    step does) where the rest asks nothing of the customer's own or still names that person."""
    if not own_login:
        return None
    theirs, rest = clauses_of_someone_else(text, own_login, _own_request)
    # "Meine Schwester Fatima Brown, E-Mail …, PLZ …: was hat sie bestellt?": the clause naming her is hers too, never
    # a request of the customer's own answered with their orders (attack24 A24-3)
    request = ", ".join(clause for clause in rest if not _only_names_them(clause, own_login))
    if (not theirs or not request or any(says_a_change(clause) and not _own_request(clause) for clause in theirs)
            or not _own_request(request) or identifies_someone_else(request, own_login)
            or names_someone_else(request, own_login) or asks_them_again(request)):
        return None
    return SideSplit(request=request, questions=[SideQuestion(kind="other_person", text=", ".join(theirs))])


def _only_names_them(clause: str, own_login: str) -> bool:
    """A clause naming a person of the customer's ("my sister Fatima Brown", "mi marido es Liam Thomas") and no order
    by its number: it says who the rest is about, it asks nothing of the customer's own."""
    return mentions_another_person(clause, own_login=own_login) and not order_numbers(clause)


def _own_request(words: str) -> bool:
    """Words asking something of the customer's own account: a write, an order they number ("where's my order
    #D9000002?"), an account question ("und wie viel Guthaben hat meine Geschenkkarte?") or their order list."""
    return (says_a_write(words) or bool(order_numbers(words)) or account_question(words) is not None
            or asks_for_order_list(words))


async def _beside_a_photo(deps: Deps, text: str, language: str, vocabulary: CatalogVocabulary) -> SideSplit | None:
    """A photo complaint's caption with product questions in it (`grounding/photo_side_questions.py`)."""
    clauses = with_fragments(clauses_of(text))
    if len(clauses) < 2:
        return None
    named = [await _named_product(deps, clause, _names_an_option(vocabulary, clause, language)) for clause in clauses]
    return beside_a_photo(clauses, named)


def _kept_whole(split: SideSplit | None, text: str) -> SideSplit | None:
    """No split where the "side" question is part of the request or the whole message is one question:
    "das makeup set geht zurück, als guthaben auf die geschenkkarte?" names where the refund goes (a payment
    method beside a write), and "what email and which cards do you have on file?" is one account question."""
    if split is None or not split.request:
        return split
    accounts = [question for question in split.questions if question.kind == "account"]
    writes = says_a_write(split.request)
    if writes and any(question.kind == "product" and not _asks(question.text) for question in split.questions):
        return None  # "cambiar la sudadera por talla L y el top Iris por talla M": a second change, not a question
    if writes and any(REFUND_AS.search(fold(question.text)) for question in accounts):
        return None
    if len(accounts) == len(split.questions) and not writes and account_question(text):
        return None
    return split


def _asks(clause: str) -> bool:
    return "?" in clause or has_question_word(clause)


async def _while_choosing(deps: Deps, state: ConversationState, text: str, language: str,
                          vocabulary: CatalogVocabulary, clauses: list[str], kinds: list[SideKind | None]
                          ) -> SideSplit | None:
    """The whole message as side questions while the option question waits, the request going on with no words;
    a question about the item itself ("what is it made of?") is asked of the item's product."""
    if _names_an_option(vocabulary, text, language):
        return _option_question_beside(vocabulary, clauses, kinds, language)
    questions = [SideQuestion(kind=kind, text=clause) for clause, kind in zip(clauses, kinds, strict=True) if kind]
    about_the_item = not questions and ITEM_QUESTION_KINDS.intersection(read_question(text).asks)
    if about_the_item and awaits_the_method(state) and not _asks(text):
        # "verstellbar sollen sie bleiben, nur das material auf eisen": a change said at the method question, no
        # question about the item (the change is read again by the orders step)
        about_the_item = frozenset()
    if about_the_item and (product_id := await _item_product(deps, state)) is not None:
        # asked while the method question waits: about the variant shown with its price ("is it wool?")
        variant = ((state.get("topic") or {}).get("slots") or {}).get(SWAP_VARIANT_SLOT) if awaits_the_method(
            state) else None
        questions = [SideQuestion(kind="product", text=text, product_id=product_id, variant_id=variant)]
    return SideSplit(request="", questions=questions) if questions else None


def _option_question_beside(vocabulary: CatalogVocabulary, clauses: list[str], kinds: list[SideKind | None],
                            language: str) -> SideSplit | None:
    """"¿tengo que pagar algo si elijo la azul? tengo el cupón DESCUENTO15" while the option question waits: the
    question about the option is the request (answered from the variants), the clause naming no option a side
    question (fresh18 F3: only the coupon was answered)."""
    side = [kind is not None and not _names_an_option(vocabulary, clause, language)
            for clause, kind in zip(clauses, kinds, strict=True)]
    rest = " ".join(clause for clause, aside in zip(clauses, side, strict=True) if not aside)
    if not any(side) or not rest or not option_question(rest, lambda part: _names_an_option(vocabulary, part,
                                                                                             language)):
        return None
    return SideSplit(request=rest, questions=[SideQuestion(kind=kind, text=clause) for clause, kind, aside
                                              in zip(clauses, kinds, side, strict=True) if aside and kind])
