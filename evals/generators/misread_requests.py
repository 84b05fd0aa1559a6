"""Cases for issue 17 round 12's classes "requests read as something else" (mix15).

1. a delivered order's return or exchange and another order's status in one message: the status answered AND the
   return/exchange proposed on the order holding the named item, with the named refund method; the yes writes it;
2. a return or exchange that says why (a change of mind, the wrong size or type for me, not what I expected) is no
   damage complaint: proposed, no photo asked;
3. a status question naming an ordered item, not an order: the status of the order holding it, no recommendation;
4. a refinement of the list just shown ("which of those come in blue?"): only products of that list, with its
   constraints kept, that meet the new one;
5. a product named by part of its name ("how much is the kratos"): that product's answer, or the few it could be.

Order ids, item ids, payment methods, statuses and tracking ids are looked up in data/tau-retail; products, prices
and colours in the demo catalog (data/demo-catalog); never typed.

Run: python -m evals.generators.misread_requests"""

from __future__ import annotations

from collections import Counter
from typing import Any

from evals.generators.case_builders import case_record, orders_after, reply_checks, text_turns, writes_expected
from evals.generators.reply_words import LANGS
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, write_suite
from tools.catalog.magento import read_magento_catalog

OUT = ROOT / "evals" / "suites" / "misread-requests.yaml"
CATALOG = read_magento_catalog(ROOT / "data" / "demo-catalog")
STATUS_WORDS = {
    "en": {"pending": ["pending", "not shipped yet", "hasn't shipped"], "processed": ["being processed"],
           "delivered": ["delivered"]},
    "fr": {"pending": ["en attente", "pas encore"], "processed": ["en préparation"], "delivered": ["livrée", "livré"]},
    "es": {"pending": ["pendiente", "todavía no"], "processed": ["en preparación"],
           "delivered": ["entregado", "entregada"]},
    "de": {"pending": ["offen", "noch nicht"], "processed": ["in Bearbeitung"], "delivered": ["zugestellt"]},
}
COLOURS = {"blue": ("blue", "bleue", "azul", "blau"), "black": ("black", "noire", "negro", "schwarz"),
           "navy": ("navy", "bleu marine", "azul marino", "navyblau"), "white": ("white", "blanche", "blanco", "weiß"),
           "red": ("red", "rouge", "rojo", "rot"), "green": ("green", "verte", "verde", "grün")}
PHOTO = ["photo", "foto", "picture", "bild"]
STATUS_AFTER = {"return_delivered_order_items": "return requested",
                "exchange_delivered_order_items": "exchange requested"}
# customers of the classes' development-set transcripts and of earlier suites' multi-request cases: never reused
used: set[str] = {"evelyn_patel_7348", "mason_li_6934", "noah_li_2316", "yara_sanchez_9145", "daiki_moore_8567",
                  "yara_li_8961", "harper_ito_4653"}


def _names(customer: str) -> Counter[str]:
    return Counter(i["name"] for o in USERS[customer]["orders"] for i in ORDERS[o]["items"])


def paid_with(order_id: str) -> str:
    return str(ORDERS[order_id]["payment_history"][0]["payment_method_id"])


def _method(customer: str, source: str) -> str | None:
    found = [m for m, v in USERS[customer]["payment_methods"].items() if v["source"] == source]
    return found[0] if len(found) == 1 else None


def pick(name: str, status: str = "delivered", other: str | None = "pending", source: str | None = None,
         skip: int = 0, mark: bool = True) -> tuple[str, str, dict[str, Any], str | None]:
    """A customer (not used yet) with one item named `name`, in an order of `status`, another order of status
    `other` (None: no other needed) and exactly one payment method of `source`: (customer, order, item, other)."""
    found = []
    for customer in sorted(USERS):
        if customer in used or _names(customer)[name] != 1:
            continue
        if source and source != "credit_card" and not _method(customer, source):
            continue
        oid, item = next((o, i) for o in USERS[customer]["orders"] for i in ORDERS[o]["items"] if i["name"] == name)
        if ORDERS[oid]["status"] != status:
            continue
        if source == "credit_card" and not paid_with(oid).startswith("credit_card"):
            continue  # a refund goes to the order's own card (or a gift card): the card named is the one it was paid by
        others = [o for o in USERS[customer]["orders"] if o != oid and ORDERS[o]["status"] == other]
        if other and not others:
            continue
        found.append((customer, oid, item, others[0] if others else None))
    assert len(found) > skip, (name, status, other, source)
    choice = found[skip]
    if mark:
        used.add(choice[0])
    return choice


