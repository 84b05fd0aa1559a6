"""The answer to a question about an item's variants asked while an item change waits for its option values
("which of those is the cheapest?", "does the green one cost more?", "la 34 a le même prix ? et elle est disponible
en gris aussi ?"): each variant asked about with its price and how it compares with the customer's item, from the
product's own variants, then the option asked again (fresh18 F3, F4). Nothing is chosen or proposed by it, except the
values of a clause choosing beside the question ("the gray one, but first tell me if it's mesh or fabric": gray is
kept for the next answer, and the gray chairs are listed with their material, fresh20 A1). "What colours are
there?" lists each other colour with its prices; "whats the material btw" says the option the variants differ in,
or the product's material (fresh20 A3)."""

from __future__ import annotations

from typing import Any

from assistant.grounding.catalog_phrases import answer, join_words
from assistant.grounding.option_questions import (
    OptionQuestion,
    alternatives,
    option_question_patterns,
    option_question_words,
)
from assistant.grounding.variants import changed_keys, describe_options, values_by_option, wanted_options
from assistant.steps.order_lookup import money
from assistant.steps.product_answers import materials_of
from assistant.steps.question_candidates import asked, variant_candidates

MAX_LINES = 4
MAX_PER_VALUE = 3  # "what colours are there?": at most this many variants of each colour
_STEMS = {"colour": "colo", "size": "size", "material": "material"}


def question_line(kind: str, language: str, **facts: str) -> str:
    return option_question_words().lines[kind][language].format(**facts)


