"""Cases for the class "a yes to an open proposal that also asks for something more" (issue 17; fresh17 F2, F3 and
their leftovers), in four languages. Writes evals/suites/yes-with-extra-18.yaml.

Nothing may be written that the customer did not agree to, and nothing they asked may be dropped in silence:

- `address-full`: a swap of a pending order's item proposed; "yes but ship it to <a whole address>": proposed
  again naming both the new address and the item change; the yes writes the address, then the items (an item
  change closes a pending order to any later change, so the address goes first).
- `address-street`: the yes names a street alone ("oui mais livrez-le au 12 rue de la Paix"): the city, state and
  zip asked for, nothing written; the whole address then, and a yes, writes both.
- `address-vague`: "yes please, and ship it to my work": no address to write, it is asked for; nothing written.
- `address-exchange`: a delivered order's exchange; "yes but send it to <address>": said plainly that the
  replacement goes to the order's own address (its street named), nothing written; the plain yes writes the
  exchange.
- `other-none`: "yes, and the other item too" / "yes, both" to a one-item order's swap or return: said the order has
  no other item, nothing written; the plain yes writes the proposal.
- `other-exists`: "yes, and the other item too" to a swap of one of several items: the other items named, nothing
  written; the plain yes writes the swap.
- `yes-colon`: ":yes" is a yes (punctuation around a lone yes); "yes:no" is none (nothing written).
- `yes-that-one`: "yes that one", "oui, celui-là", "sí, ese", "ja, die da" to a list of the one variant that keeps
  the option said to stay (the `kept-chooses` conversations of kept-options-17, that turn's words changed): it is
  chosen, its own yes and method write it.

Ids are looked up in data/tau-retail and the demo shop (`tools/demo_shop.py`). Run:
python -m evals.generators.yes_with_extra_18"""

from __future__ import annotations

from typing import Any

import yaml

from evals.generators.case_builders import reply_turn as _turn
from evals.generators.case_builders import suite_case
from evals.generators.tau_data import ROOT, write_suite

OUT = ROOT / "evals" / "suites" / "yes-with-extra-18.yaml"
SUITE = "yes-with-extra-18"
CLEAR_YES_NO = ["clear yes or no", "un oui ou un non clair", "un sí o un no claro", "ein klares Ja oder Nein"]
# The openings of the done lines ("noch nichts erledigt", "no he hecho nada" are none) and of a return registered
DONE = ["Done: ", "C'est fait :", "Hecho: ", "Erledigt: Ihr", " ist jetzt ", "is registered", "est enregistré",
        "está registrada", "ist registriert"]
ADDRESS_WORDS = ["address", "adresse", "dirección", "Adresse"]
NO_OTHER = ["no other item", "aucun autre article", "ningún otro artículo", "keinen anderen Artikel"]


def _case(case_id: str, kind: str, description: str, customer: str, turns: list[dict[str, Any]],
          calls: list[dict[str, Any]]) -> dict[str, Any]:
    return suite_case(SUITE, case_id, kind, description, customer, turns, calls)


def _swap(tool: str, order: str, item_id: str, new_id: str, method: str) -> dict[str, Any]:
    return {"name": tool, "arguments": {"order_id": order, "item_ids": [item_id], "new_item_ids": [new_id],
                                        "payment_method_id": method}}


def _readdress(order: str, street: str, zip_code: str) -> dict[str, Any]:
    return {"name": "modify_pending_order_address", "arguments": {"order_id": order, "address1": street,
                                                                    "zip": zip_code}}


def _return(order: str, item_id: str, method: str) -> dict[str, Any]:
    return {"name": "return_delivered_order_items", "arguments": {"order_id": order, "item_ids": [item_id],
                                                                  "payment_method_id": method}}


PENDING = "modify_pending_order_items"
EXCHANGE = "exchange_delivered_order_items"
# The swaps: (customer, order, item id, new item id, method, request turns in en/fr/es/de)
JACKET = ("demo_mia_novak", "#D9000002", "WJ01-M-Blue", "WJ01-L-Blue", "credit_card_9000001", {
    "en": ["can you change the jacket in order D9000002 to size L? keep it blue"],
    "fr": ["je voudrais la veste de la commande D9000002 en taille L, toujours en bleu"],
    "es": ["¿puedo cambiar la chaqueta del pedido D9000002 a talla L? el mismo azul"],
    "de": ["kann ich die jacke aus bestellung D9000002 in größe L haben? farbe blau bleibt"]})
