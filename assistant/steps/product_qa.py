"""Product Q&A: find the product meant (this turn's photo, one shown or named, the one in focus, else a search),
then answer from its catalog record in the customer's language; comparisons among the products shown."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.catalog_dialogue import ShoppingState, ShownProduct, constraints_of
from assistant.grounding.catalog_focus import (
    best_named,
    named_in_comparison,
    named_product,
    names_product,
    product_in_focus,
)
from assistant.grounding.catalog_phrases import answer, format_number, join_words, phrase
from assistant.grounding.catalog_questions import ProductQuestion, asks_my_options, read_question
from assistant.grounding.list_reference import refers_to_shown_list
from assistant.guardrails import sanitise_markdown
from assistant.models.contracts import PhotoAttributes
from assistant.models.requests import DecisionRequest, PhotoEvidence
from assistant.models.resolver.backend import ResolverBackend
from assistant.state import ConversationState, Photo, Reply, with_replies
from assistant.steps.catalog_lookup import card, find_products, find_relaxed, record_card
from assistant.steps.catalog_routing import catalog_reading
from assistant.steps.measure_answers import measure_answer
from assistant.steps.product_answers import answer_question, climates, side_by_side, warmth_rank
from assistant.steps.product_focus import NAMED_POOL, product_named_by_id, product_record, products_named
from assistant.steps.routing import merged_slots, photo_in_focus
from assistant.steps.understand import image_of
from tools.catalog.search import ProductCard
from tools.money import format_money

RESOLVER = ResolverBackend.name


async def _target(state: ConversationState, deps: Deps, question: ProductQuestion, text: str
                  ) -> tuple[list[str], ProductCard | None, Photo | None]:
    """The product ids meant, with the search hit that found it (for its card) and the photo used, if any.

    Several ids when products were shown and the question singles none out ("is it warm enough?" after a
    list): each is answered, rather than a guess at one."""
    shopping = state.get("shopping")
    shown = list((shopping or {}).get("shown") or [])
    if not (state.get("incoming") or {}).get("photo"):
        if (by_id := await product_named_by_id(deps, state["conversation_id"], text)) is not None:
            return [str(by_id["product_id"])], None, None  # e.g. the storefront's "Ask about this product"
        if (other := await _named_over_shown(deps, text, shown)) is not None:
            return [other.product_id], other, None
        focus = None if _asks_of_every_shown(text, question, shown) else product_in_focus(text, question, shopping)
        ids = [focus] if focus else [p["product_id"] for p in shown]
        if ids and (named_product(text, shown) or not await _names_another(deps, text, shopping)):
            return ids, None, None
    elif (named := await _named_beside_photo(deps, text)) is not None:
        return [named.product_id], named, None  # the words name the product asked about, not the photo's
    photo = photo_in_focus(state)
    query = None if photo else (merged_slots(state).get("product_query") or text)
    hits = await find_products(deps.catalog, text=query, photo_uri=photo["uri"] if photo else None,
                               limit=1 if photo else NAMED_POOL)
    # Words that name no product of the hits ("je serai remboursé sur quelle carte ?") point at none of them:
    # a search always returns something, and the nearest hit would be an unrelated product.
    position = best_named(query, [h.name for h in hits]) if query else 0
    if not hits or position is None:
        return [], None, None
    best = hits[position]
    return [best.product_id], best, photo


def _asks_of_every_shown(text: str, question: ProductQuestion, shown: list[ShownProduct]) -> bool:
    """"which of them are waterproof?", "lesquels sont étanches ?", "¿cuáles son impermeables?", "welche davon sind
    wasserdicht?": asked of every product shown, not of the one last in focus (the cheapest just named)."""
    return (len(shown) > 1 and question.ordinal is None and refers_to_shown_list(text)
            and named_product(text, shown) is None)