def priced_line(
    variant: dict[str, Any], item: dict[str, Any], language: str, shown: frozenset[str] = frozenset()
) -> str:
    keys = changed_keys(item["options"], variant["options"]) | shown
    options = describe_options(variant["options"], language, keys or None)
    difference = variant["price_cents"] - item["price_cents"]
    kind = "more" if difference > 0 else "less" if difference < 0 else "same"
    return question_line(
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


def _differing(product: dict[str, Any], values: dict[str, str]) -> set[str]:
    """The options in which the variants having `values` differ ("is the gray one mesh or fabric?": material)."""
    having = _holding(product, values)
    return {key for key in values_by_option(product) if len({str(v["options"].get(key)) for v in having}) > 1}


def lines_about(
    product: dict[str, Any],
    item: dict[str, Any],
    values: dict[str, str],
    language: str,
    shown: frozenset[str] = frozenset(),
    most: int = MAX_LINES,
) -> tuple[list[str], list[dict[str, Any]]]:
    """The lines saying what the variant with `values` (the rest as the item has it) costs, or the ones having
    them when that one is not sold or the question asks about an option they differ in (`shown`: the options the
    question asks about, said in each line)."""
    target = {**item["options"], **values}
    exact = [v for v in _holding(product, target) if v["item_id"] != item["item_id"]]
    if exact and not (shown - values.keys()) & _differing(product, values):
        variant = exact[0]
        if variant["available"]:
            return [priced_line(variant, item, language, shown)], [variant]
        said = describe_options(variant["options"], language, set(values))
        out = question_line("out_of_stock", language, options=said)
        # the value asked is sold with other options: those variants said too ("size 10 in leather: out of stock;
        # size 10, synthetic: $253.89"), the options they differ in named
        asked = {k: x for k, x in values.items() if str(item["options"].get(k, "")).lower() != str(x).lower()}
        having = [v for v in _holding(product, asked) if v["available"] and v["item_id"] != item["item_id"]
                  ] if asked else []
        return [out, *(priced_line(v, item, language, shown) for v in having[:most])], having[:most]
    if not exact and all(str(item["options"].get(k, "")).lower() == str(x).lower() for k, x in values.items()):
        # the values asked are those of the customer's own item ("how much would the black one be?" when theirs is
        # black): that item at its price, never "not made in that combination" (attack24 A24-5)
        said = describe_options(item["options"], language, set(values) | shown or None)
        return [question_line("yours", language, options=said, price=money(item["price_cents"], language))], []
    having = [v for v in _holding(product, values) if v["available"] and v["item_id"] != item["item_id"]]
    if having:
        return [priced_line(v, item, language, shown) for v in having[:most]], having[:most]
    return [question_line("not_sold", language, options=describe_options(values, language))], []


def _keys_of(product: dict[str, Any], kinds: list[str]) -> set[str]:
    """The product's options of the kinds a question names ("colour": color, "dial color")."""
    return {key for key in values_by_option(product) for kind in kinds if _STEMS.get(kind, kind) in key.lower()}


def _offered(product: dict[str, Any], sentence: str) -> set[str]:
    """The options whose values "mesh or fabric" offers as alternatives (the item's own value counted too)."""
    parts = [wanted_options(product, {"options": {}}, part) for part in alternatives(sentence)]
    keys = [key for part in parts for key in part]
    return {key for key in keys if keys.count(key) > 1} if len(parts) > 1 else set()


def _checked(product: dict[str, Any], sentence: str, named: dict[str, str]) -> set[str]:
    """The options whose value a copula question names ("are they leather?", "¿son de cuero?"): each of their values
    is listed with the variants having it, as for "mesh or fabric?" (nothing chosen); the values chosen so far
    ("is the white one leather?": white) are kept."""
    words = option_question_patterns()
    if not words["copulas"].search(sentence.lower()) or words["price_words"].search(sentence) or (
            words["stock_words"].search(sentence)):
        return set()  # "is the red one cheaper?": the red one's price, as before
    said = wanted_options(product, {"options": {}}, sentence)
    return {key for key, value in said.items() if str(named.get(key, "")).lower() != value.lower()}


def _values_listed(
    product: dict[str, Any], item: dict[str, Any], keys: frozenset[str], named: dict[str, str], language: str
) -> tuple[list[str], list[dict[str, Any]]]:
    """ "What colours are there?": each other value of the option, with the variants having it (and the values
    named so far) and their prices."""
    lines: list[str] = []
    offered: list[dict[str, Any]] = []
    for key in sorted(keys - named.keys()):
        current = str(item["options"].get(key, "")).lower()
        for value in (v for v in values_by_option(product)[key] if v.lower() != current):
            said, shown = lines_about(product, item, {**named, key: value}, language, keys, MAX_PER_VALUE)
            lines += said
            offered += shown
    return lines, offered


def material_lines(product: dict[str, Any], language: str) -> list[str]:
    """The product's material when no option says it (the Chaz Kangeroo hoodie: wool), or that the catalog does
    not list one (headphones, a helmet): "is it leather?" is answered, never dropped."""
    materials = materials_of(product)
    if not materials:
        return [answer("material_unknown", language, name=product["name"])]
    return [answer("material", language, name=product["name"], values=join_words(materials, language))]


def option_answer(
    product: dict[str, Any], item: dict[str, Any], question: OptionQuestion, chosen: dict[str, str], language: str
) -> dict[str, Any] | None:
    """The reply (an `ask` of the order step) answering the question; None when it names nothing to answer. Its
    `chosen`: the values chosen so far, with those a clause beside the question chose ("the gray one, but …")."""
    lines: list[str] = []
    offered: list[dict[str, Any]] = []
    if question.chosen:
        chosen = {**chosen, **wanted_options(product, item, question.chosen)}
    named: dict[str, str] = dict(chosen)
    # the options the question names that the variants differ in ("whats the material btw" of an all-wool hoodie
    # is the product's material, said once)
    asked_keys = {key for key in _keys_of(product, question.options) if len(values_by_option(product)[key]) > 1}
    for sentence in question.asked:
        offered_keys = _offered(product, sentence) or _checked(product, sentence, named)
        keys = frozenset(asked_keys | offered_keys)
        # "…and in grey too?" keeps the 34 just asked; "mesh or fabric" chooses neither
        named.update({k: v for k, v in wanted_options(product, item, sentence).items() if k not in offered_keys})
        said: list[str] = []
        shown: list[dict[str, Any]] = []
        if keys - named.keys() and not offered_keys:
            said, shown = _values_listed(product, item, keys, named, language)
        elif named:
            said, shown = lines_about(product, item, named, language, keys)
        lines += said
        offered += shown
    if "material" in question.options and not _keys_of(product, ["material"]) & asked_keys:
        lines += material_lines(product, language)
    if question.cheapest:
        pool = [v for v in _holding(product, chosen) if v["available"] and v["item_id"] != item["item_id"]]
        if pool:
            low = min(v["price_cents"] for v in pool)
            cheapest = [v for v in pool if v["price_cents"] == low]
            lines += [
                question_line("cheapest", language, line=priced_line(v, item, language)) for v in cheapest[:MAX_LINES]
            ]
            offered += cheapest
    if not lines:
        return None
    candidates = offered or [v for v in product["variants"] if v["available"] and v["item_id"] != item["item_id"]]
    return {
        "chosen": chosen,
        "ask": "option_answers",
        "facts": {"answers": "; ".join(dict.fromkeys(lines)), "item": item["name"]},
        "asked": asked("item_ids", variant_candidates(candidates, language), by_options=True, choose=False),
    }
