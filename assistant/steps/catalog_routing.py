"""Shopping turns a reader may misread: once products were shown, a turn that refines them ("only the ones under
$50", "any in purple?", "cheaper") goes back to recommendations and a question about them ("is it warm enough?",
"which is the cheapest?") to product Q&A; before that, an unsure reading of a request that names a kind of
product ("busco sudaderas de hombre") is a recommendation. Confident order, complaint and other intents, open
topics and pending confirmations are left alone."""

from __future__ import annotations

from assistant.grounding.catalog_constraints import CatalogReading, says_more_than_options
from assistant.grounding.catalog_dialogue import constraints_of
from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.catalog_questions import (
    ProductQuestion,
    asks_an_option,
    asks_availability,
    asks_for_alternatives,
    asks_for_other_products,
    asks_my_options,
    is_shopping_request,
    names_only_options,
    read_question,
    size_said,
)
from assistant.grounding.item_changes import fits_badly
from assistant.grounding.lexicon import lexicon
from assistant.grounding.list_reference import refers_to_shown_list
from assistant.grounding.order_history import asks_whether_it_arrived
from assistant.grounding.orders import speaks_of_an_order_or_problem
from assistant.grounding.product_features import asks_what_it_is, asks_whether_it_has
from assistant.grounding.relations import without_relations
from assistant.grounding.style_words import style_asked
from assistant.models.contracts import Intent
from assistant.state import ConversationState
from assistant.steps.open_question import answers_open_question

# Intents a short catalog turn is often mistaken for.
LOOSE_INTENTS = {Intent.RECOMMEND, Intent.PRODUCT_QUESTION, Intent.OUT_OF_SCOPE, Intent.GREET,
                 Intent.PROVIDE_DETAILS, Intent.AFFIRM, Intent.DENY, Intent.THANKS_BYE}
CONFIDENT = 0.6
GROUNDED = 0.9  # a product question grounded on a product the words name (assistant/steps/product_focus.py)
# Once products were shown, a question about them is often mistaken for these ("und was kostet er?", "ist er
# warm?" read as a complaint or an order question) unless it names an order or a problem.
QUESTION_MISREAD = {Intent.REPORT_PROBLEM, Intent.ORDER_STATUS}
# A request for a kind of product with no word of an order, a problem or an order action is shopping, whatever
# order intent or complaint it was read as without confidence.
# The account's address is read there too ("camisetas azules de mujer" read, unsure, as an address change).
ORDER_READINGS = {Intent.ORDER_STATUS, Intent.CANCEL_ORDER, Intent.MODIFY_ORDER, Intent.RETURN_ITEM,
                  Intent.EXCHANGE_ITEM, Intent.REPORT_PROBLEM, Intent.CHANGE_DEFAULT_ADDRESS}


def catalog_reading(state: ConversationState) -> CatalogReading:
    """This turn's product constraints, read in `understand` (empty without a catalog)."""
    return CatalogReading.model_validate(state.get("catalog_reading") or {})


def _refines(reading: CatalogReading, *, features: bool = True) -> bool:
    """Words only a refinement of products uses: any/another colour, cheaper, an exclusion, a price, a feature
    (`features=False`: a feature named is no refinement, as in a question whether a product has it)."""
    c = reading.constraints
    return (reading.any_colour or reading.another_colour or reading.cheaper
            or bool(c.exclude_colours or c.exclude_categories or c.exclude_attributes)
            or (features and bool(c.features or c.exclude_features))  # "sin cremallera", "with pockets"
            or c.max_price_cents is not None or c.min_price_cents is not None)


def _names_a_kind(reading: CatalogReading) -> bool:
    """A kind of product: a category ("jackets"), a finer kind read from names ("a water bottle"), or the shop's
    eco collection ("des vêtements éco-responsables pour homme ?"), or one the shop does not sell ("socks?")."""
    c = reading.constraints
    return bool(c.categories or c.kinds or c.attributes.get("eco") or reading.unsold_kinds)


