"""Cases for the class "a follow-up that names only an option or a relative choice stays on the item in focus"
(refused28), in four languages. Writes evals/suites/refused-option-28.yaml.

- `refused-colour` / `refused-size`: a delivered order gets its one return or exchange in the conversation; a
  second exchange of one of its items is refused ("already has … under way"); the customer then tries another
  option alone ("and in blue then?", "a medium then?"): the reply stays on that order and says it cannot start
  another one (never "which product do you mean", never a product search), nothing more written.
- `larger-of-two`: an order holding the same product twice; "one of the two" asked about, then "the bigger/longer
  of the two": that one is proposed and returned.
- `keep-one`: "I keep the X, the rest goes back": every other item of that order returned.
- `only-exchange`: two items of an order proposed for an exchange, "only the X" before the yes: that exchange alone.
- `same-no-focus`: "the same but in black" with no order or item in focus: asked which order/item, nothing written.
- `shop-search` (near miss): after a refusal, a real new shopping request (a product kind named) still searches.

Ids are checked against data/tau-retail below. Run: python -m evals.generators.refused_option_28"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import reply_turn as turn
from evals.generators.case_builders import suite_case
from evals.generators.checked_calls import exchange_call, return_call
from evals.generators.tau_data import ORDERS, ROOT, USERS, write_suite

OUT = ROOT / "evals" / "suites" / "refused-option-28.yaml"
SUITE = "refused-option-28"

# The refusal's reason, said again or said as "as I said" (the repeated refusal), in the four languages.
ALREADY = ["already", "as i said", "déjà", "comme je l'ai dit", "ya tiene", "como le dije", "bereits", "wie gesagt"]
NOT_NAMED = ["which product", "quel produit", "produit dont vous parlez", "qué producto", "welches Produkt"]
BLACK = ["black", "noir", "noire", "negro", "negra", "schwarz"]
BLUE = ["blue", "bleu", "azul", "blau"]
LARGE = ["large", "grand", "grande", "groß", "gross"]
ORDER_WORDS = ["which order", "quelle commande", "qué pedido", "cuál pedido", "welche Bestellung", "which item",
               "quel article", "qué artículo", "welchen Artikel", "#W"]


def _order(customer: str, order_id: str) -> str:
    if order_id not in USERS[customer]["orders"] or ORDERS[order_id]["status"] != "delivered":
        raise ValueError(f"{order_id} is not a delivered order of {customer}")
    return order_id


def returned(customer: str, order_id: str, *item_ids: str) -> dict[str, Any]:
    return return_call(_order(customer, order_id), *item_ids)


def exchanged(customer: str, order_id: str, old: str, new: str) -> dict[str, Any]:
    return exchange_call(_order(customer, order_id), old, new)


def case(case_id: str, description: str, customer: str, turns: list[dict[str, Any]],
         calls: list[dict[str, Any]]) -> dict[str, Any]:
    kind = case_id.split("-", 1)[1]
    return suite_case(SUITE, case_id, kind, description, customer, turns, calls)


def refused_follow_up(order_id: str, text: str) -> dict[str, Any]:
    """The option said alone after the refusal: the same order's refusal, never 'which product'."""
    return turn(text, [[order_id, *ALREADY]], NOT_NAMED)


