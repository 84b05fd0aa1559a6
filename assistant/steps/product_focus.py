"""A product the customer names by its catalog id ("… (MH01)", as the storefront's "Ask about this product"
does): its record, and the reading of such a message as a question about that product. Which product a question
means otherwise (shown, named by words, in focus) is `assistant.grounding.catalog_focus`."""

from __future__ import annotations

import re
from typing import Any

from assistant.context import Deps
from assistant.grounding.catalog_focus import best_named, several_named
from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.catalog_questions import asks_availability, asks_for_alternatives, read_question
from assistant.grounding.lexicon import lexicon
from assistant.grounding.orders import speaks_of_an_order_or_problem
from assistant.grounding.product_cues import product_reading
from assistant.grounding.product_features import asks_whether_it_has
from assistant.grounding.product_properties import properties_asked
from assistant.models.contracts import Intent, TurnIntent
from assistant.steps.catalog_lookup import find_products
from assistant.steps.property_answers import ACTIVITIES
from tools.catalog.search import ProductCard
from tools.context import Actor
from tools.registry import invoke_tool

# Catalog ids mix letters and digits (MH01, WS03, 24-MB01); order ids start with '#' and are not products.
ID_LIKE = re.compile(r"(?<![#\w-])([A-Za-z0-9]*\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|[A-Za-z]+-?\d[A-Za-z0-9-]*)(?![\w-])")
MAX_IDS = 3
UNSURE = 0.6
GROUNDED = 0.9  # the confidence of a product question grounded on a product named


def id_candidates(text: str) -> list[str]:
    """Tokens of `text` shaped like a catalog id (letters and digits), at most three, in order."""
    found = [t for t in ID_LIKE.findall(text) if re.search(r"[A-Za-z]", t) and re.search(r"\d", t)]
    return list(dict.fromkeys(found))[:MAX_IDS]


async def product_record(deps: Deps, conversation_id: str, product_id: str) -> dict[str, Any] | None:
    """The catalog record of `product_id` (the public details tool), or None if there is no such product."""
    async with deps.tools(Actor.anonymous(), conversation_id, read_only=True) as ctx:
        details = await invoke_tool("get_product_details", ctx, {"product_id": product_id},
                                    allowed={"get_product_details"})
    return details.data if details.ok else None


async def product_named_by_id(deps: Deps, conversation_id: str, text: str) -> dict[str, Any] | None:
    """The first product whose id the text names (case as the catalog writes it, or upper-cased)."""
    for token in id_candidates(text):
        for candidate in dict.fromkeys((token, token.upper())):
            if (record := await product_record(deps, conversation_id, candidate)) is not None:
                return record
    return None


# What a customer may ask while naming a product id that is not a question about the product itself.
NOT_ABOUT_THE_PRODUCT = {Intent.CANCEL_ORDER, Intent.MODIFY_ORDER, Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM,
                         Intent.REPORT_PROBLEM, Intent.HUMAN_AGENT, Intent.AFFIRM, Intent.DENY,
                         Intent.CHANGE_DEFAULT_ADDRESS, Intent.RECOMMEND}


async def product_question(deps: Deps, conversation_id: str, text: str, decided: TurnIntent) -> TurnIntent:
    """A message naming a catalog product by its id and no order ("Tell me about the Overnight Duffle
    (24-WB07).") is a question about that product, whatever a classifier made of its words (a gear product's id
    is also its only sku, so it reads like an item of an order)."""
    slots = decided.slots
    # "Háblame del producto X (MH07)", "Erzähl mir vom Produkt X (MH07)" read as shopping in some phrasings: a
    # product named by its id is asked about, unless the words ask for others like it ("similar to MH07").
    # An unsure order or complaint reading with no word of an order, an action or a problem is no such request.
    shopping = decided.intent is Intent.RECOMMEND and not asks_for_alternatives(text)
    unsure = decided.confidence < UNSURE and not speaks_of_an_order_or_problem(text) and not lexicon().patterns[
        "order_actions"].search(text)
    if slots.order_ids or (decided.intent in NOT_ABOUT_THE_PRODUCT and not (shopping or unsure)) or not id_candidates(
            text):
        return decided
    named = await product_named_by_id(deps, conversation_id, text)
    if named is None:
        return decided
    skus = {named["product_id"], *(v.get("sku") or v["item_id"] for v in named["variants"])}
    kept = [item for item in slots.item_ids if item not in skus]
    return decided.model_copy(update={"intent": Intent.PRODUCT_QUESTION, "confidence": max(decided.confidence, 0.9),
                                      "slots": slots.model_copy(update={"item_ids": kept})})


