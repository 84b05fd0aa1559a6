"""A value asked for an owned item that the product has only with other options ("size 10" exists only in white
leather): that one variant is offered as it is, with its price difference, and its own yes takes it (the change of
an option the customer did not name is never agreed by an answer to the payment question). When several variants
have the value, or the one there is changes an option the customer said to keep ("it has to stay red"), they are
listed with every option they change, in stock and not, rather than "not available in size 10. Available options:
size 10, colour white", which reads as a contradiction and loops (fresh16 F1, F7, F8)."""

from __future__ import annotations

from typing import Any

from assistant.grounding.option_labels import out_of_stock_line
from assistant.grounding.variants import VariantChoice, changed_keys, describe_options, holds_any
from assistant.state import Reply

MAX_LISTED = 6
# Set while the swap's variant is one whose other options the customer did not name (kept in the topic's slots):
# only a yes to that exact variant (the confirmation that shows it) agrees to it.
UNNAMED_CHANGE_SLOT = "swap_changes_unnamed_options"


def _holding(product: dict[str, Any], item: dict[str, Any], values: dict[str, str]) -> list[dict[str, Any]]:
    """The product's variants (other than the item) with every one of `values`."""
    return [v for v in product.get("variants", []) if v["item_id"] != item["item_id"]
            and all(str(v["options"].get(key, "")).lower() == str(value).lower() for key, value in values.items())]


def only_variant_with(product: dict[str, Any], item: dict[str, Any], choice: VariantChoice) -> dict[str, Any] | None:
    """The one available variant (other than the item) holding every value asked and every value said to be kept,
    and none ruled out ("but not navy"), when the exact one asked for is not sold; None when there is an exact one,
    none, or several to choose from."""
    if choice.variant is not None or not choice.wanted:
        return None
    holding = [v for v in _holding(product, item, {**choice.kept, **choice.wanted})
               if v["available"] and not holds_any(v, choice.ruled_out)]
    return holding[0] if len(holding) == 1 else None


def only_with_note(choice: VariantChoice, variant: dict[str, Any], item: dict[str, Any], language: str) -> Reply:
    """"Your Running Shoes isn't available in size 10 with its other options as they are: in size 10, it comes only
    as colour white, material leather, sole EVA", said before the proposal."""
    asked = {**choice.kept, **choice.wanted}
    others = {key: value for key, value in variant["options"].items() if key not in asked}
    return Reply(key="variant_only_with", facts={
        "item": item["name"], "wanted": describe_options(asked, language, set(asked)),
        "options": describe_options(others, language, set(others))})


def variants_with_asked(product: dict[str, Any], item: dict[str, Any], choice: VariantChoice, language: str,
                        order_id: str) -> dict[str, Any] | None:
    """No variant has the values asked with the rest kept (or with what was said to stay), and several or none in
    stock have the values asked: the question listing them, each with every option it changes, the ones out of
    stock said apart. None when none in stock has every value asked (the closest are offered as before)."""
    if choice.variant is not None or not choice.wanted:
        return None
    having = _holding(product, item, choice.wanted)
    in_stock = [v for v in having if v["available"]][:MAX_LISTED]
    if not in_stock:
        return None
    differing = set().union(*(changed_keys(item["options"], v["options"]) for v in having)) | set(choice.kept)
    shown = differing | set(choice.wanted)
    as_is = {key: value for key, value in item["options"].items() if key in differing - set(choice.wanted)}
    out = [describe_options(v["options"], language, shown) for v in having if not v["available"]][:MAX_LISTED]
    return {"in_stock": in_stock, "facts": {
        "item": item["name"], "order_id": order_id,
        "wanted": describe_options(choice.wanted, language, set(choice.wanted)),
        "kept": describe_options(as_is, language, set(as_is)),
        "choices": "; ".join(describe_options(v["options"], language, shown) for v in in_stock),
        "out_of_stock": f" {out_of_stock_line('; '.join(out), language)}" if out else ""}}


# Set once the one variant there is was shown and its acceptance asked, before any payment question (fresh28 F11):
# the next answer that takes it (a yes, or the value it changes named without a no) agrees to it.
ONLY_WITH_ASKED_SLOT = "swap_only_with_asked"
# Set once that variant was taken: the payment question and a yes naming the method write it (no yes again).
ONLY_WITH_AGREED_SLOT = "swap_only_with_agreed"


def only_with_agreed(answer: str | None, variant: dict[str, Any], item: dict[str, Any],
                     named: dict[str, str]) -> bool:
    """The customer takes the one variant shown: a yes ("ok"), or, with no no, the very value it changes that they
    did not ask for ("leather is fine", "ok bleu marine ça me va", "vale, blancas está bien"); `named` are the option
    values the answer names that differ from the item's (`wanted_options`)."""
    if answer == "no":
        return False
    if answer == "yes":
        return True
    changed = changed_keys(item["options"], variant["options"])
    return any(str(named.get(key, "")).lower() == str(variant["options"][key]).lower() for key in changed
               if key in named)


def only_with_taken(slots: dict[str, Any], variant: dict[str, Any], item: dict[str, Any], answer: str | None,
                    named: dict[str, str]) -> bool:
    """The one variant was taken before in this swap, or is taken by this answer to the question that asked it."""
    if slots.get(ONLY_WITH_AGREED_SLOT) == variant["item_id"]:
        return True
    return slots.get(ONLY_WITH_ASKED_SLOT) == variant["item_id"] and only_with_agreed(answer, variant, item, named)


def only_with_question(choice: VariantChoice, variant: dict[str, Any], item: dict[str, Any], language: str,
                       remember: dict[str, Any], methods_asked: Any, facts: dict[str, Any]) -> dict[str, Any]:
    """"Your Sneakers isn't available in size 10 with its other options as they are: in size 10, it comes only as
    colour gray, material leather. Would that one be all right for you?": asked before which method pays (F11); the
    answer that takes it is read by `only_with_taken`, and the method question comes next."""
    return {"ask": "variant_only_with_ok", "note": only_with_note(choice, variant, item, language),
            "remember": {**remember, ONLY_WITH_ASKED_SLOT: variant["item_id"]}, "asked": methods_asked,
            "facts": facts}
