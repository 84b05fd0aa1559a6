"""Cases for the class "choosing a variant over several turns" (fresh18 F2, F3, F4; fresh17 F9), in four languages.
Writes evals/suites/option-turns-19.yaml. Every case is a guest with one saved payment method who proves a pending
order (email + order number + zip) in the first message and asks for another colour or size of an item, so the
assistant asks for the option values; the conversation ends with a yes, and exactly the variant built from all the
customer's choices is written (the variant a forgotten or discarded choice would give is forbidden).

- `kept-choice` (F2): a colour with several variants in stock, none keeping the rest; then the other values of one of
  them: the earlier colour is kept (never read against the original variant).
- `question-cheapest` (F3): after the colour's variants are listed, "which of those is the cheapest?": answered with
  its price (never the same list again); then chosen by its values.
- `price-question` (F3, "kostet das mehr?", "¿tengo que pagar algo si elijo la azul?"): a question about one colour
  at the option question is answered with the price (difference) and proposes nothing; then the colour is chosen.
- `question-not-choice` (F4): "does size S cost the same? and is it in blue too?" proposes nothing; "ok, just size
  S" then gets the variant in the current colour, never the blue one.
- `revise-keep` (F4): "size S in blue" proposed, then "no, keep the black, just size S": the black S, never the blue.
- `revise-value` ("actually the blue one", "doch lieber Größe L"): a proposed colour replaced by another.

Ids are looked up in data/tau-retail. Run: python -m evals.generators.option_turns_19"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import (
    case_record,
    other_variants_forbidden,
    text_turns,
    write_actions,
    writes_other_than,
)
from evals.generators.checked_calls import item_change_call
from evals.generators.kept_options_17 import NOUNS, VALUES
from evals.generators.reply_words import CONFIRM, LANGS
from evals.generators.tau_data import ORDERS, PRODUCTS, ROOT, USERS, WRITES, write_suite
from tools.money import format_money

OUT = ROOT / "evals" / "suites" / "option-turns-19.yaml"
SIZE = ["size", "taille", "talla", "Größe"]
PLAN = {
    "kept-choice": 2,
    "question-cheapest": 2,
    "price-question": 2,
    "question-not-choice": 1,
    "revise-keep": 1,
    "revise-value": 2,
}
OPENERS = [
    [
        "hi, {email}, zip {zip}, order {order}: I'd like the {noun} in another {what}",
        "{email} / {zip} / #{order} - can I get a different {what} for the {noun}?",
    ],
    [
        "bonjour, {email}, code postal {zip}, commande {order} : je voudrais {noun} dans une autre {what}",
        "{email} {zip} commande #{order}, je peux avoir {noun} en une autre {what} ?",
    ],
    [
        "hola, {email}, cp {zip}, pedido {order}: quiero {noun} en otro {what}",
        "{email} / {zip} / pedido #{order}: ¿puedo cambiar {noun} a otro {what}?",
    ],
    [
        "Hallo, {email}, PLZ {zip}, Bestellung {order}: ich möchte {noun} in einer anderen {what}",
        "{email} {zip} Bestellung #{order} - kann ich {noun} in anderer {what} bekommen?",
    ],
]
WHAT = {"color": ["colour", "couleur", "color", "Farbe"], "size": ["size", "taille", "talla", "Größe"]}
CHEAPEST = [
    ["which of those is the cheapest?", "whats the cheapest one"],
    ["laquelle est la moins chère ?", "c'est laquelle la moins chere"],
    ["¿cuál de esas es la más barata?", "cual sale mas barata?"],
    ["Welche davon ist am günstigsten?", "welche ist die billigste?"],
]
PRICE_Q = [
    ["does the {v} one cost more?", "would i have to pay anything if i pick {v}?"],
    ["est-ce que la {v} coûte plus cher ?", "je dois payer quelque chose si je prends en {v} ?"],
    ["¿tengo que pagar algo si la elijo en {v}?", "¿cuesta más en {v}?"],
    ["Kostet {v} mehr?", "muss ich was draufzahlen, wenn ich {v} nehme?"],
]
TAKE = ["ok, {v} then", "d'accord, en {v} alors", "vale, en {v} entonces", "ok, dann {v}"]
BOTH_Q = [
    "does {s} cost the same? and is it available in {v} too?",
    "la {s} a le même prix ? et elle est disponible en {v} aussi ?",
    "¿la {s} cuesta lo mismo? ¿y la hay también en {v}?",
    "kostet {s} gleich viel? und gibt es sie auch in {v}?",
]
JUST = ["ok, just {s}", "d'accord, juste la {s}", "vale, solo la {s}", "ok, nur {s}"]
BOTH = ["{s} in {v}", "{s} en {v}", "{s} en {v}", "{s} in {v}"]
KEEP = [
    "no, keep the {c}, just {s}",
    "non, je garde le {c}, juste la {s}",
    "no, me quedo con el {c}, solo la {s}",
    "nein, ich behalte {c}, nur {s}",
]
REVISE = [
    ["actually the {v} one", "hmm, make it {v} instead"],
    ["en fait plutôt le {v}", "finalement {v}"],
    ["mejor en {v}", "pensándolo bien, la {v}"],
    ["doch lieber {v}", "ach nein, lieber {v}"],
]
# The browser pass's own conversations (fresh18 F2, F4), written out: (id, customer, turns, write, forbidden).
FOUND = [
    (
        "de-found-headphones",
        None,
        [
            "Hallo, lei.patel3765@example.com, PLZ 98119, Bestellung W4172216: ich möchte die "
            "Kopfhörer umtauschen, andere Farbe",
            "Schwarz. Kostet das mehr?",
            "kabellos Over-Ear",
            "ja",
        ],
        ("modify_pending_order_items", "#W4172216", "1133777903", "7493556126", "credit_card_6450011"),
        [],
    ),
    (
        "es-found-chair",
        None,
        [
            "hola, ivan.santos3158@example.com, cp 75277, pedido W8770097: quiero cambiar la silla "
            "de oficina a otro color",
            "vale, la azul",
            "la de malla con reposabrazos fijo",
            "sí",
        ],
        ("modify_pending_order_items", "#W8770097", "4274709903", "3704016729", "paypal_6151711"),
        [],
    ),
    (
        "fr-found-pants",
        "demo_leo_martin",
        [
            "je voudrais échanger mon pantalon Caesar contre une autre taille",
            "La 34 a le même prix ? et elle est disponible en gris aussi ?",
            "non, je garde le noir, juste la taille 34",
            "oui",
        ],
        ("exchange_delivered_order_items", "#D9000003", "MP01-32-Black", "MP01-34-Black", "paypal_9000002"),
        ["MP01-34-Gray"],
    ),
]
YES = [["yes", "yes please"], ["oui", "oui vas-y"], ["sí", "sí, vale"], ["ja", "ja bitte"]]


def _say(option: str, value: str, lang: int) -> str | None:
    if option == "size":
        return f"{SIZE[lang]} {value}"
    return VALUES.get(value.lower(), [None] * 4)[lang]


def _money(cents: int) -> list[str]:
    return sorted({format_money(cents, lang) for lang in LANGS})


def _cents(variant: dict[str, Any]) -> int:
    return round(float(variant["price"]) * 100)


def _variants(product: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"id": vid, **v} for vid, v in product["variants"].items()]


def _find(variants: list[dict[str, Any]], options: dict[str, str]) -> dict[str, Any] | None:
    return next((v for v in variants if v["options"] == options), None)


def _items() -> list[dict[str, Any]]:
    """Pending items with a colour (and a size, for the size kinds), of guests with one saved method."""
    found = []
    for order_id, order in ORDERS.items():
        user = USERS[order["user_id"]]
        if order["status"] != "pending" or len(user["payment_methods"]) != 1:
            continue
        names = [i["name"] for i in order["items"]]
        for item in order["items"]:
            if item["name"] in NOUNS and names.count(item["name"]) == 1 and "color" in item["options"]:
                found.append(
                    {
                        "order": order_id,
                        "user": user,
                        "item": item,
                        "product": PRODUCTS[item["product_id"]],
                        "method": next(iter(user["payment_methods"])),
                    }
                )
    return found


def _colour_set(base: dict[str, Any]) -> list[dict[str, Any]]:
    """(colour, its variants in stock) where the colour with the rest unchanged is not sold but several are."""
    cur, variants = base["item"]["options"], _variants(base["product"])
    out = []
    for colour in sorted({v["options"]["color"] for v in variants} - {cur["color"]}):
        if _say("color", colour, 0) is None:
            continue
        kept = _find(variants, {**cur, "color": colour})
        stocked = [v for v in variants if v["options"]["color"] == colour and v["available"]]
        if (kept is None or not kept["available"]) and len(stocked) >= 2:
            out.append({"colour": colour, "stocked": stocked})
    return out


def _said_values(cur: dict[str, str], target: dict[str, Any], lang: int) -> str | None:
    """The target's values that differ from the item's (colour left out), as a customer types them."""
    parts = [_say(o, v, lang) for o, v in target["options"].items() if o != "color" and cur.get(o) != v]
    return ", ".join(p for p in parts if p) if parts and all(parts) else None


def _unique_by_said(cur: dict[str, str], target: dict[str, Any], stocked: list[dict[str, Any]]) -> bool:
    changed = {o: v for o, v in target["options"].items() if o != "color" and cur.get(o) != v}
    return [v for v in stocked if all(v["options"].get(o) == x for o, x in changed.items())] == [target]


def _write(
    base: dict[str, Any],
    target: str,
    lang: int,
    kind: str,
    n: int,
    turns: list[str],
    forbidden: list[str],
    description: str,
    turn_checks: dict[int, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    calls = [
        {
            "name": "modify_pending_order_items",
            "arguments": {
                "order_id": base["order"],
                "item_ids": [base["item"]["item_id"]],
                "new_item_ids": [target],
                "payment_method_id": base["method"],
            },
        }
    ]
    forbid: list[dict[str, Any]] = [{"name": w} for w in WRITES if w != "modify_pending_order_items"]
    forbid += [{"name": "modify_pending_order_items", "arguments": {"new_item_ids": [f]}} for f in forbidden]
    checks = turn_checks or {}
    return {
        "id": f"{LANGS[lang]}-{kind}-{n}",
        "tags": [LANGS[lang], "option-turns-19", kind],
        "description": f"{base['item']['name']} of {base['order']} ({base['item']['options']}): {description}",
        "user": {
            "customer": None,
            "turns": [{"text": t, **({"reply": checks[i]} if i in checks else {})} for i, t in enumerate(turns)],
        },
        "expect": {
            "actions": {"mode": "strict", "scope": "writes", "args": "superset", "calls": calls},
            "forbidden": forbid,
            "store": {"orders": [{"id": base["order"], "status": "pending (item modified)"}]},
        },
    }


def _opener(base: dict[str, Any], lang: int, n: int, what: str) -> str:
    noun = NOUNS[base["item"]["name"]][lang]
    return OPENERS[lang][n % 2].format(
        email=base["user"]["email"],
        zip=base["user"]["address"]["zip"],
        order=base["order"].lstrip("#"),
        noun=noun,
        what=WHAT[what][lang],
    )


def _colour_cases(base: dict[str, Any], lang: int, n: int, kind: str) -> dict[str, Any] | None:
    cur, variants = base["item"]["options"], _variants(base["product"])
    for found in _colour_set(base):
        stocked = sorted(found["stocked"], key=_cents)
        pool = stocked[:1] if kind == "question-cheapest" else stocked[::-1]
        for target in pool:
            said = _said_values(cur, target, lang)
            if said is None or not _unique_by_said(cur, target, stocked):
                continue
            if kind == "question-cheapest" and _cents(stocked[0]) == _cents(stocked[1]):
                continue
            wrong = _find(variants, {**cur, **{o: v for o, v in target["options"].items() if o != "color"}})
            colour = _say("color", found["colour"], lang)
            turns = [_opener(base, lang, n, "color"), colour]
            checks: dict[int, dict[str, Any]] = {}
            if kind == "question-cheapest":
                turns.append(CHEAPEST[lang][n % 2])
                checks[2] = {"facts": [_money(_cents(target))]}
            turns += [said, YES[lang][n % 2]]
            return _write(
                base,
                target["id"],
                lang,
                kind,
                n,
                turns,
                [wrong["id"]] if wrong else [],
                f"colour {found['colour']} then {said} ({target['id']}), never the original colour",
                checks,
            )
    return None


def _price_case(base: dict[str, Any], lang: int, n: int) -> dict[str, Any] | None:
    cur, variants = base["item"]["options"], _variants(base["product"])
    for v in variants:
        if v["options"]["color"] == cur["color"] or not v["available"]:
            continue
        if v["options"] != {**cur, "color": v["options"]["color"]} or _cents(v) == round(base["item"]["price"] * 100):
            continue
        colour = _say("color", v["options"]["color"], lang)
        if colour is None:
            continue
        diff = abs(_cents(v) - round(base["item"]["price"] * 100))
        turns = [
            _opener(base, lang, n, "color"),
            PRICE_Q[lang][n % 2].format(v=colour),
            TAKE[lang].format(v=colour),
            YES[lang][n % 2],
        ]
        checks = {1: {"facts": [_money(diff) + _money(_cents(v))], "must_not_say": [CONFIRM[lang]]}}
        return _write(
            base,
            v["id"],
            lang,
            "price-question",
            n,
            turns,
            [],
            f"asks what {v['options']['color']} costs (answered: {diff} cents apart), then takes it",
            checks,
        )
    return None


def _size_pairs(base: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(same colour in another size, another colour in that size), both in stock, the rest unchanged."""
    cur, variants = base["item"]["options"], _variants(base["product"])
    if "size" not in cur:
        return []
    pairs = []
    for v in variants:
        o = v["options"]
        if o["size"] == cur["size"] or o != {**cur, "size": o["size"]} or not v["available"]:
            continue
        for w in variants:
            if (
                w["available"]
                and w["options"] == {**o, "color": w["options"]["color"]}
                and w["options"]["color"] != cur["color"]
                and _say("color", w["options"]["color"], 0)
            ):
                pairs.append((v, w))
    return pairs


