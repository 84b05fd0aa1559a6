"""What a model misreads, code catches (issue 21; each class seen with Qwen2.5 1.5B through vLLM):
- a request for a person (in any of the four languages) opens a ticket and hands the conversation over, whatever
  the backend decided ("get me a manager right now" was read as a greeting);
- a photo complaint's remedy is checked against the shop's policy in code: a remedy offered for an order that is
  not delivered yet, or "nothing to do" when the photo shows a problem, goes to a person instead (an exchange was
  offered for a processed order, which the write would then refuse);
- a photo sent with words saying what arrived is wrong or damaged is a photo complaint, whatever the backend read
  (a text-only model read "wrong colour hoodie, look" as a product question and "you sent me these trousers
  instead" as a return of the hoodie, and wrote the return);
- who the customer says they are (a name with a zip code, an email) fills the identity slots a model left empty
  ("Hi, I'm Olivia Ito, zip code 80218" was read as a greeting with no slots, and the customer never verified);
- a request to cancel an order, and the reason given when asked for one, stay a cancellation whatever the backend
  read ("I need to cancel order #W5442520, I'll be travelling" and then "I no longer need it" were read as
  greetings, and the order was never cancelled);
- identity details the customer never wrote are not taken from a model (an email "oliviaito@vitrine.com" made up
  beside the name and zip the customer gave failed her verification);
- a reason to cancel is the customer's words, never a model's guess (an order "found for half the price" was
  proposed for cancellation as "ordered by mistake" before the customer gave a reason)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import text as sql

from assistant.models.backend import Decision, ReplyChunk
from assistant.models.contracts import Intent, RemedyKind, RemedyProposal, TurnIntent, TurnSlots
from assistant.models.requests import DecisionRequest, ReplyRequest
from assistant.models.resolver.backend import ResolverBackend
from tests.conftest import Store
from tests.integration.agent.photos import customer_photo
from tests.integration.faults.conftest import LEO, MIA, OpenService


class Misreading:
    """Answers one decision kind with a fixed misreading; everything else as the resolver does."""

    name = "misreading"

    def __init__(self, resolver: ResolverBackend, kind: type[Any], misread: Any) -> None:
        self.resolver, self.kind, self.misread = resolver, kind, misread

    async def decide(self, kind: type[Any], request: DecisionRequest) -> Decision[Any]:
        decided = await self.resolver.decide(kind, request)
        if kind is not self.kind:
            return decided
        misread = self.misread(request) if callable(self.misread) else self.misread
        return decided.model_copy(update={"value": misread, "backend": self.name})

    def stream_reply(self, request: ReplyRequest) -> AsyncIterator[ReplyChunk]:
        return self.resolver.stream_reply(request)

    async def aclose(self) -> None:
        await self.resolver.aclose()


GREETING = TurnIntent(intent=Intent.GREET, confidence=0.99)


@pytest.mark.parametrize(("customer", "text"), [
    (MIA, "this is ridiculous, get me a manager right now"),
    (LEO, "my order #D9000004 still hasn't arrived, I want to speak to someone"),
    (MIA, "je veux parler à un conseiller, s'il vous plaît"),
    (LEO, "pásame con un supervisor"),
    (MIA, "verbinden Sie mich bitte mit einem Mitarbeiter"),
])
async def test_a_request_for_a_person_is_handed_over_whatever_the_model_read(
    open_service: OpenService, shop: Store, resolver: ResolverBackend, customer: str, text: str
) -> None:
    async with open_service(shop.sessions, Misreading(resolver, TurnIntent, GREETING)) as service:
        result = await service.send(f"person-{customer}", text, session_customer_id=customer)
    assert result.waiting_for_agent and result.ticket_id, result.messages


async def test_a_misread_turn_without_such_a_request_stays_with_the_assistant(
    open_service: OpenService, shop: Store, resolver: ResolverBackend
) -> None:
    async with open_service(shop.sessions, Misreading(resolver, TurnIntent, GREETING)) as service:
        result = await service.send("person-none", "someone stole my parcel from the porch",
                                    session_customer_id=MIA)
    assert not result.waiting_for_agent and result.ticket_id is None


def _remedy(kind: RemedyKind) -> Any:
    def proposed(request: DecisionRequest) -> RemedyProposal:
        return RemedyProposal(remedy=kind, order_id=request.target_order_id, item_ids=request.target_item_ids,
                              rationale="as the model read it")
    return proposed


@pytest.mark.parametrize("remedy", [RemedyKind.EXCHANGE, RemedyKind.RETURN_REFUND, RemedyKind.REPLACEMENT_TICKET])
async def test_a_remedy_for_an_order_not_yet_delivered_goes_to_a_person(
    open_service: OpenService, shop: Store, shop_catalog: tuple[Any, Any], resolver: ResolverBackend,
    remedy: RemedyKind,
) -> None:
    """Leo's #D9000004 (a black Gobi tee) is processed, not delivered: no remedy the policy allows yet."""
    async with open_service(shop.sessions, Misreading(resolver, RemedyProposal, _remedy(remedy)),
                            shop_catalog[1]) as service:
        result = await service.send(f"remedy-{remedy.value}", "the tee came in the wrong colour",
                                    session_customer_id=LEO, photo_bytes=customer_photo("m/s/ms04-orange_main.jpg"))
    assert result.waiting_for_agent and result.ticket_id, result.messages


