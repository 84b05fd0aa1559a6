"""A yes hung on a condition is no yes yet, in four languages (`steps/yes_taken_back`, words in
`prompts/consent/<language>.yaml` `conditions`): "oui si c'est gratuit", "ja, wenn's nix extra kostet"; the Spanish
unaccented yes ("si, hazlo") and French politeness ("oui, s'il vous plaît") are no condition."""

from __future__ import annotations

import pytest

from assistant.steps.yes_taken_back import yes_taken_back

CANCEL = "cancel_pending_order"
RETURN = "return_delivered_order_items"

CONDITIONAL = [
    # en
    "yes if it's free", "yes, as long as the refund is full", "ok only if nothing is charged",
    "yes provided it goes to my visa",
    # fr
    "oui si c'est gratuit", "oui si ça ne coûte rien", "oui, si il n'y a pas de frais", "d'accord s'il est remboursé",
    "oui si elle n'est pas encore partie", "oui si y a pas de frais", "oui, si le prix ne change pas",
    "oui à condition que ce soit gratuit", "oui tant que c'est remboursé", "oui pourvu que ce soit rapide",
    "oui si ce n'est pas trop cher", "d'accord, s'ils remboursent tout",
    # es
    "sí, si es gratis", "sí, si no cuesta más", "vale si sale gratis", "sí si me cobran lo mismo",
    "sí, si hay reembolso completo", "sí si el precio es igual", "sí, siempre que no me cobren nada",
    "sí, siempre y cuando sea gratis", "sí, con tal de que me devuelvan todo", "sí, mientras no cueste nada",
    "vale, si cuesta lo mismo",
    # de
    "ja, wenn's nix extra kostet", "ja wenn es nichts kostet", "ja, falls es kostenlos ist",
    "ja, solange es nichts kostet", "ja, sofern es gratis ist", "okay wenns nix kostet",
]
PLAIN = [
    "yes", "yes please", "yes, cancel it", "oui", "oui, s'il vous plaît", "oui s'il te plaît", "oui, allez-y",
    "si, hazlo", "si", "sí, por favor", "sí, dale", "ja", "ja bitte", "ja, mach ruhig", "okay, go ahead",
]


@pytest.mark.parametrize("text", CONDITIONAL)
@pytest.mark.parametrize("tool", [CANCEL, RETURN])
def test_a_yes_on_a_condition_is_no_yes(text: str, tool: str) -> None:
    assert yes_taken_back(text, tool)


@pytest.mark.parametrize("text", PLAIN)
def test_a_plain_yes_sets_no_condition(text: str) -> None:
    assert not yes_taken_back(text, CANCEL)


NOT_WANTED = ["yes I don't want that", "yes i dont want this", "ok, do not want that", "oui, je ne veux pas ça",
              "oui je veux pas cela", "sí, no quiero eso", "vale, no quiero esto", "ja, das will ich nicht",
              "ja, möchte ich das nicht", "ja moechte das nicht", "ja, dies will ich nicht"]


@pytest.mark.parametrize("text", NOT_WANTED)
def test_a_yes_refusing_the_proposal_itself_is_no_yes(text: str) -> None:
    assert yes_taken_back(text, CANCEL)


@pytest.mark.parametrize("text", ["yes, I don't need it anymore", "sí, ya no lo necesito",
                                  "oui, je n'en ai plus besoin", "ja bitte, ich brauche sie nicht mehr",
                                  "yes, I want that"])
def test_a_yes_with_a_reason_is_still_a_yes(text: str) -> None:
    assert not yes_taken_back(text, CANCEL)
