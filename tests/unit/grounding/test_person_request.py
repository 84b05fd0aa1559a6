"""A customer asking for a person is read in code, in the four languages, whatever a model decided: a weak model
read "get me a manager right now" as a greeting and the customer was never handed over (issue 21)."""

import pytest

from assistant.grounding.person_request import asks_for_a_person, person_reading
from assistant.models.contracts import Intent, TurnIntent, TurnSlots

ASKS = [
    "this is ridiculous, get me a manager right now",
    "then let me talk to your supervisor please",
    "my order still hasn't arrived after two weeks, I want to speak to someone",
    "can I chat with a real person",
    "put me through to customer service, a human being please",
    "is there an actual agent I can talk to?",
    "transfer me to a representative",
    "je veux parler à un conseiller",
    "passez-moi un responsable s'il vous plaît",
    "est-ce que je peux parler à quelqu'un de chez vous ?",
    "je voudrais parler à une vraie personne",
    "mettez-moi en relation avec un humain",
    "quiero hablar con una persona",
    "pásame con un supervisor por favor",
    "necesito hablar con alguien de atención al cliente",
    "me comunica con un agente humano?",
    "quiero hablar con el encargado",
    "ich möchte mit einem Menschen sprechen",
    "verbinden Sie mich bitte mit einem Mitarbeiter",
    "kann ich mit jemandem reden, der sich auskennt?",
    "ich will sofort Ihren Vorgesetzten sprechen",
    "gibt es einen echten Berater?",
    # fresh22 F14: said beside a photo complaint
    "Je voudrais un vrai interlocuteur : le pantalon est violet alors que j'ai commandé du noir",
    "est-ce que je peux parler à un interlocuteur ?",
    "el top me llegó rojo y lo pedí azul, prefiero que me atienda alguien del equipo",
    "¿me atiende una persona, por favor?",
    "Die Hose ist grau statt schwarz gekommen, ich möchte einen Kundenberater sprechen",
    "kann ich bitte jemanden sprechen?",
]

DOES_NOT_ASK = [
    "someone stole my parcel from the porch",
    "it's a gift for someone, can you wrap it?",
    "I don't want to talk to a human, just cancel it",
    "no need to speak to anyone, the refund is fine",
    "the delivery person left it at the wrong door",
    "is this jacket good for a manager's office look?",
    "je n'ai parlé à personne, le colis n'est jamais arrivé",
    "personne ne m'a répondu pour ma commande #W1234567",
    "pas besoin de parler à un conseiller, annulez-la",
    "hablé con alguien del correo y me dijo que ya lo entregaron",
    "es un regalo para una persona especial",
    "no hace falta hablar con nadie, solo cancélalo",
    "meinem Chef gefällt die Jacke, habt ihr sie in Blau?",
    "ich muss nicht mit einem Mitarbeiter sprechen, storniere einfach",
    "der Paketbote hat mit jemandem im Haus gesprochen",
    "ich kann einen Satz Deutsch sprechen",
    "la persona que me atendió en la tienda fue muy amable",
    "mon interlocuteur chez le transporteur m'a dit que le colis était livré",
]


@pytest.mark.parametrize("text", ASKS)
def test_asking_for_a_person_is_read(text: str) -> None:
    assert asks_for_a_person(text)


@pytest.mark.parametrize("text", DOES_NOT_ASK)
def test_people_named_for_other_reasons_are_not_a_request_for_one(text: str) -> None:
    assert not asks_for_a_person(text)


def test_a_misread_turn_asking_for_a_person_is_a_handover_and_other_readings_stay() -> None:
    misread = TurnIntent(intent=Intent.GREET, confidence=0.97, slots=TurnSlots(order_ids=["#D9000004"]))
    read = person_reading("my order #D9000004 is late, I want to speak to someone", misread)
    assert (read.intent, read.confidence, read.slots.order_ids) == (Intent.HUMAN_AGENT, 1.0, ["#D9000004"])
    kept = person_reading("someone stole my parcel", misread)
    assert kept == misread
