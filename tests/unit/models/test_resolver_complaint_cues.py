"""Complaints about what arrived and product questions in four languages, read by the resolver's cues
(prompts/complaint_lexicon/) whatever the nearest prototypes say; a photo with the turn counts as the arrival."""

from __future__ import annotations

import pytest

from assistant.grounding.complaint_statement import reads_as_complaint
from assistant.models.contracts import ComplaintTarget, Intent, TurnIntent, TurnSlots
from assistant.models.requests import DecisionRequest, ImageInput, OrderLine, OrderSummary
from assistant.models.resolver.backend import ResolverBackend
from assistant.models.resolver.product_cues import product_reading

PHOTO = ImageInput(data=b"\x89PNG\r\n\x1a\n" + bytes(8), media_type="image/png")


@pytest.mark.parametrize(("text", "photo"), [
    ("they shipped me the tee in pink, I'd ordered it in white", False),
    ("le pantalon est arrivé avec une grosse tache", False),
    ("me han enviado la chaqueta equivocada", False),
    ("die Mütze ist total verfilzt und hat ein Loch", False),
    ("voilà ce qu'on m'a livré, c'est une autre couleur", True),
    ("so sah der Karton beim Auspacken aus, komplett eingedrückt", True),
    ("el gorro que me llegó es talla L", True),
    # the damage named by its noun, with the photo of it
    ("voici une autre photo de la déchirure", True),
    ("te mando otra foto del desgarro", True),
    ("hier noch ein Foto vom Riss", True),
    ("here's another picture of the rip", True),
])
def test_a_complaint_about_what_arrived_reads_as_one(text: str, photo: bool) -> None:
    assert reads_as_complaint(text, photo=photo)


@pytest.mark.parametrize(("text", "photo"), [
    ("does the fabric tear easily?", False),
    ("une veste avec des poches zippées, vous avez ?", False),
    ("je n'ai toujours pas reçu mon colis", False),
    ("mi paquete aún no ha llegado", False),
    ("die Jacke kam kaputt an, ich will mein Geld zurück", False),  # a remedy by name: the reader decides which
    ("hast du so etwas in einer anderen Farbe?", True),  # a photo to shop by
    ("tenéis algo parecido pero más barato?", True),
])
def test_other_turns_are_not_complaints(text: str, photo: bool) -> None:
    assert not reads_as_complaint(text, photo=photo)


@pytest.mark.parametrize(("intent", "text", "expected"), [
    pytest.param(Intent.CHANGE_DEFAULT_ADDRESS, "und was halten die Käufer von dem Teil?", Intent.PRODUCT_QUESTION),
    pytest.param(Intent.REPORT_PROBLEM, "est-ce qu'il est chaud ?", Intent.PRODUCT_QUESTION),
    (Intent.CHANGE_DEFAULT_ADDRESS, "was sagen die Bewertungen zu dem Teil?", Intent.PRODUCT_QUESTION),
    (Intent.REPORT_PROBLEM, "elle tient chaud en hiver ?", Intent.PRODUCT_QUESTION),
    (Intent.ORDER_STATUS, "¿sirve para escalar?", Intent.PRODUCT_QUESTION),
    (Intent.EXCHANGE_ITEM, "can I swap it for a size that fits?", Intent.EXCHANGE_ITEM),  # sizes: an exchange too
    (Intent.RETURN_ITEM, "puis-je renvoyer la veste si elle ne tient pas chaud ?", Intent.RETURN_ITEM),
    (Intent.RECOMMEND, "is it warm?", Intent.RECOMMEND),  # not an order reading: catalog routing decides
])
def test_a_product_question_misread_as_an_order_request(intent: Intent, text: str, expected: Intent) -> None:
    assert product_reading(intent, text, TurnSlots()) is expected


async def test_a_photo_complaint_is_read_as_one_in_every_language(resolver: ResolverBackend) -> None:
    for language, text in [("fr", "la casquette que vous m'avez envoyée n'a pas la bonne couleur"),
                           ("de", "die Leggings ist in der falschen Größe gekommen"),
                           ("es", "la gorra llegó descosida"), ("en", "the cap showed up in the wrong size")]:
        request = DecisionRequest(text=text, language=language, image=PHOTO)
        decided: TurnIntent = (await resolver.decide(TurnIntent, request)).value
        assert decided.intent is Intent.REPORT_PROBLEM, (language, text, decided)


def test_the_complaint_item_is_found_by_its_kind_in_any_language(resolver: ResolverBackend) -> None:
    orders = [OrderSummary(order_id="#W1000001", status="delivered", items=[
        OrderLine(item_id="1000000001", product_name="Typhon Performance Fleece-lined Jacket", colour="Navy"),
        OrderLine(item_id="1000000002", product_name="Ana Running Short", colour="Black")])]
    for text in ["la veste est déchirée", "die Jacke hat einen Riss", "la chaqueta tiene un roto"]:
        target = resolver.decide_now(ComplaintTarget, DecisionRequest(text=text, orders=orders)).value
        assert target.item_ids == ["1000000001"], text
