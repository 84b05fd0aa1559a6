"""fresh16 F3/F4/F6/F11 in pure logic: two requests in one message. A yes after a hand-back answers the agent's
words only when they offered something; every order asked for beside a question about one of them is split into
the list and that question; an address said after a question joins its sending clause; a sending verb with a
destination (its state left out too) is the address change of the one order in discussion."""

import pytest

from assistant.grounding.request_clauses import clauses
from assistant.grounding.status_aside import split_list_aside, split_status_aside
from assistant.grounding.unworded_writes import says_a_write
from assistant.models.contracts import Intent, TurnIntent, TurnSlots
from assistant.steps.address_in_discussion import address_of_order_in_discussion, sends_it_somewhere
from assistant.steps.desk_offer import agent_message, agent_offer, offers_something
from assistant.steps.request_queue import read_requests


def _transcript(*turns: tuple[str, str]) -> dict:
    return {"transcript": [{"role": role, "text": text} for role, text in turns]}


@pytest.mark.parametrize(("said", "offers"), [
    ("Hi Leo, Ana here. I can start a return of your Caesar Warm-Up Pant if you like.", True),
    ("Je peux annuler votre commande #D9000002 si vous voulez.", True),
    ("¿Quiere que cambie la talla de su chaqueta?", True),
    ("Soll ich die Bestellung stornieren?", True),
    ("Hi Mia, Ana here. Your Stellar Solar Jacket (order #D9000002) is still pending and will ship soon.", False),
    ("Bonjour Leo, c'est Ana. Votre Gobi HeatTec Tee (commande #D9000004) est en cours d'emballage.", False),
    ("Hallo Mia, hier ist Ana. Ich habe nachgesehen, alles läuft nach Plan.", False),
])
def test_only_an_agents_offer_is_answered_by_a_yes(said: str, offers: bool) -> None:
    assert offers_something(said) is offers
    state = _transcript(("customer", "talk to a human"), ("agent", said), ("assistant", "I'm back."),
                        ("customer", "ok thanks, and can you ship it to my work?"))
    assert agent_message(state) == said  # type: ignore[arg-type]
    assert (agent_offer(state) == said) is offers  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "listing", "question"), [
    ("hey whats the status of my orders? also when does the tee ship", "my orders", "tee"),
    ("¿cuándo llega mi chaqueta? y enséñame todos mis pedidos", "mis pedidos", "chaqueta"),
    ("salut, où en sont mes commandes ? et le t-shirt il part quand", "mes commandes", "t-shirt"),
    ("hi, wie ist der Stand meiner Bestellungen? und wann wird das T-Shirt verschickt", "Bestellungen", "T-Shirt"),
])
def test_the_order_list_and_a_question_about_one_order_are_split(text: str, listing: str, question: str) -> None:
    split = split_list_aside(text)
    assert split is not None
    assert listing in split.request and question not in split.request
    assert question in split.aside


@pytest.mark.parametrize("text", ["what are my orders?", "where is my jacket?", "show my orders please",
                                  "whats the status of my orders and the tracking numbers?"])
def test_one_request_is_not_split(text: str) -> None:
    assert split_list_aside(text) is None


@pytest.mark.parametrize("text", [
    "me llegó la camiseta iris rota, mira. y cuándo llega la chaqueta?",
    "my package showed up crushed and the pants are wrecked. when does my tee get here?",
    "my iris top came ripped, see photo. also when is my jacket arriving?",
])
def test_a_complaint_and_another_orders_question_are_split(text: str) -> None:
    split = split_status_aside(text)
    assert split is not None
    assert split.aside in text and split.aside not in split.request


def test_an_address_after_a_question_mark_joins_the_clause_that_sends_it() -> None:
    text = "great thanks. when will it arrive? and could you send it to my office instead? 1 Market St, " \
           "San Francisco, CA 94105"
    said = [clause.text for clause in clauses(text)]
    assert said[-1].startswith("and could you send it") and said[-1].endswith("94105")
    read = read_requests(text)
    assert read is not None and "1 Market St" in read.first and read.facts == "when will it arrive?"


@pytest.mark.parametrize(("text", "sends"), [
    ("ok thanks, and can you ship it to my work? 700 Congress Ave, Austin 78701", True),
    ("ok danke, und koennt ihr es an meine arbeit schicken? 700 Congress Ave, Austin 78701", True),
    ("my zip is 78701 and my email is leo.martin@example.com", False),
    ("I live at 700 Congress Ave, Austin 78701", False),  # no sending verb: an address told, nothing sent
])
def test_a_sending_verb_with_a_destination_is_a_write(text: str, sends: bool) -> None:
    assert sends_it_somewhere(text) is sends
    if sends:  # a write word for the unworded-write guard, which would otherwise read the zip as a detail
        assert says_a_write(text)


def test_the_destination_becomes_the_address_change_of_the_order_in_discussion() -> None:
    status = TurnIntent(intent=Intent.ORDER_STATUS, confidence=0.6, slots=TurnSlots(zip_code="78701"))
    text = "ok thanks, and can you ship it to my work? 700 Congress Ave, Austin 78701"
    read = address_of_order_in_discussion(text, status, ["#D9000004"])
    assert read.intent is Intent.MODIFY_ORDER and read.slots.modification == "address"
    assert read.slots.order_ids == ["#D9000004"]
    # an order the reading names itself is the one sent; no order at all, or a return asked: the reading stays
    other = status.model_copy(update={"slots": TurnSlots(order_ids=["#D9000003"])})
    assert address_of_order_in_discussion(text, other, ["#D9000004"]).slots.order_ids == ["#D9000003"]
    assert address_of_order_in_discussion(text, status, []) == status
    assert address_of_order_in_discussion(text, status, ["#D9000004"], under_way=True) == status
    returning = TurnIntent(intent=Intent.RETURN_ITEM, confidence=0.9, slots=TurnSlots())
    assert address_of_order_in_discussion(text, returning, ["#D9000004"]) == returning


ORDER = {"order_id": "#D9000001", "items": [
    {"item_id": "MH01-M-Black", "name": "Chaz Kangeroo Hoodie", "price_cents": 5200, "options": {}},
    {"item_id": "WS03-S-Blue", "name": "Iris Workout Top", "price_cents": 2900, "options": {}}]}


@pytest.mark.parametrize(("text", "item"), [
    ("also how much did the hoodie cost me", "MH01-M-Black"),
    ("y la sudadera, ¿cuánto me costó?", "MH01-M-Black"),
    ("und was hat der Hoodie gekostet", "MH01-M-Black"),
    ("how much was the iris top?", "WS03-S-Blue"),
    ("how much did the order cost in total?", None),  # the order's total, as before
    ("how much did I pay for the order with the hoodie?", None),  # the order named: its amount, as before
    ("how did I pay for the hoodie?", None),  # how, not how much: the order's payment, as before
    ("how much is the difference for the hoodie?", None),  # a proposal's difference, not what was paid
])
def test_the_amount_of_one_item_of_a_several_item_order(text: str, item: str | None) -> None:
    from assistant.steps.order_answers import priced_item
    found = priced_item(ORDER, text)
    assert (found or {}).get("item_id") == item
    assert priced_item({**ORDER, "items": ORDER["items"][:1]}, text) is None  # one item: the order's answer


def test_an_amount_asked_of_one_item_is_a_question_beside_the_order_list() -> None:
    split = split_list_aside("welche Bestellungen habe ich? und was hat der Hoodie gekostet")
    assert split is not None and "Hoodie" in split.aside