async def test_nothing_to_do_when_the_photo_shows_a_problem_goes_to_a_person(
    open_service: OpenService, shop: Store, shop_catalog: tuple[Any, Any], resolver: ResolverBackend,
) -> None:
    """Mia's #D9000001 (a black Chaz hoodie) is delivered; an orange one in the photo is a wrong colour."""
    async with open_service(shop.sessions, Misreading(resolver, RemedyProposal, _remedy(RemedyKind.NO_ACTION)),
                            shop_catalog[1]) as service:
        result = await service.send("remedy-none", "I got the wrong colour hoodie", session_customer_id=MIA,
                                    photo_bytes=customer_photo("m/h/mh01-orange_main.jpg"))
    assert result.waiting_for_agent and result.ticket_id, result.messages


@pytest.mark.parametrize(("misread", "text", "photo", "said"), [
    (Intent.PRODUCT_QUESTION, "wrong colour hoodie, look", "m/h/mh01-orange_main.jpg", "exchange"),
    (Intent.RETURN_ITEM, "this is not the hoodie I ordered, you sent me these trousers instead",
     "m/p/mp01-gray_main.jpg", "wrong item"),
    (Intent.GREET, "le sweat est arrivé dans la mauvaise couleur", "m/h/mh01-orange_main.jpg", "échange"),
    (Intent.RECOMMEND, "me llegó la sudadera de otro color", "m/h/mh01-orange_main.jpg", "cambio"),
    (Intent.ORDER_STATUS, "der Hoodie kam in der falschen Farbe an", "m/h/mh01-orange_main.jpg", "Umtausch"),
])
async def test_a_photo_with_words_of_a_complaint_is_a_complaint_whatever_the_model_read(
    open_service: OpenService, shop: Store, shop_catalog: tuple[Any, Any], resolver: ResolverBackend,
    misread: Intent, text: str, photo: str, said: str,
) -> None:
    """Mia's #D9000001 holds a black Chaz hoodie (delivered): the photo is triaged against it and a remedy offered
    (or a person takes it), never a write proposed from the misreading."""
    reader = Misreading(resolver, TurnIntent, TurnIntent(intent=misread, confidence=0.95))
    async with open_service(shop.sessions, reader, shop_catalog[1]) as service:
        result = await service.send(f"complaint-{misread.value}", text, session_customer_id=MIA,
                                    photo_bytes=customer_photo(photo))
    replies = " ".join(message["text"] for message in result.messages)
    assert said.lower() in replies.lower() or result.waiting_for_agent, replies
    assert "To confirm: return" not in replies


@pytest.mark.parametrize("text", ["Hi, I'm Olivia Ito, zip code 80218", "Olivia Ito 80218",
                                  "hello, my email is olivia.ito5204@example.com"])
