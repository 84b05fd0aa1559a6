"""Which order write the words ask for: a replacement beats a cancel word, address words said of an order change
its shipping address, a plain cancellation still cancels (assistant/grounding/requested_action.py)."""

from __future__ import annotations

import pytest

from assistant.grounding.requested_action import (
    cancel_is_a_change,
    colours_on_a_noun,
    names_item_definitely,
    names_new_value,
    read_action,
    says_delivery,
    says_order_address,
)


@pytest.mark.parametrize("text", [
    "cancel the M and send me the L instead",
    "cancel the red helmet and get me the blue one",
    "storniert die rote Jacke und schickt mir die blaue",
    "Bitte die Jacke in M stornieren und dafür die L schicken",
    "annulez la veste bleue et envoyez-moi la rouge à la place",
    "cancela la chaqueta azul y mándame la amarilla en su lugar",
    "anula la camiseta negra y mándame la roja",
])
def test_a_cancel_word_inside_a_request_for_another_variant_is_no_cancel(text: str) -> None:
    assert read_action(text).action == "change_items"
    assert cancel_is_a_change(text)


@pytest.mark.parametrize("text", [
    "quiero la chaqueta de mi pedido una talla más grande",
    "Das T-Shirt in meiner Bestellung bitte eine Nummer kleiner",
    "les chaussures de randonnée de ma commande, une pointure en dessous",
    "la chaqueta de mi pedido, mejor en rojo",
    "Die Action-Kamera in meiner Bestellung bitte in Silber",
    "Ich hätte das T-Shirt gern in Weiß",
    "la mochila de mi pedido la prefiero en azul marino",
    "¿podrían cambiarme las botas por unas del 10?",
    "je voudrais la veste en taille L plutôt qu'en M",
    "I want the white headphones instead of the red ones",
])
def test_item_changes_in_four_languages_name_a_new_variant(text: str) -> None:
    assert read_action(text).action == "change_items"


@pytest.mark.parametrize("text", [
    "Meine Bestellung soll an eine andere Adresse gehen",
    "necesito cambiar la dirección de mi pedido",
    "je dois modifier l'adresse de ma commande en attente",
    "Die Lieferadresse meiner offenen Bestellung stimmt nicht mehr",
    "mi pedido tiene que ir a otra dirección",
])
def test_address_words_said_of_an_order_change_its_shipping_address(text: str) -> None:
    assert read_action(text).action == "change_address"


@pytest.mark.parametrize("text", [
    "please cancel my pending order, I don't need it anymore",
    "cancel the order and send me a refund",
    "annulez ma commande en attente, je l'ai commandée par erreur",
    "cancelen mi pedido, por favor, lo pedí por error",
    "ya no quiero el pedido, cancélenlo",
    "Bitte storniert meine ganze Bestellung, ich brauche die Sachen nicht mehr",
    "cancel the black speaker",
])
def test_a_plain_cancellation_still_cancels(text: str) -> None:
    assert read_action(text).action == "cancel_order"
    assert not cancel_is_a_change(text)


@pytest.mark.parametrize("text", ["changer l'adresse de livraison", "send the order to 12 Pine Road, Austin, TX"])
def test_no_option_value_in_an_apostrophe_or_a_house_number(text: str) -> None:
    assert read_action(text).action != "change_items"


def test_a_bare_letter_is_no_size_but_a_size_code_is() -> None:
    assert not names_new_value("l'adresse de livraison")
    assert names_new_value("send the L")


@pytest.mark.parametrize(("text", "delivers"), [
    ("Bitte an 7 Lake Road, Austin, TX 78701 liefern", True),
    ("livrez plutôt au 8 Market Street, Denver, CO 80202", True),
    ("entréguenlo en 15 Ocean Avenue, Miami, FL 33139", True),
    ("please deliver to 40 Bay Street, Tampa, FL 33602", True),
    ("my new address is 40 Bay Street, Tampa, FL 33602", False),
])
def test_a_delivery_verb_sends_something_somewhere(text: str, delivers: bool) -> None:
    assert says_delivery(text) is delivers


@pytest.mark.parametrize("text", [
    "je prefere la veste en jaune plutot qu'en bleu",          # no accents
    "est ce que je peux avoir ma veste en rouge a la place ?",
    "quisiera la chaqueta en talla L",
    "kann ich das tshirt in rot haben?",
    "not the blue one, i want the jacket in red",
    "las botas de montaña en talla 12 por favor, no en la 9",
    "die blaue Jacke stornieren und in rot nehmen",            # a cancel word, the same item in another colour
])
def test_first_messages_asking_for_another_variant_in_casual_words(text: str) -> None:
    assert read_action(text).action == "change_items"


@pytest.mark.parametrize(("text", "definite"), [
    ("quisiera la chaqueta en talla L", True),
    ("kann ich das tshirt in rot haben?", True),
    ("the bike helmet i ordered", True),
    ("l'enceinte en bleu", True),
    ("I want a jacket in red", False),
    ("une veste rouge pour l'hiver", False),
])
def test_a_product_kind_with_a_definite_article_is_a_thing_in_mind(text: str, definite: bool) -> None:
    assert names_item_definitely(text) is definite


def test_accents_are_optional_only_in_the_wish_tables_never_in_a_yes() -> None:
    from assistant.grounding.lexicon import lexicon

    assert lexicon().patterns["variant_wishes"].search("plutot")
    assert lexicon().patterns["own_words"].search("la veste que j'ai commande")
    # the cancel words keep their accents: "cancélenlo" is listed, "cancelenlo" is not read as it
    assert lexicon().patterns["cancel_words"].search("cancélenlo")
    assert not lexicon().patterns["cancel_words"].search("cancelenlo")


@pytest.mark.parametrize(("text", "colours"), [
    ("the red bike helmet is too big on me, can i get it in M? the white one is fine", {"red"}),
    ("los cascos de musica azules los quiero negros", {"blue"}),
    ("die schwarzen in-ear kopfhörer sind nicht wasserfest", {"black"}),
])
def test_the_colour_said_of_the_product_kind(text: str, colours: set[str]) -> None:
    assert colours_on_a_noun(text) == colours


@pytest.mark.parametrize("text", [
    "je cherche une veste coupe-vent pour femme, moins de 70€, taille M, mais pas en orange",  # a colour left out
    "a jacket under 70 dollars in M, not orange",
])
def test_a_search_that_leaves_a_colour_out_is_no_replacement(text: str) -> None:
    assert read_action(text).action is None


@pytest.mark.parametrize("text", [
    "las botas de montaña en talla 12 por favor, no en la 9",
    "I'd prefer the running shoes in black, not yellow",
])
def test_two_values_of_one_option_in_contrast_ask_for_the_change(text: str) -> None:
    assert read_action(text).action == "change_items"


# Round 16: "changer l'adresse de livraison svp" was taken for the account's saved address, "lieferadresse andern"
# for nothing at all: the address an order ships to, said by its name, accents optional.
@pytest.mark.parametrize(("text", "order_address"), [
    ("changer l'adresse de livraison svp", True),
    ("cambiar la direccion de envio del pedido", True),
    ("lieferadresse andern", True),
    ("change delivery address for my order pls", True),
    ("change my default address", False),
    ("cambiar la dirección de mi cuenta", False),
])
def test_an_orders_address_said_by_its_name(text: str, order_address: bool) -> None:
    assert says_order_address(text) is order_address
