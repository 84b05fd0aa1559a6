"""Writes evals/suites/v15-classes-20.yaml: the classes behind v15's failures (policy question while picking an
option, cancel beside a balance question, a status asked as "any update/news" beside a product question), new
customers and wording; ids, variants, methods and balances read from data/tau-retail and the demo catalog."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "shared" / "data" / "tau-retail"
WRITES = ["cancel_pending_order", "modify_pending_order_items", "modify_pending_order_address",
          "modify_pending_order_payment", "modify_customer_address", "return_delivered_order_items",
          "exchange_delivered_order_items"]
POLICY_FACTS = ["original", "gift card", "same payment", "d'origine", "carte cadeau", "carte-cadeau", "mismo método",
                "método de pago original", "tarjeta regalo", "tarjeta de regalo", "ursprünglich", "Geschenkkarte",
                "delivered", "livr", "entreg", "zugestellt", "geliefert"]
SHIPPED = ["shipped", "on its way", "in transit", "expédi", "envoy", "en route", "enviad", "en camino", "versandt",
           "verschickt", "unterwegs"]

# (language, customer, order, old item, new item, method, turns)
PICKING = [
    ("en", "raj_lopez_5873", "#W3502364", "3453331371", "8538875209", "paypal_7007375",
     ["Hi, on order W3502364 I'd like a different material for the water bottle.",
      "Before I pick: once it's delivered, if I end up not liking it, could I send it back, and where would my "
      "money go?",
      "ok, glass then, charge PayPal", "yes go ahead"]),
    ("en", "raj_li_9474", "#W8967935", "4947921075", "6777246137", "credit_card_9582448",
     ["hey, could the water bottle in W8967935 be a different colour?",
      "quick question first - if it arrives and I don't want it, can I return it for a refund?",
      "alright, red please, use my visa", "yes"]),
    ("fr", "james_martin_1500", "#W3043531", "2226219750", "2407258246", "credit_card_7083997",
     ["Bonjour, pour la montre de la commande W3043531 je voudrais un autre bracelet.",
      "Une question avant : si elle ne me convient pas après réception, est-ce que je pourrai la retourner et être "
      "remboursé comment ?",
      "Bon, alors en métal, payé avec ma visa.", "oui, allez-y"]),
    ("fr", "james_kim_7213", "#W9154975", "5268233322", "4064702754", "paypal_8963303",
     ["je souhaite changer la contenance de la bouilloire dans ma commande W9154975",
      "et si une fois livrée elle ne me plaît pas, je pourrai la renvoyer ? vous remboursez sur quoi ?",
      "ok, la 2L alors, par paypal", "oui c'est bon"]),
    ("es", "olivia_smith_8953", "#W1348609", "7195021808", "9228757377", "paypal_2076152",
     ["Hola, en el pedido W1348609 quiero la cámara con otro zoom",
      "antes de elegir: si cuando me llegue no me gusta, ¿se puede devolver? ¿y el dinero a dónde vuelve?",
      "bueno, la de 10x, pago con paypal", "sí, adelante"]),
    ("es", "isabella_sanchez_2068", "#W4386313", "7597543861", "6704763132", "paypal_8516781",
     ["quisiera el altavoz bluetooth del pedido W4386313 en otro color",
      "una duda: si después de recibirlo no me convence, lo puedo devolver y me reembolsan?",
      "vale, azul, con paypal", "sí"]),
    ("de", "fatima_muller_6713", "#W6851636", "4510078629", "9949163720", "paypal_5541158",
     ["Hallo, bei der Armbanduhr aus Bestellung W6851636 möchte ich ein anderes Armbandmaterial.",
      "Vorab eine Frage: falls sie mir nach der Lieferung nicht gefällt, kann ich sie dann zurückschicken, und wie "
      "wird erstattet?",
      "Okay, dann Leder, über PayPal.", "ja, bitte"]),
    ("de", "emma_ito_4529", "#W8664580", "2366567022", "7661609223", "credit_card_8058445",
     ["die trinkflasche in W8664580 hätte ich gern in einer anderen farbe",
      "kurze frage noch: wenn sie ankommt und mir nicht gefällt, kann ich sie zurückgeben? wohin geht das geld?",
      "gut, schwarz, mit meiner visa", "ja mach das"]),
]

# (language, customer, order, gift card balance, text)
CANCEL_BALANCE = [
    ("en", "noah_hernandez_4232", "#W3897284", 56,
     "please cancel W3897284, I ordered it by mistake. also how much is left on my gift card?"),
    ("en", "ava_smith_1453", "#W8328622", 78,
     "Cancel order W8328622, no longer needed. What's my gift card balance btw?"),
    ("fr", "liam_lopez_7019", "#W2000719", 21,
     "annulez la commande W2000719 svp, je n'en ai plus besoin. il me reste combien sur ma carte cadeau ?"),
    ("fr", "lei_li_6575", "#W5166363", 50,
     "Je voudrais annuler W5166363, commandée par erreur. Et quel est le solde de ma carte-cadeau ?"),
    ("es", "chen_brown_8075", "#W4296426", 13,
     "anula el pedido W4296426, lo pedí por error. ¿y cuánto me queda en la tarjeta regalo?"),
    ("es", "daiki_silva_2903", "#W7999678", 19,
     "Quiero cancelar W7999678 porque ya no lo necesito, ¿me dices el saldo de mi tarjeta de regalo?"),
    ("de", "liam_li_6251", "#W4503264", 40,
     "Bitte Bestellung W4503264 stornieren, brauche ich nicht mehr. Wie viel Guthaben ist noch auf meiner "
     "Geschenkkarte?"),
    ("de", "harper_li_7655", "#W2047423", 95,
     "storniert mal W2047423, aus versehen bestellt. und was ist der stand meiner geschenkkarte?"),
    # the card named with the English words inside another language
    ("fr", "olivia_sanchez_2914", "#W5101035", 5,
     "merci d'annuler W5101035, je n'en ai plus l'utilité. il me reste combien sur ma gift card ?"),
    ("es", "aarav_anderson_8794", "#W9300146", 17,
     "cancelen el pedido W9300146, ya no lo necesito. y cuánto saldo queda en mi giftcard?"),
    ("de", "omar_kim_3528", "#W1080318", 91,
     "W1080318 bitte stornieren, hab mich verklickt. Wie viel Guthaben ist auf meiner Gift Card?"),
]

# (language, customer, order, product colours (en, fr, es, de), text)
STATUS_PRODUCT = [
    ("en", "james_li_5688", "#W2611340", [["Black", "Noir", "Negro", "Schwarz"], ["Gray", "Grey", "Gris", "Grau"],
                                          ["Green", "Vert", "Verde", "Grün"]],
     "any news on order W2611340? also what colours is the Hero Hoodie available in"),
    ("en", "mason_johansson_2485", "#W9549057", [["Blue", "Bleu", "Azul", "Blau"], ["Green", "Vert", "Verde", "Grün"],
                                                 ["Purple", "Violet", "Morado", "Lila"]],
     "Got an update for W9549057? And which colours does the Juno Jacket come in?"),
    ("fr", "raj_li_8594", "#W8935389", [["Black", "Noir"], ["Blue", "Bleu"], ["Purple", "Violet"]],
     "Des nouvelles de ma commande W8935389 ? Et la Olivia 1/4 Zip Light Jacket existe en quelles couleurs ?"),
    ("fr", "harper_kim_2998", "#W2959713", [["Black", "Noir"], ["Gray", "Gris"], ["Orange"]],
     "du nouveau pour W2959713 ? au fait le Chaz Kangeroo Hoodie, il est dispo en quelles couleurs"),
    ("es", "james_kovacs_9247", "#W5362037", [["Blue", "Azul"], ["Red", "Rojo"], ["Yellow", "Amarillo"]],
     "¿Hay novedades de mi pedido W5362037? ¿Y en qué colores viene la Stellar Solar Jacket?"),
    ("es", "emma_ito_4529", "#W3780282", [["Purple", "Morado"], ["White", "Blanco"], ["Yellow", "Amarillo"]],
     "qué hay de nuevo con el pedido W3780282? y la Breathe-Easy Tank de qué colores la tienen"),
    ("de", "evelyn_patel_8882", "#W3927847", [["Blue", "Blau"], ["Green", "Grün"], ["Lavender", "Lavendel"]],
     "Gibt es ein Update zu W3927847? Und in welchen Farben gibt es den Marco Lightweight Active Hoodie?"),
    ("de", "sofia_ito_7804", "#W4825004", [["Black", "Schwarz"], ["Gray", "Grau"], ["Green", "Grün"]],
     "Was Neues bei Bestellung W4825004? Welche Farben hat der Hero Hoodie?"),
    # the product question said with "other colours", words that also ask for another variant of an owned item
    ("en", "daiki_silva_1055", "#W7554560", [["Blue", "Bleu", "Azul", "Blau"], ["Green", "Vert", "Verde", "Grün"],
                                             ["Purple", "Violet", "Morado", "Lila"]],
     "where's W7554560 at? and does the Juno Jacket come in other colours?"),
    ("fr", "ethan_moore_3587", "#W3035044", [["Blue", "Bleu"], ["Red", "Rouge"], ["Yellow", "Jaune"]],
     "où en est W3035044 ? et la Stellar Solar Jacket, elle existe dans d'autres couleurs ?"),
    ("es", "harper_moore_6183", "#W9270202", [["Black", "Negro"], ["Gray", "Gris"], ["Orange", "Naranja"]],
     "¿cómo va el pedido W9270202? ¿y el Chaz Kangeroo Hoodie viene en otros colores?"),
    ("de", "yara_moore_6466", "#W5791782", [["Purple", "Lila", "Violett"], ["White", "Weiß"], ["Yellow", "Gelb"]],
     "Ist W5791782 schon unterwegs? Gibt es das Breathe-Easy Tank auch in anderen Farben?"),
]

# (language, customer, order, old item, new item, method, write, first message): the value wanted said in the first
# message beside the one the item has now ("a 7, I need a 9.") or in words ("the full-size one"); the yes writes it.
VALUE_IN_WORDS = [
    ("en", "ava_moore_2033", "#W4817420", "3812493782", "8106223139", "gift_card_8168843",
     "exchange_delivered_order_items",
     "The hiking boots from W4817420 are a 7, I need a 9. Put any difference on my gift card."),
    ("fr", "aarav_sanchez_9729", "#W5455653", "1262139877", "1615379700", "credit_card_2690859",
     "exchange_delivered_order_items",
     "Les chaussures de randonnée de la commande W5455653 font du 7, il me faut du 10. La différence sur ma "
     "mastercard."),
    ("es", "aarav_nguyen_7344", "#W7728728", "1437889264", "4582956489", "paypal_7859314",
     "exchange_delivered_order_items",
     "las botas del pedido W7728728 son del 7, necesito el 12. la diferencia por paypal"),
    ("de", "aarav_nguyen_7344", "#W2443586", "1437889264", "3613716226", "paypal_7859314",
     "modify_pending_order_items",
     "Die Wanderschuhe in W2443586 sind Größe 7, ich brauche die 8. Aufpreis über PayPal."),
    ("en", "emma_santos_9753", "#W3113816", "4843487907", "6342039236", "credit_card_5869505",
     "exchange_delivered_order_items",
     "can I exchange the mechanical keyboard from W3113816 for the full-size one? difference on my mastercard"),
    ("fr", "emma_santos_9753", "#W3113816", "4843487907", "6342039236", "credit_card_5869505",
     "exchange_delivered_order_items",
     "Je voudrais échanger le clavier de W3113816 contre la version pleine taille, différence sur ma mastercard."),
    ("es", "emma_santos_9753", "#W3113816", "4843487907", "6342039236", "credit_card_5869505",
     "exchange_delivered_order_items",
     "quiero cambiar el teclado del pedido W3113816 por la versión de tamaño completo. la diferencia a la mastercard"),
    ("de", "noah_patel_6952", "#W1845024", "1340995114", "7658724607", "paypal_3169710",
     "modify_pending_order_items",
     "Die mechanische Tastatur in W1845024 ist mir zu wuchtig, ich hätte gern die 80%-Variante statt voller Größe. "
     "Differenz per PayPal."),
]
YES = {"en": "yes please", "fr": "oui", "es": "sí", "de": "ja"}


def _money(amount: int) -> list[str]:
    return [f"${amount}", f"{amount}.00", f"{amount},00", f"{amount} $", f"{amount} dollars", f"{amount} USD"]


def _forbidden(allowed: str | None = None) -> list[dict]:
    return [{"name": name} for name in WRITES if name != allowed]


def main() -> None:
    orders = json.loads((DATA / "orders.json").read_text())
    users = json.loads((DATA / "users.json").read_text())
    products = json.loads((DATA / "products.json").read_text())
    cases = []
    for n, (lang, customer, order, old, new, method, turns) in enumerate(PICKING):
        record = orders[order]
        assert record["user_id"] == customer and record["status"] == "pending"
        item = next(i for i in record["items"] if i["item_id"] == old)
        assert products[item["product_id"]]["variants"][new]["available"]
        assert method in users[customer]["payment_methods"]
        other = [v for v in products[item["product_id"]]["variants"].values() if v["item_id"] not in {old, new}
                 and v["available"] and sum(v["options"][k] != item["options"][k] for k in item["options"]) == 1]
        cases.append({
            "id": f"{lang}-policy-while-picking-{n}", "tags": [lang, "v15-classes-20", "policy-while-picking-option"],
            "description": f"{item['name']} {old} of {order} ({item['options']}): option asked without a value, then a "
                           f"hypothetical return/refund question (answered from the policy, the option question kept), "
                           f"then the value and {method}; the yes writes {new}.",
            "user": {"customer": customer, "turns": [{"text": turns[0]}, {"text": turns[1], "reply": {
                "facts": [POLICY_FACTS]}}, {"text": turns[2]}, {"text": turns[3]}]},
            "expect": {"actions": {"mode": "strict", "scope": "writes", "args": "superset", "calls": [
                {"name": "modify_pending_order_items", "arguments": {
                    "order_id": order, "item_ids": [old], "new_item_ids": [new], "payment_method_id": method}}]},
                "forbidden": _forbidden("modify_pending_order_items") + [
                    {"name": "modify_pending_order_items", "arguments": {"new_item_ids": [v["item_id"]]}}
                    for v in other]}})
    for n, (lang, customer, order, balance, text) in enumerate(CANCEL_BALANCE):
        record = orders[order]
        assert record["user_id"] == customer and record["status"] == "pending"
        cards = [m for m in users[customer]["payment_methods"].values() if m["source"] == "gift_card"]
        assert len(cards) == 1 and cards[0]["balance"] == balance
        cases.append({
            "id": f"{lang}-cancel-and-balance-{n}", "tags": [lang, "v15-classes-20", "cancel-plus-balance"],
            "description": f"{order} pending, cancel asked beside a gift card balance question ({cards[0]['id']} "
                           f"{balance}): the balance answered, the cancel proposed, nothing written without a yes.",
            "user": {"customer": customer, "turns": [{"text": text}]},
            "expect": {"forbidden": _forbidden(), "store": {"unchanged": True},
                       "reply": {"facts": [_money(balance), [order.lstrip("#"), order]]}}})
    for n, (lang, customer, order, colours, text) in enumerate(STATUS_PRODUCT):
        record = orders[order]
        assert record["user_id"] == customer and record["status"] == "processed"
        tracking = record["fulfillments"][0]["tracking_id"][0]
        cases.append({
            "id": f"{lang}-update-and-product-{n}", "tags": [lang, "v15-classes-20", "status-update-plus-product"],
            "description": f"{order} processed (tracking {tracking}), its status asked as news/an update beside a "
                           "catalog product's colours: both answered, nothing offered or written.",
            "user": {"customer": customer, "turns": [{"text": text}]},
            "expect": {"forbidden": _forbidden(), "store": {"unchanged": True},
                       "reply": {"facts": [[tracking, *SHIPPED], *colours]}}})
    for n, (lang, customer, order, old, new, method, write, text) in enumerate(VALUE_IN_WORDS):
        record = orders[order]
        assert record["user_id"] == customer and method in users[customer]["payment_methods"]
        assert record["status"] == ("pending" if write.startswith("modify") else "delivered")
        item = next(i for i in record["items"] if i["item_id"] == old)
        assert products[item["product_id"]]["variants"][new]["available"]
        cases.append({
            "id": f"{lang}-value-in-first-message-{n}", "tags": [lang, "v15-classes-20", "value-in-first-message"],
            "description": f"{item['name']} {old} of {order} ({item['options']}): the value wanted said in the first "
                           f"message (beside the current one, or in words), {method}; the yes writes {new}.",
            "user": {"customer": customer, "turns": [{"text": text}, {"text": YES[lang]}]},
            "expect": {"actions": {"mode": "strict", "scope": "writes", "args": "superset", "calls": [
                {"name": write, "arguments": {"order_id": order, "item_ids": [old], "new_item_ids": [new],
                                              "payment_method_id": method}}]},
                "forbidden": _forbidden(write)}})
    suite = {"suite": "v15-classes-20",
             "description": "Classes behind v15's failures, new customers and wording (generated by "
                            "evals/generators/v15_classes_20.py from data/tau-retail and the demo catalog).",
             "tags": ["v15-classes-20"], "customer": None, "cases": cases}
    out = ROOT / "evals" / "suites" / "v15-classes-20.yaml"
    out.write_text(yaml.safe_dump(suite, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    print(out, len(cases))


if __name__ == "__main__":
    main()