def variant(item: dict[str, Any], option: str) -> tuple[str, str] | None:
    """Another available variant differing from the item in `option` alone: (item id, its value)."""
    for v in PRODUCTS[item["product_id"]]["variants"].values():
        others = {k: x for k, x in v["options"].items() if k != option}
        if v["available"] and v["options"][option] != item["options"][option] and others == {
                k: x for k, x in item["options"].items() if k != option}:
            return v["item_id"], v["options"][option]
    return None


def pick_exchange(name: str, option: str, source: str, other: str | None = "pending") -> tuple[Any, ...]:
    for skip in range(40):
        try:
            customer, oid, item, other_id = pick(name, other=other, source=source, skip=skip, mark=False)
        except AssertionError:
            break
        new = variant(item, option)
        if new:
            used.add(customer)
            return customer, oid, item, other_id, new
    raise AssertionError((name, option))


def said(value: str, lang: str) -> str:
    """An option value as the customer says it: a colour in their language, a size as it is."""
    words = COLOURS.get(value.lower())
    return words[LANGS.index(lang)] if words else value.lower()


def status_facts(order_id: str, lang: str) -> list[list[str]]:
    order = ORDERS[order_id]
    tracking = [t for f in order["fulfillments"] for t in f["tracking_id"]]
    return [STATUS_WORDS[lang][order["status"]] + tracking]


def case(cid: str, lang: str, customer: str | None, turns: list[str], description: str,
         calls: list[dict[str, Any]] | None = None, facts: list[list[str]] | None = None,
         must_not_say: list[str] | None = None, statuses: dict[str, str] | None = None) -> dict[str, Any]:
    calls = calls or []
    orders = orders_after(calls, STATUS_AFTER, statuses)
    expect = writes_expected(calls, store={"orders": orders} if orders else None,
                             reply=reply_checks(facts, must_not_say))
    return case_record(cid, [lang, cid.split("-")[1]], description, customer, text_turns(turns), expect)


def ret(oid: str, item: dict[str, Any], pm: str) -> dict[str, Any]:
    return {"name": "return_delivered_order_items",
            "arguments": {"order_id": oid, "item_ids": [item["item_id"]], "payment_method_id": pm}}


def exch(oid: str, item: dict[str, Any], new: str, pm: str) -> dict[str, Any]:
    return {"name": "exchange_delivered_order_items",
            "arguments": {"order_id": oid, "item_ids": [item["item_id"]], "new_item_ids": [new],
                          "payment_method_id": pm}}