def english() -> list[dict[str, Any]]:
    return [
        case("en-refused-colour", "lei_khan_6353 W2787996 (a red XXL tee): exchanged for the black XXL; a purple one "
             "refused (an exchange under way); 'what about green then' stays on that order", "lei_khan_6353",
             [turn("hi, can i swap the red t-shirt from W2787996 for a black one, same size?"),
              turn("yes, use the gift card"),
              turn("hmm on second thought could it be purple instead?", [["#W2787996"]]),
              refused_follow_up("#W2787996", "ok what about the blue one then")],
             [exchanged("lei_khan_6353", "#W2787996", "9354168549", "3799046073")]),
        case("en-refused-size", "harper_moore_7767 W1926021 (black L fleece, white L helmet): the helmet returned; "
             "exchanging the fleece refused; 'a medium then?' stays on that order", "harper_moore_7767",
             [turn("I'd like to return the cycling helmet from order W1926021"), turn("yes"),
              turn("and could you exchange the fleece jacket in that order for a red one?", [["#W1926021"]]),
              refused_follow_up("#W1926021", "fine, a medium then?")],
             [returned("harper_moore_7767", "#W1926021", "6697922351")]),
        case("en-larger-of-two", "mohamed_lee_5442 W7913362 holds a grey medium and a grey large Backpack: 'the "
             "bigger of the two' is the large one", "mohamed_lee_5442",
             [turn("one of the backpacks from W7913362 has to go back"),
              turn("the bigger of the two", [LARGE]), turn("yes")],
             [returned("mohamed_lee_5442", "#W7913362", "6309044598")]),
        case("en-keep-one", "sofia_ito_7804 W6075915 (black fleece, yoga mat, skateboard): the fleece kept, the "
             "mat and the skateboard returned", "sofia_ito_7804",
             [turn("about W6075915: the fleece jacket stays with me, everything else in it I'm sending back"),
              turn("yes")],
             [returned("sofia_ito_7804", "#W6075915", "7510236436", "3232433601")]),
        case("en-same-no-focus", "aarav_anderson_8794 (three delivered orders), nothing discussed yet: 'the same "
             "but in black' asks which order/item, writes nothing", "aarav_anderson_8794",
             [turn("hello"), turn("can I get the same thing but in black?", [ORDER_WORDS], NOT_NAMED)], []),
        case("en-shop-search", "near miss: lei_khan_6353 after a refused second exchange asks for a hoodie the shop "
             "sells: a search, no order write beyond the first", "lei_khan_6353",
             [turn("hi, can i swap the red t-shirt from W2787996 for a black one, same size?"),
              turn("yes, use the gift card"),
              turn("could it be purple instead?", [["#W2787996"]]),
              turn("ok forget it. do you sell men's hoodies in black?", [["hoodie", "Hoodie", "sweatshirt"]],
                   ["#W2787996"])],
             [exchanged("lei_khan_6353", "#W2787996", "9354168549", "3799046073")]),
    ]


def french() -> list[dict[str, Any]]:
    return [
        case("fr-refused-colour", "harper_moore_7767 W1926021: le casque retourné; l'échange de la polaire refusé; "
             "'sinon je prendrais la rouge' reste sur cette commande", "harper_moore_7767",
             [turn("Bonjour, je voudrais retourner le casque de vélo de la commande W1926021"), turn("oui"),
              turn("Et la polaire de cette commande, je peux l'échanger contre une taille XL ?", [["#W1926021"]]),
              refused_follow_up("#W1926021", "sinon je prendrais la rouge")],
             [returned("harper_moore_7767", "#W1926021", "6697922351")]),
        case("fr-refused-size", "lei_khan_6353 W2787996: le t-shirt échangé contre le noir XXL; le violet refusé; "
             "'en L alors ?' reste sur cette commande", "lei_khan_6353",
             [turn("je voudrais échanger le t-shirt rouge de la commande W2787996 contre un noir de la même taille"),
              turn("oui, avec la carte cadeau"), turn("finalement je le préférerais en violet", [["#W2787996"]]),
              refused_follow_up("#W2787996", "bon, en L alors ?")],
             [exchanged("lei_khan_6353", "#W2787996", "9354168549", "3799046073")]),
        case("fr-larger-of-two", "yusuf_johnson_8087 W6735441 (casque rouge M, casque bleu L): 'le plus grand des "
             "deux' est le L bleu", "yusuf_johnson_8087",
             [turn("je veux renvoyer un des casques de vélo de ma commande W6735441"),
              turn("le plus grand des deux", [BLUE]), turn("oui")],
             [returned("yusuf_johnson_8087", "#W6735441", "7907773809")]),
        case("fr-keep-one", "chen_lopez_3345 W9360566 (puzzle, casque, sac à dos): le sac gardé, le reste retourné",
             "chen_lopez_3345",
             [turn("Pour la commande W9360566, je garde le sac à dos et je vous renvoie tout le reste"), turn("oui")],
             [returned("chen_lopez_3345", "#W9360566", "9237024510", "3339188619")]),
        case("fr-same-no-focus", "aarav_anderson_8794, rien en discussion: 'la même chose mais en noir' demande "
             "quelle commande/article, rien d'écrit", "aarav_anderson_8794",
             [turn("bonjour"), turn("je voudrais la même chose mais en noir", [ORDER_WORDS], NOT_NAMED)], []),
        case("fr-shop-search", "quasi: après un refus, une vraie recherche (des sweats à capuche) cherche toujours",
             "harper_moore_7767",
             [turn("Bonjour, je voudrais retourner le casque de vélo de la commande W1926021"), turn("oui"),
              turn("et échanger la polaire contre une rouge ?", [["#W1926021"]]),
              turn("tant pis. vous avez des sweats à capuche pour homme en noir ?",
                   [["hoodie", "Hoodie", "sweat", "Sweat"]], ["#W1926021"])],
             [returned("harper_moore_7767", "#W1926021", "6697922351")]),
    ]


