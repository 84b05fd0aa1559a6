"""Cases for the class "an item change keeps the options the customer said to keep, and never writes a variant whose
other options changed without a yes to that exact variant" (issue 17; fresh16 F1, F7, F8), in four languages.
Writes evals/suites/kept-options-17.yaml. Every case is a guest who proves the order (email + order + zip) in the
first message, as in the browser pass.

- `kept-unavailable`: the new value asked with another option said to stay as it is ("it has to stay red", "que siga
  siendo rojo", "soll rot bleiben", "même couleur"), and no variant in stock has both: nothing written on "yes, <a
  method>" nor on the method then a yes (F7); the reply says the kept value and the real alternative. (The first
  before-run had the method alone as the second turn, which wrote nothing on main's code either: changed to F7's own
  turns before any code change.)
- `kept-chooses`: several variants have the new value and the kept option picks one, which changes a third option
  the customer did not name: that variant (never another), written after a yes and the method.
- `other-option-changes`: the only variant with the new value changes another option the customer did not name
  (F1): a reply to the payment question ("yes, with paypal") writes nothing and the change is stated; its own yes
  then writes it with the method already named.
- `alternatives`: no variant keeps the rest, several have the new value, some out of stock (F8): the reply lists
  what there is; the customer picks one by its values and it is written after the method.
- `ruled-out-unavailable` / `ruled-out-chooses` ("not X": "but not navy", "mais pas en bleu marine", "pero no en
  azul marino", "aber nicht in marineblau"; added after the keep fix, before "not X" was read): the value ruled out is
  never read as asked; the only variant having it is not proposed, and where ruling it out leaves one variant, that
  one is, after its own yes.

Ids are looked up in data/tau-retail. Run: python -m evals.generators.kept_options_17"""

from __future__ import annotations

import random
from typing import Any

from evals.generators.case_builders import reply_checks
from evals.generators.reply_words import LANGS
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, WRITES, write_suite

OUT = ROOT / "evals" / "suites" / "kept-options-17.yaml"
NOUNS = {
    "Fleece Jacket": ["fleece jacket", "la veste polaire", "la chaqueta polar", "die Fleecejacke"],
    "T-Shirt": ["t-shirt", "le t-shirt", "la camiseta", "das T-Shirt"],
    "Running Shoes": ["running shoes", "les chaussures de course", "las zapatillas de correr", "die Laufschuhe"],
    "Hiking Boots": ["hiking boots", "les chaussures de randonnée", "las botas de montaña", "die Wanderschuhe"],
    "Sneakers": ["sneakers", "les baskets", "las zapatillas", "die Sneaker"],
    "Garden Hose": ["garden hose", "le tuyau d'arrosage", "la manguera", "den Gartenschlauch"],
    "Backpack": ["backpack", "le sac à dos", "la mochila", "den Rucksack"],
    "Water Bottle": ["water bottle", "la gourde", "la botella de agua", "die Trinkflasche"],
    "Cycling Helmet": ["cycling helmet", "le casque de vélo", "el casco de bici", "den Fahrradhelm"],
}
VALUES = {
    "red": ["red", "rouge", "rojo", "rot"], "blue": ["blue", "bleu", "azul", "blau"],
    "black": ["black", "noir", "negro", "schwarz"], "white": ["white", "blanc", "blanco", "weiß"],
    "green": ["green", "vert", "verde", "grün"], "navy": ["navy", "bleu marine", "azul marino", "marineblau"],
    "gray": ["gray", "gris", "gris", "grau"], "grey": ["grey", "gris", "gris", "grau"],
    "brown": ["brown", "marron", "marrón", "braun"], "pink": ["pink", "rose", "rosa", "rosa"],
    "purple": ["purple", "violet", "morado", "lila"], "yellow": ["yellow", "jaune", "amarillo", "gelb"],
    "rubber": ["rubber", "caoutchouc", "goma", "Gummi"], "vinyl": ["vinyl", "vinyle", "vinilo", "Vinyl"],
    "latex": ["latex", "latex", "látex", "Latex"], "leather": ["leather", "cuir", "cuero", "Leder"],
    "synthetic": ["synthetic", "synthétique", "sintético", "synthetisch"],
    "polyester": ["polyester", "polyester", "poliéster", "Polyester"], "nylon": ["nylon", "nylon", "nailon", "Nylon"],
    "cotton": ["cotton", "coton", "algodón", "Baumwolle"], "mesh": ["mesh", "maille filet", "malla", "Netzstoff"],
    "canvas": ["canvas", "toile", "lona", "Canvas"], "glass": ["glass", "verre", "vidrio", "Glas"],
    "plastic": ["plastic", "plastique", "plástico", "Kunststoff"],
    "stainless steel": ["stainless steel", "inox", "acero inoxidable", "Edelstahl"],
    "full": ["full zip", "fermeture complète", "cremallera completa", "durchgehendem Reißverschluss"],
    "half": ["half zip", "demi-fermeture", "media cremallera", "halbem Reißverschluss"],
    "crew neck": ["crew neck", "col rond", "cuello redondo", "Rundhals"],
    "v-neck": ["v-neck", "col en V", "cuello en V", "V-Ausschnitt"],
}
# how a reply may say a value (its fr/es/de labels in prompts/option_labels.v1.yaml, and the bare word)
SAID = {"full": ["full", "complète", "completa", "durchgehend"], "half": ["half", "demi", "media", "halb"],
        "large": ["large", "grande", "groß"], "medium": ["medium", "moyen", "medio", "mittel"],
        "small": ["small", "petite", "pequeña", "klein"]}