# --- class 1: a return/exchange and another order's status in one message ---------------------------------------
# (lang, item name, words: {other} is the other order's id, {value} an exchange's new value)
RETURN_AND_STATUS = [
    ("en", "Electric Toothbrush", "gift_card",
     "the toothbrush turned out meh, i'd like to send it back, refund to my gift card. also has {other} shipped?"),
    ("en", "Wristwatch", "gift_card",
     "hey can i return the watch? put the money on the gift card pls. and whats the status of order {other}"),
    ("en", "Water Bottle", "gift_card",
     "returning the water bottle, gift card refund is fine. btw where is {other} at?"),
    ("fr", "Skateboard", "gift_card",
     "le skate me plait pas finalement, je le renvoie, rembourse sur la carte cadeau. et {other} c est parti ?"),
    ("fr", "Backpack", "gift_card",
     "bonjour je voudrais retourner le sac a dos, remboursement carte cadeau. ma commande {other} elle en est ou ?"),
    ("fr", "Bluetooth Speaker", "gift_card",
     "retour de l enceinte bluetooth svp (sur carte cadeau) et vous pouvez me dire ou en est {other} ?"),
    ("es", "Electric Kettle", "gift_card",
     "quiero devolver el hervidor, el reembolso a la tarjeta regalo. y el pedido {other} ya salio?"),
    ("es", "Cycling Helmet", "gift_card",
     "hola, el casco no me convence, lo devuelvo y me lo pasan a la tarjeta regalo. que pasa con {other}?"),
    ("es", "Desk Lamp", "gift_card",
     "devolucion de la lampara porfa, reembolso en tarjeta regalo. oye y {other} como va?"),
    ("de", "Hiking Boots", "gift_card",
     "die wanderschuhe möchte ich zurückgeben, erstattung bitte auf die geschenkkarte. und ist {other} schon "
     "unterwegs?"),
    ("de", "Backpack", "gift_card",
     "rucksack geht zurück, geld bitte auf geschenkkarte. wie siehts eigentlich mit {other} aus?"),
    ("de", "Wristwatch", "gift_card",
     "hallo, ich schick die armbanduhr zurück, gutschrift auf die geschenkkarte. wo bleibt {other}?"),
]
EXCHANGE_AND_STATUS = [
    ("en", "T-Shirt", "size", "gift_card",
     "can i exchange the t-shirt for size {value}? any difference on my gift card. and is {other} on the way?"),
    ("fr", "Electric Toothbrush", "color", "gift_card",
     "je voudrais echanger la brosse a dents contre la {value}, la difference sur la carte cadeau. et {other} ?"
     " elle est expediee ?"),
    ("es", "Cycling Helmet", "color", "gift_card",
     "cambiame el casco por el {value}, la diferencia a la tarjeta regalo. y ya enviaron {other}?"),
    ("de", "Water Bottle", "color", "gift_card",
     "kann ich die trinkflasche gegen die in {value} umtauschen? differenz über geschenkkarte. und {other}, "
     "schon verschickt?"),
]


def multi_cases() -> list[dict[str, Any]]:
    out = []
    yes = {"en": "yes", "fr": "oui", "es": "si", "de": "ja"}
    for n, (lang, name, source, words) in enumerate(RETURN_AND_STATUS):
        wanted = ["pending", "processed"] if n % 2 else ["processed", "pending"]
        try:
            customer, oid, item, other = pick(name, source=source, other=wanted[0])
        except AssertionError:
            customer, oid, item, other = pick(name, source=source, other=wanted[1])
        assert other
        pm = _method(customer, source)
        assert pm
        out.append(case(f"{lang}-multi-return-{customer.split('_')[0]}-{n}", lang, customer,
                        [words.format(other=other), yes[lang]],
                        f"return of the {name} ({oid}) to the gift card and {other}'s status in one message: both",
                        [ret(oid, item, pm)], facts=status_facts(other, lang),
                        statuses={other: ORDERS[other]["status"]}))
    for n, (lang, name, option, source, words) in enumerate(EXCHANGE_AND_STATUS):
        customer, oid, item, other, (new, value) = pick_exchange(name, option, source)
        pm = _method(customer, source)
        assert pm
        out.append(case(f"{lang}-multi-exchange-{customer.split('_')[0]}-{n}", lang, customer,
                        [words.format(other=other, value=said(value, lang)), yes[lang]],
                        f"exchange of the {name} ({oid}) to {value} and {other}'s status in one message: both",
                        [exch(oid, item, new, pm)], facts=status_facts(other, lang),
                        statuses={other: ORDERS[other]["status"]}))
    return out