def _asks_about_an_order(text: str, option_asked: bool = False) -> bool:
    """Words of an order, a problem, an order action ("return", "annuler", "sending it back"), something of the
    customer's own ("my", but not the "my" of "for my girlfriend"), or a fit complaint. `option_asked`: the words
    ask whether a product comes in an option ("¿este viene en algún otro color?"), so "another colour" in them is
    no wish to change an item."""
    words = lexicon().patterns
    names = ("order_actions", "return_words", "cancel_words", "payment_questions",
             *(() if option_asked else ("variant_wishes",)))
    return speaks_of_an_order_or_problem(text) or fits_badly(text) or any(words[name].search(text) for name in (
        names)) or bool(words["own_words"].search(without_relations(text)))


def _compares_shown(state: ConversationState, question: ProductQuestion, reading: CatalogReading) -> bool:
    """"Which is the cheapest?" after a list picks among the products shown; it is no price cap ("cheapest" also
    reads as "cheaper"). A new constraint in the same breath ("the cheapest in blue") is a refinement."""
    c = reading.constraints
    shown = (state.get("shopping") or {}).get("shown") or []
    new_constraint = bool(c.colours or c.exclude_colours or c.max_price_cents is not None
                          or c.min_price_cents is not None)
    # "which is lighter, the first or the second?": two cards numbered are compared, whatever the property
    return (question.compares() or question.sets_side_by_side()) and len(shown) > 1 and not new_constraint


def _picks_a_card(state: ConversationState, question: ProductQuestion, reading: CatalogReading) -> bool:
    """"the second one", "et le dernier ?" while product cards are the list on screen: that card is asked about
    (after an order list the same words pick an order: `steps/listed_order.py`). An option said with it ("what
    other colours does the first one have?", "¿el primero viene en XL?") is asked of that card, not a search."""
    shown = (state.get("shopping") or {}).get("shown") or []
    on_screen = (state.get("shown_list") or {}).get("kind", "products") == "products"
    return (question.ordinal is not None and on_screen and -len(shown) <= question.ordinal < len(shown)
            and not says_more_than_options(reading))


def _ranks_another_kind(state: ConversationState, question: ProductQuestion, reading: CatalogReading) -> bool:
    """"Which is the cheapest hoodie?" after a list of tops ranks every product of that kind (the topic's gender
    kept), not the products shown: the kind said holds for the answer."""
    topic, c = constraints_of(state.get("shopping")), reading.constraints
    return question.compares() and bool(set(c.categories) - set(topic.categories) or set(c.kinds) - set(topic.kinds))


def _names_another_kind_or_gender(state: ConversationState, question: ProductQuestion,
                                   reading: CatalogReading) -> bool:
    """"et une veste imperméable pour femme ?" after a list of hoodies, "ahora busco una mochila para senderismo"
    after yoga bags: a kind or a gender other than the list's is a new search, whatever it asks of it ("waterproof"
    is then a constraint of the search, not a question about the products shown). A card numbered ("is the first
    one for women?") keeps it a question about the list."""
    if question.ordinal is not None:
        return False
    topic, c = constraints_of(state.get("shopping")), reading.constraints
    other_kind = bool(set(c.categories) - set(topic.categories) or set(c.kinds) - set(topic.kinds))
    other_gender = c.gender is not None and topic.gender is not None and c.gender != topic.gender
    return other_kind or other_gender


def _asks_beyond_the_search(question: ProductQuestion, reading: CatalogReading) -> list[str]:
    """What a turn asks besides the constraints it states: "men's pants in size 34 under $40?" or "un short pour
    femme en taille 32 ?" states a size for whom or for how much (a search), and so does "women's hoodies made of
    wool?" a material, while "which sizes?", "how much?" or "does the Zoe Tank come in black?" (a colour or size
    alone, of a product named) asks them."""
    c = reading.constraints
    priced = c.max_price_cents is not None or c.min_price_cents is not None
    searches = priced or c.gender is not None
    stated = {"sizes": searches and c.size is not None, "price": priced,
              "colours": searches and bool(c.colours or c.exclude_colours),
              "material": searches and bool(c.attributes.get("material"))}
    return [kind for kind in question.asks if not stated.get(kind, False)]


