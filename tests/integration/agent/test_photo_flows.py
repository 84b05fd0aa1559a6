"""Photo complaints, visual product Q&A and recommendations through the graph (resolver, store, index)."""

from sqlalchemy import select

from assistant.models.backend import Decision
from assistant.models.contracts import PhotoAttributes
from assistant.models.resolver.backend import ResolverBackend
from tests.conftest import Store
from tests.integration.agent.conftest import _service_factory
from tests.integration.agent.photos import customer_photo
from tests.integration.agent.reply_text import texts
from tests.model_stand_ins import ResolverStandIn
from tools.store.enums import OrderStatus, TicketEventKind
from tools.store.tables import Order, Ticket, TicketEvent

MIA = "demo_mia_novak"  # delivered #D9000001: Chaz Kangeroo Hoodie M Black + Iris Workout Top S Blue




async def _ticket(store: Store) -> Ticket:
    async with store.sessions() as session:
        return await session.scalar(select(Ticket))


async def test_wrong_colour_photo_is_exchanged_after_yes_with_a_ticket(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        offer = await service.send("p1", "I got the Chaz Kangeroo hoodie in the wrong colour",
                                   photo_bytes=customer_photo("m/h/mh01-orange_main.jpg"), session_customer_id=MIA)
        assert "wrong colour or size" in texts(offer) and "exchange" in texts(offer)
        assert offer.messages[-1]["quick_replies"] == ["Yes", "No"]
        done = await service.send("p1", "yes", session_customer_id=MIA)
    assert "VT-" in texts(done)
    async with shop.sessions() as session:
        order = await session.get(Order, "#D9000001")
    assert order.status is OrderStatus.EXCHANGE_REQUESTED
    ticket = await _ticket(shop)
    assert ticket.category.value == "wrong_colour_or_size" and ticket.item_ids == ["MH01-M-Black"]
    assert ticket.model_label == "wrong_colour_or_size" and ticket.model_confidence >= 0.6
    assert ticket.prompt_version and ticket.model_name.startswith("resolver")
    assert ticket.evidence[0]["uri"].endswith(".jpg") and "evidence" in ticket.evidence[0]["uri"]


async def test_declining_the_remedy_changes_nothing(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        await service.send("p2", "wrong colour hoodie, look", photo_bytes=customer_photo("m/h/mh01-orange_main.jpg"),
                           session_customer_id=MIA)
        declined = await service.send("p2", "no thanks", session_customer_id=MIA)
    assert "haven't changed anything" in texts(declined)
    async with shop.sessions() as session:
        assert (await session.get(Order, "#D9000001")).status is OrderStatus.DELIVERED
    assert await _ticket(shop) is None


async def test_a_different_product_in_the_photo_is_a_wrong_item(shop_service) -> None:
    async with shop_service() as service:
        offer = await service.send("p3", "this is not the hoodie I ordered, it's something else",
                                   photo_bytes=customer_photo("m/p/mp01-black_main.jpg"), session_customer_id=MIA)
    assert "wrong item" in texts(offer)


async def test_photo_contradicting_the_complaint_is_escalated_with_the_evidence(shop_service, shop: Store) -> None:
    # The customer says wrong colour, but the photo shows the black hoodie that was ordered: uncertain.
    async with shop_service() as service:
        handed = await service.send("p4", "the Chaz Kangeroo hoodie came in the wrong colour",
                                    photo_bytes=customer_photo("m/h/mh01-black_main.jpg"), session_customer_id=MIA)
    assert handed.waiting_for_agent and "team" in texts(handed)
    ticket = await _ticket(shop)
    assert ticket.status.value == "escalated" and ticket.evidence and ticket.model_label is not None


async def test_a_photo_sent_while_an_agent_holds_the_chat_reaches_the_ticket(shop_service, shop: Store) -> None:
    async with shop_service() as service:
        await service.send("p6", "the Chaz Kangeroo hoodie came in the wrong colour",
                           photo_bytes=customer_photo("m/h/mh01-black_main.jpg"), session_customer_id=MIA)
        label = customer_photo("m/h/mh01-gray_main.jpg")
        relayed = await service.send("p6", "here is the label too", photo_bytes=label,
                                     session_customer_id=MIA, message_id="m-label")
        again = await service.send("p6", "here is the label too", photo_bytes=label,
                                   session_customer_id=MIA, message_id="m-label")
    assert relayed.waiting_for_agent and again.waiting_for_agent
    async with shop.sessions() as session:
        ticket = await session.scalar(select(Ticket))
        events = list(await session.scalars(
            select(TicketEvent).where(TicketEvent.kind == TicketEventKind.CUSTOMER_MESSAGE)))
    assert len(ticket.evidence) == 2 and ticket.evidence[1]["uri"] != ticket.evidence[0]["uri"]
    assert [e.body for e in events] == ["here is the label too"]
    assert events[0].data["evidence"]["uri"] == ticket.evidence[1]["uri"]


async def test_photo_first_then_complaint_asks_for_nothing_twice(shop_service) -> None:
    async with shop_service() as service:
        asked = await service.send("p5", "my hoodie arrived in the wrong colour", session_customer_id=MIA)
        assert "photo" in texts(asked).lower()
        offer = await service.send("p5", "", photo_bytes=customer_photo("m/h/mh01-orange_main.jpg"),
                                   session_customer_id=MIA)
    assert "exchange" in texts(offer)


async def test_visual_question_about_a_photo_names_the_product_and_its_colours(shop_service) -> None:
    async with shop_service() as service:
        answer = await service.send("q1", "what colours does this come in?",
                                    photo_bytes=customer_photo("w/s/ws03-blue_main.jpg"))
        material = await service.send("q1", "is this wool?")
    assert "Iris Workout Top" in texts(answer) and "blue" in texts(answer)  # a colour in lower case inside a sentence
    assert answer.messages[0]["cards"][0]["product_id"] == "WS03"
    assert texts(material).startswith("No") and "Iris Workout Top" in texts(material)


class VisionModelStandIn(ResolverStandIn):
    """The resolver, except that photo attributes come from a (scripted) vision model."""

    name = "vision-stand-in"

    def __init__(self, resolver: ResolverBackend) -> None:
        super().__init__(resolver)
        self.seen: list = []

    async def decide(self, kind, request):
        if kind is PhotoAttributes:
            self.seen.append(request)
            value = PhotoAttributes(category="top", colours=["blue"], description="a blue racerback sports top")
            return Decision[PhotoAttributes](value=value, backend=self.name, model="stand-in", prompt_version="t",
                                             latency_ms=0.0)
        return await self.resolver.decide(kind, request)


async def test_a_vision_model_adds_what_it_sees_to_the_catalog_answer(shop, shop_catalog, resolver, redactor,
                                                                      tmp_path) -> None:
    vision = VisionModelStandIn(resolver)
    open_service = _service_factory(shop, vision, redactor, tmp_path, shop_catalog[1])
    async with open_service() as service:
        answer = await service.send("q2", "what colours does this come in?",
                                    photo_bytes=customer_photo("w/s/ws03-blue_main.jpg"))
    assert "Iris Workout Top" in texts(answer) and "In your photo I see a blue racerback sports top." in texts(answer)
    assert vision.seen[0].image is not None and vision.seen[0].image.data.startswith(b"\xff\xd8")


async def test_text_recommendations_respect_filters(shop_service) -> None:
    async with shop_service() as service:
        result = await service.send("r1", "can you recommend a black hoodie for men under $60?")
    cards = result.messages[0]["cards"]
    assert cards and all(card["colour"].lower() == "black" for card in cards)
    assert all(float(card["price"].strip("$")) <= 60 for card in cards)
    assert all(card["image_path"] for card in cards)


async def test_photo_plus_text_refinement(shop_service) -> None:
    async with shop_service() as service:
        result = await service.send("r2", "show me something like this but in green",
                                    photo_bytes=customer_photo("m/h/mh01-black_main.jpg"))
    cards = result.messages[0]["cards"]
    assert cards and any(card["colour"].lower() == "green" for card in cards)
    assert all("photo" in card["reason"] for card in cards)


async def test_a_refused_upload_keeps_the_message(shop_service) -> None:
    async with shop_service() as service:
        result = await service.send("u1", "hello", photo_bytes=b"%PDF-1.7 not a photo")
    assert result.notices[0].startswith("Please send a JPEG, PNG or WebP")
    assert result.messages  # the greeting is still answered
