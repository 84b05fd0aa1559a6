"""Recommendations from words, a photo, or a photo refined by words: the topic's constraints, refined across
turns (assistant/grounding/catalog_dialogue.py), are hard filters; when nothing meets them all, the nearest
relaxation is shown and said."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from assistant.context import Deps
from assistant.grounding.catalog_constraints import CatalogConstraints, CatalogReading
from assistant.grounding.catalog_dialogue import ShoppingState, ShownProduct, next_constraints, next_query
from assistant.grounding.catalog_phrases import answer, describe, join_words, phrase, value_word, without
from assistant.grounding.catalog_questions import asks_for_alternatives, read_question
from assistant.grounding.list_reference import refers_to_shown_list
from assistant.grounding.style_words import style_asked, styled
from assistant.grounding.unsold_kinds import unsold_label
from assistant.state import ConversationState, Photo, Reply, with_replies
from assistant.steps.catalog_lookup import card, find_products, find_relaxed
from assistant.steps.catalog_routing import catalog_reading
from assistant.steps.currency_note import currency_note
from assistant.steps.photo_refinement import photo_match_meant
from assistant.steps.product_answers import material_answer
from assistant.steps.product_feature_map import features_for
from assistant.steps.routing import DEICTIC, photo_in_focus
from tools.catalog.search import ProductCard
from tools.money import format_money

LIMIT = 4
SUPERLATIVE_POOL = 60  # a superlative ranks every match: the catalog's categories hold fewer products than this


def _reason(product: ProductCard, constraints: CatalogConstraints, photo: bool, language: str) -> str:
    """What this card meets, from its own attributes: "for men, in Black, under $60"."""
    met = constraints.model_copy(deep=True)
    met.colours = [product.colour] if constraints.colours and product.colour else []
    met.attributes = {name: [v for v in product.attributes.get(name, []) if v in wanted]
                      for name, wanted in constraints.attributes.items()}
    parts = [phrase("photo", language)] if photo else []
    if described := describe(met, language):
        parts.append(described)
    return ", ".join(parts) or phrase("fits", language)


def _one_product_meant(shopping: ShoppingState, text: str) -> bool:
    """"Like this but in green" points at one product; "which of those are under $30?" at the list shown, whose
    topic (kind, gender...) the refinement keeps."""
    return not refers_to_shown_list(text) or len(shopping.get("shown") or []) == 1


def _shown_ids(previous: ShoppingState | None, text: str) -> set[str]:
    """The products of the list shown when the words refine that list ("which of those come in xl?",
    "lesquels existent en noir ?"); empty otherwise (a new search)."""
    shown = (previous or {}).get("shown") or []
    return {p["product_id"] for p in shown} if len(shown) > 1 and refers_to_shown_list(text) else set()


def _reference_query(shopping: ShoppingState | None) -> str | None:
    """"Like this but in green" after a product (not a photo): search for that product's kind."""
    shown = (shopping or {}).get("shown") or []
    focus = (shopping or {}).get("focus")
    named = next((p for p in shown if p["product_id"] == focus), shown[0] if shown else None)
    return named["name"] if named else None


