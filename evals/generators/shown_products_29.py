"""shown-products-29 (product29): writes evals/suites/shown-products-29.yaml; run from the repository root.

Questions about the products just listed, answered from the catalog's data in the customer's language. Facts from
data/demo-catalog (bags: features_bags; jackets: ConfigurableSampleData colours)."""

import yaml

from evals.generators.tau_data import WRITES

SUITE = "shown-products-29"
DUFFLES = ["Joust Duffle Bag", "Overnight Duffle", "Impulse Duffle"]
WATERPROOF_DUFFLES = ["Joust Duffle Bag", "Overnight Duffle"]  # features_bags: Waterproof; Impulse has none
# Catalog descriptions read out one after another (fresh28 F9) instead of an answer
DESCRIPTION = {
    "en": "catalog description",
    "fr": "description au catalogue",
    "es": "descripción del catálogo",
    "de": "Katalogbeschreibung",
}
BYE = {"en": "Thanks for shopping", "fr": "Merci pour votre", "es": "Gracias por su compra", "de": "Danke für Ihren"}
SIZE_WORD = {
    "en": ["size", "dimension", "capacity"],
    "fr": ["taille", "dimension", "capacité"],
    "es": ["tamaño", "medida", "capacidad"],
    "de": ["Größe", "Maße", "Volumen"],
}
WEIGHT_WORD = {
    "en": ["weight", "weigh", "lightweight"],
    "fr": ["poids", "léger"],
    "es": ["peso", "liger"],
    "de": ["Gewicht", "leicht"],
}
COL = {
    "Black": {"en": "Black", "fr": "noir", "es": "negro", "de": "Schwarz"},
    "Blue": {"en": "Blue", "fr": "bleu", "es": "azul", "de": "Blau"},
    "Gray": {"en": "Gray", "fr": "gris", "es": "gris", "de": "Grau"},
    "Green": {"en": "Green", "fr": "vert", "es": "verde", "de": "Grün"},
}
JOSIE = ["Black", "Blue", "Gray"]  # Josie Yoga Jacket (WJ02): no red
JADE = ["Blue", "Gray", "Green"]  # Jade Yoga Jacket: no red, no orange
PURPOSE = {"en": "work", "fr": "travail", "es": "oficina", "de": "Arbeit"}


def forbid():
    return [{"name": n} for n in WRITES]


def case(cid, desc, lang, tags, turns):
    return {
        "id": cid,
        "tags": [lang, SUITE, *tags],
        "description": desc,
        "user": {"customer": None, "turns": turns},
        "expect": {"forbidden": forbid(), "store": {"unchanged": True}},
    }


def t(text, facts=None, must_not=None):
    d = {"text": text}
    if facts or must_not:
        d["reply"] = {}
        if facts:
            d["reply"]["facts"] = facts
        if must_not:
            d["reply"]["must_not_say"] = must_not
    return d


def colours(names, lang):
    return [list(dict.fromkeys([COL[n][lang], n])) for n in names]


cases = []
# 1. a size the catalog does not hold, asked over the duffle bags shown: said plainly, with what it holds
# the first lists as main 5afb4c0e ranks them (es "bolsos de viaje" brings two messengers and two duffles)
BIG = [
    ("en", "got any duffle bags?", "ok which one is the biggest", DUFFLES),
    ("fr", "vous avez des sacs de voyage ?", "lequel est le plus grand", DUFFLES),
    (
        "es",
        "tienen bolsos de viaje?",
        "y cual es la mas grande?",
        ["Rival Field Messenger", "Joust Duffle Bag", "Overnight Duffle", "Wayfarer Messenger Bag"],
    ),
    ("de", "ich suche eine reisetasche", "welche ist am größten?", DUFFLES),
]
# what main said instead of an answer: a search for size L ("le plus grand", "la más grande"), a refinement that
# found nothing, a style note for "léger" (German "leger"), a goodbye
NOTHING = {"en": "couldn't narrow", "fr": "rien trouvé", "es": "No encontré", "de": "nichts gefunden"}
SIZE_L = {"en": "size L", "fr": "taille L", "es": "talla L", "de": "Größe L"}
WRONG = {lang: [DESCRIPTION[lang], BYE[lang], NOTHING[lang], SIZE_L[lang]] for lang in DESCRIPTION}
for lang, first, ask, shown in BIG:
    cases.append(
        case(
            f"{lang}-biggest-of-shown",
            "the catalog holds no size of a bag: the reply says so in the customer's language and names the shown "
            "duffles with what it does hold, never three English descriptions (fresh28 F9)",
            lang,
            ["measure"],
            [t(first), t(ask, [SIZE_WORD[lang], *[[n] for n in shown]], WRONG[lang])],
        )
    )
# 2. lightest: no weights in the catalog; the ones it lists as lightweight are named
LIGHT = [
    ("en", "show me backpacks", "which is the lightest one?"),
    ("fr", "je cherche un sac a dos", "lequel est le plus léger ?"),
    ("es", "busco mochilas", "cual pesa menos?"),
    ("de", "zeig mal rucksäcke", "welcher ist am leichtesten?"),
]
for lang, first, ask in LIGHT:
    cases.append(
        case(
            f"{lang}-lightest-of-shown",
            "the catalog gives no weights: the reply says so and names the backpacks it lists as lightweight "
            "(Crown Summit, Fusion, Driven, Endeavor all carry Lightweight), never a goodbye",
            lang,
            ["measure"],
            [t(first), t(ask, [WEIGHT_WORD[lang]], [*WRONG[lang], "vêtement de sport"])],
        )
    )
