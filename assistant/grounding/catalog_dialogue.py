"""The shopping part of the dialogue state: the topic, its constraints and what was shown, with explicit rules
for refining them ("only the ones under $50", "any in purple?", "cheaper") and resetting them on a new subject."""

from __future__ import annotations

from typing import Any, TypedDict

from assistant.grounding.catalog_constraints import CatalogConstraints, CatalogReading


class ShownProduct(TypedDict):
    product_id: str
    name: str
    colour: str | None
    price_cents: int


class ShoppingState(TypedDict, total=False):
    """Plain JSON-like values (strict-msgpack safe): `constraints` is a `CatalogConstraints` dump."""

    query: str
    constraints: dict[str, Any]
    shown: list[ShownProduct]
    focus: str | None  # the product id asked about last


def constraints_of(state: ShoppingState | None) -> CatalogConstraints:
    return CatalogConstraints.model_validate((state or {}).get("constraints") or {})


def is_new_subject(previous: ShoppingState | None, reading: CatalogReading) -> bool:
    """A turn changes subject when it names another kind of product than the topic's ("now women's pants", "and a
    water bottle?" after jackets): another category, or a kind finer than a category that the topic did not have."""
    if not previous or (reading.reset and not reading.constraints.is_empty()):
        return True  # "olvídalo, mejor una pelota": what the customer asks now replaces the topic
    topic, stated = constraints_of(previous), reading.constraints
    before, now = set(topic.categories), set(stated.categories)
    if before and now and not before & now:
        return not before <= set(reading.broader_categories)  # "women's tops", then "a hoodie?": narrowed
    return bool(stated.kinds) and not set(stated.kinds) & set(topic.kinds) and not (now and before & now
                                                                                      and not topic.kinds)


def next_constraints(previous: ShoppingState | None, reading: CatalogReading) -> CatalogConstraints:
    """The constraints after this turn: a new subject starts afresh (but for the person and budget of another kind
    of clothing); anything else refines the topic's."""
    stated = reading.constraints
    if is_new_subject(previous, reading):
        return kept_across_kinds(previous, reading, stated.model_copy(deep=True))
    merged = constraints_of(previous)
    if reading.any_colour:
        merged.colours, merged.exclude_colours = [], []
    if reading.another_colour:
        shown = [str(p["colour"]) for p in (previous or {}).get("shown", []) if p.get("colour")]
        merged.exclude_colours = _union(merged.exclude_colours, merged.colours or shown)
        merged.colours = []
    if stated.colours:
        merged.colours = list(stated.colours)
    merged.exclude_colours = [c for c in _union(merged.exclude_colours, stated.exclude_colours)
                              if c not in stated.colours]
    merged.colours = [c for c in merged.colours if c not in merged.exclude_colours]
    for field in ("size", "gender", "min_price_cents", "max_price_cents"):
        if getattr(stated, field) is not None:
            setattr(merged, field, getattr(stated, field))
    if stated.max_price_cents is not None:
        merged.max_price_strict = stated.max_price_strict
    if stated.categories:
        merged.categories = list(stated.categories)
    if stated.kinds:
        merged.kinds = list(stated.kinds)
    merged.exclude_kinds = [k for k in _union(merged.exclude_kinds, stated.exclude_kinds) if k not in stated.kinds]
    merged.kinds = [k for k in merged.kinds if k not in merged.exclude_kinds]
    merged.exclude_features = [f for f in _union(merged.exclude_features, stated.exclude_features)
                               if f not in stated.features]
    merged.features = [f for f in _union(merged.features, stated.features) if f not in merged.exclude_features]
    merged.attributes = {**merged.attributes, **stated.attributes}
    merged.exclude_categories = [c for c in _union(merged.exclude_categories, stated.exclude_categories)
                                 if c not in stated.categories]
    merged.categories = [c for c in merged.categories if c not in merged.exclude_categories]
    for name, values in stated.exclude_attributes.items():
        merged.exclude_attributes[name] = _union(merged.exclude_attributes.get(name, []), values)
    merged.attributes = {name: kept for name, values in merged.attributes.items()
                         if (kept := [v for v in values if v not in merged.exclude_attributes.get(name, [])])}
    # "cheaper" is strictly below what was shown, unless the turn says how much ("the cheaper ones, under 60")
    if reading.cheaper and stated.max_price_cents is None and (reference := cheaper_than(previous)) is not None:
        merged.max_price_cents, merged.max_price_strict = reference["price_cents"], True
    return merged


# The catalog's categories above every kind of clothing: a kind under one of them is worn by someone
WORN_BY = frozenset({"men", "women"})
KEPT_ACROSS_KINDS = ("gender", "min_price_cents", "max_price_cents")


def kept_across_kinds(previous: ShoppingState | None, reading: CatalogReading,
                      fresh: CatalogConstraints) -> CatalogConstraints:
    """Another kind of clothing asked for after a clothing search ("men's hoodies under 60", then "actually,
    jackets", "and tees?", "pas un sweat, plutôt une veste") is still for the same person and budget: the topic's
    gender and price limits that this turn does not say again are kept, so no product of the list breaks one. A
    reset ("forget it, a bag"), a kind that is not clothing (a bag after jackets) or another person ("now women's
    yoga pants" after men's hoodies) starts afresh."""
    topic = constraints_of(previous)
    other_person = fresh.gender is not None and fresh.gender != topic.gender
    if not previous or reading.reset or other_person or not WORN_BY & {c.lower() for c in reading.broader_categories}:
        return fresh
    kept = fresh.model_copy(deep=True)
    for field in KEPT_ACROSS_KINDS:
        if getattr(fresh, field) is None and getattr(topic, field) is not None:
            setattr(kept, field, getattr(topic, field))
            if field == "max_price_cents":
                kept.max_price_strict = topic.max_price_strict
    return kept


def cheaper_than(previous: ShoppingState | None) -> ShownProduct | None:
    """The product "cheaper" is measured against: the one asked about last ("the cheapest jacket?" then
    "anything cheaper?"), else the dearest shown, so the cheaper ones of a list are still found (below the
    cheapest shown nothing of the list would be)."""
    shown = list((previous or {}).get("shown") or [])
    focus = next((p for p in shown if p["product_id"] == (previous or {}).get("focus")), None)
    return focus or max(shown, key=lambda p: p["price_cents"], default=None)


def next_query(previous: ShoppingState | None, reading: CatalogReading, text: str) -> str:
    """The words searched: the topic's, unless this turn starts a new one."""
    if is_new_subject(previous, reading) or not (previous or {}).get("query"):
        return text
    return str((previous or {})["query"])


def _union(first: list[str], second: list[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))
