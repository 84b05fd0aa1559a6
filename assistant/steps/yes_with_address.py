"""A yes to an item change that also sends the order somewhere else ("yes but ship it to 55 Ocean Drive, Miami, FL
33139", "oui mais livrez-le au 12 rue de la Paix", "sí, y mándalo a mi trabajo", "ja, aber schick ihn an
Hauptstraße 5"; fresh17 F2): more than the proposal, so nothing is written on it, and the address is never dropped.

- A pending order's item change and a whole address: proposed again as two writes, named both (`Pending.first`):
  the address first, since an item change closes a pending order to any later change; the next yes writes both.
- A street alone, or a place with no address ("my work"): the missing parts asked for, the proposal as it stands.
- A delivered order's exchange: its replacement goes to the order's own address, which is said; the proposal as it
  stands.
- Said without a yes ("no. first change the shipping address to …"): the same two writes (fresh18 F1).
- Two addresses: which one asked; one taken back for another ("500 Pine Road … no wait, 600 Oak Ave …"): the later
  one. "The address on my account": the account's own. Another person's ("Leo Martin's address"): never looked up,
  said so, the proposal as it stands (attack18 A18-4).
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from assistant.consent_vocabulary import normalise, read_spans, split_words
from assistant.grounding.address_words import (
    another_persons_address,
    corrects_itself,
    keeps_the_address_only,
    names_account_address,
    names_the_address,
    refuses_the_item_change,
)
from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import lexicon
from assistant.grounding.negations import refuses_action
from assistant.grounding.other_people import own_name
from assistant.grounding.requested_action import says_delivery
from assistant.state import Pending, Reply
from assistant.steps.address_in_flow import address_alone, address_change, of_another_order
from assistant.steps.addresses import (
    after_the_addresses,
    describe_address,
    read_address,
    read_addresses,
    read_street,
)
from assistant.steps.order_lookup import CustomerReader
from assistant.steps.proposal_questions import WITH_FIRST, ask_again, question_with_first
from assistant.steps.yes_taken_back import says_yes

ITEM_CHANGE = "modify_pending_order_items"
EXCHANGE = "exchange_delivered_order_items"
Destination = Literal["whole", "street", "account", "none"]


def _opens_with_yes(text: str) -> bool:
    spans = read_spans(split_words(normalise(text)))
    return bool(spans) and "yes" in spans[0][1]


def _sends_somewhere(text: str) -> bool:
    """A sending verb and a destination after it ("ship it to …", "envoyez-la à mon bureau", "an meine Arbeit")."""
    if not says_delivery(text):
        return False
    return lexicon().patterns["destination_words"].search(text) is not None


def address_with_yes(text: str, pending: Pending | None) -> Destination | None:
    """What a yes to an item change says of where to send it: a whole address or a street alone (with or without a
    sending verb: the item change writes no place), or a place with no address ("ship it to my work"); None when
    the reply names no place, or answers another proposal."""
    if not pending or pending.get("tool") not in (ITEM_CHANGE, EXCHANGE):
        return None
    if not (_opens_with_yes(text) or says_yes(text)):
        return _without_yes(text, pending)
    if _restates_the_first(text, pending):
        return None  # "yes, the USB lamp and 600 Oak Ave" to the two writes: the address proposed, said again
    if names_account_address(text):
        return "account"
    if read_address(text, "USA") is not None:
        return "whole"  # "yes, 55 Ocean Drive, Miami, FL 33139" once the whole address was asked for
    if read_street(text) is not None:
        return "street"
    return "none" if _sends_somewhere(text) else None


def _restates_the_first(text: str, pending: Pending) -> bool:
    """A yes to the two writes that names the proposed address again, by its street or whole, and no other."""
    first = (pending.get("first") or {}).get("arguments") or {}
    proposed = fold(str(first.get("address1") or ""))
    if not proposed:
        return False
    said = [fold(address["address1"]) for address, _ in read_addresses(text, str(first.get("country") or "USA"))]
    street = read_street(text)
    return all(s == proposed for s in said) and (bool(said) or street is not None and fold(street) == proposed)


def _without_yes(text: str, pending: Pending) -> Destination | None:
    """"no. first change the shipping address to 12 Oak Lane, …": a new destination for this order all the same, a
    whole address or the account's; None for words of another order or with no word of the address."""
    order_id = str((pending.get("arguments") or {}).get("order_id") or "")
    if of_another_order(text, order_id) or not names_the_address(text):
        return None
    if read_address(text, "USA") is not None:
        return "whole"
    return "account" if names_account_address(text) else None


