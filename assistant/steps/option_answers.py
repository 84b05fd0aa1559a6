"""The answer to a question about an item's variants asked while an item change waits for its option values
("which of those is the cheapest?", "does the green one cost more?", "la 34 a le même prix ? et elle est disponible
en gris aussi ?"): each variant asked about with its price and how it compares with the customer's item, from the
product's own variants, then the option asked again (fresh18 F3, F4). Nothing is chosen or proposed by it."""

from __future__ import annotations

from typing import Any

from assistant.grounding.option_questions import OptionQuestion, option_question_words
from assistant.grounding.variants import changed_keys, describe_options, wanted_options
from assistant.steps.order_lookup import money
from assistant.steps.question_candidates import asked, variant_candidates

MAX_LINES = 4


def _line(kind: str, language: str, **facts: str) -> str:
    return option_question_words().lines[kind][language].format(**facts)


def _priced(variant: dict[str, Any], item: dict[str, Any], language: str) -> str:
    options = describe_options(variant["options"], language, changed_keys(item["options"], variant["options"]) or None)
    difference = variant["price_cents"] - item["price_cents"]
    kind = "more" if difference > 0 else "less" if difference < 0 else "same"
    return _line(
        kind,
        language,
        options=options,
        price=money(variant["price_cents"], language),
        difference=money(abs(difference), language),
    )


def _holding(product: dict[str, Any], values: dict[str, str]) -> list[dict[str, Any]]:
    return [
        v
        for v in product["variants"]
        if all(str(v["options"].get(k, "")).lower() == str(x).lower() for k, x in values.items())
    ]


def _about(
    product: dict[str, Any], item: dict[str, Any], values: dict[str, str], language: str
) -> tuple[list[str], list[dict[str, Any]]]:
    """The lines saying what the variant with `values` (the rest as the item has it) costs, or the ones having
    them when that one is not sold."""
    target = {**item["options"], **values}
    exact = [v for v in _holding(product, target) if v["item_id"] != item["item_id"]]
    if exact:
        variant = exact[0]
        if variant["available"]:
            return [_priced(variant, item, language)], [variant]
        return [
            _line("out_of_stock", language, options=describe_options(variant["options"], language, set(values)))
        ], []
    having = [v for v in _holding(product, values) if v["available"] and v["item_id"] != item["item_id"]]
    if having:
        return [_priced(v, item, language) for v in having[:MAX_LINES]], having
    return [_line("not_sold", language, options=describe_options(values, language))], []


def option_answer(
    product: dict[str, Any], item: dict[str, Any], question: OptionQuestion, chosen: dict[str, str], language: str
) -> dict[str, Any] | None:
    """The reply (an `ask` of the order step) answering the question; None when it names nothing to answer."""
    lines: list[str] = []
    offered: list[dict[str, Any]] = []
    named: dict[str, str] = dict(chosen)
    for sentence in question.asked:
        named.update(wanted_options(product, item, sentence))  # "…and in grey too?" keeps the 34 just asked
        if named:
            said, shown = _about(product, item, named, language)
            lines += said
            offered += shown
    if question.cheapest:
        pool = [v for v in _holding(product, chosen) if v["available"] and v["item_id"] != item["item_id"]]
        if pool:
            low = min(v["price_cents"] for v in pool)
            cheapest = [v for v in pool if v["price_cents"] == low]
            lines += [_line("cheapest", language, line=_priced(v, item, language)) for v in cheapest[:MAX_LINES]]
            offered += cheapest
    if not lines:
        return None
    candidates = offered or [v for v in product["variants"] if v["available"] and v["item_id"] != item["item_id"]]
    return {
        "ask": "option_answers",
        "facts": {"answers": "; ".join(dict.fromkeys(lines)), "item": item["name"]},
        "asked": asked("item_ids", variant_candidates(candidates, language), by_options=True, choose=False),
    }