def _size_case(base: dict[str, Any], lang: int, n: int, kind: str) -> dict[str, Any] | None:
    cur = base["item"]["options"]
    pairs = _size_pairs(base)
    if kind == "revise-value":
        return _revise_value(base, lang, n)
    if not pairs:
        return None
    kept, other = pairs[0]
    size = _say("size", kept["options"]["size"], lang)
    colour = _say("color", other["options"]["color"], lang)
    if kind == "question-not-choice":
        turns = [
            _opener(base, lang, n, "size"),
            BOTH_Q[lang].format(s=size, v=colour),
            JUST[lang].format(s=size),
            YES[lang][n % 2],
        ]
        diff = abs(_cents(kept) - round(base["item"]["price"] * 100))
        checks = {1: {"facts": [_money(diff) + _money(_cents(kept))], "must_not_say": [CONFIRM[lang]]}}
        return _write(
            base,
            kept["id"],
            lang,
            kind,
            n,
            turns,
            [other["id"]],
            f"asks about {kept['options']['size']} and {other['options']['color']}, then takes the size alone",
            checks,
        )
    turns = [
        _opener(base, lang, n, "size"),
        BOTH[lang].format(s=size, v=colour),
        KEEP[lang].format(c=_say("color", cur["color"], lang), s=size),
        YES[lang][n % 2],
    ]
    return _write(
        base,
        kept["id"],
        lang,
        kind,
        n,
        turns,
        [other["id"]],
        f"{kept['options']['size']} in {other['options']['color']} proposed, then the colour kept",
        {},
    )


