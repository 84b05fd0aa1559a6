"""refused28: relative choices among the customer's own items — "keep X, the rest goes back" acts on every other
item, "the bigger of the two" answers "which items?", "the same but in black" with nothing in focus is an item of
theirs (order asked), a product named stays as read."""

import pytest

from assistant.grounding.kept_items import kept_beside_the_rest
from assistant.grounding.relative_items import by_relative_size
from assistant.grounding.same_item_asked import same_item_without_focus
from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.steps.question_answer import _told_apart_by_size
from assistant.steps.question_candidates import item_candidates


@pytest.mark.parametrize(("text", "kept"), [
    ("about W6075915: the fleece jacket stays with me, everything else in it I'm sending back", "fleece jacket"),
    ("Pour la commande W9360566, je garde le sac à dos et je vous renvoie tout le reste", "sac à dos"),
    ("Del pedido W7826235 me quedo la camiseta, devuelvo lo demás", "camiseta"),
    ("Bei der Bestellung W4960069 behalte ich den Bürostuhl, der Rest geht zurück", "Bürostuhl")])
def test_a_kept_item_beside_the_rest_is_the_clause_kept(text: str, kept: str) -> None:
    clause = kept_beside_the_rest(text)
    assert clause is not None and kept in clause


@pytest.mark.parametrize("text", ["return the boots, i'll keep the rest", "only the backpack, i'll hang on to the "
                                  "shirt", "send back the rest of the order"])
def test_no_rest_acted_on_beside_a_kept_item(text: str) -> None:
    assert kept_beside_the_rest(text) is None


HELMETS = [{"item_id": "p", "name": "Perfume", "options": {"size": "100ml"}},
           {"item_id": "m", "name": "Cycling Helmet", "options": {"size": "M", "color": "red"}},
           {"item_id": "l", "name": "Cycling Helmet", "options": {"size": "L", "color": "blue"}}]


@pytest.mark.parametrize(("text", "item"), [("the bigger of the two", "l"), ("le plus grand des deux", "l"),
                                            ("el más pequeño de los dos", "m"), ("das kleinere", "m")])
def test_which_of_two_alike_by_size(text: str, item: str) -> None:
    record = {"slot": "item_ids", "candidates": [c.model_dump() for c in item_candidates(HELMETS)]}
    assert _told_apart_by_size(text, record) == item


def test_a_size_step_is_no_choice_unless_choosing() -> None:
    same = HELMETS[1:]
    assert by_relative_size("le plus grand des deux", same) == []
    assert [i["item_id"] for i in by_relative_size("le plus grand des deux", same, choosing=True)] == ["l"]


def _read(intent: Intent) -> TurnIntent:
    return TurnIntent(intent=intent, confidence=0.6, slots=TurnSlots())


@pytest.mark.parametrize("text", ["can I get the same thing but in black?", "je voudrais la même chose mais en noir",
                                  "quiero lo mismo pero en negro", "ich hätte gern dasselbe nochmal in Schwarz"])
def test_the_same_in_another_option_without_focus_is_an_item_of_theirs(text: str) -> None:
    read = same_item_without_focus(text, _read(Intent.PRODUCT_QUESTION), in_focus=False)
    assert read.intent is Intent.EXCHANGE_ITEM


@pytest.mark.parametrize(("text", "in_focus"), [("quiero lo mismo pero en negro", True),
                                                ("do you have the same hoodie in black?", False),
                                                ("same thing please", False)])
def test_focus_or_a_product_named_keeps_the_reading(text: str, in_focus: bool) -> None:
    assert same_item_without_focus(text, _read(Intent.PRODUCT_QUESTION), in_focus).intent is Intent.PRODUCT_QUESTION