OPTION_NAMES = {"size": ["size", "taille", "talla", "Größe"], "color": ["colour", "couleur", "color", "Farbe"],
                "material": ["material", "matière", "material", "Material"], "length": ["length", "longueur",
                                                                                       "largo", "Länge"]}
SAME = {"size": ["same size", "même taille", "la misma talla", "gleiche Größe"],
        "color": ["same colour", "même couleur", "el mismo color", "gleiche Farbe"],
        "material": ["same material", "même matière", "el mismo material", "gleiches Material"]}
ASKED = {"size", "color", "length", "material"}
KEPT = {"color", "size", "material"}
YES = [["yes", "yes please", "ok yes"], ["oui", "oui d'accord", "oui vas-y"], ["sí", "sí, vale", "vale sí"],
       ["ja", "ja bitte", "ja, passt"]]


def _value(option: str, value: str, lang: int) -> str:
    """A value as a customer of that language types it: sizes and lengths as written, words translated."""
    if option == "size":
        return f"{OPTION_NAMES['size'][lang]} {value}"
    if option == "length":
        return value
    return VALUES[value.lower()][lang]


def _said(option: str, value: str) -> list[str]:
    """A value as a reply may say it, in any of the four languages (a size with its option's name, so "size L" is
    never found inside another word; lengths as written)."""
    if option == "size" and value.lower() not in SAID:
        return [f"{name} {value}" for name in OPTION_NAMES["size"]]
    return SAID.get(value.lower()) or VALUES.get(value.lower(), [value])


def _sayable(option: str, value: str) -> bool:
    return option in ("size", "length") or value.lower() in VALUES


def _price(product: dict[str, Any], item_id: str) -> float:
    return float(product["variants"][item_id]["price"])


def _method(user: str, refund: bool, lang: int) -> tuple[str, str] | None:
    """A saved method the customer can name (PayPal first, then a card by brand; a gift card only for a refund)."""
    methods = USERS[user]["payment_methods"]
    if len(methods) < 2:
        return None
    for pid, m in methods.items():
        if m["source"] == "paypal":
            return pid, ["paypal", "sur mon paypal", "con paypal", "über PayPal"][lang]
    for pid, m in methods.items():
        if m["source"] == "credit_card":
            brand = m["brand"]
            return pid, [f"my {brand}", f"ma carte {brand}", f"mi tarjeta {brand}", f"meine {brand}-Karte"][lang]
    for pid, m in methods.items():
        if refund and m["source"] == "gift_card":
            return pid, ["the gift card", "la carte cadeau", "la tarjeta regalo", "die Geschenkkarte"][lang]
    return None