async def answer_address_with_yes(reader: CustomerReader, pending: Pending, text: str,
                                  destination: Destination) -> dict[str, Any]:
    """The turn's result: nothing written; the two writes proposed, the missing parts asked, or why not said."""
    arguments = pending.get("arguments") or {}
    order_id = str(arguments.get("order_id") or "")
    order = await reader.order(order_id)
    question = pending.get("question") or {}
    if order is None or pending.get("tool") == EXCHANGE or question.get("key") not in WITH_FIRST:
        own = describe_address(order["address"]) if order else ""
        return {"outbox": [Reply(key="exchange_address_fixed", facts={"order_id": order_id, "address": own}),
                           ask_again(pending)]}
    if destination == "street":
        street = read_street(text) or ""
        return {"outbox": [Reply(key="address_parts_needed", facts={"street": street}), ask_again(pending)]}
    address, said = await _destination(reader, order, text, destination)
    if said is not None:
        return {"outbox": [said, ask_again(pending)]}
    if address is None:
        return {"outbox": [Reply(key="address_needed_with_yes", facts={}), ask_again(pending)]}
    first = address_change(order_id, address)
    first.pop("question", None)
    both: Pending = {**pending, "action_id": uuid.uuid4().hex, "first": first}
    if _item_change_refused(text, pending):  # "no, don't change the jacket, just ship it to …": the address alone
        return address_alone(both)
    return {"pending": both, "outbox": [question_with_first(both)]}


def _item_change_refused(text: str, pending: Pending) -> bool:
    """Words that refuse the item change itself while they give the address."""
    # "only the address needs changing, leave the item: 2250 N Clybourn Ave, …", "oui, laissez l'article, livrez au
    # …": the item change refused in words, with a yes or not; a bare "no" only without one
    if keeps_the_address_only(text) or refuses_the_item_change(text):
        return True
    return not (_opens_with_yes(text) or says_yes(text)) and refuses_action(text, str(pending.get("tool")))


async def _destination(reader: CustomerReader, order: dict[str, Any], text: str,
                       destination: Destination) -> tuple[dict[str, str] | None, Reply | None]:
    """The address the words send the order to, or what to say instead: which of two, another person's (never
    looked up), the account's own when the order already goes there."""
    country = str(order["address"].get("country") or "USA")
    if destination == "account":
        own = (await reader.profile()).get("address") or {}
        if not own.get("address1"):
            return None, None
        if describe_address(own) == describe_address(order["address"]):
            return None, Reply(key="order_already_there", facts={"address": describe_address(own)})
        return {field: str(own.get(field) or "") for field in ("address1", "address2", "city", "state", "zip")} | {
            "country": country}, None
    said = read_addresses(text, country)
    tail = after_the_addresses(text, country) if said else ""
    if said and corrects_itself(tail) and (street := read_street(tail)):
        # "1200 South Lamar Blvd, Austin TX 78704 – nein Moment, 1210 South Lamar Blvd, selbe PLZ": the street taken
        # back for the one after it, in the same city (the proposal says the whole address before any yes)
        return {**said[-1][0], "address1": street, "address2": ""}, None
    if len(said) > 1 and corrects_itself(said[-1][1]):
        return said[-1][0], None  # "500 Pine Road … - no wait, 600 Oak Ave …": the later one
    if len({describe_address(address) for address, _ in said}) > 1:
        listed = " | ".join(describe_address(address) for address, _ in said)
        return None, Reply(key="which_address", facts={"addresses": listed})
    if said:
        return said[0][0], None
    if destination == "none" and (name := another_persons_address(text, own_name(reader.customer_id))):
        return None, Reply(key="other_persons_address", facts={"name": name})
    return None, None