def spanish() -> list[dict[str, Any]]:
    return [
        case("es-refused-colour", "yusuf_garcia_5427 W5763385 (casco negro S): cambiado por el blanco; el rojo "
             "rechazado; '¿y si es en azul?' se queda en ese pedido", "yusuf_garcia_5427",
             [turn("hola, quiero cambiar el casco de ciclismo del pedido W5763385 por uno blanco"), turn("sí"),
              turn("perdona, mejor lo quiero en rojo", [["#W5763385"]]),
              refused_follow_up("#W5763385", "¿y si es en azul?")],
             [exchanged("yusuf_garcia_5427", "#W5763385", "5537798301", "7811981098")]),
        case("es-refused-size", "harper_moore_7767 W1926021: el casco devuelto; el cambio del forro polar "
             "rechazado; 'vale, ¿y en talla M?' se queda en ese pedido", "harper_moore_7767",
             [turn("Quiero devolver el casco de ciclismo del pedido W1926021"), turn("sí"),
              turn("¿y me cambiáis el forro polar de ese pedido por uno rojo?", [["#W1926021"]]),
              refused_follow_up("#W1926021", "vale, ¿y en talla M?")],
             [returned("harper_moore_7767", "#W1926021", "6697922351")]),
        case("es-larger-of-two", "sofia_li_3261 W6874763 (forro polar XL azul marino, L negro): 'el más pequeño de "
             "los dos' es el L negro", "sofia_li_3261",
             [turn("quiero devolver uno de los dos forros polares del pedido W6874763"),
              turn("el más pequeño de los dos", [BLACK]), turn("sí")],
             [returned("sofia_li_3261", "#W6874763", "9385662952")]),
        case("es-keep-one", "james_wilson_1842 W7826235 (dos estanterías, camiseta): me quedo la camiseta, "
             "devuelvo lo demás", "james_wilson_1842",
             [turn("Del pedido W7826235 me quedo la camiseta, devuelvo lo demás"), turn("sí")],
             [returned("james_wilson_1842", "#W7826235", "8895454203", "2989722512")]),
        case("es-same-no-focus", "aarav_anderson_8794, nada en curso: 'lo mismo pero en negro' pregunta qué "
             "pedido/artículo, nada escrito", "aarav_anderson_8794",
             [turn("buenas"), turn("quiero lo mismo pero en negro", [ORDER_WORDS], NOT_NAMED)], []),
        case("es-shop-search", "casi: tras un rechazo, una búsqueda real (sudaderas con capucha) sigue buscando",
             "yusuf_garcia_5427",
             [turn("hola, quiero cambiar el casco de ciclismo del pedido W5763385 por uno blanco"), turn("sí"),
              turn("mejor lo quiero en rojo", [["#W5763385"]]),
              turn("bueno, da igual. ¿tenéis sudaderas con capucha de hombre en negro?",
                   [["hoodie", "Hoodie", "sudadera", "Sudadera"]], ["#W5763385"])],
             [exchanged("yusuf_garcia_5427", "#W5763385", "5537798301", "7811981098")]),
    ]