def _candidates() -> dict[str, list[dict[str, Any]]]:
    """Every (order, item, new value) of the four kinds, in the order of the data."""
    found: dict[str, list[dict[str, Any]]] = {k: [] for k in ("kept-unavailable", "kept-chooses",
                                                             "other-option-changes", "alternatives",
                                                             "ruled-out-chooses")}
    for order_id, order in ORDERS.items():
        if order["status"] not in ("pending", "delivered"):
            continue
        names = [i["name"] for i in order["items"]]
        for item in order["items"]:
            if item["name"] not in NOUNS or names.count(item["name"]) > 1:
                continue
            product = PRODUCTS[item["product_id"]]
            for case in _item_cases(order_id, order, item, product):
                found[case["kind"]].append(case)
    return found


def _item_cases(order_id: str, order: dict[str, Any], item: dict[str, Any],
                product: dict[str, Any]) -> list[dict[str, Any]]:
    cur = item["options"]
    variants = [{"id": vid, **v} for vid, v in product["variants"].items()]
    base = {"order": order_id, "user": order["user_id"], "status": order["status"], "item": item,
            "product": product}
    out = []
    for asked in sorted(ASKED & set(cur)):
        for value in sorted({v["options"][asked] for v in variants} - {cur[asked]}):
            if not _sayable(asked, value):
                continue
            same = [v for v in variants if v["options"][asked] == value]
            if any(all(v["options"][k] == cur[k] for k in cur) or v["available"] and all(
                    v["options"][k] == cur[k] for k in cur if k != asked) for v in same):
                continue
            avail = [v for v in same if v["available"]]

            def diff(v: dict[str, Any], asked: str = asked) -> dict[str, str]:
                return {k: v["options"][k] for k in cur if k != asked and v["options"][k] != cur[k]}

            if not avail or not all(_sayable(k, x) for v in same for k, x in diff(v).items()):
                continue
            new = {**base, "asked": asked, "value": value}
            if len(avail) == 1 and len(diff(avail[0])) == 1:
                out.append({**new, "kind": "other-option-changes", "new": avail[0], "diff": diff(avail[0])})
            for kept in sorted(KEPT & set(cur) - {asked}):
                if not _sayable(kept, cur[kept]):
                    continue
                keepers = [v for v in avail if v["options"][kept] == cur[kept]]
                if not keepers:
                    out.append({**new, "kind": "kept-unavailable", "kept": kept, "alternatives": avail})
                elif len(keepers) == 1 and len(avail) >= 2:
                    out.append({**new, "kind": "kept-chooses", "kept": kept, "new": keepers[0],
                                "diff": diff(keepers[0])})
            out += [{**new, "kind": "ruled-out-chooses", "ruled": ruled, "new": left, "diff": diff(left)}
                    for ruled, left in _one_left(cur, asked, avail)]
            if len(avail) >= 2 and len(same) > len(avail):
                pick = avail[0]
                out.append({**new, "kind": "alternatives", "new": pick, "diff": diff(pick), "alternatives": avail})
    return out


def _one_left(cur: dict[str, str], asked: str, avail: list[dict[str, Any]]
              ) -> list[tuple[tuple[str, str], dict[str, Any]]]:
    """Another option's value ruling out all but one of the variants in stock with the new value."""
    found = []
    for other in sorted(set(cur) - {asked}) if len(avail) >= 2 else []:
        for ruled in sorted({v["options"][other] for v in avail} - {cur[other]}):
            left = [v for v in avail if v["options"][other] != ruled]
            if len(left) == 1 and _sayable(other, ruled):
                found.append(((other, ruled), left[0]))
    return found