HOODIE = ("demo_mia_novak", "#D9000001", "MH01-M-Black", "MH01-L-Black", "credit_card_9000001", {
    "en": ["I'd like to exchange the hoodie from D9000001 for size L, keep the black"],
    "fr": ["je voudrais échanger le sweat à capuche de la commande D9000001 contre une taille L, en noir toujours"],
    "es": ["quiero cambiar la sudadera del pedido D9000001 por una talla L, sigue en negro"],
    "de": ["ich möchte den hoodie aus D9000001 gegen größe L umtauschen, schwarz bleibt"]})
HEADPHONES = ("yara_martin_9470", "#W4538969", "3104857380", "9805150490", "credit_card_1006622", {
    "en": ["can i switch the headphones in order W4538969 to white? refund whatever to my credit card"],
    "fr": ["je peux passer le casque de la commande W4538969 en blanc ? la différence sur ma carte bancaire"],
    "es": ["¿puedo cambiar los auriculares del pedido W4538969 a blanco? la diferencia a mi tarjeta de crédito"],
    "de": ["kann ich den kopfhörer aus bestellung W4538969 in weiß haben? differenz auf meine kreditkarte"]})
TOOTHBRUSH = ("olivia_sanchez_2914", "#W5101035", "8798690242", "2645006275", "paypal_3388537", {
    "en": ["i want the electric toothbrush from order W5101035 in white, refund to paypal"],
    "fr": ["je voudrais la brosse à dents de la commande W5101035 en blanc, remboursement sur paypal"],
    "es": ["quiero el cepillo de dientes del pedido W5101035 en blanco, el reembolso a paypal"],
    "de": ["ich hätte die zahnbürste aus bestellung W5101035 gern in weiß, erstattung auf paypal"]})
BOOKSHELF = ("olivia_ahmed_6778", "#W2260828", "2244749153", "8479046075", "credit_card_9698900", {
    "en": ["i'd like to exchange the bookshelf from order W2260828 for a white one, difference to my credit card"],
    "fr": ["je voudrais echanger l'etagere de la commande W2260828 contre une blanche, la difference sur ma carte "
           "bancaire"],
    "es": ["quiero cambiar la estantería del pedido W2260828 por una blanca, la diferencia a mi tarjeta de crédito"],
    "de": ["ich möchte das bücherregal aus W2260828 gegen ein weißes umtauschen, differenz auf meine kreditkarte"]})
TABLET = ("daiki_li_8218", "#W6958840", "4131464125", "6948061616", "credit_card_1687024", {
    "en": ["change the tablet in order W6958840 to gold, refund to my card"],
    "fr": ["je voudrais la tablette de la commande W6958840 en doré, remboursement sur ma carte"],
    "es": ["quiero la tableta del pedido W6958840 en dorado, el reembolso a mi tarjeta"],
    "de": ["kann ich das tablet aus bestellung W6958840 in gold haben? erstattung auf meine karte"]})
SPEAKER = ("mason_kovacs_7590", "#W6030855", "5650803029", "1052700637", "credit_card_4314033", {
    "de": ["kann ich den lautsprecher aus bestellung W6030855 in rot haben? differenz auf die kreditkarte"]})
PANTS_RETURN = {"en": "i want to return the pants from order D9000003",
                "fr": "je veux retourner le pantalon de la commande D9000003",
                "es": "quiero devolver el pantalón del pedido D9000003",
                "de": "ich möchte die hose aus bestellung D9000003 zurückgeben"}

