"""Cases for issue 17's classes of change-of-mind-hand-21 (mindhand22), written before the fixes.

Writes evals/suites/change-of-mind-classes-22.yaml. Two classes, four languages each (en, fr, es, de):

- `after-refusal` (the dialogue-classes-27 regression): an item change or exchange is refused because no saved
  method can pay its increase (a gift card short of it: difference_not_payable), then the customer switches to
  another action for the same item or order ("then I'll just send it back", "annulez plutôt la commande"): that
  action is proposed for the item and order of the refused request, and its yes writes it. Near-misses: "ok, I'll
  keep it then" after the refusal, then a stray yes: nothing is written.
- `keep-as-ordered`: a pending item change of two options is proposed, then the customer keeps one option as
  ordered (by the option's name or its ordered value: "keep the colour", "laissez-la en noir", "déjala en 34",
  "Farbe lassen") and changes only the other: the item with only that option changed is proposed and written on
  the yes; the first proposal is forbidden. Near-miss: "keep it as it is" (no other value named) refuses the change.

Order ids, item ids and payment methods are looked up in data/tau-retail; run from the repository root:
python -m evals.generators.change_of_mind_classes_22"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, text_turns, write_actions, writes_other_than
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, write_suite

OUT = ROOT / "evals" / "suites" / "change-of-mind-classes-22.yaml"


def _item(order_id: str, name: str) -> dict[str, Any]:
    return next(i for i in ORDERS[order_id]["items"] if i["name"] == name)


def _variant(item: dict[str, Any], **changed: str) -> str:
    """The one available variant of the item's product with `changed` options and every other one as ordered."""
    wanted = {**item["options"], **{k.replace("_", " "): v for k, v in changed.items()}}
    found = [vid for vid, v in PRODUCTS[item["product_id"]]["variants"].items()
             if v["options"] == wanted and v["available"]]
    assert len(found) == 1, (item["name"], wanted, found)  # noqa: S101 - a generator's own check
    return found[0]


def _gift_card(uid: str) -> str:
    return next(pm["id"] for pm in USERS[uid]["payment_methods"].values() if pm["source"] == "gift_card")


def _expect(calls: list[dict[str, Any]], forbidden: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"actions": write_actions(calls), "forbidden": [*(forbidden or []), *writes_other_than(calls)]}


def _case(lang: str, cid: str, kind: str, description: str, uid: str, turns: list[str],
          exp: dict[str, Any]) -> dict[str, Any]:
    return case_record(f"{lang}-{cid}", ["change-of-mind-classes-22", lang, kind], description, uid,
                       text_turns(turns), exp)


def _return(uid: str, order_id: str, name: str) -> dict[str, Any]:
    return {"name": "return_delivered_order_items", "arguments": {
        "order_id": order_id, "item_ids": [_item(order_id, name)["item_id"]], "payment_method_id": _gift_card(uid)}}


def _cancel(order_id: str) -> dict[str, Any]:
    return {"name": "cancel_pending_order", "arguments": {"order_id": order_id, "reason": "no longer needed"}}


