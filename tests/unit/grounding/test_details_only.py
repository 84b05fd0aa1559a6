"""Order numbers, emails and zip codes with only the words naming them ask for no write (attack10, F1)."""

from __future__ import annotations

import pytest

from assistant.grounding.details_only import details_language, details_only_reading, gives_details_only
from assistant.models.contracts import Intent, TurnIntent, TurnSlots

DETAILS_ONLY = [
    ("commande #D9000002 code postal 94107", "fr"),
    ("numéro de commande #D9000004, code postal 75001", "fr"),
    ("ma commande #W7756209, mon email yusuf.ahmed5476@example.com", "fr"),
    ("pedido #D9000004 CP 28001", "es"),
    ("mi correo es raj.sanchez2046@example.com y mi pedido #W4566809", "es"),
    ("Bestellung #D9000004 Postleitzahl 10115", "de"),
    ("meine Bestellung #D9000002, PLZ 94107, E-Mail mia.novak@example.com", "de"),
    ("order #D9000002 zip 12345", "en"),
    ("my order #D9000002, my zip code is 94107", "en"),
]
REQUESTS = ["cancel #D9000002", "annulez la commande #D9000002", "cancela el pedido #D9000002 CP 28001",
            "Bestellung #D9000002 stornieren", "where is order #D9000002?", "statut #W1234567", "no, #W1234567",
            "change the address of #D9000002 to 12 Oak Lane 94107"]


@pytest.mark.parametrize(("text", "language"), DETAILS_ONLY)
def test_details_alone_are_read_as_details_in_their_language(text: str, language: str) -> None:
    assert gives_details_only(text)
    assert details_language(text) == language


@pytest.mark.parametrize("text", REQUESTS)
def test_a_request_word_is_more_than_details(text: str) -> None:
    assert not gives_details_only(text)


def _read(intent: Intent, text: str, in_progress: bool) -> Intent:
    decided = TurnIntent(intent=intent, confidence=0.5, slots=TurnSlots(order_ids=["#D9000002"]))
    return details_only_reading(text, decided, in_progress=in_progress).intent


@pytest.mark.parametrize("misread", [Intent.CANCEL_ORDER, Intent.MODIFY_ORDER, Intent.OUT_OF_SCOPE,
                                     Intent.PROVIDE_DETAILS])
def test_an_order_number_alone_asks_its_status_never_a_write(misread: Intent) -> None:
    assert _read(misread, "pedido #D9000002 código postal 94107", in_progress=False) is Intent.ORDER_STATUS


def test_details_answer_what_is_in_progress() -> None:
    assert _read(Intent.CANCEL_ORDER, "commande #D9000002 code postal 94107", in_progress=True) is (
        Intent.PROVIDE_DETAILS)


def test_a_yes_or_a_request_is_kept() -> None:
    assert _read(Intent.CANCEL_ORDER, "cancel #D9000002", in_progress=False) is Intent.CANCEL_ORDER
    assert _read(Intent.AFFIRM, "ok #D9000002", in_progress=True) is Intent.AFFIRM
