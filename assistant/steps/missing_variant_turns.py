"""The turns after an item change whose wanted variant does not exist (issue 17): the options having the value
asked were listed ("your T-Shirt isn't available in blue with size S …; in blue it comes as …"), and the customer
answers without naming a value. A price question is answered for the options that exist (or said plainly there is
nothing to price), a payment method is kept for when the value is chosen (the customer told the value is still
needed), a bare yes is told in one sentence what is missing. Never the same paragraph again, never a proposal."""

from __future__ import annotations

from typing import Any

from assistant.consent import explicit_answer
from assistant.grounding.option_questions import opens_a_question, option_question_patterns, sentences_of
from assistant.grounding.payments import describe_payment, ground_payment
from assistant.grounding.variants import changed_keys, describe_options, wanted_options
from assistant.steps.option_answers import priced_line
from assistant.steps.question_candidates import asked, variant_candidates

MAX_LISTED = 4


def _having(product: dict[str, Any], item: dict[str, Any], chosen: dict[str, str]) -> list[dict[str, Any]]:
    """The variants in stock with every value chosen (the customer's own item left out)."""
    return [v for v in product["variants"] if v["available"] and v["item_id"] != item["item_id"] and all(
        str(v["options"].get(key, "")).lower() == str(value).lower() for key, value in chosen.items())]


def _missing(product: dict[str, Any], item: dict[str, Any], chosen: dict[str, str]) -> bool:
    """No variant in stock has the values chosen with the item's other options kept."""
    kept = {key: str(value).lower() for key, value in {**item["options"], **chosen}.items()}
    return not any(v["available"] and {k: str(x).lower() for k, x in v["options"].items()} == kept
                   for v in product["variants"])


def _asks_price(text: str) -> bool:
    """A sentence asking a price ("wait, what would that cost me", "¿y cuánto sería la diferencia?")."""
    price = option_question_patterns()["price_words"]
    return any(price.search(s.lower()) and opens_a_question(s) for s in sentences_of(text))


def missing_variant_turn(product: dict[str, Any], item: dict[str, Any], chosen: dict[str, str], text: str,
                         saved: list[dict[str, Any]], language: str) -> dict[str, Any] | None:
    """The answer (an `ask` of the order step, with what to remember) to a turn naming no value while the values
    chosen in this change have no variant with the item's other options; None for any other turn."""
    if not chosen or wanted_options(product, item, text) or not _missing(product, item, chosen):
        return None
    having = _having(product, item, chosen)
    shown = set(chosen).union(*(changed_keys(item["options"], v["options"]) for v in having[:MAX_LISTED]))
    facts = {"item": item["name"], "wanted": describe_options(chosen, language, set(chosen)),
             "choices": "; ".join(describe_options(v["options"], language, shown) for v in having[:MAX_LISTED])}
    candidates = asked("item_ids", variant_candidates(having[:MAX_LISTED], language), by_options=True)
    method = ground_payment(text, saved).method
    if method is not None:
        # kept for when the value is chosen: `_difference_method` reads it from the slot
        return {"ask": "missing_variant_method_kept" if having else "missing_variant_method_none",
                "facts": {**facts, "method": describe_payment(method, language)}, "asked": candidates,
                "remember": {"difference_method_id": method["id"]}}
    if _asks_price(text):
        if not having:
            return {"ask": "missing_variant_nothing_to_price", "facts": facts, "remember": {}}
        lines = [priced_line(v, item, language, frozenset(chosen)) for v in having[:MAX_LISTED]]
        return {"ask": "option_answers", "facts": {"answers": "; ".join(lines), "item": item["name"]},
                "asked": candidates, "remember": {}}
    if explicit_answer(text) == "yes":
        return {"ask": "missing_variant_value_missing" if having else "missing_variant_value_none",
                "facts": facts, "asked": candidates, "remember": {}}
    return None