def after_refusal() -> list[dict[str, Any]]:
    kind = "after-refusal"
    refused = "refused (difference_not_payable: the only saved method is a gift card short of the increase)"
    cases = [
        _case("en", "refused-exchange-then-return", kind, f"Luggage Set -> red {refused}, then a return",
              "sophia_garcia_1101",
              ["I'd like to exchange the luggage set from order #W1023987 for the red one",
               "ok forget it then, i'll just send it back. refund on my gift card", "yes"],
              _expect([_return("sophia_garcia_1101", "#W1023987", "Luggage Set")])),
        _case("en", "refused-change-then-cancel", kind, f"Mechanical Keyboard -> full size {refused}, then cancel",
              "mei_kim_3337",
              ["please change the keyboard in my pending order #W3263208 to the full size version",
               "fine, in that case cancel the order instead, I don't need it anymore", "yes please"],
              _expect([_cancel("#W3263208")])),
        _case("fr", "refused-exchange-then-return", kind, f"Hiking Boots -> size 9 {refused}, then a return",
              "daiki_davis_5031",
              ["je voudrais échanger les chaussures de randonnée de la commande #W5457973 contre une taille 9",
               "bon tant pis, je préfère les retourner alors, remboursement sur la carte cadeau", "oui"],
              _expect([_return("daiki_davis_5031", "#W5457973", "Hiking Boots")])),
        _case("fr", "refused-change-then-cancel", kind, f"Tablet -> gold {refused}, then cancel",
              "chen_taylor_6919",
              ["je voudrais changer la tablette de ma commande #W4633848 pour la couleur or",
               "dans ce cas annulez plutôt toute la commande, je n'en ai plus besoin", "oui"],
              _expect([_cancel("#W4633848")])),
        _case("es", "refused-exchange-then-return", kind, f"Mechanical Keyboard -> full size {refused}, then a return",
              "daiki_moore_8567",
              ["quiero cambiar el teclado del pedido #W8032761 por el modelo full size",
               "vale, entonces prefiero devolverlo, reembolso a mi tarjeta regalo", "sí"],
              _expect([_return("daiki_moore_8567", "#W8032761", "Mechanical Keyboard")])),
        _case("es", "refused-change-then-cancel", kind, f"Bluetooth Speaker -> 10 hours {refused}, then cancel",
              "liam_lopez_7019",
              ["quiero cambiar el altavoz del pedido #W7555783 por el de 10 horas de batería",
               "pues entonces cancela el pedido entero, ya no lo necesito", "sí"],
              _expect([_cancel("#W7555783")])),
        _case("de", "refused-exchange-then-return", kind, f"Digital Camera -> 10x zoom {refused}, then a return",
              "ethan_johnson_7053",
              ["ich möchte die Digitalkamera aus Bestellung #W7450915 gegen die mit 10x Zoom umtauschen",
               "na gut, dann schicke ich sie lieber zurück, Erstattung auf die Geschenkkarte", "ja"],
              _expect([_return("ethan_johnson_7053", "#W7450915", "Digital Camera")])),
        _case("de", "refused-change-then-cancel", kind, f"Bicycle -> large frame {refused}, then cancel",
              "mason_johansson_2485",
              ["bitte das Fahrrad in meiner Bestellung #W3358610 auf Rahmengröße large ändern",
               "dann stornieren Sie bitte die ganze Bestellung, ich brauche sie nicht mehr", "ja"],
              _expect([_cancel("#W3358610")])),
    ]
    near = "near-miss: the refused change, then the item kept and a stray yes: nothing written"
    cases += [
        _case("en", "refused-then-keep", kind, f"Indoor Security Camera -> Ethernet {refused}; {near}",
              "james_li_5688",
              ["can I exchange the security camera from #W3638028 for the ethernet version?",
               "ok never mind then, I'll keep it. thanks", "yes"], _expect([])),
        _case("fr", "refused-then-keep", kind, f"Digital Camera -> 10x zoom {refused}; {near}", "harper_lee_2110",
              ["je voudrais échanger l'appareil photo de la commande #W8413040 contre celui avec zoom 10x",
               "d'accord, je le garde comme il est alors, merci", "oui"], _expect([])),
        _case("es", "refused-then-keep", kind, f"Tablet -> 32GB {refused}; {near}", "olivia_lopez_3865",
              ["quiero cambiar la tableta del pedido #W2692684 por la de 32GB",
               "vale, me la quedo como está, gracias", "sí"], _expect([])),
        _case("de", "refused-then-keep", kind, f"Espresso Machine -> 1.5L {refused}; {near}", "yusuf_garcia_5427",
              ["ich würde die Espressomaschine aus Bestellung #W5763385 gern gegen die mit 1,5 Liter umtauschen",
               "ok, dann behalte ich sie so wie sie ist, danke", "ja"], _expect([])),
    ]
    return cases


