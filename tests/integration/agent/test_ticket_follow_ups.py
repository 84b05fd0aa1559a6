"""Who escalated is recorded as it happened, and a repeated complaint goes to the open ticket (issue 20)."""

from sqlalchemy import func, select

from tests.conftest import Store
from tests.integration.agent.photos import customer_photo
from tests.integration.agent.reply_text import texts
from tools import tickets
from tools.store.enums import ActorKind, TicketEventKind
from tools.store.tables import Ticket, TicketEvent

LEO = "demo_leo_martin"  # delivered #D9000003: Caesar Warm-Up Pant 32 Black
MIA = "demo_mia_novak"  # delivered #D9000001: Chaz Kangeroo Hoodie M Black + Iris Workout Top S Blue
UNCERTAIN = "m/h/mh01-black_main.jpg"  # says wrong colour, shows the black hoodie she ordered: escalated




async def _tickets(store: Store) -> list[Ticket]:
    async with store.sessions() as session:
        return list(await session.scalars(select(Ticket).order_by(Ticket.id)))


async def _events(store: Store, kind: TicketEventKind) -> list[TicketEvent]:
    async with store.sessions() as session:
        return list(await session.scalars(select(TicketEvent).where(TicketEvent.kind == kind)
                                          .order_by(TicketEvent.id)))