async def test_who_the_customer_says_they_are_verifies_them_whatever_the_model_read(
    open_service: OpenService, shop: Store, resolver: ResolverBackend, text: str
) -> None:
    async with open_service(shop.sessions, Misreading(resolver, TurnIntent, GREETING)) as service:
        result = await service.send("identity", text)
    assert result.customer_id == "olivia_ito_3591", result.messages


async def _status(shop: Store, order_id: str, column: str = "status") -> str:
    async with shop.engine.connect() as connection:
        return str(await connection.scalar(sql(f"select {column} from orders where id = :id"), {"id": order_id}))


@pytest.mark.parametrize(("asked", "reason", "yes"), [
    ("I need to cancel order #D9000002, I'll be travelling when it arrives", "I no longer need it", "yes"),
    ("please cancel my order, I no longer need it", "#D9000002", "yes"),
    ("je veux annuler ma commande #D9000002", "je n'en ai plus besoin", "oui"),
    ("quiero cancelar el pedido #D9000002", "ya no lo necesito", "sí"),
    ("bitte stornieren Sie meine Bestellung #D9000002", "ich brauche sie nicht mehr", "ja"),
])
async def test_a_request_to_cancel_an_order_is_a_cancellation_whatever_the_model_read(
    open_service: OpenService, shop: Store, resolver: ResolverBackend, asked: str, reason: str, yes: str
) -> None:
    """Mia's #D9000002 is pending: asked, the reason (or the order) given when asked for, then a yes."""
    async with open_service(shop.sessions, Misreading(resolver, TurnIntent, GREETING)) as service:
        for text in (asked, reason, yes):
            result = await service.send("cancel", text, session_customer_id=MIA)
    assert await _status(shop, "#D9000002") == "cancelled", result.messages


@pytest.mark.parametrize("text", ["I don't want to cancel order #D9000002, where is it?",
                                  "hello! cancel that, never mind"])
async def test_words_that_do_not_ask_to_cancel_an_order_cancel_nothing(
    open_service: OpenService, shop: Store, resolver: ResolverBackend, text: str
) -> None:
    async with open_service(shop.sessions, Misreading(resolver, TurnIntent, GREETING)) as service:
        first = await service.send("no-cancel", text, session_customer_id=MIA)
        await service.send("no-cancel", "yes", session_customer_id=MIA)
    assert await _status(shop, "#D9000002") == "pending", first.messages


def _identity(**slots: str) -> Any:
    def misread(request: DecisionRequest) -> TurnIntent:
        intent = Intent.ORDER_STATUS if "#" in request.text else Intent.GREET
        return TurnIntent(intent=intent, confidence=0.99, slots=TurnSlots(**slots))
    return misread


async def test_an_email_the_customer_never_wrote_does_not_fail_their_verification(
    open_service: OpenService, shop: Store, resolver: ResolverBackend
) -> None:
    made_up = _identity(email="oliviaito@vitrine.com", first_name="Olivia", last_name="Ito", zip_code="80218")
    async with open_service(shop.sessions, Misreading(resolver, TurnIntent, made_up)) as service:
        result = await service.send("made-up-email", "Hi, I'm Olivia Ito, zip code 80218")
    assert result.customer_id == "olivia_ito_3591", result.messages



async def test_a_reason_to_cancel_the_customer_never_gave_is_not_written(
    open_service: OpenService, shop: Store, resolver: ResolverBackend
) -> None:
    guessed = TurnIntent(intent=Intent.CANCEL_ORDER, confidence=0.99,
                         slots=TurnSlots(order_ids=["#D9000002"], cancel_reason="ordered by mistake"))
    async with open_service(shop.sessions, Misreading(resolver, TurnIntent, guessed)) as service:
        for text in ("please cancel order #D9000002", "I no longer need it", "yes"):
            result = await service.send("guessed-reason", text, session_customer_id=MIA)
    assert await _status(shop, "#D9000002") == "cancelled", result.messages
    assert await _status(shop, "#D9000002", "cancel_reason") == "no longer needed"