async def _named_beside_photo(deps: Deps, text: str) -> ProductCard | None:
    """The catalog product the words name by its name, sent with a photo of another ("does the Gobi HeatTec tee
    come in white?" under a photo of pants), else None: then the photo is what the question is about."""
    hits = await find_products(deps.catalog, text=text, photo_uri=None, limit=NAMED_POOL)
    position = best_named(text, [h.name for h in hits])
    if position is None or not names_product(text, hits[position].name):
        return None
    return hits[position]


async def _named_over_shown(deps: Deps, text: str, shown: list[ShownProduct]) -> ProductCard | None:
    """A catalog product the question names better than any product shown ("the Riona Full Zip Jacket" while the
    Inez Full Zip Jacket is on screen, "la veste juno" under four other jackets), else None."""
    if not shown:
        return None
    hits = await find_products(deps.catalog, text=text, photo_uri=None, limit=NAMED_POOL)
    shown_ids = {p["product_id"] for p in shown}
    names = [h.name for h in hits] + [p["name"] for p in shown]
    position = best_named(text, names)
    if position is None or position >= len(hits) or hits[position].product_id in shown_ids:
        return None
    return hits[position]


async def _names_another(deps: Deps, text: str, shopping: ShoppingState | None) -> bool:
    """The question names a product other than the ones in the conversation ("is the Chaz Kangeroo warm?")."""
    hits = await find_products(deps.catalog, text=text, photo_uri=None, limit=1)
    known = {p["product_id"] for p in (shopping or {}).get("shown") or []} | {(shopping or {}).get("focus")}
    if not hits or hits[0].product_id in known:
        return False
    return names_product(text, hits[0].name)


# How many matching products a superlative ("the cheapest of them") looks at: the catalog's whole category.
SUPERLATIVE_POOL = 60


async def _matching(deps: Deps, shopping: ShoppingState | None) -> list[ProductCard]:
    """Every product meeting the shopping topic's constraints (none when they had to be relaxed: then only the
    products shown are candidates)."""
    if not shopping or not shopping.get("query"):
        return []
    found, dropped = await find_relaxed(deps.catalog, text=shopping["query"], photo_uri=None,
                                        constraints=constraints_of(shopping), limit=SUPERLATIVE_POOL)
    return [] if dropped else found


def _shown_product(product: ProductCard) -> ShownProduct:
    return ShownProduct(product_id=product.product_id, name=product.name, colour=product.colour,
                        price_cents=product.price_cents)


async def _compare(state: ConversationState, deps: Deps, question: ProductQuestion, language: str,
                   named: bool = False) -> tuple[str, str] | None:
    shown = list((state.get("shopping") or {}).get("shown") or [])
    if len(shown) < 2:
        return None
    if "best_rated" in question.asks:
        averages = {}
        for product in shown:
            details = await product_record(deps, state["conversation_id"], product["product_id"]) or {}
            rated = [r["rating"] for r in details.get("reviews", []) if r.get("rating")]
            if rated:
                averages[product["product_id"]] = sum(rated) / len(rated)
        if not averages:
            return None
        best = max(shown, key=lambda p: averages.get(p["product_id"], -1))
        return best["product_id"], answer("best_rated", language, name=best["name"],
                                          average=format_number(averages[best["product_id"]], language))
    if "warmest" in question.asks:
        return await _warmer(deps, state["conversation_id"], shown, language)
    if "measure" in question.asks:  # "welche ist am größten?": no size or weight in the catalog, said so
        records = [r for p in shown if (r := await product_record(deps, state["conversation_id"], p["product_id"]))]
        focus = (state.get("shopping") or {}).get("focus") or (str(records[0]["product_id"]) if records else None)
        return (focus, measure_answer(records, language)) if focus and records else None
    key = "cheapest" if "cheapest" in question.asks else "priciest"
    pool = [*shown, *[_shown_product(p) for p in await _matching(deps, state.get("shopping"))]]
    pick = (min if key == "cheapest" else max)(pool, key=lambda p: p["price_cents"])
    sentence = answer(key, language, name=pick["name"], amount=format_money(pick["price_cents"], language))
    if named:  # "X or Y, which costs less?": the other's price too, so the difference can be seen
        sentence += "".join(" " + answer("compared_price", language, name=p["name"],
                                         amount=format_money(p["price_cents"], language))
                            for p in shown if p["product_id"] != pick["product_id"])
    return pick["product_id"], sentence