# --- class 2: a return/exchange that says why is no damage complaint ----------------------------------------------
REASONED_RETURNS = [
    ("en", "Skateboard", "gift_card", "returning the skateboard, i just changed my mind about it. gift card please"),
    ("en", "Electric Kettle", "credit_card",
     "the kettle is too big for my kitchen, can i send it back? refund to my card ending in {last}"),
    ("fr", "Desk Lamp", "gift_card",
     "je veux retourner la lampe de bureau, elle ne va pas du tout avec ma deco. sur la carte cadeau svp"),
    ("fr", "Wristwatch", "credit_card",
     "la montre ne me plait pas en vrai, je peux la renvoyer ? remboursement sur ma carte qui finit par {last}"),
    ("es", "Yoga Mat", "gift_card",
     "quiero devolver la esterilla de yoga, no era lo que esperaba. a la tarjeta regalo"),
    ("es", "Backpack", "credit_card",
     "devolucion de la mochila porfa, me queda pequeña para el portatil. a mi tarjeta terminada en {last}"),
    ("de", "Cycling Helmet", "gift_card",
     "ich möchte den fahrradhelm zurückgeben, passt mir nicht. bitte auf die geschenkkarte"),
    ("de", "Electric Toothbrush", "credit_card",
     "zahnbürste gefällt mir doch nicht, bitte retoure, geld auf meine karte mit endung {last}"),
]
REASONED_EXCHANGES = [
    ("en", "Cycling Helmet", "size", "gift_card",
     "swap the helmet for a size {value} pls, the one i got is too small for my head. gift card for any difference"),
    ("fr", "Cycling Helmet", "size", "gift_card",
     "echange du casque de velo en taille {value} svp, il me serre trop. la difference sur la carte cadeau"),
    ("es", "Electric Kettle", "color", "gift_card",
     "me cambias el hervidor por uno {value}? el que elegi no pega con mi cocina. diferencia a la tarjeta regalo"),
    ("de", "Backpack", "color", "gift_card",
     "den rucksack bitte in {value} umtauschen, die farbe war doch nix für mich. differenz über die geschenkkarte"),
]


def reasoned_cases() -> list[dict[str, Any]]:
    out = []
    yes = {"en": "ok yes", "fr": "oui vas y", "es": "si, dale", "de": "ja bitte"}
    for n, (lang, name, source, words) in enumerate(REASONED_RETURNS):
        customer, oid, item, _ = pick(name, other=None, source=source)
        pm = paid_with(oid) if source == "credit_card" else _method(customer, source)
        assert pm
        last = USERS[customer]["payment_methods"][pm].get("last_four", "")
        out.append(case(f"{lang}-reason-return-{customer.split('_')[0]}-{n}", lang, customer,
                        [words.format(last=last), yes[lang]],
                        f"a return of the {name} saying why (no damage): proposed on {oid} and written, no photo",
                        [ret(oid, item, pm)], must_not_say=PHOTO))
    for n, (lang, name, option, source, words) in enumerate(REASONED_EXCHANGES):
        customer, oid, item, _, (new, value) = pick_exchange(name, option, source, other=None)
        pm = _method(customer, source)
        assert pm
        out.append(case(f"{lang}-reason-exchange-{customer.split('_')[0]}-{n}", lang, customer,
                        [words.format(value=said(value, lang)), yes[lang]],
                        f"an exchange of the {name} to {value} saying why (no damage): written, no photo",
                        [exch(oid, item, new, pm)], must_not_say=PHOTO))
    return out


# --- class 3: a status question naming an item ----------------------------------------------------------------------
ITEM_STATUS = [
    ("en", "Electric Kettle", "processed", "did the kettle ship yet"),
    ("en", "Skateboard", "pending", "any news on my skateboard?"),
    ("fr", "Backpack", "processed", "slt le sac a dos c est expedie ou pas ?"),
    ("fr", "Wristwatch", "delivered", "la montre elle est arrivee ?"),
    ("es", "Yoga Mat", "processed", "ya enviaron la esterilla?"),
    ("es", "Desk Lamp", "pending", "y mi lampara de escritorio? ya salio o no"),
    ("de", "Cycling Helmet", "processed", "ist der fahrradhelm schon verschickt?"),
    ("de", "Electric Toothbrush", "pending", "wo bleibt meine zahnbürste?"),
]