def _asks_for_other_products(question: ProductQuestion, reading: CatalogReading, text: str) -> bool:
    """After a list, a turn that states constraints and asks for products ("something warmer for winter", "lieber
    etwas zum Wandern") or whose question words are only its search ("for women, size 28") is a new search, not a
    question about the products shown. A question of fit ("fällt die klein aus? ich trage sonst M") is about the
    product shown: the size it names is the customer's usual one, not a search."""
    if "fit" in question.asks:
        return False
    return reading.says_something() and (asks_for_other_products(text)
                                         or not _asks_beyond_the_search(question, reading))


def _asks_feature_of_focus(state: ConversationState, question: ProductQuestion, reading: CatalogReading,
                           text: str) -> bool:
    """"does it have a hood?", "elle a des poches ?" while one product is in focus (asked about, or the only card
    shown, or the card numbered): a question about that product's own text, not a search for products with it.
    Any other constraint said with it ("any jackets with a hood?") or words asking for other products keep it a
    search."""
    shopping = state.get("shopping") or {}
    shown = shopping.get("shown") or []
    in_focus = bool(shopping.get("focus")) or len(shown) == 1 or (
        question.ordinal is not None and -len(shown) <= question.ordinal < len(shown))
    c = reading.constraints
    other = bool(c.categories or c.kinds or c.colours or c.exclude_colours or c.gender or c.exclude_features
                 or c.max_price_cents is not None or c.min_price_cents is not None or reading.another_colour)
    return (in_focus and not other and asks_whether_it_has(fold(text)) and not asks_for_other_products(text)
            and not _asks_about_an_order(text))


def _asks_what_the_shown_are(state: ConversationState, reading: CatalogReading, text: str) -> bool:
    """"il est imperméable ?", "c'est fait en quoi ?", "¿es impermeable?", "sind die wasserdicht?" once a product is
    in focus or products were shown: a pronoun and a copula with an adjective ask about them, even where the
    adjective is also a noun of a kind ("un imperméable") or reads as a climate. A gender, a price, a colour or words
    asking for other products keep it a search ("is it for women?" is asked of a card by its number)."""
    shopping = state.get("shopping") or {}
    if not (shopping.get("focus") or shopping.get("shown")):
        return False
    c = reading.constraints
    other = bool(c.colours or c.exclude_colours or c.gender or c.max_price_cents is not None
                 or c.min_price_cents is not None or reading.another_colour)
    return (not other and asks_what_it_is(fold(text)) and not asks_for_other_products(text)
            and not _asks_about_an_order(text))


# What a product is ("waterproof", "warm", "made of wool", "good for hiking"), asked of each product shown
_PROPERTY_ASKS = frozenset({"warmth", "suitability", "material"})


def _asks_property_of_shown(state: ConversationState, question: ProductQuestion, reading: CatalogReading,
                            text: str) -> bool:
    """"which of them are waterproof?", "lesquels sont étanches ?", "¿y cuáles son impermeables?", "welche davon
    sind wasserdicht?" after a list: a property asked of every product shown, each answered from its record, never
    a new search for products that have it ("impermeables" is also a kind of jacket, "étanche" a rainy climate).
    A colour, a size, a price or a gender said with it narrows the list instead."""
    shown = (state.get("shopping") or {}).get("shown") or []
    c = reading.constraints
    other = bool(c.colours or c.exclude_colours or c.size or c.gender or c.max_price_cents is not None
                 or c.min_price_cents is not None or reading.another_colour or reading.cheaper)
    return (len(shown) > 1 and question.ordinal is None and bool(_PROPERTY_ASKS & set(question.asks))
            and refers_to_shown_list(text) and not other and not asks_for_other_products(text)
            and not _asks_about_an_order(text))