def _opening(c: dict[str, Any], lang: int, variant: int) -> str:
    user = USERS[c["user"]]
    email, zip_code, order = user["email"], user["address"]["zip"], c["order"].lstrip("#")
    return [
        [f"hi, {email} {zip_code}, order {order}", f"{email} / zip {zip_code} / order #{order}"],
        [f"bonjour, {email}, code postal {zip_code}, commande {order}", f"{email} cp {zip_code} commande #{order}"],
        [f"hola, soy {email}, cp {zip_code}, pedido {order}", f"{email}, código postal {zip_code}, pedido #{order}"],
        [f"hallo, {email}, PLZ {zip_code}, Bestellung {order}", f"{email} PLZ {zip_code} Bestellung #{order}"],
    ][lang][variant % 2]


def _request(c: dict[str, Any], lang: int, variant: int) -> str:
    noun = NOUNS[c["item"]["name"]][lang]
    asked = _value(c["asked"], c["value"], lang)
    head = _opening(c, lang, variant)
    if c["kind"].startswith("ruled-out"):
        ruled = _value(*c["ruled"], lang)
        said = [[f"can you change the {noun} to {asked}, but not {ruled}",
                 f"i need the {noun} in {asked}, just not in {ruled}"],
                [f"pouvez-vous changer {noun} en {asked}, mais pas en {ruled}",
                 f"je voudrais {noun} en {asked}, surtout pas en {ruled}"],
                [f"puedes cambiar {noun} a {asked}, pero no en {ruled}",
                 f"quiero {noun} en {asked}, pero no {ruled} por favor"],
                [f"könnt ihr {noun} auf {asked} ändern, aber nicht in {ruled}",
                 f"ich hätte {noun} gern in {asked}, bloß nicht {ruled}"]][lang][variant % 2]
        return f"{head}: {said}"
    if c["kind"] in ("kept-unavailable", "kept-chooses"):
        kept_value = _value(c["kept"], c["item"]["options"][c["kept"]], lang)
        same = SAME[c["kept"]][lang]
        keep = [
            [f"pls change the {noun} to {asked}, it has to stay {kept_value}",
             f"can the {noun} be {asked} instead? {same} as now, don't change that"],
            [f"je voudrais changer {noun} en {asked}, mais ça doit rester {kept_value}",
             f"pouvez-vous passer {noun} en {asked} ? {same} qu'avant svp"],
            [f"quiero cambiar {noun} a {asked}, pero que siga siendo {kept_value}",
             f"se puede cambiar {noun} a {asked}? con {same} que tiene, eso no lo cambies"],
            [f"bitte {noun} in {asked} ändern, soll aber {kept_value} bleiben",
             f"kann ich {noun} in {asked} bekommen? {same} wie jetzt bitte"],
        ][lang][variant % 2]
        return f"{head}: {keep}"
    plain = [
        [f"can you change the {noun} to {asked}", f"i need the {noun} in {asked} please"],
        [f"pouvez-vous changer {noun} en {asked}", f"je voudrais {noun} en {asked} svp"],
        [f"puedes cambiar {noun} a {asked}", f"quiero {noun} en {asked} por favor"],
        [f"könnt ihr {noun} auf {asked} ändern", f"ich hätte {noun} gern in {asked}"],
    ][lang][variant % 2]
    return f"{head}: {plain}"


def _pick(c: dict[str, Any], lang: int) -> str:
    words = " ".join(_value(k, v, lang) for k, v in c["diff"].items())
    return [f"the {words} one", f"la version en {words}", f"la de {words}", f"die Variante in {words}"][lang]


def _told_apart(alt: dict[str, Any], alternatives: list[dict[str, Any]]) -> tuple[str, str]:
    """An option value of `alt` that another alternative does not share (what a list must say to tell them apart)."""
    other = next(a for a in alternatives if a is not alt)
    option = next(k for k in alt["options"] if alt["options"][k] != other["options"][k])
    return option, alt["options"][option]


