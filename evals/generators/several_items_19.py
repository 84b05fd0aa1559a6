"""Cases for the class "a request about several items of one order, the items named by everyday nouns" (issue 17;
fresh18 F5, F6), in four languages. Writes evals/suites/several-items-19.yaml.

Every case ends in one write covering exactly the items meant (a one-item write fails the strict trajectory):

- `other-in-request`: "return the boots from W…, and the other item too" / "y el otro también" / "und das andere
  Teil bitte auch gleich mit" on a two-item delivered order: one return of both.
- `both`: "return both items" / "les deux articles" / "beide Artikel": one return of both.
- `other-after-yes`: a one-item return proposed; "yes, but take back the other item too" / "ja, beide": proposed
  again with both (the other item named, nothing written); the plain yes writes the return of both.
- `nouns`: the two items named by everyday nouns in the customer's language ("die Wanderschuhe … die Uhr",
  "la bouilloire", "el altavoz y la maleta"): one return of both.
- `which-items`: "I want to return some items from W…" asked which; the reply gives the catalog names ("Hiking Boots
  und Smart Watch"): the return step keeps going, the yes writes both.
- `two-changes-delivered`: two different changes for two items in one message on a delivered order: one exchange of
  both (tau-retail allows one exchange per order).
- `two-changes-pending`: the same on a pending order: one item change of both.
- `side-question`: a two-item return with a gift-card balance question in the same message: the balance said, the
  return of both proposed and written on the yes.

Ids are looked up in data/tau-retail and the demo shop (`tools/demo_shop.py`). Run:
python -m evals.generators.several_items_19"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import reply_turn as _turn
from evals.generators.reply_words import YES
from evals.generators.tau_data import ORDERS, ROOT, WRITES, write_suite

OUT = ROOT / "evals" / "suites" / "several-items-19.yaml"
SUITE = "several-items-19"
DONE = [
    "Done: ",
    "C'est fait :",
    "Hecho: ",
    "Erledigt: Ihr",
    " ist jetzt ",
    "is registered",
    "est enregistré",
    "está registrada",
    "ist registriert",
]
NOT_UNDERSTOOD = ["didn't quite understand", "pas bien compris", "no he entendido", "nicht ganz verstanden"]

# Two-item delivered orders (customer, order) whose items are returned together
RETURNS = {
    "boots_watch": ("juan_nguyen_7430", "#W2430890"),
    "keyboard_speaker": ("mei_hernandez_3296", "#W3864587"),
    "kettle_boots": ("harper_kim_2998", "#W3433080"),
    "speaker_luggage": ("daiki_silva_5033", "#W6564160"),
    "toothbrush_helmet": ("yusuf_taylor_7149", "#W5690487"),
    "helmet_kettle": ("juan_smith_9901", "#W3547545"),
    "watch_toothbrush": ("olivia_jackson_1219", "#W3895186"),
    "makeup_bottle": ("sofia_davis_2103", "#W2112666"),
    "watch_bicycle": ("mia_davis_8827", "#W8580621"),
}
# (lang, order key, request)
OTHER_IN_REQUEST = [
    ("en", "boots_watch", "I want to return the hiking boots from order W2430890, and the other item too"),
    ("en", "keyboard_speaker", "return the keyboard from #W3864587 and the other one as well pls"),
    ("fr", "kettle_boots", "je voudrais retourner la bouilloire de la commande W3433080, et l'autre article aussi"),
    ("fr", "speaker_luggage", "Bonjour, je renvoie l'enceinte de ma commande W6564160 et l'autre aussi svp"),
    ("es", "toothbrush_helmet", "quiero devolver el cepillo de dientes del pedido W5690487 y el otro también"),
    ("es", "helmet_kettle", "quiero devolver el casco del pedido W3547545, y tambien el otro articulo"),
    (
        "de",
        "boots_watch",
        "Ich möchte die Wanderschuhe aus Bestellung W2430890 zurückgeben – und das andere Teil bitte auch gleich mit",
    ),
    ("de", "watch_toothbrush", "ich will die zahnbürste aus W3895186 zurückschicken, und den anderen artikel auch"),
]
BOTH = [
    ("en", "makeup_bottle", "I'd like to return both items from order W2112666"),
    ("fr", "toothbrush_helmet", "je veux retourner les deux articles de la commande W5690487"),
    ("es", "kettle_boots", "quiero devolver los dos productos del pedido W3433080"),
    ("de", "keyboard_speaker", "ich möchte beide Artikel aus Bestellung W3864587 zurückgeben"),
]
# (lang, order key, request for one item, the yes that adds the other, the other item's name)
OTHER_AFTER_YES = [
    (
        "en",
        "speaker_luggage",
        "i want to return the speaker from order W6564160",
        "yes, but please take back the other item too",
        "Luggage Set",
    ),
    ("en", "toothbrush_helmet", "return the helmet from W5690487", "yes, both please", "Electric Toothbrush"),
    (
        "fr",
        "helmet_kettle",
        "je veux retourner le casque de la commande W3547545",
        "oui, mais reprenez aussi l'autre article s'il vous plaît",
        "Tea Kettle",
    ),
    (
        "fr",
        "keyboard_speaker",
        "je veux renvoyer le clavier de la commande W3864587",
        "oui, les deux en fait",
        "Bluetooth Speaker",
    ),
    (
        "es",
        "watch_toothbrush",
        "quiero devolver el reloj del pedido W3895186",
        "sí, pero devuelve también el otro artículo",
        "Electric Toothbrush",
    ),
    (
        "es",
        "makeup_bottle",
        "quiero devolver el kit de maquillaje del pedido W2112666",
        "si, pero los dos",
        "Water Bottle",
    ),
    (
        "de",
        "kettle_boots",
        "ich möchte den wasserkocher aus bestellung W3433080 zurückgeben",
        "Ja, aber bitte auch das andere Teil zurücknehmen",
        "Hiking Boots",
    ),
    ("de", "boots_watch", "ich möchte die uhr aus W2430890 zurückgeben", "ja, beide bitte", "Hiking Boots"),
]
NOUNS = [
    ("en", "helmet_kettle", "return the helmet and the kettle from my order W3547545"),
    ("en", "watch_toothbrush", "I want to send back the smartwatch and the toothbrush, order W3895186"),
    ("fr", "boots_watch", "je voudrais retourner les chaussures de randonnée et la montre de la commande W2430890"),
    ("fr", "makeup_bottle", "je veux rendre le kit de maquillage et la gourde, commande W2112666"),
    ("es", "kettle_boots", "quiero devolver el hervidor y las botas del pedido W3433080"),
    ("es", "speaker_luggage", "devolver el altavoz y la maleta del pedido W6564160 por favor"),
    ("de", "boots_watch", "Ich möchte die Wanderschuhe zurückgeben, und das andere Teil, die Uhr, gleich mit"),
    ("de", "makeup_bottle", "ich möchte das Makeup-Set und die Trinkflasche aus W2112666 zurückgeben"),
]
# Isabella's five-item order (fresh18 F6): asked which, answered with the catalog names
ISABELLA = ("isabella_sanchez_2068", "#W1713682", ["1007724142", "3812493782"])
WHICH_ITEMS = [
    (
        "en",
        "juan_nguyen_7430",
        "#W2430890",
        ["1437889264", "2540052208"],
        "I want to return some items from order W2430890",
        "Hiking Boots and Smart Watch",
    ),
    ("fr", *ISABELLA, "je voudrais retourner des articles de la commande W1713682", "Hiking Boots et Smart Watch"),
    ("es", *ISABELLA, "quiero devolver algunos artículos del pedido W1713682", "Hiking Boots y Smart Watch"),
    ("de", *ISABELLA, "Ich möchte ein paar Sachen aus Bestellung W1713682 zurückgeben", "Hiking Boots und Smart Watch"),
]
# (lang, customer, order, [(item, new item)], method, request)
MIA_SWAPS = [("MH01-M-Black", "MH01-L-Black"), ("WS03-S-Blue", "WS03-M-Blue")]
DELIVERED_CHANGES = [
    (
        "en",
        "juan_nguyen_7430",
        "#W2430890",
        [("1437889264", "3613716226"), ("2540052208", "2860956907")],
        "credit_card_3522913",
        "exchange the boots in W2430890 for size 8 and the watch for the black one",
    ),
    (
        "fr",
        "mei_hernandez_3296",
        "#W3864587",
        [("4843487907", "2299424241"), ("7597543861", "6704763132")],
        "paypal_1768431",
        "je voudrais échanger le clavier de la commande W3864587 contre le rétroéclairage RGB et "
        "l'enceinte contre une bleue",
    ),
    (
        "es",
        "demo_mia_novak",
        "#D9000001",
        MIA_SWAPS,
        "credit_card_9000001",
        "quiero cambiar la sudadera del pedido D9000001 por talla L y el top Iris por talla M",
    ),
    (
        "de",
        "demo_mia_novak",
        "#D9000001",
        MIA_SWAPS,
        "credit_card_9000001",
        "ich möchte aus D9000001 den Hoodie gegen Größe L und das Iris Top gegen Größe M umtauschen",
    ),
]
PENDING_CHANGES = [
    (
        "en",
        "mason_kovacs_7590",
        "#W6030855",
        [("2177260429", "4548300368"), ("5650803029", "1052700637")],
        "credit_card_4314033",
        "change the sunglasses in W6030855 to a plastic frame and the speaker to red, difference on my credit card",
    ),
    (
        "fr",
        "mei_ahmed_5058",
        "#W2631563",
        [("2791467853", "7747408585"), ("5753502325", "3369928769")],
        "paypal_7160322",
        "pour ma commande W2631563 je voudrais le thermostat en noir et le tuyau d'arrosage en vinyle",
    ),
    (
        "es",
        "juan_garcia_9528",
        "#W1013897",
        [("8293778132", "3312883418"), ("3229676465", "7199146548")],
        "gift_card_6369065",
        "en el pedido W1013897 quiero cambiar la tetera a inducción y la botella a 750ml",
    ),
    (
        "de",
        "olivia_lopez_9494",
        "#W8955613",
        [("2554056026", "5694328282"), ("6309044598", "5726859009")],
        "gift_card_6682391",
        "bei bestellung W8955613 bitte die Smartwatch mit Lederarmband und den Rucksack aus "
        "Nylon, Differenz über die Geschenkkarte",
    ),
]
# (lang, order key, request with a balance question, balance figures)
SIDE_QUESTION = [
    (
        "en",
        "kettle_boots",
        "I want to return the kettle and the boots from W3433080. also how much is left on my gift card?",
        ["51.00", "51,00"],
    ),
    (
        "fr",
        "helmet_kettle",
        "je veux retourner le casque et la bouilloire de la commande W3547545, et il me reste "
        "combien sur ma carte cadeau ?",
        ["81,00", "81.00"],
    ),
    (
        "es",
        "makeup_bottle",
        "quiero devolver el maquillaje y la botella del pedido W2112666, ¿y cuánto saldo me "
        "queda en la tarjeta regalo?",
        ["18,00", "18.00"],
    ),
    (
        "de",
        "watch_bicycle",
        "ich möchte die Uhr und das Fahrrad aus W8580621 zurückgeben. Und wie viel Guthaben ist "
        "noch auf meiner Geschenkkarte?",
        ["98,00", "98.00"],
    ),
]


def _case(
    case_id: str, kind: str, description: str, customer: str, turns: list[dict[str, Any]], call: dict[str, Any]
) -> dict[str, Any]:
    expect = {
        "forbidden": [{"name": name} for name in WRITES if name != call["name"]],
        "actions": {"mode": "strict", "scope": "writes", "args": "superset", "calls": [call]},
    }
    return {
        "id": case_id,
        "tags": [case_id.split("-")[0], SUITE, kind],
        "description": description,
        "user": {"customer": customer, "turns": turns},
        "expect": expect,
    }


def _method(order: str) -> str:
    return str(ORDERS[order]["payment_history"][0]["payment_method_id"])


def _return_all(key: str) -> tuple[str, dict[str, Any]]:
    customer, order = RETURNS[key]
    items = [item["item_id"] for item in ORDERS[order]["items"]]
    return customer, _return_call(order, items)


def _return_call(order: str, items: list[str]) -> dict[str, Any]:
    return {
        "name": "return_delivered_order_items",
        "arguments": {"order_id": order, "item_ids": items, "payment_method_id": _method(order)},
    }


def _swap_call(tool: str, order: str, swaps: list[tuple[str, str]], method: str) -> dict[str, Any]:
    return {
        "name": tool,
        "arguments": {
            "order_id": order,
            "item_ids": [old for old, _ in swaps],
            "new_item_ids": [new for _, new in swaps],
            "payment_method_id": method,
        },
    }


def _numbered(rows: list[Any]) -> list[tuple[str, Any]]:
    seen: dict[str, int] = {}
    out = []
    for row in rows:
        lang = row[0]
        seen[lang] = seen.get(lang, 0) + 1
        out.append((f"{lang}-{seen[lang]}", row))
    return out


def return_cases() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for tag, (lang, key, said) in _numbered(OTHER_IN_REQUEST):
        customer, call = _return_all(key)
        out.append(
            _case(
                f"{tag}-other-in-request",
                "other-in-request",
                "a return of one item 'and the other item too' on a two-item order: one return of both",
                customer,
                [_turn(said, never=DONE), _turn(YES[lang])],
                call,
            )
        )
    for tag, (lang, key, said) in _numbered(BOTH):
        customer, call = _return_all(key)
        out.append(
            _case(
                f"{tag}-both",
                "both",
                "a return of both items of a two-item order: one return of both",
                customer,
                [_turn(said, never=DONE), _turn(YES[lang])],
                call,
            )
        )
    for tag, (lang, key, said, yes_more, other) in _numbered(OTHER_AFTER_YES):
        customer, call = _return_all(key)
        out.append(
            _case(
                f"{tag}-other-after-yes",
                "other-after-yes",
                "a one-item return proposed; the yes adds the "
                "other item: proposed again with both, nothing written; the plain yes writes both",
                customer,
                [_turn(said), _turn(yes_more, [[other]], DONE), _turn(YES[lang])],
                call,
            )
        )
    for tag, (lang, key, said) in _numbered(NOUNS):
        customer, call = _return_all(key)
        out.append(
            _case(
                f"{tag}-nouns",
                "nouns",
                "two items named by everyday nouns in the customer's language: one return of both",
                customer,
                [_turn(said, never=DONE), _turn(YES[lang])],
                call,
            )
        )
    return out


def change_cases() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for tag, (lang, customer, order, items, said, answer) in _numbered(WHICH_ITEMS):
        out.append(
            _case(
                f"{tag}-which-items",
                "which-items",
                "'some items' asked which; the catalog names as the answer keep the return step: one return of both",
                customer,
                [_turn(said, never=DONE), _turn(answer, never=NOT_UNDERSTOOD + DONE), _turn(YES[lang])],
                _return_call(order, items),
            )
        )
    for tag, (lang, customer, order, swaps, method, said) in _numbered(DELIVERED_CHANGES):
        out.append(
            _case(
                f"{tag}-two-changes-delivered",
                "two-changes-delivered",
                "two changes for two items of a delivered order in one message: one exchange of both",
                customer,
                [_turn(said, never=DONE), _turn(YES[lang])],
                _swap_call("exchange_delivered_order_items", order, swaps, method),
            )
        )
    for tag, (lang, customer, order, swaps, method, said) in _numbered(PENDING_CHANGES):
        out.append(
            _case(
                f"{tag}-two-changes-pending",
                "two-changes-pending",
                "two changes for two items of a pending order in one message: one item change of both",
                customer,
                [_turn(said, never=DONE), _turn(YES[lang])],
                _swap_call("modify_pending_order_items", order, swaps, method),
            )
        )
    for tag, (lang, key, said, balance) in _numbered(SIDE_QUESTION):
        customer, call = _return_all(key)
        out.append(
            _case(
                f"{tag}-side-question",
                "side-question",
                "a two-item return with a gift-card balance question: the balance said, one return of both on the yes",
                customer,
                [_turn(said, [balance], DONE), _turn(YES[lang])],
                call,
            )
        )
    return out


def main() -> None:
    write_suite(
        OUT,
        {
            "suite": SUITE,
            "description": (
                "Requests about several items of one order (issue 17; fresh18 F5, F6): 'and the other item too', "
                "'both', a yes that adds the other item, both items named by everyday nouns in four languages, "
                "catalog names as the answer to 'which items?', two changes for two items in one message "
                "(delivered: one exchange; pending: one item change), a gift-card balance question beside the "
                "return. Generated by evals/generators/several_items_19.py from data/tau-retail and the demo shop."
            ),
            "tags": [SUITE],
            "customer": None,
            "cases": [*return_cases(), *change_cases()],
        },
    )


if __name__ == "__main__":
    main()
