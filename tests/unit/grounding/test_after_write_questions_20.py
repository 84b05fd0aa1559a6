"""Questions asked right after a write (after-write-questions-20): the shop rule they ask, or whether the write is
done, read in the four languages; "how do I send it back?" is a question only right after a return or exchange."""

import pytest

from assistant.grounding.policy_questions import policy_question
from assistant.grounding.written_questions import asks_if_written


@pytest.mark.parametrize(("text", "topic"), [
    ("who pays for return shipping?", "return_shipping"),
    ("qui paie les frais de retour ?", "return_shipping"),
    ("¿quién paga el envío de la devolución?", "return_shipping"),
    ("wer zahlt den Rückversand?", "return_shipping"),
    ("can I send back a shirt I already wore?", "worn_items"),
    ("on peut retourner un vêtement déjà porté ?", "worn_items"),
    ("when will I get my money back?", "refund_time"),
    ("je serai remboursée quand ?", "refund_time"),
    ("¿cuándo me devuelven el dinero?", "refund_time"),
    ("wann bekomme ich mein Geld zurück?", "refund_time"),
    ("Geht das Geld auf meine Geschenkkarte zurueck?", "refund_destination"),
])
def test_policy_topics(text: str, topic: str) -> None:
    assert policy_question(text) == topic


@pytest.mark.parametrize("text", ["and how do i send the old ones back?", "je dois renvoyer l'ancien comment ?",
                                  "¿y cómo devuelvo el viejo?", "wie schicke ich die alte Hose zurück?"])
def test_send_back_only_after_a_return(text: str) -> None:
    assert policy_question(text) is None
    assert policy_question(text, after_a_return=True) == "send_back"


@pytest.mark.parametrize(("text", "asks"), [
    ("so is it done?", True), ("is the new address saved now?", True), ("donc c'est fait ?", True),
    ("y la direccion nueva la cambiaste?", True), ("ist das jetzt erledigt?", True),
    ("change the address to 5 Elm St", False), ("cancel it", False), ("¿cuánto cuesta?", False),
])
def test_asks_if_written(text: str, asks: bool) -> None:
    assert asks_if_written(text) is asks