def _asks_my_options(state: ConversationState, text: str) -> bool:
    """"what are my options then?" after "not in red, only black, blue and gray": the colours and sizes of the
    product in focus (or of the only card shown), never a "didn't get that"."""
    shopping = state.get("shopping") or {}
    one = shopping.get("focus") or len(shopping.get("shown") or []) == 1
    # "my" is the customer's options here, no item of their own: only words of an order or a problem leave it
    return bool(one) and asks_my_options(text) and not (speaks_of_an_order_or_problem(text) or fits_badly(text))


def _asks_options_of_focus(state: ConversationState, reading: CatalogReading, text: str) -> bool:
    """"does it come in other colours?", "vous l'avez en XL ?", "¿lo tenéis en otros colores?", "gibt's den auch in
    XXL?" while one product is in focus: whether that product comes in a colour, a size or another colour, answered
    from its options, never a search for other products in it. So is a follow-up that says an option and nothing
    else ("and in a medium?", "et en XL noir ?", "¿y en naranja?", "und in Grün?"): its "and" is no request for
    other products. A kind, a gender, a price, a feature or words asking for products like it ("something like this
    in blue", "show me other jackets in XL") keep it a search."""
    if not (state.get("shopping") or {}).get("focus"):
        return False
    c = reading.constraints
    other = bool(c.categories or c.kinds or c.gender or c.features or c.exclude_features or c.exclude_colours
                 or c.max_price_cents is not None or c.min_price_cents is not None or reading.cheaper)
    option = bool(c.colours or c.size or size_said(text)) or reading.another_colour
    if option and not other and names_only_options(text):
        return True
    others = asks_for_alternatives(text) or (asks_for_other_products(text) and not reading.another_colour)
    option_asked = asks_an_option(text) or reading.another_colour
    return (option and not other and not others and option_asked
            and not _asks_about_an_order(text, option_asked=asks_an_option(text)))


def _leaves_open_question(state: ConversationState) -> bool:
    """A request in progress asked a question, and this turn shops instead of answering it ("vous avez des shorts
    bleus ?" after "why would you like to cancel?"): no detail the request needs, no word of an order, and the
    words of a product search, a product question or a refinement."""
    if answers_open_question(state):
        return False
    text = (state.get("incoming") or {}).get("text", "")
    reading = catalog_reading(state)
    shops = is_shopping_request(text) or _refines(reading) or (
        (read_question(text).asks or "?" in text) and reading.says_something())
    return shops and not _asks_about_an_order(text)


def catalog_follow_up(state: ConversationState) -> str | None:
    """"recommend" or "product_qa" for a shopping turn the reader was unsure of; None for anything else.
    Inside a request that asked a question, only a turn that leaves it for shopping (`_leaves_open_question`)."""
    if state.get("topic") and not state.get("pending"):
        if not _leaves_open_question(state):
            return None
        return _shopping_follow_up(state) or ("recommend" if catalog_reading(state).says_something() else "product_qa")
    return _shopping_follow_up(state)


def _new_search(state: ConversationState, reading: CatalogReading, text: str) -> bool:
    """A photo with "something like this but in blue?" (products like it, not the photo's), or "start over",
    "empecemos de cero", "vergiss das, eine Uhr" after a list (the topic is dropped); never with order words."""
    photo_alternatives = bool((state.get("incoming") or {}).get("photo")) and asks_for_alternatives(text) and (
        reading.says_something())
    starts_over = reading.reset and bool(state.get("shopping"))
    return (photo_alternatives or starts_over) and not _asks_about_an_order(text)


def _after_a_list(state: ConversationState, question: ProductQuestion, reading: CatalogReading, text: str,
                  shopping_words: bool) -> str | None:
    """A shopping turn once products were shown: a ranking of another kind or a refinement is a search, a question
    about them (a comparison of those shown included) product Q&A."""
    if _ranks_another_kind(state, question, reading):
        return "recommend"
    if _compares_shown(state, question, reading) or _picks_a_card(state, question, reading):
        return "product_qa"
    if _refines(reading):
        return "recommend"
    if _names_another_kind_or_gender(state, question, reading):
        return "recommend"
    if _narrows_the_list(state, reading, text):
        return "recommend"
    if question.asks and not _asks_for_other_products(question, reading, text):
        return "product_qa"
    # "gibt es auch was Eleganteres?", "plutôt chic": a request for other products, even in words the catalog
    # cannot ground; a style word alone refines the list (never a goodbye)
    return "recommend" if reading.says_something() or shopping_words or style_asked(text) else None