async def recommend(state: ConversationState, runtime: Runtime[Deps]) -> dict[str, Any]:
    text = (state.get("incoming") or {}).get("text", "")
    language = state.get("language") or "en"
    photo = photo_in_focus(state)
    # A photo sent now is a new reference: the constraints start from what this turn says.
    previous = None if (state.get("incoming") or {}).get("photo") else state.get("shopping")
    reading = catalog_reading(state)
    if reading.reset and not reading.says_something() and photo is None:
        # "let's start over", "empecemos de cero": the topic is dropped and the customer asked what they want
        return {"topic": None, "shopping": None, "outbox": with_replies(state, Reply(key="shopping_start_over"))}
    if reading.unsold_kinds and photo is None and not (reading.constraints.categories or reading.constraints.kinds):
        # "running shoes under $30": the shop sells none, said so (never other kinds instead); nothing of that
        # search is kept for the next one
        kinds = join_words([unsold_label(kind, language) for kind in reading.unsold_kinds], language, conjunction="or")
        return {"topic": None, "shopping": None, "outbox": with_replies(
            state, Reply(key="kind_not_sold", facts={"kind": kinds}))}
    constraints = next_constraints(previous, reading)
    query = next_query(previous, reading, text)
    if photo is None and previous and DEICTIC.search(text) and _one_product_meant(previous, text):
        query = _reference_query(previous) or query
    if photo is None and (reference := _product_referred_to(previous, reading, text)):
        constraints, query = await _like_product(runtime.context, reference, constraints, reading)
    if matched := photo_match_meant(state, previous, reading, text):  # "same thing but in green" after a photo
        photo = None
        constraints, query = await _like_product(runtime.context, matched, constraints, reading)
    constraints, notes = await _kind_and_style(runtime.context, text, photo, constraints, language)
    superlative = _superlative(text)
    # "cheaper" after a list: the cheapest of what still matches first, not the same cards again
    by_price = superlative or ("cheapest" if reading.cheaper and previous else None)
    of_shown = _shown_ids(previous, text) if photo is None else set()  # "und welche davon gibts in blau?"
    found, dropped = await find_relaxed(runtime.context.catalog, text=text if photo else query,
                                        photo_uri=photo["uri"] if photo else None, constraints=constraints,
                                        limit=SUPERLATIVE_POOL if by_price or of_shown else LIMIT,
                                        features=await features_for(runtime.context, constraints))
    if of_shown:  # a refinement of the list shown: its products first; when none of them fits ("lesquels font
        # moins de 30 dollars ?" after four at 32-35), the same topic searched with the new constraint
        found = [p for p in found if p.product_id in of_shown][:LIMIT] or found[:LIMIT]
    if by_price:  # "the cheapest men's shorts": every match ranked by price, the first said in words
        found = sorted(found, key=lambda p: p.price_cents, reverse=by_price == "priciest")[:LIMIT]
    shopping = ShoppingState(query=query, constraints=constraints.model_dump(mode="json"),
                             shown=[_shown(p) for p in found],
                             focus=found[0].product_id if superlative and found else None)
    if not found and (cheapest := _nothing_cheaper(previous, reading)) is not None:
        # "anything cheaper?" after the cheapest there is: said plainly, the list kept for the next refinement
        sentence = answer("nothing_cheaper", language, name=cheapest["name"],
                          amount=format_money(cheapest["price_cents"], language))
        return {"topic": None, "shopping": previous, **_replies(
            state, reading, Reply(key="product_answer", facts={"answer": sentence}))}
    if not found:
        if previous:  # a refinement nothing meets is not kept: the next one starts from what was shown
            shopping = previous
        facts = {"unmet": describe(constraints, language, tuple(dropped))} if dropped else {}
        key = "no_recommendations_for" if dropped else "no_recommendations"
        return {"topic": None, "shopping": shopping, **_replies(state, reading, *notes, Reply(key=key, facts=facts))}
    met = without(constraints, tuple(dropped))
    cards = [card(p, _reason(p, met, bool(photo), language), language) for p in found]
    names = [f"{p.name} ({value_word(p.colour, language)})" if p.colour else p.name for p in found]
    if dropped:
        reply = Reply(key="recommendations_relaxed", cards=cards,
                      facts={"products": names, "unmet": describe(constraints, language, tuple(dropped))})
    elif photo is None and _same_as_shown(previous, found) and not reading.says_something() and not notes:
        # "something more formal": words the catalog cannot ground leave the list as it was; say so
        reply = Reply(key="recommendations_unchanged", facts={"products": names}, cards=cards)
    else:
        reply = Reply(key="recommendations", facts={"products": names}, cards=cards)
    if superlative and not dropped:
        best = found[0]
        sentence = answer(superlative, language, name=best.name, amount=format_money(best.price_cents, language))
        return {"topic": None, "shopping": shopping, **_replies(
            state, reading, *notes, Reply(key="product_answer", facts={"answer": sentence}, cards=cards))}
    return {"topic": None, "shopping": shopping, **_replies(state, reading, *notes, reply,
                                                            *_material_asked(found, reading, text, language))}


def _material_asked(found: list[ProductCard], reading: CatalogReading, text: str, language: str) -> list[Reply]:
    """"pas un sweat, plutôt une veste. et c'est en laine ?": the material asked with a refinement is answered for
    the products shown, not only used to find them."""
    if "material" not in read_question(text).asks or not reading.constraints.attributes.get("material"):
        return []
    sentences = [material_answer({"name": p.name, "attributes": p.attributes}, reading, language) for p in found]
    return [Reply(key="product_answer", facts={"answer": " ".join(sentences)})]


def _replies(state: ConversationState, reading: CatalogReading, *replies: Reply) -> dict[str, Any]:
    """The outbox with the replies, after the word that the shop prices in US dollars when the customer's amount
    was in euros (steps/currency_note.py)."""
    notes, said = currency_note(state, reading)
    return {"outbox": with_replies(state, *notes, *replies), **said}