async def _warmer(deps: Deps, conversation_id: str, shown: list[ShownProduct], language: str
                  ) -> tuple[str, str] | None:
    """"Which is warmer, X or Y?": the one the catalog rates for colder weather, both ratings said (never a yes or
    no about each)."""
    records = [r for p in shown if (r := await product_record(deps, conversation_id, p["product_id"]))]
    if len(records) < 2:
        return None
    ranked = sorted(records, key=warmth_rank, reverse=True)
    first, second = ranked[0], ranked[1]
    key = "warmer" if warmth_rank(first) > warmth_rank(second) else "warmth_same"
    return str(first["product_id"]), answer(key, language, name=first["name"], other=second["name"],
                                            values=join_words(climates(first), language),
                                            other_values=join_words(climates(second), language))


async def _compared_ids(state: ConversationState, deps: Deps, question: ProductQuestion, text: str) -> list[str]:
    """The products a comparison means: the cards it numbers ("the first or the second"), the products it names,
    else the one in focus and the one it names ("compare it with the Chaz"), else the cards on screen."""
    shopping = state.get("shopping") or {}
    shown = list(shopping.get("shown") or [])
    numbered = [shown[i]["product_id"] for i in question.ordinals if -len(shown) <= i < len(shown)]
    if len(set(numbered)) > 1:
        return list(dict.fromkeys(numbered))
    if len(shown) > 1 and named_product(text, shown) is None and not await _names_another(deps, text, shopping):
        return [p["product_id"] for p in shown[:MAX_SIDE_BY_SIDE]]  # "compare them"
    focus = shopping.get("focus") or (shown[0]["product_id"] if len(shown) == 1 else None)
    hits = await find_products(deps.catalog, text=text, photo_uri=None, limit=NAMED_POOL)
    named = list(dict.fromkeys(h.product_id for h in hits if named_in_comparison(text, h.name)))
    if len(named) > 1:
        return named[:MAX_SIDE_BY_SIDE]
    return [focus, named[0]] if focus and named and named[0] != focus else []


MAX_SIDE_BY_SIDE = 4


async def _side_by_side(state: ConversationState, deps: Deps, question: ProductQuestion, text: str,
                        language: str) -> dict[str, Any] | None:
    """Two or more products answered together: the comparison asked (cheaper, warmer, better rated) over them,
    else each one's price, rating and material; None when fewer than two products are meant."""
    ids = await _compared_ids(state, deps, question, text)
    records = [r for i in ids if (r := await product_record(deps, state["conversation_id"], i))]
    if len(records) < 2:
        return None
    shopping = ShoppingState(**(state.get("shopping") or {}))
    compared = [ShownProduct(product_id=str(r["product_id"]), name=r["name"], colour=None,
                             price_cents=min(v["price_cents"] for v in r["variants"])) for r in records]
    if not question.ordinals or len(question.ordinals) < 2:  # named ones become the products in question
        shopping = ShoppingState(**{**shopping, "shown": compared, "focus": None})
    sentence = None
    if "warmth" in question.asks and not question.compares():  # "is the first one warmer than the second?"
        question = question.model_copy(update={"asks": [*question.asks, "warmest"]})
    if question.compares():
        picked = await _compare({**state, "shopping": {**shopping, "shown": compared}},
                                deps, question, language, named=True)
        sentence = picked[1] if picked else None
    return {"topic": None, "shopping": dict(shopping), "outbox": with_replies(state, Reply(
        key="product_answer", facts={"answer": sentence or side_by_side(records, language)}))}