def _method(uid: str, order_id: str) -> str:
    return str(ORDERS[order_id]["payment_history"][0]["payment_method_id"])


def _swap(uid: str, order_id: str, name: str, variant_id: str) -> dict[str, Any]:
    return {"name": "modify_pending_order_items", "arguments": {
        "order_id": order_id, "item_ids": [_item(order_id, name)["item_id"]], "new_item_ids": [variant_id],
        "payment_method_id": _method(uid, order_id)}}


GIFT_CARD = {"en": "gift card", "fr": "carte cadeau", "es": "tarjeta regalo", "de": "Geschenkkarte"}


def _method_word(uid: str, order_id: str, lang: str) -> str:
    """The order's own method as a customer names it ("paypal", "visa"): the case's first message names it."""
    method = USERS[uid]["payment_methods"][_method(uid, order_id)]
    if method["source"] == "gift_card":
        return GIFT_CARD[lang]
    return "paypal" if method["source"] == "paypal" else str(method["brand"])


def _kept(lang: str, cid: str, uid: str, order_id: str, name: str, first: dict[str, str], last: dict[str, str],
          turns: list[str]) -> dict[str, Any]:
    item = _item(order_id, name)
    turns = [turns[0].replace("{method}", _method_word(uid, order_id, lang)), *turns[1:]]
    first_id, last_id = _variant(item, **first), _variant(item, **last)
    description = (f"{name} {item['options']} in {order_id}: {first} proposed ({first_id}), then one option kept "
                   f"as ordered: {last} ({last_id}) written with the order's own method")
    discarded = {"name": "modify_pending_order_items", "arguments": {
        "order_id": order_id, "item_ids": [item["item_id"]], "new_item_ids": [first_id]}}
    return _case(lang, cid, "keep-as-ordered", description, uid, turns,
                 _expect([_swap(uid, order_id, name, last_id)], [discarded]))


def _kept_whole(lang: str, cid: str, uid: str, turns: list[str]) -> dict[str, Any]:
    return _case(lang, cid, "keep-as-ordered", "near-miss: a two-option change proposed, then the item kept as it "
                 "is (no other value named): nothing written", uid, turns, _expect([]))


def _kept_with_address(lang: str, cid: str, uid: str, order_id: str, name: str, first: dict[str, str],
                       last: dict[str, str], address: tuple[str, str, str], turns: list[str]) -> dict[str, Any]:
    """As `_kept`, with a new shipping address in the same message (a letter of the street is no size): the yes
    writes the address and the item with only the other option changed, in any order."""
    case = _kept(lang, cid, uid, order_id, name, first, last, turns)
    street, city, zip_code = address
    case["description"] += f"; the address {street}, {city} {zip_code} said with it, both written on the yes"
    case["expect"]["actions"]["mode"] = "unordered"
    case["expect"]["actions"]["calls"].insert(0, {"name": "modify_pending_order_address", "arguments": {
        "order_id": order_id, "address1": street, "city": city, "zip": zip_code}})
    case["expect"]["forbidden"] = [f for f in case["expect"]["forbidden"]
                                   if f.get("name") != "modify_pending_order_address"]
    return case