# (lang, swap, whole address words, street, zip, plain yes)
ADDRESS_FULL = [
    ("en", HEADPHONES, "yes but ship it to 55 Ocean Drive, Miami, FL 33139", "55 Ocean Drive", "33139", "yes"),
    ("en", JACKET, "sure, but send it to 901 Bay Street, Seattle, WA 98101 instead", "901 Bay Street", "98101",
     "yes please"),
    ("fr", JACKET, "oui mais livrez-la au 300 Ocean Drive, Miami, FL 33139", "300 Ocean Drive", "33139", "oui"),
    ("fr", HEADPHONES, "d'accord, mais envoyez-le au 77 Pine Street, Denver, CO 80205", "77 Pine Street", "80205",
     "oui, allez-y"),
    ("es", JACKET, "sí pero envíala a Calle Mayor 10, Austin, TX 78701", "Calle Mayor 10", "78701", "sí"),
    ("es", TOOTHBRUSH, "vale, pero mándalo a 120 Lake Road, Chicago, IL 60601", "120 Lake Road", "60601", "sí, vale"),
    ("de", JACKET, "ja, aber schick sie an Hauptstraße 5, Phoenix, AZ 85004", "Hauptstraße 5", "85004", "ja"),
    ("de", TOOTHBRUSH, "ok, aber bitte an 12 Oak Lane, Portland, OR 97201 liefern", "12 Oak Lane", "97201",
     "ja, passt"),
]
# (lang, swap, yes with a street alone, the street, whole address, zip, plain yes)
ADDRESS_STREET = [
    ("en", JACKET, "yes but ship it to 55 Ocean Drive", "55 Ocean Drive",
     "yes, 55 Ocean Drive, Miami, FL 33139", "33139", "yes"),
    ("fr", TOOTHBRUSH, "oui mais livrez-la au 12 rue de la Paix", "12 rue de la Paix",
     "oui, 12 rue de la Paix, Austin, TX 78701", "78701", "oui"),
    ("es", TOOTHBRUSH, "sí pero envíalo a Calle Mayor 10", "Calle Mayor 10",
     "sí, Calle Mayor 10, Austin, TX 78701", "78701", "sí"),
    ("de", JACKET, "ja, aber schick sie an Hauptstraße 5", "Hauptstraße 5",
     "ja, Hauptstraße 5, Phoenix, AZ 85004", "85004", "ja"),
]
# (lang, swap, yes with a place that is no address)
ADDRESS_VAGUE = [
    ("en", TOOTHBRUSH, "yes please, and ship it to my work"),
    ("fr", JACKET, "oui, et envoyez-la à mon bureau"),
    ("es", TOOTHBRUSH, "sí, y mándalo a mi trabajo por favor"),
    ("de", HEADPHONES, "ja, und schick ihn bitte an meine Arbeit"),
]
# (lang, exchange, yes with an address, the order's own street, plain yes)
ADDRESS_EXCHANGE = [
    ("en", HOODIE, "ok yes, but ship the new one to 55 Ocean Drive, Miami, FL 33139", "18 Harbor Street", "yes"),
    ("fr", BOOKSHELF, "oui mais expédiez-la au 45 Pine Street, Denver, CO 80203", "553 Main Street", "oui"),
    ("es", HOODIE, "sí, pero envíala a Calle Mayor 10, Austin, TX 78701", "18 Harbor Street", "sí"),
    ("de", BOOKSHELF, "ja, aber bitte an 12 Oak Lane, Portland, OR 97201 schicken", "553 Main Street", "ja"),
]
# (lang, swap, yes adding "the other item", plain yes): one-item orders
OTHER_NONE = [
    ("en", JACKET, "yes, and the other item too", "yes"),
    ("fr", TOOTHBRUSH, "oui, et l'autre article aussi", "oui"),
    ("es", JACKET, "sí, y el otro artículo también", "sí"),
    ("de", TOOTHBRUSH, "ja, und den anderen Artikel auch", "ja"),
]
# (lang, yes to both, plain yes): the return of a one-item order
BOTH_NONE = [("en", "yes, both", "yes"), ("fr", "oui, les deux", "oui"), ("es", "sí, los dos", "sí"),
             ("de", "ja, beide", "ja")]
# (lang, swap, yes adding "the other item", another item's name, plain yes): several-item orders
OTHER_EXISTS = [
    ("en", TABLET, "yes, and the other items too", "Office Chair", "ok just the tablet then, yes"),
    ("fr", HOODIE, "oui, et l'autre article aussi", "Iris Workout Top", "oui, juste le sweat alors"),
    ("es", HOODIE, "sí, y el otro artículo también", "Iris Workout Top", "vale, solo la sudadera, sí"),
    ("de", SPEAKER, "ja, und den anderen Artikel auch", "Sunglasses", "ja, dann nur den lautsprecher"),
]
# (lang, answer, written): ":yes" is a yes; "yes:no" none
COLON = [("en", ":yes", True), ("fr", "oui:non", False), ("es", ":sí", True), ("de", "ja:nein", False)]


def _swap_call(swap: tuple[Any, ...]) -> dict[str, Any]:
    _, order, item_id, new_id, method, _ = swap
    return _swap(EXCHANGE if order in ("#D9000001", "#W2260828") else PENDING, order, item_id, new_id, method)


