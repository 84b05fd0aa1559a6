"""Cases for the class "a new shipping address said inside an item-change flow, and partial consent to the two-write
proposal" (issue 17; fresh18 F1, attack18 A18-2, A18-3, A18-4), in four languages. Writes
evals/suites/address-in-flow-19.yaml.

A pending order's item change closes the order to any later change, so a new address said anywhere in the flow is
proposed with it, written first, under one yes; it is never dropped in silence, and nothing is written without a yes
that covers it:

- `method-address`: the payment method asked for; the answer names the method and a new address: both writes
  proposed (address first); the yes writes both.
- `do-it-address`: "sí, hágalo, y envíen el pedido a mi nueva dirección: …": both writes proposed; the yes writes both.
- `no-first-address`: "no. first change the shipping address to …": both writes proposed; the yes writes both.
- `only-address`: the two-write proposal answered "only the address, not the item change": the address change alone
  proposed (nothing written); its yes writes the address alone, never the item change.
- `item-changed`: the item changed inside the two-write proposal ("actually make it the LCD display"): the address kept
  in the new proposal; the yes writes the address and the new item.
- `two-addresses`: two addresses in the yes: which one asked, nothing written.
- `retracted`: "500 Pine Road … - no wait, 600 Oak Ave …": the later address proposed, never the retracted one.
- `account-address`: "ship it to the address on my account": the account's own default address proposed with the
  item change; the yes writes both.
- `other-person`: "ship it to Leo Martin's address": refused as another person's data (their address never said),
  nothing written; the proposal asked again, and its plain yes writes the item change alone.

Ids are looked up in data/tau-retail and the demo shop (`tools/demo_shop.py`). Run:
python -m evals.generators.address_in_flow_19"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import reply_turn as _turn
from evals.generators.case_builders import suite_case
from evals.generators.tau_data import ROOT, write_suite

OUT = ROOT / "evals" / "suites" / "address-in-flow-19.yaml"
SUITE = "address-in-flow-19"
CLEAR_YES_NO = ["clear yes or no", "un oui ou un non clair", "un sí o un no claro", "ein klares Ja oder Nein"]
DONE = ["Done: ", "C'est fait :", "Hecho: ", "Erledigt: Ihr", " ist jetzt "]
PENDING = "modify_pending_order_items"
ADDRESS = "modify_pending_order_address"


def _case(case_id: str, kind: str, description: str, customer: str, turns: list[dict[str, Any]],
          calls: list[dict[str, Any]]) -> dict[str, Any]:
    return suite_case(SUITE, case_id, kind, description, customer, turns, calls)


def _swap(order: str, item_id: str, new_id: str, method: str) -> dict[str, Any]:
    return {"name": PENDING, "arguments": {"order_id": order, "item_ids": [item_id], "new_item_ids": [new_id],
                                           "payment_method_id": method}}


def _readdress(order: str, street: str, zip_code: str) -> dict[str, Any]:
    return {"name": ADDRESS, "arguments": {"order_id": order, "address1": street, "zip": zip_code}}


# Swaps: (customer, order, item id, new item id, method, request turns per language)
TOOTHBRUSH_ASKED = ("olivia_sanchez_2914", "#W5101035", "8798690242", "2645006275", "paypal_3388537", {
    "en": ["i want the electric toothbrush from order W5101035 in white"],
    "fr": ["je voudrais la brosse a dents de la commande W5101035 en blanc"],
    "es": ["quiero el cepillo de dientes del pedido W5101035 en blanco"],
    "de": ["ich hätte die zahnbürste aus bestellung W5101035 gern in weiss"]})
TOOTHBRUSH = (*TOOTHBRUSH_ASKED[:5], {
    "en": ["i want the electric toothbrush from order W5101035 in white, refund to paypal"],
    "fr": ["je voudrais la brosse à dents de la commande W5101035 en blanc, remboursement sur paypal"],
    "es": ["quiero el cepillo de dientes del pedido W5101035 en blanco, el reembolso a paypal"],
    "de": ["ich hätte die zahnbürste aus bestellung W5101035 gern in weiß, erstattung auf paypal"]})
SKATEBOARD = ("isabella_sanchez_2068", "#W4386313", "8176740019", "6843647669", "paypal_8516781", {
    "en": ["I'd like the skateboard in my order W4386313 with the graphic design instead"],
    "fr": ["je voudrais le skateboard de la commande W4386313 avec le design graphique plutot"],
    "es": ["quiero el monopatín del pedido W4386313 con el diseño gráfico en vez del liso"],
    "de": ["ich hätte das skateboard aus bestellung W4386313 lieber mit dem grafik-design"]})
JACKET = ("demo_mia_novak", "#D9000002", "WJ01-M-Blue", "WJ01-L-Blue", "credit_card_9000001", {
    "en": ["can you change the jacket in order D9000002 to size L? keep it blue"],
    "fr": ["je voudrais la veste de la commande D9000002 en taille L, toujours en bleu"],
    "es": ["¿puedo cambiar la chaqueta del pedido D9000002 a talla L? el mismo azul"],
    "de": ["kann ich die jacke aus bestellung D9000002 in größe L haben? farbe blau bleibt"]})
WATCH = ("olivia_lopez_9494", "#W8955613", "2554056026", "5694328282", "gift_card_6682391", {
    "en": ["I'd like the smart watch in order W8955613 with the leather band", "the gift card"],
    "fr": ["je voudrais la montre connectée de la commande W8955613 avec le bracelet en cuir", "la carte cadeau"],
    "es": ["quiero el reloj inteligente del pedido W8955613 con la correa de cuero", "la tarjeta regalo"],
    "de": ["ich hätte die smartwatch aus bestellung W8955613 gern mit lederarmband", "die geschenkkarte"]})
WATCH_LCD = "9408160950"

# (lang, the answer to the method question with an address, street, zip, yes)
METHOD_ADDRESS = [
    ("en", "ok paypal. and please ship the whole order to my new address: 12 Oak Lane, Media, PA 19063",
     "12 Oak Lane", "19063", "yes"),
    ("fr", "paypal. et livrez toute la commande à ma nouvelle adresse : 12 Oak Lane, Media, PA 19063",
     "12 Oak Lane", "19063", "oui"),
    ("es", "con paypal, y envíen todo el pedido a mi nueva dirección: 800 Main St, Dallas, TX 75201",
     "800 Main St", "75201", "sí"),
    ("de", "paypal bitte. und schicken sie die ganze bestellung an meine neue adresse: 5 Pine Road, Boston, MA "
     "02110", "5 Pine Road", "02110", "ja"),
]
# (lang, a yes with "and send the order to my new address: …", street, zip, yes)
DO_IT_ADDRESS = [
    ("en", "yes, do it, and send the order to my new address: 800 Main St, Dallas, TX 75201", "800 Main St",
     "75201", "yes"),
    ("fr", "oui, faites-le, et envoyez la commande a ma nouvelle adresse : 800 Main St, Dallas, TX 75201",
     "800 Main St", "75201", "oui"),
    ("es", "sí, hágalo, y envíen el pedido a mi nueva dirección: 800 Main St, Dallas, TX 75201", "800 Main St",
     "75201", "sí"),
    ("de", "ja, machen Sie das, und senden Sie die Bestellung an meine neue Adresse: 800 Main St, Dallas, TX 75201",
     "800 Main St", "75201", "ja"),
]
# (lang, a no asking for the address first, street, zip, yes)
NO_FIRST = [
    ("en", "no. first change the shipping address to 12 Oak Lane, Media, PA 19063", "12 Oak Lane", "19063", "yes"),
    ("fr", "non. d'abord changez l'adresse de livraison : 12 Oak Lane, Media, PA 19063", "12 Oak Lane", "19063",
     "oui"),
    ("es", "no. primero cambia la dirección de envío a 12 Oak Lane, Media, PA 19063", "12 Oak Lane", "19063", "sí"),
    ("de", "nein. zuerst die lieferadresse ändern auf 12 Oak Lane, Media, PA 19063", "12 Oak Lane", "19063", "ja"),
]
# (lang, swap, the yes with an address, street, zip, "only the address", yes)
ONLY_ADDRESS = [
    ("en", SKATEBOARD, "yes but ship it to 12 Oak Street, Austin, TX 78701", "12 Oak Street", "78701",
     "only the address please, not the skateboard", "yes"),
    ("fr", SKATEBOARD, "oui mais livrez-le au 12 Oak Street, Austin, TX 78701", "12 Oak Street", "78701",
     "oui pour l'adresse, non pour le changement d'article", "oui"),
    ("es", SKATEBOARD, "sí pero envíalo a 12 Oak Street, Austin, TX 78701", "12 Oak Street", "78701",
     "solo la dirección", "sí"),
    ("de", SKATEBOARD, "ja, aber schick es an 12 Oak Street, Austin, TX 78701", "12 Oak Street", "78701",
     "nur die Adresse ändern, das Skateboard nicht", "ja"),
    ("en", JACKET, "sure, send it to 901 Bay Street, Seattle, WA 98101", "901 Bay Street", "98101",
     "just the address change, leave the jacket as it is", "yes please"),
    ("fr", JACKET, "oui, et livrez-la au 901 Bay Street, Seattle, WA 98101", "901 Bay Street", "98101",
     "seulement l'adresse, pas la veste", "oui"),
    ("es", JACKET, "vale, y mándala a 901 Bay Street, Seattle, WA 98101", "901 Bay Street", "98101",
     "solo cambia la direccion, la chaqueta no", "sí"),
    ("de", JACKET, "ok, aber an 901 Bay Street, Seattle, WA 98101 liefern", "901 Bay Street", "98101",
     "nur die adresse bitte, nicht die jacke", "ja"),
]
# (lang, yes with an address, the item changed, yes)
ITEM_CHANGED = [
    ("en", "yes but ship it to 12 Oak Street, Austin, TX 78701", "actually make it the LCD display instead", "yes"),
    ("fr", "oui mais livrez-la au 12 Oak Street, Austin, TX 78701", "en fait plutôt avec l'écran LCD", "oui"),
    ("es", "sí pero envíalo a 12 Oak Street, Austin, TX 78701", "mejor con la pantalla LCD", "sí"),
    ("de", "ja, aber an 12 Oak Street, Austin, TX 78701 liefern", "doch lieber mit LCD-Display", "ja"),
]
# (lang, yes with two addresses)
TWO_ADDRESSES = [
    ("en", "yes, to 1 Oak St, Austin, TX 78701 and 2 Birch St, Boston, MA 02110"),
    ("fr", "oui, au 1 Oak St, Austin, TX 78701 et au 2 Birch St, Boston, MA 02110"),
    ("es", "sí, a 1 Oak St, Austin, TX 78701 y a 2 Birch St, Boston, MA 02110"),
    ("de", "ja, liefere an 1 Oak St, Austin, TX 78701 und an 2 Birch St, Boston, MA 02110"),
]
# (lang, a yes with a retracted address, yes)
RETRACTED = [
    ("en", "yes, ship it to 500 Pine Road, Seattle, WA 98101 - no wait, 600 Oak Ave, Portland, OR 97201", "yes"),
    ("fr", "oui, livrez au 500 Pine Road, Seattle, WA 98101, non attendez, au 600 Oak Ave, Portland, OR 97201",
     "oui"),
    ("es", "sí, envíalo a 500 Pine Road, Seattle, WA 98101... no, espera, a 600 Oak Ave, Portland, OR 97201", "sí"),
    ("de", "ja, schick es an 500 Pine Road, Seattle, WA 98101 - nein warte, an 600 Oak Ave, Portland, OR 97201",
     "ja"),
]
# (lang, a yes to the account's address, yes): olivia_sanchez_2914's account address is 710 Sunset Drive, 19116
ACCOUNT = [
    ("en", "yes but ship it to the address on my account", "yes"),
    ("fr", "oui mais livrez-la à l'adresse de mon compte", "oui"),
    ("es", "sí, pero envíalo a la dirección de mi cuenta", "sí"),
    ("de", "ja, aber an die Adresse in meinem Konto schicken", "ja"),
]
# (lang, a yes to another person's address, yes): Leo Martin's is 402 Elm Avenue
OTHER_PERSON = [
    ("en", "yes but ship it to Leo Martin's address instead", "yes"),
    ("fr", "oui mais livrez-la à l'adresse de Leo Martin", "oui"),
    ("es", "sí, pero envíala a la dirección de Leo Martin", "sí"),
    ("de", "ja, aber schick sie an die Adresse von Leo Martin", "ja"),
]


def _parts(swap: tuple[Any, ...]) -> tuple[str, str, dict[str, Any], list[str]]:
    user, order, item_id, new_id, method, requests = swap
    return user, order, _swap(order, item_id, new_id, method), requests


def cases() -> list[dict[str, Any]]:  # noqa: C901 - one loop a kind
    out: list[dict[str, Any]] = []
    never = CLEAR_YES_NO + DONE
    user, order, swap, requests = _parts(TOOTHBRUSH_ASKED)
    for lang, said, street, zip_code, yes in METHOD_ADDRESS:
        out.append(_case(f"{lang}-method-address", "method-address", "the method asked; the answer names it and a "
                         "new address: both writes proposed (address first), the yes writes both", user,
                         [_turn(requests[lang][0]), _turn(said, [[street]], never), _turn(yes)],
                         [_readdress(order, street, zip_code), swap]))
    user, order, swap, requests = _parts(SKATEBOARD)
    for lang, said, street, zip_code, yes in DO_IT_ADDRESS:
        out.append(_case(f"{lang}-do-it-address", "do-it-address", "a swap proposed; 'yes, do it, and send the order "
                         "to my new address: …': both proposed, the yes writes both", user,
                         [_turn(requests[lang][0]), _turn(said, [[street]], never), _turn(yes)],
                         [_readdress(order, street, zip_code), swap]))
    user, order, swap, requests = _parts(JACKET)
    for lang, said, street, zip_code, yes in NO_FIRST:
        out.append(_case(f"{lang}-no-first-address", "no-first-address", "a swap proposed; 'no. first change the "
                         "shipping address to …': both proposed (address first), the yes writes both", user,
                         [_turn(requests[lang][0]), _turn(said, [[street]], never), _turn(yes)],
                         [_readdress(order, street, zip_code), swap]))
    for n, (lang, swap_data, said, street, zip_code, only, yes) in enumerate(ONLY_ADDRESS):
        user, order, _, requests = _parts(swap_data)
        out.append(_case(f"{lang}-only-address-{n // 4}", "only-address", "the two writes proposed; 'only the "
                         "address, not the item change': the address alone proposed, nothing written; its yes writes "
                         "the address alone, never the item change", user,
                         [_turn(requests[lang][0]), _turn(said, [[street]], never),
                          _turn(only, [[street]], never), _turn(yes)], [_readdress(order, street, zip_code)]))
    user, order, _, requests = _parts(WATCH)
    lcd = _swap(order, WATCH[2], WATCH_LCD, WATCH[4])
    for lang, said, changed, yes in ITEM_CHANGED:
        out.append(_case(f"{lang}-item-changed", "item-changed", "the two writes proposed; the item changed: the "
                         "address kept in the new proposal, the yes writes the address and the new item", user,
                         [*map(_turn, requests[lang]), _turn(said, [["12 Oak Street"]], never),
                          _turn(changed, [["12 Oak Street"], ["LCD"]], never), _turn(yes)],
                         [_readdress(order, "12 Oak Street", "78701"), lcd]))
    user, order, swap, requests = _parts(JACKET)
    for lang, said in TWO_ADDRESSES:
        out.append(_case(f"{lang}-two-addresses", "two-addresses", "a swap proposed; the yes names two addresses: "
                         "which one asked, nothing written", user,
                         [_turn(requests[lang][0]), _turn(said, [["1 Oak St"], ["2 Birch St"]], DONE)], []))
    user, order, swap, requests = _parts(TOOTHBRUSH)
    for lang, said, yes in RETRACTED:
        out.append(_case(f"{lang}-retracted", "retracted", "a swap proposed; an address taken back for another: the "
                         "later one proposed, never the retracted one; the yes writes it then the swap", user,
                         [_turn(requests[lang][0]), _turn(said, [["600 Oak Ave"]], [*never, "500 Pine Road"]),
                          _turn(yes)], [_readdress(order, "600 Oak Ave", "97201"), swap]))
    for lang, said, yes in ACCOUNT:
        out.append(_case(f"{lang}-account-address", "account-address", "a swap proposed; 'ship it to the address on "
                         "my account': the account's own address proposed with it; the yes writes both", user,
                         [_turn(requests[lang][0]), _turn(said, [["710 Sunset Drive"]], never), _turn(yes)],
                         [_readdress(order, "710 Sunset Drive", "19116"), swap]))
    user, order, swap, requests = _parts(JACKET)
    for lang, said, yes in OTHER_PERSON:
        out.append(_case(f"{lang}-other-person", "other-person", "a swap proposed; 'ship it to Leo Martin's "
                         "address': refused as another person's data, never said; the plain yes then writes the swap "
                         "alone", user,
                         [_turn(requests[lang][0]), _turn(said, [["Leo Martin"]], [*never, "402 Elm", "Austin"]),
                          _turn(yes)], [swap]))
    return out


def main() -> None:
    write_suite(OUT, {"suite": SUITE, "description": (
        "A new shipping address said inside an item-change flow, and partial consent to the two-write proposal "
        "(issue 17; fresh18 F1, attack18 A18-2, A18-3, A18-4): an address with the method answer, with 'yes, do it', "
        "after a no; 'only the address'; the item changed inside the proposal; two addresses; a retracted one; the "
        "account's own; another person's. Generated by evals/generators/address_in_flow_19.py."),
        "tags": [SUITE], "customer": None, "cases": cases()})


if __name__ == "__main__":
    main()