def item_status_cases() -> list[dict[str, Any]]:
    out = []
    for n, (lang, name, status, words) in enumerate(ITEM_STATUS):
        customer, oid, _, _ = pick(name, status=status, other=None)
        out.append(case(f"{lang}-itemstatus-{customer.split('_')[0]}-{n}", lang, customer, [words],
                        f"a status question naming the {name}: {oid}'s status ({status}), no recommendation",
                        facts=status_facts(oid, lang), must_not_say=["$"] if lang == "en" else [" $"],
                        statuses={oid: status}))
    return out


# --- class 4: a refinement of the list just shown -------------------------------------------------------------------
def matches(path: str, gender: str | None, cap: int | None, colour: str | None = None,
            size: str | None = None) -> list[str]:
    out = []
    for p in CATALOG:
        if not p.category_path.startswith(path) or (gender and not p.category_path.startswith(gender)):
            continue
        vs = [v for v in p.variants if cap is None or v.price_cents <= cap * 100]
        if any((colour is None or v.options.get("color") == colour) and (size is None or v.options.get("size") == size)
               for v in vs):
            out.append(p.name)
    return out


# (lang, first turn, refinement, category path, cap, colour, size)
REFINEMENTS = [
    ("en", "show me mens jackets under $50", "which of those come in black?", "Men/Tops/Jackets", 50, "Black", None),
    ("en", "womens shorts under 30 dollars?", "ok and which of them are available in blue", "Women/Bottoms/Shorts",
     30, "Blue", None),
    ("fr", "je cherche des shorts homme a moins de 30 dollars", "lesquels existent en rouge ?",
     "Men/Bottoms/Shorts", 30, "Red", None),
    ("fr", "des pantalons pour homme pas plus de 46 $", "et parmi eux lesquels en noir", "Men/Bottoms/Pants", 46,
     "Black", None),
    ("es", "quiero ver chaquetas de hombre de menos de 50 dolares", "¿y de esas cuáles hay en negro?",
     "Men/Tops/Jackets", 50, "Black", None),
    ("es", "pantalones cortos de mujer por menos de 30 dolares", "cuales de esos vienen en azul?",
     "Women/Bottoms/Shorts", 30, "Blue", None),
    ("de", "zeig mir herren shorts unter 30 dollar", "und welche davon gibts in rot?", "Men/Bottoms/Shorts", 30,
     "Red", None),
    ("de", "herrenhosen bis 46 dollar bitte", "welche von denen gibt es in schwarz", "Men/Bottoms/Pants", 46,
     "Black", None),
]


def refinement_cases() -> list[dict[str, Any]]:
    out = []
    for n, (lang, first, then, path, cap, colour, size) in enumerate(REFINEMENTS):
        gender = path.split("/")[0]
        good = matches(path, None, cap, colour, size)
        shown = matches(path, None, cap)
        # the same colour outside the list's constraints: over the cap, or the other gender's kind
        other_path = path.replace(gender, "Women" if gender == "Men" else "Men")
        # (the list's own products the new constraint rules out are shown by the first reply: the transcript check
        # cannot tell turns apart, so only products outside the list's constraints are forbidden)
        assert len(shown) <= 4, shown  # the first reply shows every match: "of those" is that whole list
        bad = [n_ for n_ in matches(path, None, None, colour, size) + matches(other_path, None, cap, colour, size)
               if n_ not in good]
        out.append(case(f"{lang}-refine-{n}", lang, "demo_mia_novak", [first, then],
                        f"{path} under ${cap}, then {colour or size}: only {good}",
                        facts=[[g.split()[0] for g in good]], must_not_say=sorted(set(bad))))
    return out


# --- class 5: a product named by part of its name -------------------------------------------------------------------
# (lang, words, the first word that names it)
PART_NAMES = [
    ("en", "how much is the kratos", "kratos"),
    ("en", "whats the price of the fusion backpack", "fusion"),
    ("fr", "c est combien le cronus", "cronus"),
    ("fr", "il coute combien le juno ?", "juno"),
    ("es", "cuanto cuesta la clamber", "clamber"),
    ("es", "precio del orestes?", "orestes"),
    ("de", "was kostet die hyperion jacke", "hyperion"),
    ("de", "wie teuer ist das atomic shirt", "atomic"),
]