def drop_a_change() -> list[dict[str, Any]]:
    """One option's change proposed, then dropped by the option's name ("forget the water resistance") and another
    option changed instead: only that one is written."""
    return [
        _kept("en", "forget-option-other-instead", "sofia_thomas_1518", "#W7619352", "Wireless Earbuds",
              {"water_resistance": "IPX4"}, {"color": "black"},
              ["can I switch the earbuds in #W7619352 to the IPX4 ones? {method} if there's a difference",
               "hmm forget the water resistance, just black instead", "yes"]),
        _kept("fr", "oublier-option-autre-valeur", "fatima_nguyen_7539", "#W8808563", "Desk Lamp",
              {"brightness": "high"}, {"color": "black"},
              ["la lampe de bureau de la commande #W8808563, je la voudrais en luminosité élevée, {method}",
               "non oubliez la luminosité, plutôt juste en noir", "oui"]),
        _kept("es", "olvidar-opcion-otro-valor", "isabella_santos_1643", "#W9527030", "Smart Watch",
              {"display": "AMOLED"}, {"color": "black"},
              ["quiero el reloj inteligente del pedido #W9527030 con pantalla AMOLED, con mi {method}",
               "olvida la pantalla, mejor solo en negro", "sí"]),
        _kept("de", "option-vergessen-andere", "lei_wilson_4541", "#W3826449", "Tablet",
              {"storage": "32GB"}, {"color": "gold"},
              ["das Tablet aus Bestellung #W3826449 bitte mit 32GB Speicher, Differenz über {method}",
               "ach vergiss den Speicher, lieber nur in Gold", "ja"]),
    ]


def keep_with_address() -> list[dict[str, Any]]:
    return [
        _kept_with_address("en", "keep-colour-with-address", "lucas_silva_7435", "#W1814268", "Bookshelf",
                           {"color": "brown", "material": "glass"}, {"material": "glass"},
                           ("410 S Elm Street", "Austin", "78704"),
                           ["please make the bookshelf in #W1814268 brown and glass, {method} for the difference",
                            "actually keep it white, just the glass. and ship the order to 410 S Elm Street, Austin "
                            "TX 78704", "yes"]),
        _kept_with_address("fr", "garder-couleur-avec-adresse", "mei_ahmed_5058", "#W2631563", "Smart Thermostat",
                           {"color": "black", "compatibility": "Amazon Alexa"}, {"compatibility": "Amazon Alexa"},
                           ("77 N Oak Avenue", "Portland", "97205"),
                           ["le thermostat de la commande #W2631563 en noir et compatible Amazon Alexa svp, {method}",
                            "non gardez la couleur, seulement Amazon Alexa. et livrez la commande au 77 N Oak Avenue, "
                            "Portland OR 97205", "oui"]),
        _kept_with_address("es", "dejar-color-con-direccion", "sophia_garcia_5795", "#W4958652", "Smart Thermostat",
                           {"color": "black", "compatibility": "Amazon Alexa"}, {"compatibility": "Amazon Alexa"},
                           ("930 W Pine Street", "Phoenix", "85003"),
                           ["el termostato del pedido #W4958652 lo quiero negro y con Amazon Alexa, con mi {method}",
                            "deja el color como está, solo Amazon Alexa. y envía el pedido a 930 W Pine Street, "
                            "Phoenix AZ 85003", "sí"]),
        _kept_with_address("de", "farbe-lassen-mit-adresse", "emma_santos_9753", "#W1620235", "Bookshelf",
                           {"color": "black", "height": "4 ft"}, {"height": "4 ft"},
                           ("55 S Main Street", "Salt Lake City", "84111"),
                           ["das Bücherregal aus #W1620235 bitte in Schwarz und 4 ft hoch, Differenz über {method}",
                            "nee, Farbe lassen, nur 4 ft. und bitte an 55 S Main Street, Salt Lake City UT 84111 "
                            "liefern", "ja"]),
    ]