# Readings a question about a product named in words is mistaken for: shopping ("does the Hero Hoodie come in
# gray?" reads like a request for grey hoodies), small talk, and, without a word of an order or a problem, a
# complaint or an order question ("und hält die im Winter warm?").
NAMED_QUESTION_MISREAD = {Intent.RECOMMEND, Intent.OUT_OF_SCOPE, Intent.GREET, Intent.THANKS_BYE,
                          Intent.REPORT_PROBLEM, Intent.ORDER_STATUS}


# How many search hits are looked at for the products a question names (two named: "X or Y, which is cheaper?").
NAMED_POOL = 6


async def products_named(deps: Deps, text: str) -> list[ProductCard]:
    """The catalog products a question names when it names two or more; empty otherwise."""
    hits = await find_products(deps.catalog, text=text, photo_uri=None, limit=NAMED_POOL)
    return [hits[i] for i in several_named(text, [h.name for h in hits])]


# Readings of a product named with no other request ("háblame del Stark Fundamental Hoodie" read as a yes) when
# the reader is unsure of them.
UNSURE_ANSWERS = {Intent.AFFIRM, Intent.DENY, Intent.PROVIDE_DETAILS}


def _asks_of_a_product(text: str, options_named: bool) -> bool:
    """A product question's words ("what is it made of?"), or whether something comes in a colour or size
    ("gibts den Mona Pullover Hoodlie in grün in XS?": an availability cue with a colour or size)."""
    # "is it breathable?": a property of the page; an activity ("running", also in product names) asks only with
    # a suitability question, which `read_question` reads
    qualities = [p for p in properties_asked(fold(text)) if p not in ACTIVITIES]
    # "does the Push It Messenger Bag have a laptop sleeve?": whether the product named has a feature
    return bool(read_question(text).asks or qualities) or asks_whether_it_has(fold(text)) or (
        asks_availability(text) and options_named and not asks_for_alternatives(text))


async def product_named_in_words(deps: Deps, text: str, decided: TurnIntent, options_named: bool = False,
                                 photo: bool = False) -> TurnIntent:
    """A question about a product (its material, colours, price, warmth...) that names a catalog product by its
    name ("Woraus besteht der Selene Yoga Hoodie?") is a product question about it. The catalog is searched
    only when the words ask such a question. `options_named`: the turn names a colour or size of the catalog.
    `photo`: the words came with a photo, so any reading the reader is unsure of may be the photo's, not theirs
    ("la camiseta Gobi HeatTec viene en blanco?" under a photo of pants read, unsure, as an exchange)."""
    # "precio del orestes?" read as a new account address: no address has no digit
    no_address = decided.intent is Intent.CHANGE_DEFAULT_ADDRESS and not re.search(r"\d", text)
    unsure = decided.intent in UNSURE_ANSWERS or photo
    misread = decided.intent in NAMED_QUESTION_MISREAD or no_address or (unsure and decided.confidence < UNSURE) or (
        decided.intent is Intent.PRODUCT_QUESTION and decided.confidence < GROUNDED)  # grounded on the name
    if not misread or decided.slots.order_ids or not _asks_of_a_product(text, options_named):
        return decided
    if speaks_of_an_order_or_problem(text):
        return decided
    hits = await find_products(deps.catalog, text=text, photo_uri=None, limit=NAMED_POOL)
    # the product named may rank below others the question's other words match ("… chaud pour l'hiver ?")
    names = [h.name for h in hits]
    if not hits or (best_named(text, names) is None and not several_named(text, names)):
        return decided
    return decided.model_copy(update={"intent": Intent.PRODUCT_QUESTION, "confidence": max(decided.confidence, 0.9),
                                      "slots": decided.slots.model_copy(update={"product_query": text[:200]})})


def product_in_focus(text: str, decided: TurnIntent) -> TurnIntent:
    """"ist er warm?", "que disent les avis ?" read by a model as a request about an order: a question about the
    product in focus when it asks what only a product has (warmth, material, reviews, suitability) and names
    nothing of an order (the same reading the resolver makes of its own decision)."""
    if product_reading(decided.intent, text, decided.slots) is not Intent.PRODUCT_QUESTION:
        return decided
    if decided.intent is Intent.PRODUCT_QUESTION:
        return decided
    return decided.model_copy(update={"intent": Intent.PRODUCT_QUESTION, "confidence": max(decided.confidence, 0.9),
                                      "slots": decided.slots.model_copy(update={"product_query": text[:200]})})