def cases() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for n, (lang, swap, said, street, zip_code, yes) in enumerate(ADDRESS_FULL):
        user, order, *_, requests = swap
        out.append(_case(f"{lang}-address-full-{n}", "address-full", "a pending swap proposed; the yes names a "
                         "whole address: proposed again with both, the yes writes the address then the items", user,
                         [*map(_turn, requests[lang]), _turn(said, [[street]], CLEAR_YES_NO + DONE), _turn(yes)],
                         [_readdress(order, street, zip_code), _swap_call(swap)]))
    for lang, swap, said, street, whole, zip_code, yes in ADDRESS_STREET:
        user, order, *_, requests = swap
        out.append(_case(f"{lang}-address-street", "address-street", "a pending swap proposed; the yes names a "
                         "street alone: the rest asked for, nothing written; the whole address and a yes write both",
                         user, [*map(_turn, requests[lang]), _turn(said, [[street]], CLEAR_YES_NO + DONE),
                                _turn(whole, [[street]], DONE), _turn(yes)],
                         [_readdress(order, street, zip_code), _swap_call(swap)]))
    for lang, swap, said in ADDRESS_VAGUE:
        user, *_, requests = swap
        out.append(_case(f"{lang}-address-vague", "address-vague", "a pending swap proposed; the yes sends it to a "
                         "place with no address: the address asked for, nothing written", user,
                         [*map(_turn, requests[lang]), _turn(said, [ADDRESS_WORDS], CLEAR_YES_NO + DONE)], []))
    for lang, swap, said, own_street, yes in ADDRESS_EXCHANGE:
        user, *_, requests = swap
        out.append(_case(f"{lang}-address-exchange", "address-exchange", "a delivered order's exchange proposed; the "
                         "yes names another address: said it goes to the order's own address, nothing written; the "
                         "plain yes writes the exchange", user,
                         [*map(_turn, requests[lang]), _turn(said, [[own_street]], CLEAR_YES_NO + DONE), _turn(yes)],
                         [_swap_call(swap)]))
    for lang, swap, said, yes in OTHER_NONE:
        user, *_, requests = swap
        out.append(_case(f"{lang}-other-none", "other-none", "a one-item order's swap proposed; the yes adds 'the "
                         "other item': said there is none, nothing written; the plain yes writes the swap", user,
                         [*map(_turn, requests[lang]), _turn(said, [NO_OTHER], CLEAR_YES_NO + DONE), _turn(yes)],
                         [_swap_call(swap)]))
    for lang, said, yes in BOTH_NONE:
        out.append(_case(f"{lang}-both-none", "other-none", "a one-item order's return proposed; 'yes, both': said "
                         "there is no other item, nothing written; the plain yes writes the return", "demo_leo_martin",
                         [_turn(PANTS_RETURN[lang]), _turn(said, [NO_OTHER], CLEAR_YES_NO + DONE), _turn(yes)],
                         [_return("#D9000003", "MP01-32-Black", "paypal_9000002")]))
    for lang, swap, said, other, yes in OTHER_EXISTS:
        user, *_, requests = swap
        out.append(_case(f"{lang}-other-exists", "other-exists", "a swap of one of several items proposed; the yes "
                         "adds 'the other item': the others named, nothing written; the plain yes writes the swap",
                         user, [*map(_turn, requests[lang]), _turn(said, [[other]], CLEAR_YES_NO + DONE),
                                _turn(yes)], [_swap_call(swap)]))
    for lang, answer, written in COLON:
        user, *_, requests = JACKET
        out.append(_case(f"{lang}-yes-colon", "yes-colon", f"a swap proposed; {answer!r} is "
                         f"{'a yes' if written else 'no answer'}", user,
                         [*map(_turn, requests[lang]), _turn(answer)], [_swap_call(JACKET)] if written else []))
    return out


# "that one" in each language, said with a yes to a list of one variant
THAT_ONE = {"en": "yes that one", "fr": "oui, celui-là", "es": "sí, ese", "de": "ja, die da"}
KEPT_OPTIONS = ROOT / "evals" / "suites" / "kept-options-17.yaml"


def that_one_cases() -> list[dict[str, Any]]:
    """kept-options-17's `kept-chooses` conversations, the yes to the one variant listed said as "yes that one"."""
    out = []
    for case in yaml.safe_load(KEPT_OPTIONS.read_text())["cases"]:
        if "-kept-chooses-" not in case["id"]:
            continue
        lang = case["id"][:2]
        turns = [dict(turn) for turn in case["user"]["turns"]]
        turns[1] = {"text": THAT_ONE[lang]}
        out.append({**case, "id": case["id"].replace("kept-chooses", "yes-that-one"),
                    "tags": [lang, SUITE, "yes-that-one"],
                    "description": "the one variant keeping the option said to stay listed; 'yes that one' chooses "
                                   "it, its yes and method write it (kept-options-17 kept-chooses)",
                    "user": {**case["user"], "turns": turns}})
    return out


def main() -> None:
    write_suite(OUT, {"suite": SUITE, "description": (
        "A yes to an open proposal that also asks for something more (issue 17; fresh17 F2, F3 and leftovers): "
        "another shipping address with a pending item change (both proposed, the address written first), a street "
        "alone (the rest asked), a place with no address (asked), an address for a delivered exchange (said why "
        "not), 'the other item' / 'both' with one item or several, ':yes' and 'yes:no'. Generated by "
        "evals/generators/yes_with_extra_18.py from data/tau-retail and the demo shop."),
        "tags": [SUITE], "customer": None, "cases": [*cases(), *that_one_cases()]})


if __name__ == "__main__":
    main()