# 3. which of the shown ones has a feature: every one that has it, not the one last in focus
WATER = [
    ("en", "show me duffle bags", "which one is the cheapest?", "and which of them are waterproof"),
    ("fr", "je cherche un sac de voyage", "lequel est le moins cher ?", "et lesquels sont étanches ?"),
    ("es", "busco un bolso de viaje", "cual es el mas barato", "y cuales son impermeables?"),
    ("de", "habt ihr reisetaschen?", "welche ist die billigste?", "und welche davon sind wasserdicht?"),
]
for lang, first, cheap, ask in WATER:
    cases.append(
        case(
            f"{lang}-which-waterproof",
            "after the cheapest was named, 'which of them are waterproof' is asked of every duffle shown: Joust and "
            "Overnight are (features_bags Waterproof); the Impulse Duffle is never called waterproof",
            lang,
            ["feature"],
            [t(first), t(cheap, [["Joust Duffle Bag"]]), t(ask, [[n] for n in WATERPROOF_DUFFLES], WRONG[lang])],
        )
    )
# 4. the first two compared, never every card
TWO = [  # the first list as main ranks it: the first two named, the third never
    ("en", "show me duffle bags", "compare the first two", ["Joust Duffle Bag", "Overnight Duffle"], "Impulse Duffle"),
    (
        "fr",
        "vous avez des sacs de voyage ?",
        "compare les deux premiers stp",
        ["Impulse Duffle", "Joust Duffle Bag"],
        "Overnight Duffle",
    ),
    (
        "es",
        "tienen bolsos de viaje?",
        "compara los dos primeros",
        ["Rival Field Messenger", "Joust Duffle Bag"],
        "Overnight Duffle",
    ),
    (
        "de",
        "ich suche eine reisetasche",
        "vergleich mal die ersten beiden",
        ["Impulse Duffle", "Joust Duffle Bag"],
        "Overnight Duffle",
    ),
]
for lang, first, ask, pair, third in TWO:
    cases.append(
        case(
            f"{lang}-first-two-compared",
            "'the first two' compares the first two duffle cards shown, never the third (order as the resolver "
            "ranks the first turn on main)",
            lang,
            ["ordinal"],
            [t(first), t(ask, [[n] for n in pair or []], [BYE[lang], *([third] if third else [])])],
        )
    )
# 5. a colour the product does not come in: the colours on offer, then "what are my options?" repeats them
OPTIONS = [
    ("en", "do you have the Josie Yoga Jacket in red?", "what are my options then?"),
    ("fr", "la Josie Yoga Jacket existe en rouge ?", "ok c'est quoi mes options alors"),
    ("es", "teneis la Josie Yoga Jacket en rojo?", "y entonces que opciones tengo?"),
    ("de", "gibts die Josie Yoga Jacket in rot?", "was hab ich dann für möglichkeiten?"),
]
for lang, ask, options in OPTIONS:
    offer = colours(JOSIE, lang)
    cases.append(
        case(
            f"{lang}-unavailable-colour-then-options",
            "the Josie Yoga Jacket has no red: the reply names the colours on offer (Black, Blue, Gray) in the "
            "customer's language (fresh28 F14), and 'what are my options?' repeats them (fresh28 F13)",
            lang,
            ["variants"],
            [t(ask, [["Josie Yoga Jacket"], *offer]), t(options, offer, WRONG[lang])],
        )
    )
# 6. a purpose the catalog cannot filter: said to be out of reach, the kind still searched
WORK = [
    ("en", "i need a backpack for work"),
    ("fr", "un sac à dos pour le travail svp"),
    ("es", "busco una mochila para la oficina"),
    ("de", "ich brauch nen rucksack für die arbeit"),
]
for lang, ask in WORK:
    cases.append(
        case(
            f"{lang}-purpose-out-of-reach",
            "the catalog has no work/office tag for bags: the reply says the purpose cannot be searched for "
            "(its word named) and still shows backpacks (fresh28 F17)",
            lang,
            ["purpose"],
            [t(ask, [[PURPOSE[lang]], ["Backpack"]])],
        )
    )

doc = {
    "suite": SUITE,
    "description": "product29 (written before the fix, en/fr/es/de, demo catalog, guests): questions about the "
    "products just listed answered from the catalog's data in the customer's language: a size or weight it does not "
    "hold said plainly, a feature asked of every shown product, 'the first two' compared, a colour not on offer "
    "with the ones that are (and 'what are my options?' repeating them), a purpose the catalog cannot filter said "
    "to be out of reach.",
    "tags": ["shopping", SUITE],
    "customer": None,
    "cases": cases,
}
with open(f"evals/suites/{SUITE}.yaml", "w") as out:
    yaml.safe_dump(doc, out, allow_unicode=True, sort_keys=False, width=120)