async def product_qa(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    deps = runtime.context
    text = (state.get("incoming") or {}).get("text", "")
    language = state.get("language") or "en"
    question = read_question(text)
    if asks_my_options(text):  # "what are my options?": the colours and sizes, not the description ("c'est quoi")
        asks = [k for k in question.asks if k not in ("about", "colours", "sizes")]
        question = question.model_copy(update={"asks": [*asks, "colours", "sizes"]})
    shopping = ShoppingState(**(state.get("shopping") or {}))
    named: list[ProductCard] = []
    if not (state.get("incoming") or {}).get("photo") and (named := await products_named(deps, text)):
        # "Josie Yoga Jacket or Jade Yoga Jacket, which costs less?": those two are the products in question
        shopping = ShoppingState(shown=[_shown_product(p) for p in named], focus=None)
        state = {**state, "shopping": dict(shopping)}  # type: ignore[typeddict-item]
    if question.sets_side_by_side() and (together := await _side_by_side(state, deps, question, text, language)):
        return together
    if question.compares() and (compared := await _compare(state, deps, question, language, bool(named))):
        shopping["focus"] = compared[0]
        sentence = compared[1]
        return {"topic": None, "shopping": dict(shopping),
                "outbox": with_replies(state, Reply(key="product_answer", facts={"answer": sentence}))}
    product_ids, hit, photo = await _target(state, deps, question, text)
    records = [d for d in [await product_record(deps, state["conversation_id"], i) for i in product_ids] if d]
    if not records:  # a clearer photo is asked for only when a photo was sent
        key = "product_not_found" if photo else "product_not_named"
        return {"topic": None, "outbox": with_replies(state, Reply(key=key, facts={}))}
    reading = catalog_reading(state)
    reply_text = " ".join(answer_question(record, question, reading, language, text) for record in records)
    if len(records) > 1:
        return {"topic": None, "shopping": dict(shopping), "outbox": with_replies(state, Reply(
            key="product_answer", facts={"answer": reply_text}))}
    details = records[0]
    if photo and (seen := await seen_in_photo(deps, photo, text, hit.colour if hit else None)):
        reply_text = f"{reply_text} {answer('photo_seen', language, seen=seen)}"
    focus = shopping["focus"] = str(details["product_id"])
    if not any(p["product_id"] == focus for p in shopping.get("shown") or []):
        shopping["shown"] = [ShownProduct(product_id=focus, name=details["name"],
                                          colour=hit.colour if hit else None,
                                          price_cents=min(v["price_cents"] for v in details["variants"]))]
    reason = phrase("photo" if photo else "fits", language)
    # A search hit is one colour of the product: shown as such only where the colour was asked for (or the photo
    # matched it); otherwise the card is the product's own, never a colour picked from other words ("not the red
    # one", a colour change refused a turn before).
    coloured = hit is not None and (photo is not None or hit.colour in reading.constraints.colours)
    cards = [card(hit, reason, language) if hit and coloured else record_card(details, reason, language)]
    return {"topic": None, "shopping": dict(shopping), "outbox": with_replies(state, Reply(
        key="product_answer", facts={"answer": reply_text}, cards=cards))}


async def seen_in_photo(deps: Deps, photo: Photo, question: str, catalog_colour: str | None) -> str | None:
    """What a vision model describes in the customer's photo, next to the catalog's answer.

    None from the resolver (it would only repeat the catalog's colour) or when the model is degraded.
    """
    if deps.backend.name == RESOLVER:  # no vision model configured: skip reading the photo for nothing
        return None
    request = DecisionRequest(text=question, image=image_of(photo), evidence=PhotoEvidence(photo_colour=catalog_colour))
    decision = await deps.backend.decide(PhotoAttributes, request)
    if decision.degraded or decision.backend == RESOLVER:
        return None
    return sanitise_markdown(decision.value.description.rstrip(". ")) or None
