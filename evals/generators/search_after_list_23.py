"""Writes evals/suites/search-after-list-23.yaml (shop23): shopping turns after a list; features asked by name.

Three kinds of case, each in en/fr/es/de, guests and signed-in demo customers:
- after a list, a new search of another kind, gender or activity: the second turn's reply (its cards included) names a
  product meeting the new constraints and none of the first list's kind or of the wrong gender/activity;
- after a list, a question about the listed products (the first/second one, the cheapest, which are waterproof):
  answered from the listed products' own catalog values, with a yes where every candidate has the feature;
- a product's feature asked by name (bags' features_bags, apparel's climate): a yes or a no from the column,
  never an empty value shown as "-", the climate named in the customer's language.
Facts and exclusions are computed from data/demo-catalog below. Run: python -m evals.generators.search_after_list_23
"""

from __future__ import annotations

import csv
from typing import Any

from evals.generators.case_builders import reply_turn as _turn
from evals.generators.tau_data import ROOT, write_unaliased_suite

CATALOG = ROOT / "data" / "demo-catalog"
OUT = ROOT / "evals" / "suites" / "search-after-list-23.yaml"

YES = {"en": ["yes"], "fr": ["oui"], "es": ["sí"], "de": ["ja:", "ja,", "ja.", "ja ", "ja!"]}
NO = {
    "en": ["no,", "no.", "not ", "n't"],
    "fr": ["non", "pas"],
    "es": ["no ", "no,", "no."],
    "de": ["nein", "nicht", "kein"],
}
YES_WORDS = {"en": ["yes"], "fr": ["oui"], "es": ["sí,", "sí."], "de": ["ja:", "ja,", "ja."]}
DASH = [" -.", " -,", "as -", "comme -", "como -", "als -"]
CUSTOMERS = [None, "demo_mia_novak", "demo_leo_martin"]