def _narrows_the_list(state: ConversationState, reading: CatalogReading, text: str) -> bool:
    """"do any come in black?", "which of those come in xl?" after several products: the list's search narrowed to
    that colour or size (only the products that have it are listed), not a yes or no for each product shown."""
    c = reading.constraints
    shown = (state.get("shopping") or {}).get("shown") or []
    return len(shown) > 1 and bool(c.colours or c.size) and refers_to_shown_list(text)


def _shopping_follow_up(state: ConversationState) -> str | None:
    understood = state.get("intent") or {}
    slots = understood.get("slots") or {}
    if state.get("pending") or slots.get("order_ids") or slots.get("email"):
        return None
    intent = Intent(understood.get("intent", Intent.OUT_OF_SCOPE))
    confident = float(understood.get("confidence", 1.0)) >= CONFIDENT
    text = (state.get("incoming") or {}).get("text", "")
    reading, question = catalog_reading(state), read_question(text)
    if _new_search(state, reading, text):
        return "recommend"
    if (_asks_feature_of_focus(state, question, reading, text) or _asks_what_the_shown_are(state, reading, text)
            or _asks_options_of_focus(state, reading, text) or _asks_property_of_shown(state, question, reading, text)
            or _asks_my_options(state, text)):
        return "product_qa"
    # "X or Y, which one's cheaper?" compares the products named ("cheaper" is no refinement of a list there);
    # "does the Push It Messenger Bag have a laptop sleeve?" asks whether the product named has it, no search
    asks_it = asks_whether_it_has(fold(text)) and not asks_for_other_products(text)
    refines = _refines(reading, features=not asks_it) and not (question.compares() and not state.get("shopping"))
    if intent is Intent.PRODUCT_QUESTION and float(understood.get("confidence", 1.0)) >= GROUNDED and not (
            refines or state.get("shopping") and reading.constraints.colours):
        return None  # a product named by its id or name is asked about, whatever kind of product it is
    shopping_words = is_shopping_request(text) or asks_availability(text) or _refines(reading) or bool(
        state.get("shopping") and asks_for_other_products(text) and _names_a_kind(reading))  # "was anderes, eine Uhr"
    # ... and so is an unsure order reading of a turn with no word of an order ("mejor para hombre" after a list)
    misread = (intent in QUESTION_MISREAD and not (speaks_of_an_order_or_problem(text)
                                                  or asks_whether_it_arrived(text))) or (
        intent in ORDER_READINGS and not confident and not _asks_about_an_order(text))
    if misread and state.get("shopping"):
        if _picks_a_card(state, question, reading):  # "y la última?", "¿el primero en qué otros colores viene?"
            return "product_qa"
        if _refines(reading):
            return "recommend"  # "actually any colour is fine"
        if question.asks:
            return "product_qa"
        if reading.says_something():
            return "recommend"  # "¿alguno en morado?", "¿y alguna para la lluvia?" after a list
    if (intent in ORDER_READINGS and not confident and _names_a_kind(reading)
            and not _asks_about_an_order(text)):
        return "recommend"  # "des shorts pour homme" read as an order request
    if intent not in LOOSE_INTENTS and (confident or not shopping_words):
        return None
    if state.get("shopping"):
        return _after_a_list(state, question, reading, text, shopping_words)
    # "quel est le pantalon homme le moins cher ?": a kind of product and a superlative is a search, ranked
    # (a sure product question compares the products it names: "¿cuál es más barata, la Ingrid o la Nadia?")
    ranks = question.compares() and not (intent is Intent.PRODUCT_QUESTION and confident)
    if _names_a_kind(reading) and (not _asks_beyond_the_search(question, reading) or ranks) and (
            shopping_words or intent in LOOSE_INTENTS):
        return "recommend"
    return None