def german() -> list[dict[str, Any]]:
    return [
        case("de-refused-colour", "anya_silva_8688 W2570197 (Puzzle, Hanteln, Fleecejacke XS marine): das Puzzle "
             "zurück; Umtausch der Fleecejacke abgelehnt; 'und in Schwarz vielleicht?' bleibt bei der Bestellung",
             "anya_silva_8688",
             [turn("Ich möchte das Puzzle aus der Bestellung W2570197 zurückgeben"), turn("ja"),
              turn("Können Sie die Fleecejacke aus dieser Bestellung noch gegen eine rote umtauschen?",
                   [["#W2570197"]]),
              refused_follow_up("#W2570197", "und in Schwarz vielleicht?")],
             [returned("anya_silva_8688", "#W2570197", "9779102705")]),
        case("de-refused-size", "lei_khan_6353 W2787996: das T-Shirt gegen das schwarze XXL getauscht; lila "
             "abgelehnt; 'dann eben in Größe L?' bleibt bei der Bestellung", "lei_khan_6353",
             [turn("Ich würde gern das rote T-Shirt aus W2787996 gegen ein schwarzes in derselben Größe tauschen"),
              turn("ja, mit der Geschenkkarte"), turn("ach, lieber doch in Lila", [["#W2787996"]]),
              refused_follow_up("#W2787996", "dann eben in Größe L?")],
             [exchanged("lei_khan_6353", "#W2787996", "9354168549", "3799046073")]),
        case("de-larger-of-two", "mei_ahmed_4909 W7553978 (Skateboard 28 und 34 Zoll): 'das längere von beiden' ist "
             "das 34-Zoll-Board", "mei_ahmed_4909",
             [turn("Ich möchte eines der beiden Skateboards aus W7553978 zurückschicken"),
              turn("das längere von beiden", [["34"]]), turn("ja")],
             [returned("mei_ahmed_4909", "#W7553978", "3098764622")]),
        case("de-keep-one", "juan_brown_8562 W4960069 (Bürostuhl, Puzzle, Kaffeemaschine): den Stuhl behalten, "
             "der Rest geht zurück", "juan_brown_8562",
             [turn("Bei der Bestellung W4960069 behalte ich den Bürostuhl, der Rest geht zurück"), turn("ja")],
             [returned("juan_brown_8562", "#W4960069", "3614853563", "5952720925")]),
        case("de-same-no-focus", "aarav_anderson_8794, nichts im Gespräch: 'dasselbe nochmal in Schwarz' fragt nach "
             "Bestellung/Artikel, nichts geschrieben", "aarav_anderson_8794",
             [turn("hallo"), turn("ich hätte gern dasselbe nochmal in Schwarz", [ORDER_WORDS], NOT_NAMED)], []),
        case("de-shop-search", "fast: nach einer Ablehnung sucht eine echte Produktfrage (Kapuzenpullover) weiter",
             "anya_silva_8688",
             [turn("Ich möchte das Puzzle aus der Bestellung W2570197 zurückgeben"), turn("ja"),
              turn("und die Fleecejacke gegen eine rote umtauschen?", [["#W2570197"]]),
              turn("schade. Haben Sie Kapuzenpullover für Herren in Schwarz?",
                   [["hoodie", "Hoodie", "Kapuzen", "Sweatshirt"]], ["#W2570197"])],
             [returned("anya_silva_8688", "#W2570197", "9779102705")]),
    ]


def main() -> None:
    cases = english() + french() + spanish() + german()
    suite = {"suite": SUITE,
             "description": "A follow-up naming only an option or a relative choice stays on the item in focus: after "
                            "a refused exchange the option alone gets that order's refusal again (never 'which "
                            "product'), 'the bigger of the two' / 'keep X, return the rest' pick the right items, "
                            "'the same but in black' without focus asks; a real shopping request still searches.",
             "tags": [SUITE], "customer": None, "cases": cases}
    write_suite(OUT, suite)


if __name__ == "__main__":
    main()
