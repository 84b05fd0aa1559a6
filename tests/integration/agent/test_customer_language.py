"""Every line a French, Spanish or German customer is shown comes out in that language: representative flows
(order status, a cancellation the order's state refuses, product questions, a recommendation with nothing
matching, a wrong-colour photo) through the real conversation service with the resolver, checked for English
words (tests/language_leaks.py) in the reply texts and in the cards' colours and reasons."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from tests.conftest import Store
from tests.integration.agent.photos import customer_photo
from tests.language_leaks import english_fragments
from tools.store.enums import OrderStatus
from tools.store.tables import Order, Product

MIA = "demo_mia_novak"  # #D9000001 delivered (Chaz Kangeroo Hoodie in Black), #D9000002 pending
LEO = "demo_leo_martin"  # #D9000004 processed

# (conversation, customer, messages); "{processed}" marks the moment the order leaves "pending" in the store.
FLOWS = {
    "fr": [
        ("status", MIA, ["Bonjour, où en est ma commande #D9000002 ?"]),
        ("late", MIA, ["Je veux annuler la commande #D9000002, je l'ai commandée par erreur", "{processed}", "oui"]),
        ("processed", LEO, ["Je voudrais annuler ma commande #D9000004"]),
        ("material", MIA, ["En quelle matière est le Chaz Kangeroo Hoodie ?", "Quelles couleurs existent ?",
                           "Quelles tailles avez-vous en noir ?", "Qu'en disent les avis des clients ?"]),
        ("reviews", MIA, ["Que disent les avis sur le Joust Duffle Bag ?"]),
        ("nothing", MIA, ["Je cherche un sac à dos rose"]),
        ("orders", MIA, ["Quelles sont mes commandes ?"]),
        ("return", MIA, ["Je voudrais retourner le sweat de ma commande #D9000001", "sur ma carte cadeau"]),
        ("swap", MIA, ["Je voudrais échanger la veste de la commande #D9000002 contre une rose"]),
        ("human", LEO, ["Je veux parler à un conseiller, s'il vous plaît"]),
        ("suit", MIA, ["Je cherche une veste imperméable pour femme", "Est-ce qu'elle convient pour la randonnée ?"]),
    ],
    "es": [
        ("status", MIA, ["Hola, ¿dónde está mi pedido #D9000002?"]),
        ("late", MIA, ["Quiero cancelar el pedido #D9000002, lo pedí por error", "{processed}", "sí"]),
        ("processed", LEO, ["Quiero cancelar mi pedido #D9000004, por favor"]),
        ("material", MIA, ["¿De qué material es la Chaz Kangeroo Hoodie?", "¿En qué colores está disponible?",
                           "¿Qué tallas tienen en negro?", "¿Qué dicen las opiniones de los clientes?"]),
        ("reviews", MIA, ["¿Qué dicen las opiniones del Joust Duffle Bag?"]),
        ("nothing", MIA, ["Busco una mochila rosa"]),
        ("orders", MIA, ["¿Cuáles son mis pedidos?"]),
        ("return", MIA, ["Quiero devolver la sudadera de mi pedido #D9000001", "a mi tarjeta regalo"]),
        ("swap", MIA, ["Quiero cambiar la chaqueta del pedido #D9000002 por una rosa"]),
        ("human", LEO, ["Quiero hablar con una persona, por favor"]),
        ("suit", MIA, ["Busco una chaqueta impermeable de mujer", "¿Sirve para hacer senderismo?"]),
    ],
    "de": [
        ("status", MIA, ["Hallo, wo ist meine Bestellung #D9000002?"]),
        ("late", MIA, ["Ich möchte die Bestellung #D9000002 stornieren, ich habe sie versehentlich bestellt",
                       "{processed}", "ja"]),
        ("processed", LEO, ["Ich möchte meine Bestellung #D9000004 stornieren"]),
        ("material", MIA, ["Aus welchem Material ist der Chaz Kangeroo Hoodie?", "In welchen Farben gibt es ihn?",
                           "Welche Größen haben Sie in Schwarz?", "Was sagen die Kundenbewertungen?"]),
        ("reviews", MIA, ["Was sagen die Bewertungen zum Joust Duffle Bag?"]),
        ("nothing", MIA, ["Ich suche einen rosa Rucksack"]),
        ("orders", MIA, ["Welche Bestellungen habe ich?"]),
        ("return", MIA, ["Ich möchte den Hoodie aus meiner Bestellung #D9000001 zurücksenden",
                         "auf meine Geschenkkarte"]),
        ("swap", MIA, ["Ich möchte die Jacke aus der Bestellung #D9000002 gegen eine rosa tauschen"]),
        ("human", LEO, ["Ich möchte bitte mit einem Mitarbeiter sprechen"]),
        ("suit", MIA, ["Ich suche eine wasserdichte Damenjacke", "Eignet sie sich zum Wandern?"]),
    ],
}
WRONG_ITEM = {"fr": "Ce n'est pas le sweat que j'ai commandé, c'est autre chose",
              "es": "Esta no es la sudadera que pedí, es otra cosa",
              "de": "Das ist nicht der Hoodie, den ich bestellt habe, sondern etwas anderes"}
WRONG_COLOUR = {"fr": "J'ai reçu le sweat Chaz Kangeroo dans la mauvaise couleur, regardez",
                "es": "Me llegó la sudadera Chaz Kangeroo en un color equivocado, mira",
                "de": "Der Chaz Kangeroo Hoodie kam in der falschen Farbe an, sehen Sie selbst"}


def _shown(result) -> list[str]:
    """What the customer reads: each message, its buttons, and its cards' colour and reason."""
    lines = list(result.notices)
    for message in result.messages:
        lines += [message["text"], *message.get("quick_replies", [])]
        lines += [str(card.get(key) or "") for card in message.get("cards", []) for key in ("colour_text", "reason")]
    return lines


