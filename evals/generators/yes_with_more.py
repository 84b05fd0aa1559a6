"""Cases for the class "an answer to an open proposal that carries more than yes/no" (fresh15 F1, F3, F4, F6, F11,
F16), in four languages. Writes evals/suites/yes-with-more.yaml:

- `adds-item`: a yes to a return that adds another item of the same order ("si, y el reloj tambien porfa"): nothing
  written on it; the return is proposed again with both items and a plain yes writes both.
- `adds-other-order`: a yes that adds an item of another order: the customer is told it cannot join this return
  (the other order is named), nothing written on it; a plain yes then writes the proposal as it stood.
- `refund-elsewhere`: a yes to a return naming the gift card for the refund: written to the gift card, and the done
  message says where the refund goes.
- `address-restated`: a yes that repeats the new default address proposed: written.
- `same-as-order`: the method for a swap's difference asked, answered "the same method as for the order": the
  order's own method proposed, then written on the yes.

Ids are looked up in data/tau-retail. Run: python -m evals.generators.yes_with_more"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, order_status, reply_checks, text_turns, writes_expected
from evals.generators.checked_calls import named_items_return, paid_with
from evals.generators.tau_data import ORDERS, ROOT, USERS, write_suite

OUT = ROOT / "evals" / "suites" / "yes-with-more.yaml"
GIFT_CARD = ["gift card", "carte cadeau", "carte-cadeau", "tarjeta regalo", "tarjeta de regalo", "Geschenkkarte",
             "Gutschein"]


def _gift_card(user: str) -> str:
    return next(m for m in USERS[user]["payment_methods"] if m.startswith("gift_card"))


def _case(case_id: str, kind: str, description: str, customer: str, turns: list[str], calls: list[dict[str, Any]],
          *, status: tuple[str, str] | None = None, facts: list[list[str]] | None = None,
          must_not_say: list[str] | None = None) -> dict[str, Any]:
    expect = writes_expected(calls, store=order_status(*status) if status else None,
                             reply=reply_checks(facts, must_not_say))
    return case_record(case_id, [case_id.split("-")[0], "yes-with-more", kind], description, customer,
                       text_turns(turns), expect)


# (id, customer, order, first item, added item, turns)
ADDS_ITEM = [
    ("en-adds-item-lamp", "ivan_hernandez_6923", "#W5838674", "Wall Clock", "Desk Lamp",
     ["order W5838674, i want to return the wall clock", "yes and the desk lamp too", "yes"]),
    ("en-adds-item-tshirt", "aarav_davis_5411", "#W6552785", "Desk Lamp", "T-Shirt",
     ["i'd like to send back the desk lamp, it's way too dim", "yep, and the t-shirt as well pls", "ok yes do it"]),
    ("fr-adds-item-grill", "mason_ahmed_2061", "#W2101159", "Tea Kettle", "Grill",
     ["je veux retourner la bouilloire, elle fuit", "oui, et le barbecue aussi", "oui"]),
    ("fr-adds-item-mouse", "noah_brown_6181", "#W7678072", "Backpack", "Gaming Mouse",
     ["bonjour, je souhaite renvoyer le sac a dos", "d'accord, ajoutez aussi la souris svp", "oui c'est bon"]),
    ("es-adds-item-tablet", "fatima_taylor_3452", "#W5285031", "Wireless Earbuds", "Tablet",
     ["quiero devolver los auriculares inalambricos", "si, y la tablet tambien porfa", "si"]),
    ("es-adds-item-watch", "evelyn_gonzalez_8209", "#W4500945", "Air Purifier", "Smart Watch",
     ["hola, quiero devolver el purificador de aire", "vale, y de paso el reloj inteligente tambien", "sí, adelante"]),
    ("de-adds-item-sunglasses", "yara_sanchez_1902", "#W6015009", "Mechanical Keyboard", "Sunglasses",
     ["ich will die tastatur zurueckschicken", "passt. ach und die sonnenbrille auch noch mit dazu bitte", "ja"]),
    ("de-adds-item-helmet", "raj_kim_8554", "#W5697187", "Hiking Boots", "Cycling Helmet",
     ["ich moechte die wanderschuhe zurueckgeben", "ja, den fahrradhelm bitte auch", "ja genau"]),
]
# (id, customer, order, item returned, other order, item named from it, its name in replies, turns)
ADDS_OTHER_ORDER = [
    ("en-adds-other-order", "mason_kovacs_3062", "#W9608525", "Sunglasses", "#W1855881",
     ["i want to return the sunglasses from order W9608525", "yes and the pet bed too",
      "ok then yes, just the sunglasses"]),
    ("fr-adds-other-order", "sophia_garcia_1101", "#W1023987", "Luggage Set", "#W8727985",
     ["je voudrais retourner la valise de la commande W1023987", "oui et la tablette aussi", "d'accord, oui"]),
    ("es-adds-other-order", "raj_davis_2615", "#W9894882", "Bookshelf", "#W5463717",
     ["quiero devolver la estanteria del pedido W9894882", "si, y tambien los auriculares", "vale, si"]),
    ("de-adds-other-order", "amelia_gonzalez_4098", "#W1762492", "Wristwatch", "#W7209932",
     ["ich will die armbanduhr aus bestellung W1762492 zurueckgeben", "ja, und den rucksack auch", "ok, dann ja"]),
]
# (id, customer, order, item, turns)
REFUND_ELSEWHERE = [
    ("en-refund-gift-card", "isabella_johnson_6293", "#W3431083", "Backpack",
     ["i want to return the backpack", "yes but refund to the gift card"]),
    ("fr-refund-gift-card", "mei_santos_5526", "#W7368828", "Makeup Kit",
     ["je veux retourner le kit de maquillage", "oui mais rembourse sur la carte cadeau finalement"]),
    ("es-refund-gift-card", "yusuf_jackson_7865", "#W7128968", "Vacuum Cleaner",
     # "pero … mejor" changes the method and is asked again (pending-proposal-replies' rule): its own yes writes it
     ["quiero devolver la aspiradora", "sí, pero el reembolso a la tarjeta regalo mejor", "sí"]),
    ("de-refund-gift-card", "mia_johansson_7000", "#W8346517", "Yoga Mat",
     ["ich moechte die yogamatte zurueckgeben", "ja, aber das geld bitte auf die geschenkkarte"]),
]
# (id, customer, turns, zip)
ADDRESS_RESTATED = [
    ("en-address-restated", "noah_brown_6181",
     ["i moved, new address is 77 pine st unit 2, denver CO 80205. please update my account",
      "yes 77 pine st unit 2 denver 80205"], "80205"),
    ("fr-address-restated", "fatima_taylor_3452",
     ["j'ai déménagé, mettez à jour l'adresse de mon compte : 12 rue des Lilas, Boston MA 02116",
      "oui, 12 rue des lilas 02116 c'est ça"], "02116"),
    ("es-address-restated", "evelyn_gonzalez_8209",
     ["cambia la dirección de mi cuenta a 450 Oak Avenue, Austin TX 78701 por favor",
      "sí, 450 oak avenue, austin 78701"], "78701"),
    ("de-address-restated", "raj_kim_8554",
     ["bitte die adresse in meinem konto ändern: 9 Elm Street, Seattle WA 98101",
      "ja genau, 9 elm street 98101"], "98101"),
]
# (id, customer, order, item id, new item id, turns) — the swaps of payment-in-changes' by-digits cases
SAME_AS_ORDER = [
    ("en-same-as-order", "lei_li_6575", "#W3189752", "7617930199", "3254583681",
     ["i'd like the speaker from order W3189752 in blue", "same as the order, whatever i paid with", "yes"]),
    ("fr-same-as-order", "liam_gonzalez_4265", "#W8747662", "8538875209", "5758737025",
     ["je peux changer la gourde pour du vert ?", "le meme moyen que pour la commande", "oui"]),
    ("es-same-as-order", "liam_thomas_7882", "#W3295833", "4063401924", "8349903180",
     ["quiero la bateria externa del pedido W3295833 en negro, se puede cambiar?",
      "con el mismo metodo con el que pague el pedido", "de acuerdo"]),
    ("de-same-as-order", "lucas_johansson_1090", "#W5073920", "7824298782", "8054888773",
     ["kann ich den rucksack noch auf grau ändern?", "wie bei der bestellung, gleiche zahlungsart", "ja"]),
    # items with sizes: "moyen", "medio" in the method's words are no size M (fresh15 F11)
    ("fr-same-as-order-sized", "evelyn_ahmed_3960", "#W1416704", "7228247242", "1615379700",
     ["je voudrais les chaussures de rando de la commande W1416704 en synthetique",
      "le meme moyen que pour la commande", "oui"]),
    ("es-same-as-order-sized", "sofia_li_9219", "#W8855135", "1437889264", "3613716226",
     ["quiero las botas de montaña del pedido W8855135 en talla 8", "con el mismo medio de pago que el pedido",
      "sí, vale"]),
]

# "as usual" for the method asked (fresh15 F11 "comme d hab"): the order's own method
AS_USUAL = [
    ("en-method-as-usual", "lei_li_6575", "#W3189752", "7617930199", "3254583681",
     ["i'd like the speaker from order W3189752 in blue", "the usual one", "yes"]),
    ("fr-method-as-usual", "evelyn_ahmed_3960", "#W1416704", "7228247242", "1615379700",
     ["je voudrais les chaussures de rando de la commande W1416704 en synthetique", "comme d hab", "oui"]),
    ("es-method-as-usual", "liam_thomas_7882", "#W3295833", "4063401924", "8349903180",
     ["quiero la bateria externa del pedido W3295833 en negro, se puede cambiar?", "como siempre", "vale"]),
    ("de-method-as-usual", "lucas_johansson_1090", "#W5073920", "7824298782", "8054888773",
     ["kann ich den rucksack noch auf grau ändern?", "wie immer", "ja passt"]),
]
# (id, customer, tool, order, item id, new item id, method written, turns): a swap whose difference comes back, the
# yes naming the gift card for it (fresh15 F4: "oui mais rembourse sur la carte cadeau finalement" read as a return)
SWAP_REFUND_ELSEWHERE = [
    ("en-swap-refund-gift-card", "yara_martin_9470", "modify_pending_order_items", "#W4538969", "3104857380",
     "9805150490", "gift_card_3902147",
     ["can i switch the headphones in order W4538969 to white? refund whatever to my credit card",
      "yes but put the refund on the gift card", "yes"]),
    ("fr-swap-refund-gift-card", "olivia_ahmed_6778", "exchange_delivered_order_items", "#W2260828", "2244749153",
     "8479046075", "gift_card_1044904",
     ["je voudrais echanger l'etagere de la commande W2260828 contre une blanche, la difference sur ma carte bancaire",
      "oui mais rembourse sur la carte cadeau finalement", "oui"]),
    ("es-swap-refund-gift-card", "olivia_sanchez_2914", "modify_pending_order_items", "#W5101035", "8798690242",
     "2645006275", "gift_card_3573484",
     ["quiero el cepillo de dientes del pedido W5101035 en blanco, el reembolso a paypal",
      "sí, pero devuélveme la diferencia en la tarjeta regalo", "sí"]),
    ("de-swap-refund-gift-card", "lucas_martin_4549", "exchange_delivered_order_items", "#W3929227", "7918497119",
     "8538875209", "gift_card_7728021",
     ["ich möchte die trinkflasche aus W3929227 gegen eine schwarze umtauschen, differenz auf meine kreditkarte",
      "ja, aber erstatte den betrag auf die geschenkkarte", "ja"]),
]
# (id, customer, order, item id, new item id, method, added item's name, turns): a yes to a swap that adds another
# item: nothing written on it, why said; a plain yes then writes the swap as proposed
ADDS_TO_SWAP = [
    ("en-adds-to-swap", "daiki_li_8218", "#W6958840", "4131464125", "6948061616", "credit_card_1687024", "Office Chair",
     ["change the tablet in order W6958840 to gold, refund to my card", "yes and the office chair too",
      "ok just the tablet then, yes"]),
    ("de-adds-to-swap", "mason_kovacs_7590", "#W6030855", "5650803029", "1052700637", "credit_card_4314033",
     "Sunglasses",
     ["kann ich den lautsprecher aus bestellung W6030855 in rot haben? differenz auf die kreditkarte",
      "ja, und die sonnenbrille auch", "ja, dann nur den lautsprecher"]),
]


def _swap(tool: str, order: str, item_id: str, new_id: str, method: str) -> dict[str, Any]:
    return {"name": tool, "arguments": {"order_id": order, "item_ids": [item_id], "new_item_ids": [new_id],
                                        "payment_method_id": method}}


def cases() -> list[dict[str, Any]]:
    out = []
    for case_id, user, order, first, added, turns in ADDS_ITEM:
        out.append(_case(case_id, "adds-item", f"return {first} proposed; the yes adds {added} (same order): "
                         "proposed again with both, written on the plain yes", user, turns,
                         [named_items_return(order, [first, added] if _before(order, first, added) else [added, first],
                                  paid_with(order))], status=(order, "return requested")))
    for case_id, user, order, first, other, turns in ADDS_OTHER_ORDER:
        out.append(_case(case_id, "adds-other-order", f"return {first} proposed; the yes adds an item of {other}: "
                         "told it cannot join, the plain yes writes the return as proposed", user, turns,
                         [named_items_return(order, [first], paid_with(order))], status=(order, "return requested"),
                         facts=[[other]]))
    for case_id, user, order, item, turns in REFUND_ELSEWHERE:
        out.append(_case(case_id, "refund-elsewhere", f"return {item}; the yes sends the refund to the gift card: "
                         "written there and said", user, turns, [named_items_return(order, [item], _gift_card(user))],
                         status=(order, "return requested"), facts=[GIFT_CARD]))
    for case_id, user, turns, zip_code in ADDRESS_RESTATED:
        out.append(_case(case_id, "address-restated", "new default address proposed; the yes repeats it: written",
                         user, turns, [{"name": "modify_customer_address", "arguments": {"zip": zip_code}}]))
    for case_id, user, order, item_id, new_id, turns in SAME_AS_ORDER:
        out.append(_case(case_id, "same-as-order", "swap's method asked; 'the same as the order': the order's own "
                         "method, written on the yes", user, turns, [{
                             "name": "modify_pending_order_items", "arguments": {
                                 "order_id": order, "item_ids": [item_id], "new_item_ids": [new_id],
                                 "payment_method_id": paid_with(order)}}], status=(order, "pending (item modified)")))
    for case_id, user, order, item_id, new_id, turns in AS_USUAL:
        calls = [_swap("modify_pending_order_items", order, item_id, new_id, paid_with(order))]
        out.append(_case(case_id, "same-as-order", "swap's method asked; 'as usual': the order's own method, written "
                         "on the yes", user, turns, calls, status=(order, "pending (item modified)")))
    for case_id, user, tool, order, item_id, new_id, method, turns in SWAP_REFUND_ELSEWHERE:
        status = "exchange requested" if tool.startswith("exchange") else "pending (item modified)"
        out.append(_case(case_id, "swap-refund-elsewhere", "a swap's difference refunded; the yes names the gift card "
                         "for it: written there, never read as a return", user, turns,
                         [_swap(tool, order, item_id, new_id, method)], status=(order, status)))
    for case_id, user, order, item_id, new_id, method, added, turns in ADDS_TO_SWAP:
        out.append(_case(case_id, "adds-to-swap", f"a swap proposed; the yes adds {added}: nothing written on it, "
                         "said why; the plain yes writes the swap", user, turns,
                         [_swap("modify_pending_order_items", order, item_id, new_id, method)],
                         status=(order, "pending (item modified)"), facts=[[added]]))
    return out


def _before(order: str, first: str, added: str) -> bool:
    names = [i["name"] for i in ORDERS[order]["items"]]
    return names.index(first) < names.index(added)


def main() -> None:
    write_suite(OUT, {
        "suite": "yes-with-more",
        "description": "An answer to an open proposal that carries more than yes/no (fresh15 F1, F3, F4, F6, F11, "
                       "F16): a yes adding an item (same order: proposed again with it; another order: told why "
                       "not), a yes naming where the refund goes, a yes repeating the address, 'the same method as the "
                       "order'. Generated by evals/generators/yes_with_more.py from data/tau-retail.",
        "tags": ["yes-with-more"], "customer": None, "cases": cases()})


if __name__ == "__main__":
    main()
