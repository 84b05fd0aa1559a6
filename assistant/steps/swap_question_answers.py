"""The answer to a question about an item change already proposed, or waiting for the method settling its
difference (`assistant/grounding/swap_questions.py`; attack20 A1, A2, A23; fresh20 F3, F8): the variant asked about
with its price, its difference to the customer's item and to the one proposed ("size L, colour purple: $49.67, $3.60
less than yours, $1.38 less than the one proposed"), whether it is sold; whether the one proposed has a value asked
("are those leather?"), or the product's material ("c'est du coton ?" of a wool hoodie). Nothing is chosen: the
proposal (or the method question) is asked again after it, as it was."""

from __future__ import annotations

import re
from typing import Any

from assistant.grounding.catalog_constraints import CatalogReading
from assistant.grounding.catalog_questions import read_question
from assistant.grounding.option_questions import compared, listed, option_question_patterns
from assistant.grounding.swap_questions import PROPERTY_KINDS, SwapQuestion, asks_a_price, swap_question
from assistant.grounding.variants import describe_options, wanted_options
from assistant.state import Pending, Reply
from assistant.steps.changed_detail import SWAP_TOOLS, asks_another_value
from assistant.steps.option_answers import lines_about, material_lines, priced_line, question_line
from assistant.steps.order_lookup import CustomerReader, money
from assistant.steps.product_answers import answer_question

NO_ITEM: dict[str, Any] = {"options": {}}
_ALTERNATIVES = re.compile(r"\s+(?:or|o|ou|oder)\s+", re.I)  # "the adjustable or the fixed one"


def _than_proposed(line: str, variant: dict[str, Any], proposed: dict[str, Any], language: str) -> str:
    difference = variant["price_cents"] - proposed["price_cents"]
    kind = "more" if difference > 0 else "less" if difference < 0 else "same"
    return question_line(f"than_proposed_{kind}", language, line=line, difference=money(abs(difference), language))


def _other_variant(product: dict[str, Any], item: dict[str, Any], proposed: dict[str, Any], other: dict[str, str],
                   language: str) -> list[str]:
    """The variant having the values asked, the proposal's other values kept: its price against the item's and the
    proposal's (or that it is out of stock); when it is not made, the variants having those values."""
    target = {**proposed["options"], **other}
    lines, shown = lines_about(product, item, target, language, frozenset(other))
    if len(shown) == 1:  # the last line prices it (an out-of-stock line may come first)
        return [*lines[:-1], _than_proposed(lines[-1], shown[0], proposed, language)]
    made = any(all(str(v["options"].get(k, "")).lower() == str(x).lower() for k, x in target.items())
               for v in product["variants"])
    if shown or made:
        return lines
    more, _ = lines_about(product, item, other, language, frozenset(other))
    return [*lines, *more]


def _sentence_lines(product: dict[str, Any], item: dict[str, Any], proposed: dict[str, Any], sentence: str,
                    language: str) -> list[str]:
    """The answer to one sentence; "which is cheaper, the adjustable or the fixed one?" answers each value named
    (the alternatives joined by "or", "o", "ou", "oder"), not only the first; so do the two sides of a comparison ("is
    the wood cheaper than the black?") and a list ("how do the black, the red and the white compare in price?")."""
    patterns = option_question_patterns()
    prices = bool(patterns["price_words"].search(sentence) or patterns["stock_words"].search(sentence))
    parts = [part for part in _ALTERNATIVES.split(sentence) if wanted_options(product, NO_ITEM, part)]
    for split in (compared, listed):  # "is the wood cheaper than the black?", "the black, the red and the white"
        if len(parts) < 2:
            parts = [part for part in split(sentence) if wanted_options(product, NO_ITEM, part)]
    if len(parts) > 1:
        return [line for part in parts for line in _value_lines(product, item, proposed, part, prices, language)]
    return _value_lines(product, item, proposed, sentence, prices, language)