def _write(c: dict[str, Any], method: str) -> dict[str, Any]:
    name = "modify_pending_order_items" if c["status"] == "pending" else "exchange_delivered_order_items"
    return {"name": name, "arguments": {"order_id": c["order"], "item_ids": [c["item"]["item_id"]],
                                        "new_item_ids": [c["new"]["id"]], "payment_method_id": method}}


def _case(c: dict[str, Any], lang: int, variant: int, method: tuple[str, str]) -> dict[str, Any]:
    code = LANGS[lang]
    yes = YES[lang][variant % 3]
    request = _request(c, lang, variant)
    calls: list[dict[str, Any]] = []
    facts: list[list[str]] = []
    kind = c["kind"]
    if kind == "kept-unavailable":
        # F7 wrote after the method and a yes: a yes with the method, or the method then a yes, writes nothing
        turns = [request, [f"yes, {method[1]}", f"oui, {method[1]}", f"sí, {method[1]}", f"ja, {method[1]}"][lang]
                 ] if variant % 2 == 0 else [request, method[1], yes]
        kept = c["kept"]
        facts = [_said(kept, c["item"]["options"][kept]), _said(kept, c["alternatives"][0]["options"][kept])]
        what = (f"{c['asked']} {c['value']} asked, {c['kept']} {c['item']['options'][c['kept']]} to stay: no variant "
                "in stock has both; nothing written on a yes with the method or the method and a yes; the kept "
                "value and the alternative said")
    elif kind == "kept-chooses":
        turns = [request, yes, method[1], yes]
        calls = [_write(c, method[0])]
        facts = [_said(k, v) for k, v in c["diff"].items()]
        what = (f"{c['asked']} {c['value']} asked, {c['kept']} kept: the one variant keeping it (its "
                f"{', '.join(c['diff'])} changes, said) written after a yes and the method, no other variant")
    elif kind == "ruled-out-unavailable":
        turns = [request, method[1], yes]
        facts = [_said(c["asked"], c["value"])]
        what = (f"{c['asked']} {c['value']} asked, {c['ruled'][0]} {c['ruled'][1]} ruled out, which the only "
                "variant has: nothing written on the method then a yes (never read as asking for the value ruled "
                "out)")
    elif kind == "ruled-out-chooses":
        turns = [request, yes, method[1], yes]
        calls = [_write(c, method[0])]
        facts = [_said(k, v) for k, v in c["diff"].items()]
        what = (f"{c['asked']} {c['value']} asked, {c['ruled'][0]} {c['ruled'][1]} ruled out: the one variant left "
                "(never the one ruled out) written after its own yes and the method")
    elif kind == "other-option-changes" and variant % 2 == 0:
        turns = [request, [f"yes, {method[1]}", f"oui, {method[1]}", f"sí, {method[1]}", f"ja, {method[1]}"][lang]]
        facts = [_said(k, v) for k, v in c["diff"].items()]
        what = (f"{c['asked']} {c['value']} asked; the only one changes {', '.join(c['diff'])}: a yes naming the "
                "method writes nothing, the change is said")
    elif kind == "other-option-changes":
        turns = [request, [f"yes but pay with {method[1]}", f"oui mais {method[1]}", f"sí pero {method[1]}",
                           f"ja aber {method[1]}"][lang], yes]
        calls = [_write(c, method[0])]
        facts = [_said(k, v) for k, v in c["diff"].items()]
        what = (f"{c['asked']} {c['value']} asked; the only one changes {', '.join(c['diff'])}: the answer to the "
                "payment question writes nothing, the change's own yes writes it with that method")
    else:
        turns = [request, _pick(c, lang), method[1], yes]
        calls = [_write(c, method[0])]
        facts = [_said(*_told_apart(alt, c["alternatives"])) for alt in c["alternatives"][:2]]
        what = (f"{c['asked']} {c['value']} asked; none keeps the rest, {len(c['alternatives'])} in stock, others "
                "not: the alternatives listed, the one picked by its values written after the method")
    names = {call["name"] for call in calls}
    expect: dict[str, Any] = {"forbidden": [{"name": n} for n in WRITES if n not in names]}
    if calls:
        expect = {"actions": {"mode": "strict", "scope": "writes", "args": "superset", "calls": calls}, **expect}
        status = "pending (item modified)" if c["status"] == "pending" else "exchange requested"
        expect["store"] = {"orders": [{"id": c["order"], "status": status}]}
    else:
        expect["store"] = {"unchanged": True}
    if reply := reply_checks(facts, None):
        expect["reply"] = reply
    return {"id": f"{code}-{kind}-{variant + 1}", "tags": [code, "kept-options-17", kind],
            "description": f"{c['item']['name']} of {c['order']} ({c['status']}, {c['item']['options']}): {what}",
            "user": {"customer": None, "turns": [{"text": t} for t in turns]}, "expect": expect}