def keep_as_ordered() -> list[dict[str, Any]]:
    return [
        _kept("en", "keep-colour-by-name", "raj_lopez_5873", "#W3502364", "Water Bottle",
              {"color": "green", "material": "glass"}, {"material": "glass"},
              ["can the water bottle in #W3502364 be green and glass instead? {method} for the difference",
               "hmm actually leave the colour as it is, only the glass", "yes"]),
        _kept("en", "keep-colour-by-value", "juan_lopez_5820", "#W3386832", "Cycling Helmet",
              {"color": "white", "size": "S"}, {"size": "S"},
              ["I'd like my cycling helmet from #W3386832 in white and size S, {method} for any difference",
               "no wait, keep it blue, just the size S", "yes please"]),
        _kept_whole("en", "keep-it-all", "emma_santos_9753",
                    ["please change the kettle in order #W1620235 to white, 1.5L", "actually no, keep it as it is",
                     "thanks"]),
        _kept("fr", "garder-couleur-par-nom", "olivia_smith_5265", "#W1974181", "Bookshelf",
              {"color": "white", "material": "wood"}, {"material": "wood"},
              ["je voudrais l'étagère de la commande #W1974181 en blanc et en bois, avec ma {method}",
               "non finalement laissez la couleur, seulement le bois", "oui"]),
        _kept("fr", "garder-couleur-compatibilite", "mei_davis_8935", "#W1267569", "Smart Thermostat",
              {"color": "black", "compatibility": "Apple HomeKit"}, {"compatibility": "Apple HomeKit"},
              ["bonjour, le thermostat de la commande #W1267569, je le voudrais noir et compatible Apple HomeKit. "
               "{method} pour la différence",
               "attendez, gardez la couleur, juste la compatibilité HomeKit", "oui c'est bon"]),
        _kept_whole("fr", "tout-garder", "yusuf_khan_7091",
                    ["la gourde de #W1787190 en noir et en verre svp", "non, laissez-la comme elle est", "merci"]),
        _kept("es", "dejar-color-por-valor", "sophia_thomas_5301", "#W4862767", "Bookshelf",
              {"color": "brown", "material": "glass"}, {"material": "glass"},
              ["quiero la estantería del pedido #W4862767 en marrón y de vidrio, la diferencia con {method}",
               "mejor déjala en blanco, solo cambia el material a vidrio", "sí"]),
        _kept("es", "dejar-color-por-nombre", "mia_jackson_2250", "#W7807323", "Electric Kettle",
              {"color": "white", "capacity": "1L"}, {"capacity": "1L"},
              ["el hervidor del pedido #W7807323 lo quiero blanco y de 1L, con mi {method}",
               "no, deja el color igual, solo la capacidad de 1L", "sí, vale"]),
        _kept_whole("es", "dejar-todo", "sophia_nguyen_7885",
                    ["la botella del pedido #W4183735 la quiero negra y de vidrio", "no, mejor déjala como está",
                     "gracias"]),
        _kept("de", "farbe-lassen", "yusuf_ahmed_6232", "#W1302858", "Bookshelf",
              {"color": "white", "height": "5 ft"}, {"height": "5 ft"},
              ["das Bücherregal aus Bestellung #W1302858 bitte in Weiß und 5 ft hoch, Differenz über {method}",
               "nee, Farbe lassen, nur 5 ft hoch", "ja"]),
        _kept("de", "schwarz-lassen", "harper_thomas_9402", "#W7425646", "Smart Thermostat",
              {"color": "stainless steel", "compatibility": "Amazon Alexa"}, {"compatibility": "Amazon Alexa"},
              ["den Thermostat aus #W7425646 hätte ich gern in Edelstahl und mit Amazon Alexa, über meine {method}",
               "doch lieber schwarz lassen, nur Amazon Alexa", "ja bitte"]),
        _kept_whole("de", "alles-lassen", "evelyn_ahmed_3960",
                    ["das Bücherregal aus #W1416704 bitte in Weiß und aus Glas", "nein, lass es lieber so wie es ist",
                     "danke"]),
    ]


def main() -> None:
    cases = [*after_refusal(), *keep_as_ordered(), *keep_with_address(), *drop_a_change()]
    write_suite(OUT, {"suite": "change-of-mind-classes-22",
                      "description": "Classes of change-of-mind-hand-21 and a dialogue-classes-27 regression "
                                     "(mindhand22): another action after a refused change keeps its item and "
                                     "order; an option kept as ordered while another changes.",
                      "tags": ["change-of-mind-classes-22"], "customer": None, "cases": cases})


if __name__ == "__main__":
    main()