def _value_lines(product: dict[str, Any], item: dict[str, Any], proposed: dict[str, Any], sentence: str,
                 prices: bool, language: str) -> list[str]:
    named = wanted_options(product, NO_ITEM, sentence)
    other = {k: v for k, v in named.items() if str(proposed["options"].get(k, "")).lower() != v.lower()}
    proposed_said = describe_options(proposed["options"], language, set(named) or None)
    if other:
        lacks = [] if prices else [question_line("proposed_lacks", language, options=proposed_said)]
        return [*lacks, *_other_variant(product, item, proposed, other, language)]
    if named and not prices:
        return [question_line("proposed_has", language, options=proposed_said)]
    question = read_question(sentence)
    asks = set(question.asks)
    priced = [question_line("proposed", language, line=priced_line(proposed, item, language))]
    if not named and (asks & PROPERTY_KINDS or not prices):
        # "how much is it, and is it leather?": the price of the one proposed, then the property, both answered
        before = priced if prices else []
        if (asks & PROPERTY_KINDS) - {"material"}:  # "is it warm enough?": from the product's record
            kept = question.model_copy(update={"asks": [kind for kind in question.asks if kind in PROPERTY_KINDS]})
            return [*before, answer_question(product, kept, CatalogReading(), language, sentence)]
        return [*before, *material_lines(product, language)]
    return priced


def swap_question_reply(product: dict[str, Any], item: dict[str, Any], proposed: dict[str, Any],
                        question: SwapQuestion, language: str) -> Reply | None:
    """The answer to each sentence asking, as one reply; None when there is nothing to say from the data."""
    lines = [line.strip().rstrip(".") for sentence in question.sentences
             for line in _sentence_lines(product, item, proposed, sentence, language)]
    said = "; ".join(dict.fromkeys(line for line in lines if line))
    if not said:
        return None
    return Reply(key="variant_answers", facts={"answers": said[:1].upper() + said[1:]})


def price_with_the_switch(item: dict[str, Any], variant: dict[str, Any], text: str, before: str | None,
                          language: str) -> Reply | None:
    """The price of the variant a change of mind moved the swap to, when the same words ask it ("no, espera, mejor
    la verde, ¿cuánto cuesta?", "the red one instead - is it cheaper?"): said before the new proposal or method
    question, which show only the difference. None when the swap had no other variant before, or no price is asked."""
    if not before or before == variant["item_id"] or not asks_a_price(text):
        return None
    line = priced_line(variant, item, language).strip().rstrip(".")
    return Reply(key="variant_answers", facts={"answers": line[:1].upper() + line[1:]})


def question_about_variants(text: str, pending: Pending | None) -> SwapQuestion | None:
    """The question a reply to a proposed swap asks about its variants or the item ("is the red one dearer?"), or
    None (no swap proposed, no such question, or a value chosen)."""
    arguments: dict[str, Any] = (pending or {}).get("arguments") or {}
    if not pending or pending.get("tool") not in SWAP_TOOLS or len(arguments.get("new_item_ids") or []) != 1:
        return None  # several items swapped at once: their questions are the proposal's own
    if asks_another_value(text, pending):
        return None  # "hmm, not red after all, what other colours are there?": the option asked again
    question = swap_question(text)
    return question if question is not None and question.about_variants() else None


def question_at_the_method(text: str, waits_for_method: bool) -> SwapQuestion | None:
    """The same question while a swap's variant waits for the method settling its difference (A23: "¿la morada es
    más cara?"), or None."""
    if not waits_for_method:
        return None
    question = swap_question(text)
    return question if question is not None and question.about_variants() else None


async def answer_in_proposal(reader: CustomerReader, pending: Pending, question: SwapQuestion, language: str
                             ) -> Reply | None:
    """The answer to the question, read against the proposal's item and variant (one item swapped)."""
    arguments: dict[str, Any] = pending.get("arguments") or {}
    item_ids, new_ids = arguments.get("item_ids") or [], arguments.get("new_item_ids") or []
    order = await reader.order(str(arguments.get("order_id") or ""))
    if not order or len(item_ids) != 1 or len(new_ids) != 1:
        return None
    item = next((i for i in order["items"] if i["item_id"] == item_ids[0]), None)
    product = await reader.product(str(item["product_id"])) if item else None
    proposed = next((v for v in (product or {}).get("variants", []) if v["item_id"] == new_ids[0]), None)
    if item is None or product is None or proposed is None:
        return None
    return swap_question_reply(product, item, proposed, question, language)