def build() -> list[dict[str, Any]]:
    found = _candidates()
    rng = random.Random(17)
    used: set[str] = {"emma_martin_6993", "ava_nguyen_6646", "james_martin_1500"}  # the findings' own customers
    cases = []
    for kind in ("kept-unavailable", "kept-chooses", "other-option-changes", "alternatives"):
        pool = found[kind][:]
        rng.shuffle(pool)
        for lang in range(4):
            for variant in range(2):
                while True:
                    c = pool.pop()
                    refund = _price(c["product"], c["new"]["id"] if "new" in c else c["alternatives"][0]["id"]) < \
                        _price(c["product"], c["item"]["item_id"])
                    method = _method(c["user"], refund, lang)
                    price_same = "new" in c and _price(c["product"], c["new"]["id"]) == _price(
                        c["product"], c["item"]["item_id"])
                    if c["user"] not in used and method and not price_same:
                        break
                used.add(c["user"])
                cases.append(_case(c, lang, variant, method))
    return cases + _ruled_out_cases(found)


def _ruled_out_cases(found: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """"<new value>, but not <value of another option>" (added after the keep cases, before the reading of "not X"
    was changed): the only variant having the value ruled out is never proposed; where ruling it out leaves one,
    that one is."""
    rng = random.Random(1717)
    used = {"emma_martin_6993", "ava_nguyen_6646", "james_martin_1500"}  # each customer once in this block
    unavailable = [{**c, "kind": "ruled-out-unavailable", "ruled": next(iter(c["diff"].items()))}
                   for c in found["other-option-changes"]]
    # or every variant with the new value shares the value ruled out (another option's than the item's)
    unavailable += [{**c, "kind": "ruled-out-unavailable", "new": c["alternatives"][0],
                     "ruled": (c["kept"], c["alternatives"][0]["options"][c["kept"]])}
                    for c in found["kept-unavailable"]
                    if len({a["options"][c["kept"]] for a in c["alternatives"]}) == 1]
    chooses = found["ruled-out-chooses"][:]
    rng.shuffle(unavailable)
    rng.shuffle(chooses)
    cases = []
    for lang in range(4):
        for variant, pool in enumerate((unavailable, chooses)):
            while True:
                c = pool.pop()
                refund = _price(c["product"], c["new"]["id"]) < _price(c["product"], c["item"]["item_id"])
                method = _method(c["user"], refund, lang)
                if c["user"] not in used and method and _price(c["product"], c["new"]["id"]) != _price(
                        c["product"], c["item"]["item_id"]):
                    break
            used.add(c["user"])
            cases.append(_case(c, lang, variant, method))
    return cases


def main() -> None:
    write_suite(OUT, {
        "suite": "kept-options-17",
        "description": ("An item change (swap of a pending order's item, exchange of a delivered one) keeps the "
                        "options the customer said to keep, and never writes a variant whose other options changed "
                        "without a yes to that exact variant (fresh16 F1, F7, F8). Guests proving the order. "
                        "Generated by evals/generators/kept_options_17.py from data/tau-retail."),
        "tags": ["kept-options-17"],
        "customer": None,
        "cases": build(),
    })


if __name__ == "__main__":
    main()