def _revise_value(base: dict[str, Any], lang: int, n: int) -> dict[str, Any] | None:
    cur, variants = base["item"]["options"], _variants(base["product"])
    swaps = [
        v
        for v in variants
        if v["available"]
        and v["options"]["color"] != cur["color"]
        and v["options"] == {**cur, "color": v["options"]["color"]}
        and _say("color", v["options"]["color"], 0)
    ]
    if len(swaps) < 2:
        return None
    first, second = swaps[0], swaps[1]
    turns = [
        _opener(base, lang, n, "color"),
        _say("color", first["options"]["color"], lang),
        REVISE[lang][n % 2].format(v=_say("color", second["options"]["color"], lang)),
        YES[lang][n % 2],
    ]
    return _write(
        base,
        second["id"],
        lang,
        "revise-value",
        n,
        turns,
        [first["id"]],
        f"{first['options']['color']} proposed, then {second['options']['color']} instead",
        {},
    )


def main() -> None:
    items = _items()
    cases: list[dict[str, Any]] = []
    used: set[str] = set()
    for lang in range(4):
        for kind, count in PLAN.items():
            made = 0
            for base in items:
                if made == count:
                    break
                if base["order"] in used:
                    continue
                if kind in ("kept-choice", "question-cheapest"):
                    case = _colour_cases(base, lang, made, kind)
                elif kind == "price-question":
                    case = _price_case(base, lang, made)
                else:
                    case = _size_case(base, lang, made, kind)
                if case is not None:
                    cases.append(case)
                    used.add(base["order"])
                    made += 1
    for case_id, customer, turns, (tool, order, old, new, method), forbidden in FOUND:
        call = item_change_call(tool, order, old, new, method)
        expect = {"actions": write_actions([call]),
                  "forbidden": writes_other_than([call]) + other_variants_forbidden(tool, forbidden)}
        cases.append(case_record(case_id, [case_id[:2], "option-turns-19", "found"],
                                 f"the browser pass's conversation: {old} -> {new} in {order}", customer,
                                 text_turns(turns), expect))
    write_suite(
        OUT,
        {
            "suite": "option-turns-19",
            "description": "Choosing a variant over several turns (fresh18 F2, F3, F4): earlier choices kept, a "
            "question at the option question answered from data, a choice revised; exactly the variant "
            "built from all choices is written after the yes. Guests proving the order (and Leo, signed "
            "in). Generated by evals/generators/option_turns_19.py from data/tau-retail.",
            "tags": ["option-turns-19"],
            "customer": None,
            "cases": cases,
        },
    )
    print(f"{len(cases)} cases -> {OUT}")  # noqa: T201


if __name__ == "__main__":
    main()