def _product_referred_to(shopping: ShoppingState | None, reading: CatalogReading, text: str) -> ShownProduct | None:
    """The one product a refinement is about: "something similar but cheaper?" after the customer viewed a
    product (the only one shown), or "like that one" after asking about one of a list; none when the turn names
    a kind of product without asking for ones like it ("similar jackets" still is about the jacket viewed)."""
    names_a_kind = bool(reading.constraints.categories or reading.constraints.kinds)
    if not shopping or (names_a_kind and not asks_for_alternatives(text)):
        return None
    shown = shopping.get("shown") or []
    focus = next((p for p in shown if p["product_id"] == shopping.get("focus")), None)
    if len(shown) == 1 and not shopping.get("query"):
        return shown[0]
    return focus if focus and asks_for_alternatives(text) else None


async def _like_product(deps: Deps, product: ShownProduct, constraints: CatalogConstraints, reading: CatalogReading
                        ) -> tuple[CatalogConstraints, str]:
    """Products like `product`: its kind and gender (from its category), cheaper than it when asked."""
    hits = await find_products(deps.catalog, text=product["name"], photo_uri=None, limit=LIMIT)
    hit = next((h for h in hits if h.product_id == product["product_id"]), None)
    path = (hit.category_path or "").split("/") if hit else []
    update: dict[str, Any] = {}
    if len(path) > 1 and not constraints.categories:
        update["categories"] = [path[-1].strip().lower()]
    if path and path[0] in ("Men", "Women") and constraints.gender is None:
        update["gender"] = path[0]
    if reading.cheaper and reading.constraints.max_price_cents is None:
        update.update(max_price_cents=product["price_cents"], max_price_strict=True)
    return constraints.model_copy(update=update), product["name"]


async def _kind_and_style(deps: Deps, text: str, photo: Photo | None, constraints: CatalogConstraints,
                          language: str) -> tuple[CatalogConstraints, list[Reply]]:
    """The kind of product a photo shows, then a style word ("more formal", "plus habillé") mapped where the
    catalog can (a hoodie → jackets) with the sentence that says what was done with it, never ignored silently."""
    style = style_asked(text)
    if photo is not None and not (constraints.categories or constraints.kinds):
        constraints = await _photo_kind(deps, photo["uri"], constraints, styled_too=style is not None)
    if style is None:
        return constraints, []
    change = styled(style, constraints, language)
    return change.constraints, [Reply(key="product_answer", facts={"answer": change.note})]


async def _photo_kind(deps: Deps, photo_uri: str, constraints: CatalogConstraints, *, styled_too: bool = False
                      ) -> CatalogConstraints:
    """"Something like this but in blue": the photo sets the kind of product (its closest match's category), the
    words a detail of it, so a colour filter does not bring a tank top for a hoodie ("but more formal": the kind
    a style word maps from)."""
    if constraints.is_empty() and not styled_too:
        return constraints
    closest = await find_products(deps.catalog, text=None, photo_uri=photo_uri, limit=1)
    kind = (closest[0].category_path or "").rsplit("/", 1)[-1].strip().lower() if closest else ""
    if not kind:
        return constraints
    return constraints.model_copy(update={"categories": [kind]})


def _nothing_cheaper(previous: ShoppingState | None, reading: CatalogReading) -> ShownProduct | None:
    """The product shown that nothing else is cheaper than, when "cheaper" (with no amount) found nothing."""
    if not reading.cheaper or reading.constraints.max_price_cents is not None:
        return None
    shown = list((previous or {}).get("shown") or [])
    focus = next((p for p in shown if p["product_id"] == (previous or {}).get("focus")), None)
    return focus or min(shown, key=lambda p: p["price_cents"], default=None)


def _superlative(text: str) -> str | None:
    """"cheapest" or "priciest" when the request asks for the extreme of a price ("le moins cher")."""
    asks = read_question(text).asks
    return next((kind for kind in ("cheapest", "priciest") if kind in asks), None)


def _same_as_shown(previous: ShoppingState | None, found: list[ProductCard]) -> bool:
    shown = [p["product_id"] for p in (previous or {}).get("shown") or []]
    return bool(shown) and sorted(shown) == sorted(p.product_id for p in found)


def _shown(product: ProductCard) -> ShownProduct:
    return ShownProduct(product_id=product.product_id, name=product.name, colour=product.colour,
                        price_cents=product.price_cents)