def _gear(kind: str) -> list[dict[str, str]]:
    with (CATALOG / f"CatalogSampleData__products_gear_{kind}.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _values(row: dict[str, str], column: str) -> set[str]:
    return {v.strip() for v in (row.get(column) or "").split("\n") if v.strip()}


def _apparel() -> list[dict[str, Any]]:
    with (CATALOG / "ConfigurableSampleData__products.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["product_type"] == "configurable"]
    out = []
    for r in rows:
        path = r["categories"].split(",")[0].split("/")
        attrs = dict(kv.split("=", 1) for kv in r["additional_attributes"].split(",") if "=" in kv)
        out.append(
            {
                "name": " ".join(r["name"].split()),
                "gender": path[1],
                "kind": path[-1],
                "price": float(r["price"]),
                "climate": set(attrs.get("climate", "").split("|")),
                "style": set(attrs.get("style_general", "").split("|")),
            }
        )
    return out


BAGS = {" ".join(r["name"].split()): r for r in _gear("bags")}
WATCHES = {" ".join(r["name"].split()): r for r in _gear("watches")}
APPAREL = _apparel()


def _names(pred: Any) -> list[str]:
    return sorted(p["name"] for p in APPAREL if pred(p))


def _bags(pred: Any) -> list[str]:
    return sorted(n for n, r in BAGS.items() if pred(r))


def _watches(gender: str) -> list[str]:
    return sorted(n for n, r in WATCHES.items() if gender in _values(r, "gender"))


def _case(cid: str, lang: str, n: int, desc: str, tags: list[str], turns: list[dict[str, Any]]) -> dict[str, Any]:
    customer = CUSTOMERS[n % 3]
    return {
        "id": cid,
        "tags": [lang, *tags, "guest" if customer is None else "signed-in"],
        "description": desc,
        "user": {"customer": customer, "turns": turns},
        "expect": {"store": {"unchanged": True}},
    }


# --- new search after a list -------------------------------------------------------------------------------------
RAIN_WOMEN = _names(
    lambda p: (
        p["gender"] == "Women" and p["kind"] == "Jackets" and ("Rainy" in p["climate"] or "Rain Coat" in p["style"])
    )
)
MEN_JACKETS = _names(lambda p: p["gender"] == "Men" and p["kind"] == "Jackets")
INDOOR_WOMEN_JACKETS = _names(
    lambda p: (
        p["gender"] == "Women"
        and p["kind"] == "Jackets"
        and not ({"Rainy", "All-weather"} & p["climate"])
        and "Rain Coat" not in p["style"]
        and "Indoor" in p["climate"]
    )
)
HOODIES = _names(lambda p: p["kind"] == "Hoodies & Sweatshirts")
WOMEN_PANTS = _names(lambda p: p["gender"] == "Women" and p["kind"] == "Pants")
MEN_BOTTOMS = _names(lambda p: p["gender"] == "Men" and p["kind"] in ("Shorts", "Pants"))
MEN_SHORTS = _names(lambda p: p["gender"] == "Men" and p["kind"] == "Shorts")
HIKING_BACKPACKS = _bags(lambda r: "Backpack" in _values(r, "style_bags") and "Hiking" in _values(r, "activity"))
NOT_HIKING_BAGS = _bags(lambda r: "Hiking" not in _values(r, "activity"))
YOGA_BAGS = _bags(lambda r: "Yoga" in _values(r, "activity"))
WOMEN_ONLY_WATCHES = sorted(set(_watches("Women")) - set(_watches("Men")))
MEN_WATCHES = _watches("Men")
WOMEN_WATCHES = _watches("Women")

NEW_SEARCH = {
    "rain-jacket-after-hoodies": (
        "hoodies listed, then a women's waterproof jacket: rain jackets for women (climate Rainy or a rain coat), no "
        "hoodie or sweatshirt, no men's jacket, no indoor-only jacket",
        {
            "en": ("do you have a wool sweater?", "and a waterproof jacket for a woman?"),
            "fr": ("avez-vous un pull en laine ?", "et une veste imperméable pour femme ?"),
            "es": ("¿tienen alguna sudadera de lana?", "¿y una chaqueta impermeable de mujer?"),
            "de": ("habt ihr einen Wollpullover?", "und eine wasserdichte Jacke für Damen?"),
        },
        HOODIES,
        RAIN_WOMEN,
        ["Hoodie", "Sweatshirt", *MEN_JACKETS, *INDOOR_WOMEN_JACKETS],
    ),
    "men-after-women-watches": (
        "women's watches listed, then the same kind for men: a men's watch, no women-only watch",
        {
            "en": ("show me some watches for women", "what about for men?"),
            "fr": ("je cherche une montre pour femme", "et pour homme ?"),
            "es": ("quiero ver relojes de mujer", "¿y para hombre?"),
            "de": ("zeig mir Damenuhren", "und für Herren?"),
        },
        WOMEN_WATCHES,
        MEN_WATCHES,
        WOMEN_ONLY_WATCHES,
    ),
    "hiking-backpack-after-yoga-bags": (
        "yoga bags listed, then a backpack for hiking: a backpack whose activity lists Hiking, no bag without Hiking",
        {
            "en": ("got any bags for yoga class?", "ok, now I need a backpack for hiking"),
            "fr": ("vous avez des sacs pour le yoga ?", "bon, il me faut plutôt un sac à dos pour la randonnée"),
            "es": ("¿tienen bolsas para yoga?", "vale, ahora busco una mochila para senderismo"),
            "de": ("habt ihr Taschen fürs Yoga?", "okay, jetzt brauche ich einen Rucksack zum Wandern"),
        },
        YOGA_BAGS,
        HIKING_BACKPACKS,
        NOT_HIKING_BAGS,
    ),
    "women-pants-after-men-shorts": (
        "men's shorts listed, then leggings/pants for women: a women's pant, no men's shorts or pants",
        {
            "en": ("I need gym shorts for my husband", "and some leggings for me, I'm a woman"),
            "fr": ("je cherche un short de sport pour homme", "et un legging pour femme ?"),
            "es": ("busco pantalones cortos de hombre para el gimnasio", "¿y unas mallas para mujer?"),
            "de": ("ich suche Sportshorts für Herren", "und Leggings für Damen?"),
        },
        MEN_SHORTS,
        WOMEN_PANTS,
        MEN_BOTTOMS,
    ),
}

# --- questions about the listed products -------------------------------------------------------------------------
MESSENGERS = _bags(lambda r: "Messenger" in _values(r, "style_bags"))
DUFFLES = _bags(lambda r: "Duffel" in _values(r, "style_bags"))
BACKPACKS = _bags(lambda r: "Backpack" in _values(r, "style_bags"))
WATERPROOF_BACKPACKS = [n for n in BACKPACKS if "Waterproof" in _values(BAGS[n], "features_bags")]
assert all("Laptop Sleeve" in _values(BAGS[n], "features_bags") for n in MESSENGERS)  # noqa: S101
assert all("Lockable" in _values(BAGS[n], "features_bags") for n in DUFFLES)  # noqa: S101
CHEAPEST_WOMEN_WATCH = min(WOMEN_WATCHES, key=lambda n: float(WATCHES[n]["price"]))
DEAREST_MEN_WATCH = max(MEN_WATCHES, key=lambda n: float(WATCHES[n]["price"]))


def _price(name: str) -> list[str]:
    value = float(WATCHES[name]["price"])
    return [f"{value:.0f}", f"{value:.2f}", f"{value:.2f}".replace(".", ",")]


def _about_list() -> list[dict[str, Any]]:
    cases = []
    texts = {
        "messenger-first-laptop-sleeve": (
            "messenger bags listed; the first one has a laptop sleeve (every messenger bag does): a yes",
            {
                "en": ("show me your messenger bags", "does the first one have a laptop sleeve?"),
                "fr": ("montrez-moi vos sacoches messenger", "est-ce que la première a une pochette pour ordinateur ?"),
                "es": ("enséñame las bolsas bandolera tipo messenger", "¿la primera tiene funda para portátil?"),
                "de": ("zeig mir eure Messenger-Taschen", "hat die erste ein Laptopfach?"),
            },
            lambda lang: [YES[lang]],
            lambda lang: DASH,
        ),
        "duffle-second-lockable": (
            "duffle bags listed; the second one is lockable (every duffle is): a yes",
            {
                "en": ("looking for a duffle bag", "can the second one be locked?"),
                "fr": ("je cherche un sac de voyage duffle", "le deuxième, il se ferme à clé ?"),
                "es": ("busco una bolsa de viaje tipo duffle", "¿la segunda se puede cerrar con candado?"),
                "de": ("ich suche eine Reisetasche, so eine Duffle", "ist die zweite abschließbar?"),
            },
            lambda lang: [YES[lang]],
            lambda lang: DASH,
        ),
        "backpacks-which-waterproof": (
            f"backpacks listed ({', '.join(BACKPACKS)}); which are waterproof: {', '.join(WATERPROOF_BACKPACKS)}",
            {
                "en": ("what backpacks do you sell?", "which of those are waterproof?"),
                "fr": ("quels sacs à dos vendez-vous ?", "lesquels sont imperméables ?"),
                "es": ("¿qué mochilas venden?", "¿cuáles de esas son impermeables?"),
                "de": ("welche Rucksäcke habt ihr?", "welche davon sind wasserdicht?"),
            },
            lambda lang: [[n] for n in WATERPROOF_BACKPACKS],
            lambda lang: DASH,
        ),
        "watches-cheapest-or-dearest": (
            f"watches listed; the cheapest women's ({CHEAPEST_WOMEN_WATCH}) or the dearest men's ({DEAREST_MEN_WATCH})",
            {
                "en": ("watches for women please", "which of those is cheapest?"),
                "fr": ("des montres pour homme ?", "laquelle est la plus chère ?"),
                "es": ("relojes para mujer, por favor", "¿cuál de esos es el más barato?"),
                "de": ("Herrenuhren bitte", "welche davon ist die teuerste?"),
            },
            lambda lang: [
                [CHEAPEST_WOMEN_WATCH if lang in ("en", "es") else DEAREST_MEN_WATCH],
                _price(CHEAPEST_WOMEN_WATCH if lang in ("en", "es") else DEAREST_MEN_WATCH),
            ],
            lambda lang: [],
        ),
    }
    n = 0
    for key, (desc, by_lang, facts, must_not) in texts.items():
        for lang, (first, second) in by_lang.items():
            n += 1
            cases.append(
                _case(
                    f"{lang}-{key}",
                    lang,
                    n,
                    desc,
                    ["about-the-list", key],
                    [_turn(first), _turn(second, facts(lang), must_not(lang))],
                )
            )
    return cases


# --- features asked by name --------------------------------------------------------------------------------------
def _feature(bag: str, feature: str) -> bool:
    return feature in _values(BAGS[bag], "features_bags")


FEATURES = [  # (id, lang, question, yes?) checked against the catalog below
    ("push-it-waterproof", "en", "Is the Push It Messenger Bag waterproof?", ("Push It Messenger Bag", "Waterproof")),
    (
        "wayfarer-waterproof",
        "fr",
        "Le Wayfarer Messenger Bag est-il imperméable ?",
        ("Wayfarer Messenger Bag", "Waterproof"),
    ),
    ("joust-waterproof", "es", "¿La Joust Duffle Bag es impermeable?", ("Joust Duffle Bag", "Waterproof")),
    ("crown-waterproof", "de", "Ist der Crown Summit Backpack wasserdicht?", ("Crown Summit Backpack", "Waterproof")),
    (
        "push-it-laptop-sleeve",
        "en",
        "does the Push It Messenger Bag have a laptop sleeve?",
        ("Push It Messenger Bag", "Laptop Sleeve"),
    ),
    (
        "fusion-hydration",
        "fr",
        "Le Fusion Backpack a-t-il une poche d'hydratation ?",
        ("Fusion Backpack", "Hydration Pocket"),
    ),
    ("impulse-wheels", "es", "¿La Impulse Duffle tiene ruedas?", ("Impulse Duffle", "Wheeled")),
    ("joust-tsa", "de", "Ist die Joust Duffle Bag TSA-zugelassen?", ("Joust Duffle Bag", "TSA Approved")),
    (
        "savvy-laptop-sleeve",
        "en",
        "does the Savvy Shoulder Tote have a laptop sleeve?",
        ("Savvy Shoulder Tote", "Laptop Sleeve"),
    ),
    ("driven-waterproof", "fr", "Le Driven Backpack est-il imperméable ?", ("Driven Backpack", "Waterproof")),
    ("rival-waterproof", "es", "¿El Rival Field Messenger es impermeable?", ("Rival Field Messenger", "Waterproof")),
    (
        "compete-laptop-sleeve",
        "de",
        "Hat die Compete Track Tote ein Laptopfach?",
        ("Compete Track Tote", "Laptop Sleeve"),
    ),
]

CLIMATE = [  # apparel climate asked by name: (id, lang, question, product, climate words of the language)
    ("josie-rain", "en", "is the Josie Yoga Jacket ok in the rain?", "Josie Yoga Jacket", ["indoor", "mild", "spring"]),
    (
        "nadia-rain",
        "fr",
        "la Nadia Elements Shell, elle tient sous la pluie ?",
        "Nadia Elements Shell",
        ["pluie", "pluvieux"],
    ),
    (
        "inez-rain",
        "es",
        "¿La Inez Full Zip Jacket sirve para la lluvia?",
        "Inez Full Zip Jacket",
        ["lluvia", "lluvioso"],
    ),
    (
        "riona-rain",
        "de",
        "Ist die Riona Full Zip Jacket für Regen geeignet?",
        "Riona Full Zip Jacket",
        ["kalt", "kühl", "wind", "winter", "frühling"],
    ),
]
ENGLISH_CLIMATES = ["rainy", "wintry", "windy", "all-weather", "indoor", "spring", "cold"]


def _features() -> list[dict[str, Any]]:
    cases = []
    for n, (key, lang, question, (bag, feature)) in enumerate(FEATURES):
        has = _feature(bag, feature)
        facts = [YES[lang]] if has else [NO[lang]]
        must_not = DASH + ([] if has else YES_WORDS[lang]) + ([] if lang == "en" else ["rainy"])
        desc = (
            f"{bag}: features_bags {sorted(_values(BAGS[bag], 'features_bags'))}; {feature}: {'yes' if has else 'no'}"
        )
        cases.append(
            _case(
                f"{lang}-feature-{key}", lang, n, desc, ["feature-by-name", "bags"], [_turn(question, facts, must_not)]
            )
        )
    for n, (key, lang, question, name, words) in enumerate(CLIMATE):
        product = next(p for p in APPAREL if p["name"] == name)
        rainy = "Rainy" in product["climate"] or bool({"Rain Coat", "Hard Shell"} & product["style"])
        facts = [YES[lang] if rainy else NO[lang]] + ([] if lang == "en" or not rainy else [words])
        if not rainy and lang != "en":
            facts.append(words)
        must_not = DASH + ([] if rainy else YES_WORDS[lang]) + ([] if lang == "en" else ENGLISH_CLIMATES)
        desc = f"{name}: climate {sorted(product['climate'])}; rain: {'yes' if rainy else 'no'}; named in {lang}"
        cases.append(
            _case(
                f"{lang}-climate-{key}",
                lang,
                n + 1,
                desc,
                ["feature-by-name", "climate"],
                [_turn(question, facts, must_not)],
            )
        )
    return cases


def _new_search() -> list[dict[str, Any]]:
    cases = []
    n = 0
    for key, (desc, by_lang, first_ok, second_ok, second_not) in NEW_SEARCH.items():
        for lang, (first, second) in by_lang.items():
            n += 1
            turns = [_turn(first, [first_ok] if first_ok else None), _turn(second, [second_ok], second_not)]
            cases.append(_case(f"{lang}-{key}", lang, n, desc, ["new-search", key], turns))
    return cases


def main() -> None:
    cases = _new_search() + _about_list() + _features()
    suite = {
        "suite": "search-after-list-23",
        "description": (
            "shop23: shopping turns after a list (a new search of another kind/gender/activity vs a question about the "
            "listed products: the first/second one, the cheapest, which are waterproof) and catalog features asked by "
            "name (bags' features_bags, apparel climate named in the customer's language, never an empty value shown "
            "as '-'). "
            "Facts computed from data/demo-catalog by evals/generators/search_after_list_23.py."
        ),
        "tags": ["shopping", "search-after-list"],
        "customer": None,
        "cases": cases,
    }
    write_unaliased_suite(OUT, suite)
    print(f"{len(cases)} cases -> {OUT}")


if __name__ == "__main__":
    main()
