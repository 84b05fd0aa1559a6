"""A question weighing another order against the one a proposal is about, asked while that proposal waits for its
yes ("hmm, would it be better to cancel #W7941031 instead?", "vaudrait-il mieux annuler #W… plutôt ?", "¿sería mejor
cancelar #W…?", "wäre es besser, #W… zu stornieren?", "should I cancel #W… instead?"): a question, answered from the
other order's data, never a new proposal replacing the one on screen (attack24). A plain switch ("actually cancel
#W… instead") asks nothing and is none. The words are data (prompts/other_order_questions.vN.yaml)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import PROMPTS, any_language_pattern, require_every_language
from assistant.grounding.orders import canonical_order_id, order_numbers, orders_named
from assistant.models.contracts import Intent, TurnIntent
from assistant.models.prompts import PromptLibrary
from assistant.state import Pending

TABLES = ("weighs", "switches", "asks_for_it", "the_other", "leading_no")
CANCEL_TOOL = "cancel_pending_order"


class OtherOrderWords(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    weighs: dict[str, list[str]]
    switches: dict[str, list[str]]
    asks_for_it: dict[str, list[str]]
    the_other: dict[str, list[str]]
    leading_no: dict[str, list[str]]

    def model_post_init(self, _: object) -> None:
        require_every_language(self, TABLES, "other order question words")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    words = OtherOrderWords.model_validate(PromptLibrary(PROMPTS).get("other_order_questions").data())
    return {table: any_language_pattern(getattr(words, table)) for table in TABLES}


def means_the_other_order(text: str) -> bool:
    """The words mean another order than the one on screen without its number ("the other one", "l'autre
    commande", "el otro pedido", "die andere Bestellung", "one of the others")."""
    return bool(_patterns()["the_other"].search(fold(text)))


def _other_order(text: str, pending: Pending | None, unnamed: Sequence[str] = ()) -> str | None:
    """The one other order the turn means: named by its number, or, without one, meant as "the other one" when
    `unnamed` (the customer's other orders that the proposal's tool could act on) holds exactly one."""
    proposed = ((pending or {}).get("arguments") or {}).get("order_id")
    others = [order for order in orders_named(text) if proposed and order != canonical_order_id(proposed)]
    if not others and not order_numbers(text) and len(unnamed) == 1 and means_the_other_order(text):
        others = list(unnamed)
    return others[0] if len(others) == 1 else None


def one_of_several_others(text: str, unnamed: Sequence[str]) -> list[str]:
    """The customer's other orders when "the other one" without its number fits several of them ("no, rather the
    other one" with three more pending): all of them, for the customer to be asked which one, never the order they
    just turned down (attack29 A29-1). Empty when the words name a number, mean no other order, or fit one."""
    if order_numbers(text) or len(unnamed) < 2 or not means_the_other_order(text):
        return []
    return list(unnamed)


def _weighs(text: str, pending: Pending | None, decided: TurnIntent | None) -> bool:
    folded = fold(text)
    return "?" in text and bool(_patterns()["weighs"].search(folded)
                                or _asks_to_cancel_it_too(folded, decided, pending))


def weighs_another_order(text: str, pending: Pending | None, decided: TurnIntent | None = None,
                         unnamed: Sequence[str] = ()) -> str | None:
    """The other order a question weighs against the proposal's own order, or None: the turn names an order other
    than the proposal's (or means "the other one" of `unnamed`), asks (a question mark), and weighs in words
    ("would it be better", "what do you think", "vaudrait-il mieux", "crees que"), or, while a cancellation waits,
    asks for the other order's cancellation without asking the shop to do it (`decided` is that cancellation: "tu
    penses que je ferais mieux d'annuler la #W… ?")."""
    return _other_order(text, pending, unnamed) if _weighs(text, pending, decided) else None


def weighs_unnamed_orders(text: str, pending: Pending | None, decided: TurnIntent | None,
                          unnamed: Sequence[str]) -> list[str] | None:
    """The customer's other orders when a weighing question means "one of the others" without a number and there
    is not exactly one ("would it be better to cancel one of the other orders?" with two more pending, or none):
    they are named back (none: said so), the proposal kept. None when the turn is no such question."""
    if (not _weighs(text, pending, decided) or order_numbers(text) or len(unnamed) == 1
            or not means_the_other_order(text)):
        return None
    return list(unnamed)


def _asks_to_cancel_it_too(folded: str, decided: TurnIntent | None, pending: Pending | None) -> bool:
    return (decided is not None and decided.intent is Intent.CANCEL_ORDER
            and (pending or {}).get("tool") == CANCEL_TOOL and not _patterns()["asks_for_it"].search(folded))


def switch_reading(text: str, decided: TurnIntent, pending: Pending | None,
                   unnamed: Sequence[str] = ()) -> TurnIntent:
    """`decided`, or, for a message that asks nothing and switches a proposed cancellation to another order ("non,
    plutôt la commande #W…", "actually cancel #W… instead", "actually no, cancel the other order instead" with one
    other pending order), that cancellation of the other order with the reason already given: a switch is never
    read as a hesitation that leaves the first order's proposal on screen. With several other pending orders
    ("no, rather the other one"), the cancellation names them all (`one_of_several_others`): the order step asks
    which one."""
    if (pending or {}).get("tool") != CANCEL_TOOL or "?" in text:
        return decided
    if decided.intent is Intent.CANCEL_ORDER and (order_numbers(text) or not unnamed):
        return decided  # its own order numbers, read by `cancels_another_order`
    other = _other_order(text, pending, unnamed)
    folded = fold(text)
    switches = _patterns()["switches"].search(folded) or (
        not order_numbers(text) and _patterns()["leading_no"].search(folded))
    meant = [other] if other is not None else one_of_several_others(text, unnamed)
    if not meant or not switches:
        return decided
    reason = ((pending or {}).get("arguments") or {}).get("reason")
    slots = decided.slots.model_copy(update={"order_ids": meant,
                                             "cancel_reason": reason or decided.slots.cancel_reason})
    return decided.model_copy(update={"intent": Intent.CANCEL_ORDER, "confidence": 0.97, "slots": slots})


def cancels_another_order(text: str, decided: TurnIntent, pending: Pending | None) -> bool:
    """A cancellation of another order than the one a cancellation proposal is about, asking nothing ("actually
    cancel #W… instead", "non, plutôt la commande #W…"): the new request replaces the proposal."""
    if (pending or {}).get("tool") != CANCEL_TOOL or decided.intent is not Intent.CANCEL_ORDER or "?" in text:
        return False
    proposed = canonical_order_id(((pending or {}).get("arguments") or {}).get("order_id") or "")
    return any(canonical_order_id(order) != proposed for order in decided.slots.order_ids)
