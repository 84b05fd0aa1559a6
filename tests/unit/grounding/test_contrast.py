"""Words that rule something out by contrast are never read as the request, a change word stands in for them
(`assistant/grounding/contrast.py`): "instead of cancelling, switch the payment" (attack15 F6), "statt paypal lieber
mit der Karte" (fresh15 F5); an option value ruled out ("M not XL", fresh15 F2) is left to the swap's grounding,
which reads the value wanted against the item's own."""

import pytest

from assistant.grounding.contrast import without_ruled_out


@pytest.mark.parametrize(("text", "read"), [
    ("instead of cancelling #W6779827, switch the payment to my paypal",
     "instead #W6779827, switch the payment to my paypal"),
    ("plutôt que d'annuler la commande #W1234567, je préfère changer son paiement pour mon paypal",
     "à la place #W1234567, je préfère changer son paiement pour mon paypal"),
    ("en lugar de cancelar el pedido #W1234567, mejor cámbiale el pago a mi paypal",
     "en su lugar #W1234567, mejor cámbiale el pago a mi paypal"),
    ("statt #W1234567 zu stornieren, stellt bitte die Zahlung auf mein PayPal um",
     "stattdessen #W1234567, stellt bitte die Zahlung auf mein PayPal um"),
    ("bei W2230795 moechte ich statt paypal lieber mit der karte endend auf 9928 zahlen",
     "bei W2230795 moechte ich stattdessen lieber mit der karte endend auf 9928 zahlen"),
    ("en el pedido #W1068289, en vez de la tarjeta regalo quiero pagar con paypal",
     "en el pedido #W1068289, en su lugar quiero pagar con paypal"),
    ("can you just cancel it instead of changing the address?", "can you just cancel it instead?"),
    ("actually could it go on my gift card instead of the visa?", "actually could it go on my gift card instead?"),
])
def test_what_a_marker_rules_out_is_left_out(text: str, read: str) -> None:
    assert without_ruled_out(text) == read


@pytest.mark.parametrize("text", ["pls make sure its M not XL this time", "I want it red, not blue",
                                  "die trinkflasche bitte in blau statt rot, aufpreis über die karte",
                                  "size M instead of the L", "la quiero en S en vez de XL",
                                  # another option's value or a measure (pending-item-change-28)
                                  "das Puzzle bitte mit Blumen-Motiv statt Landschaft",
                                  "le puzzle avec des animaux au lieu du paysage",
                                  "le parfum en 50 ml au lieu du 30 ml", "la tetera en vez de 2 litros"])
def test_an_option_value_ruled_out_is_kept_for_the_swaps_grounding(text: str) -> None:
    assert without_ruled_out(text) == text


@pytest.mark.parametrize("text", ["yes I do not want to cancel", "I'm not sure", "no, S", "no thanks",
                                  "switch it to the red one instead", "ne l'annulez pas"])
def test_words_without_a_contrast_are_read_as_they_are(text: str) -> None:
    assert without_ruled_out(text) == text


@pytest.mark.parametrize(("text", "read"), [
    ("cancel the blue earbuds and instead of that send me the black ones",
     "cancel the blue earbuds and instead send me the black ones"),
    ("annulez le sac gris et au lieu de ça envoyez-moi le noir",
     "annulez le sac gris et à la place envoyez-moi le noir"),
    ("cancela el cepillo negro y en lugar de eso envíame el blanco",
     "cancela el cepillo negro y en su lugar envíame el blanco"),
    ("storniert die graue tasche und statt dessen schickt mir die schwarze",
     "storniert die graue tasche und stattdessen schickt mir die schwarze"),
])
def test_a_pronoun_after_the_marker_rules_out_only_itself(text: str, read: str) -> None:
    """"Instead of that" points back at what was said; the words after it are the request (dialogue-classes-13)."""
    assert without_ruled_out(text) == read