async def _product_names(shop: Store) -> list[str]:
    async with shop.sessions() as session:
        return list(await session.scalars(select(Product.name)))


async def _run_flows(service, shop: Store, language: str) -> list[str]:
    lines: list[str] = []
    for conversation, customer, messages in FLOWS[language]:
        for text in messages:
            if text == "{processed}":
                async with shop.sessions() as session, session.begin():
                    await session.execute(update(Order).where(Order.id == "#D9000002")
                                          .values(status=OrderStatus.PROCESSED))
                continue
            lines += _shown(await service.send(f"{language}-{conversation}", text, session_customer_id=customer))
    photo = customer_photo("m/h/mh01-orange_main.jpg")
    lines += _shown(await service.send(f"{language}-photo", WRONG_COLOUR[language], photo_bytes=photo,
                                       session_customer_id=MIA))
    photo = customer_photo("m/p/mp01-black_main.jpg")
    lines += _shown(await service.send(f"{language}-other", WRONG_ITEM[language], photo_bytes=photo,
                                       session_customer_id=MIA))
    return lines


@pytest.mark.parametrize("language", ["fr", "es", "de"])
async def test_no_english_reaches_a_customer_writing_in_another_language(shop_service, shop: Store,
                                                                         language: str) -> None:
    names = await _product_names(shop)
    async with shop_service() as service:
        lines = await _run_flows(service, shop, language)
    leaks = {line: found for line in lines if (found := english_fragments(line, language, names=names))}
    assert not leaks, f"{sum(map(len, leaks.values()))} English words in {language} replies: {leaks}"


def test_the_check_finds_english_in_a_reply_and_spares_names_and_ids() -> None:
    names = ["Chaz Kangeroo Hoodie"]
    assert english_fragments("Je n'ai pas pu : only pending orders can be cancelled.", "fr")
    assert english_fragments("Merci pour la photo (the item in the photo is Purple).", "fr")
    assert english_fragments("Le Chaz Kangeroo Hoodie existe en Purple et Black.", "fr", names=names) == [
        "Purple", "Black"]
    assert not english_fragments("Le Chaz Kangeroo Hoodie (#D9000001, VT-12) coûte 52,00 $US.", "fr", names=names)
    assert not english_fragments("Die Bestellung #D9000002 ist offen.", "de")