async def test_a_low_confidence_escalation_is_logged_as_the_assistants(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        handed = await service.send("e1", "the Chaz Kangeroo hoodie came in the wrong colour",
                                    photo_bytes=customer_photo(UNCERTAIN), session_customer_id=MIA)
    assert handed.waiting_for_agent
    [escalated] = await _events(shop, TicketEventKind.ESCALATED)
    assert (escalated.actor_kind, escalated.actor_id) == (ActorKind.SYSTEM, "assistant")
    assert escalated.data == {"reason": "low_confidence"}


async def test_a_customer_asking_for_a_person_is_logged_as_the_customers(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        handed = await service.send("e2", "I want to talk to a human agent please", session_customer_id=MIA)
    assert handed.waiting_for_agent
    [escalated] = await _events(shop, TicketEventKind.ESCALATED)
    assert (escalated.actor_kind, escalated.actor_id) == (ActorKind.CUSTOMER, MIA)
    assert escalated.data == {"reason": "customer_request"}


async def test_the_same_complaint_in_a_new_chat_goes_to_the_open_ticket(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        await service.send("r1", "the Chaz Kangeroo hoodie came in the wrong colour",
                           photo_bytes=customer_photo(UNCERTAIN), session_customer_id=MIA)
        again = await service.send("r2", "I already told you, the hoodie is the wrong colour!",
                                   photo_bytes=customer_photo("m/h/mh01-gray_main.jpg"), session_customer_id=MIA,
                                   message_id="again-1")
    [ticket] = await _tickets(shop)
    assert ticket.number in texts(again) and "with our team" in texts(again)
    assert len(ticket.evidence) == 2  # the new photo is on the open ticket
    [message] = await _events(shop, TicketEventKind.CUSTOMER_MESSAGE)
    assert message.body.startswith("I already told you")
    assert message.data["evidence"]["uri"] == ticket.evidence[1]["uri"]
    assert len(await _events(shop, TicketEventKind.ESCALATED)) == 1


async def test_a_complaint_about_an_item_with_an_open_ticket_is_not_offered_a_second_remedy(
        shop_service, shop: Store) -> None:
    async with shop_service() as service:
        await service.send("x1", "I got the Chaz Kangeroo hoodie in the wrong colour",
                           photo_bytes=customer_photo("m/h/mh01-orange_main.jpg"), session_customer_id=MIA)
        done = await service.send("x1", "yes", session_customer_id=MIA)
        [ticket] = await _tickets(shop)
        assert ticket.number in texts(done) and ticket.status.value == "open"
        repeat = await service.send("x2", "la sudadera Chaz Kangeroo llegó en el color equivocado",
                                    photo_bytes=customer_photo("m/h/mh01-orange_main.jpg"), session_customer_id=MIA)
    said = texts(repeat)
    assert ticket.number in said, said
    # In the customer's language; the status is the ticket's now (escalated if this photo needed a person).
    assert "abierto" in said or "en manos de nuestro equipo" in said, said
    assert not repeat.messages[-1].get("quick_replies")  # no Yes/No for a second exchange
    async with shop.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Ticket)) == 1
    [reopened] = await _tickets(shop)
    assert len(reopened.evidence) == 2


async def test_a_different_item_of_the_same_order_gets_its_own_ticket(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        await service.send("d1", "the Chaz Kangeroo hoodie came in the wrong colour",
                           photo_bytes=customer_photo(UNCERTAIN), session_customer_id=MIA)
        other = await service.send("d2", "the Iris Workout Top I got is the wrong colour",
                                   photo_bytes=customer_photo("w/s/ws03-red_main.jpg"), session_customer_id=MIA)
    tickets = await _tickets(shop)
    assert tickets[0].number not in texts(other)
    assert all(len(t.evidence) == 1 for t in tickets)


async def test_a_flood_of_requests_for_a_person_goes_onto_the_latest_open_ticket(shop_service, shop: Store) -> None:
    """Over the hourly ticket limit, a new chat asking for a person adds to the open ticket, says which, and
    opens none (attacker pass: 15 escalations in 1.7 s)."""
    limit = tickets.CUSTOMER_TICKETS_PER_WINDOW
    async with shop_service() as service:
        for n in range(limit):
            await service.send(f"flood-{n}", "I want to talk to a human agent please", session_customer_id=MIA)
        over = await service.send("flood-over", "ich will mit einem Menschen sprechen", session_customer_id=MIA)
    opened = await _tickets(shop)
    assert len(opened) == limit
    said = texts(over)
    assert opened[-1].number in said and "Ticket" in said, said
    assert not over.waiting_for_agent  # held by the conversation that opened it, not this one
    bodies = [e.body for e in await _events(shop, TicketEventKind.CUSTOMER_MESSAGE)]
    assert bodies == ["ich will mit einem Menschen sprechen"]


async def test_a_new_photo_of_the_same_problem_is_assessed_and_joins_the_open_ticket(shop_service, shop: Store) -> None:
    """Finding G: the second photo is looked at (its verdict is said), added to the ticket as evidence, and the
    customer hears the ticket's status; no second ticket, no second remedy."""
    async with shop_service() as service:
        await service.send("g1", "my hoodie came with a rip across the front",
                           photo_bytes=customer_photo("m/h/mh01-black_main.jpg", tear=True), session_customer_id=MIA)
        await service.send("g1", "yes", session_customer_id=MIA)
        again = await service.send("g1", "hier noch ein Foto vom Riss",
                                   photo_bytes=customer_photo("m/h/mh01-black_main.jpg", tear=True),
                                   session_customer_id=MIA)
    said = texts(again)
    [ticket] = await _tickets(shop)
    assert "Einschätzung" in said and "gleiche Problem" in said and ticket.number in said and "offen" in said, said
    assert len(ticket.evidence) == 2
    assert not again.messages[-1].get("quick_replies")


async def test_a_different_problem_on_the_same_item_is_a_complaint_of_its_own(shop_service, shop: Store) -> None:
    """A rip reported after a wrong colour: its own verdict and remedy, its own ticket after the yes; the first
    ticket keeps its one photo."""
    async with shop_service() as service:
        await service.send("g2", "the warm-up pants have a hole at the knee",
                           photo_bytes=customer_photo("m/p/mp01-black_main.jpg", tear=True),
                           session_customer_id=LEO)
        await service.send("g2", "yes", session_customer_id=LEO)
        offer = await service.send("g2", "and looking again they're not even black, they're grey",
                                   photo_bytes=customer_photo("m/p/mp01-gray_main.jpg"), session_customer_id=LEO)
        assert "exchange" in texts(offer) and offer.messages[-1].get("quick_replies"), texts(offer)
        await service.send("g2", "yes please", session_customer_id=LEO)
    first, second = await _tickets(shop)
    assert (first.category.value, second.category.value) == ("product_defect", "wrong_colour_or_size")
    assert len(first.evidence) == 1 and len(second.evidence) == 1