# Longer lists: the first reply shows four of more matches (the lists below are what it shows, read once from a run
# of the first turn: the demo catalog's ranking); "of those" is those four, so the other matches of the new colour
# are new products, never listed.
# (lang, first turn, refinement, category path, cap, colour, the four shown)
LIST_REFINEMENTS = [
    ("en", "got any men's tees under 30 bucks?", "which of those come in red?", "Men/Tops/Tees", 30, "Red",
     ["Aero Daily Fitness Tee", "Logan  HeatTec® Tee", "Balboa Persistence Tee", "Ryker LumaTech™ Tee (V-neck)"]),
    ("fr", "t-shirts pour femme a moins de 30 dollars", "lesquels existent en vert ?", "Women/Tops/Tees", 30, "Green",
     ["Desiree Fitness Tee", "Layla Tee", "Gwyn Endurance Tee", "Tiffany Fitness Tee"]),
    ("es", "camisetas de mujer hasta 40 dolares", "¿y de esas cuáles hay en rojo?", "Women/Tops/Tees", 40, "Red",
     ["Karissa V-Neck Tee", "Minerva LumaTech™ V-Tee", "Iris Workout Top", "Gabrielle Micro Sleeve Top"]),
    ("de", "zeig mir t-shirts für herren bis 40 dollar", "welche davon gibts in schwarz?", "Men/Tops/Tees", 40,
     "Black", ["Ryker LumaTech™ Tee (V-neck)", "Aero Daily Fitness Tee", "Logan  HeatTec® Tee",
               "Ryker LumaTech™ Tee (Crew-neck)"]),
]


def list_refinement_cases() -> list[dict[str, Any]]:
    out = []
    for lang, first, then, path, cap, colour, shown in LIST_REFINEMENTS:
        matching = matches(path, None, cap, colour)
        good = [n for n in shown if n in matching]
        new = [n for n in matching if n not in shown]
        assert good and new, (path, colour, good, new)
        out.append(case(f"{lang}-refinelist-{colour.lower()}", lang, "demo_mia_novak", [first, then],
                        f"{path} up to ${cap} (four shown), then {colour}: only {good}, never {new}",
                        facts=[[g.split()[0] for g in good]], must_not_say=new))
    return out


def part_name_cases() -> list[dict[str, Any]]:
    out = []
    for lang, words, part in PART_NAMES:
        named = [p for p in CATALOG if p.name.split()[0].lower() == part]
        if len(named) == 1:
            cents = min(v.price_cents for v in named[0].variants)
            dollars, rest = divmod(cents, 100)
            facts = [[f"{dollars}.{rest:02d}", f"{dollars},{rest:02d}"]]
            what = f"{named[0].name}: its price"
        else:
            facts = [[" ".join(p.name.split()[1:3])] for p in named]
            what = f"{len(named)} products start with {part}: both named"
        out.append(case(f"{lang}-partname-{part}", lang, "demo_mia_novak", [words], what, facts=facts))
    return out


# Moved to evals/gaps/known-gaps-16.yaml (its header says why): not written into the shipped suite.
MOVED_TO_GAPS = frozenset({"de-refinelist-black"})


def main() -> None:
    cases = [*multi_cases(), *reasoned_cases(), *item_status_cases(), *refinement_cases(), *list_refinement_cases(),
             *part_name_cases()]
    cases = [case for case in cases if case["id"] not in MOVED_TO_GAPS]
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), ids
    write_suite(OUT, {
        "suite": "misread-requests",
        "description": (
            "Issue 17 round 12 (mix15): a return/exchange and another order's status in one message; a "
            "return/exchange saying why is no damage complaint; a status question naming an item; a refinement of "
            "the list just shown; a product named by part of its name. Generated by "
            "evals/generators/misread_requests.py from data/tau-retail and the demo catalog. Written first."),
        "tags": ["misread-requests"],
        "customer": None,
        "cases": cases,
    })
    print(len(cases), Counter(c["tags"][0] for c in cases), "->", OUT)


if __name__ == "__main__":
    main()
