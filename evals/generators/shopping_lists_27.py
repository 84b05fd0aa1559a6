"""Writes evals/suites/shopping-lists-27.yaml (shoplist27): every product of a shopping list holds every constraint
the customer stated (kind, colour, gender, price cap, material, climate), kept across refinements, in en/fr/es/de.

- colour then cheaper: "black tees for men" then "anything cheaper?" narrows the same search (black men's tees).
- cap then colour: "women's shorts under 35" then "in black?": black women's shorts under 35 only.
- new kind keeps gender and budget: "men's shorts under 30" then "and tees?" (no change word): men's tees under 30.
- climate then colour: "a rain jacket for women" then "in black?": the women's rain jacket in black.
- material then cap: "wool hoodies for women" then "under 50?": the wool women's hoodie under 50.
- three turns: "women's tees under 30", "in blue?", "and tanks?": women's tanks under 30, never tees or men's.
- nothing meets them: "men's jackets in white under 60": said, never a hoodie or a women's jacket as a match.
Facts and exclusions are computed from data/demo-catalog below. Run: python -m evals.generators.shopping_lists_27
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import yaml

from evals.generators.demo_catalog import catalog_products

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "suites" / "shopping-lists-27.yaml"
LANGUAGES = ("en", "fr", "es", "de")
CUSTOMERS = {"en": None, "fr": "demo_leo_martin", "es": "demo_mia_novak", "de": None}
NOTHING_MEETS = {"en": ["nothing that meets", "couldn't find", "no match"],
                 "fr": ["rien trouvé", "aucun"], "es": ["no encontré", "ningún", "ninguna"],
                 "de": ["nichts gefunden", "keine", "nichts"]}


PRODUCTS = catalog_products()


def _names(category: str, *, below: float | None = None, at_least: float | None = None, colour: str | None = None,
           not_colour: str | None = None, material: str | None = None, not_material: str | None = None,
           climate: str | None = None, not_climate: str | None = None) -> list[str]:
    return sorted(p["name"] for p in PRODUCTS if p["category"] == category
                  and (below is None or p["price"] < below) and (at_least is None or p["price"] >= at_least)
                  and (colour is None or colour in p["colours"])
                  and (not_colour is None or not_colour not in p["colours"])
                  and (material is None or material in p["material"])
                  and (not_material is None or not_material not in p["material"])
                  and (climate is None or climate in p["climate"])
                  and (not_climate is None or not_climate not in p["climate"]))


def _plain(names: list[str]) -> list[str]:
    """Names as the store holds them and a reply writes them: HTML entities decoded ("LumaTech™")."""
    return [html.unescape(name) for name in names]


MEN_TEES, WOMEN_TEES = "Men/Tops/Tees", "Women/Tops/Tees"
MEN_SHORTS, WOMEN_SHORTS = "Men/Bottoms/Shorts", "Women/Bottoms/Shorts"
MEN_JACKETS, WOMEN_JACKETS = "Men/Tops/Jackets", "Women/Tops/Jackets"
MEN_HOODIES, WOMEN_HOODIES = "Men/Tops/Hoodies & Sweatshirts", "Women/Tops/Hoodies & Sweatshirts"
MEN_TANKS, WOMEN_TANKS = "Men/Tops/Tanks", "Women/Tops/Bras & Tanks"

TEXT: dict[str, dict[str, tuple[str, ...]]] = {
    "colour-then-cheaper": {
        "en": ("got any black t-shirts for guys?", "hmm, anything a bit cheaper?"),
        "fr": ("vous avez des t-shirts noirs pour homme ?", "un peu moins cher peut-être ?"),
        "es": ("¿tenéis camisetas negras de hombre?", "¿algo un poco más barato?"),
        "de": ("habt ihr schwarze T-Shirts für Männer?", "gibt es was Günstigeres?"),
    },
    "cap-then-colour": {
        "en": ("I need shorts for women, max 35 bucks", "do any come in black?"),
        "fr": ("je cherche un short femme, 35 dollars maximum", "et en noir, il y en a ?"),
        "es": ("busco pantalones cortos de mujer, como mucho 35 dólares", "¿y alguno en negro?"),
        "de": ("ich suche Damenshorts für höchstens 35 Dollar", "gibt's die auch in schwarz?"),
    },
    "new-kind-keeps-person-and-budget": {
        "en": ("men's shorts below $30 please", "and t-shirts?"),
        "fr": ("des shorts pour homme à moins de 30 dollars svp", "et des t-shirts ?"),
        "es": ("pantalones cortos de hombre por menos de 30 dólares", "¿y camisetas?"),
        "de": ("Herrenshorts unter 30 Dollar bitte", "und T-Shirts?"),
    },
    "climate-then-colour": {
        "en": ("I'm looking for a women's jacket for rainy weather", "what about in black?"),
        "fr": ("je cherche une veste pour femme pour la pluie", "et en noir ?"),
        "es": ("busco una chaqueta de mujer para la lluvia", "¿y en negro?"),
        "de": ("ich suche eine Damenjacke für Regenwetter", "und in schwarz?"),
    },
    "material-then-cap": {
        "en": ("do you sell women's hoodies made of wool?", "only the ones under 50 dollars"),
        "fr": ("vous vendez des sweats à capuche en laine pour femme ?", "seulement ceux à moins de 50 dollars"),
        "es": ("¿vendéis sudaderas con capucha de lana para mujer?", "solo las de menos de 50 dólares"),
        "de": ("verkauft ihr Kapuzenpullis aus Wolle für Damen?", "nur die unter 50 Dollar"),
    },
    "three-turns-kind-after-colour": {
        "en": ("women's tees under 30 dollars?", "in blue?", "and tank tops?"),
        "fr": ("des t-shirts femme à moins de 30 dollars ?", "en bleu ?", "et des débardeurs ?"),
        "es": ("¿camisetas de mujer por menos de 30 dólares?", "¿en azul?", "¿y camisetas de tirantes?"),
        "de": ("Damen-T-Shirts unter 30 Dollar?", "in blau?", "und Tanktops?"),
    },
    "nothing-meets": {
        "en": ("white jackets for men under 60 dollars?",),
        "fr": ("des vestes blanches pour homme à moins de 60 dollars ?",),
        "es": ("¿chaquetas blancas de hombre por menos de 60 dólares?",),
        "de": ("weiße Herrenjacken unter 60 Dollar?",),
    },
}


def _turn(text: str, facts: list[list[str]] | None = None, must_not_say: list[str] | None = None
          ) -> dict[str, Any]:
    if facts is None:
        return {"text": text}
    return {"text": text, "reply": {"facts": [_plain(alternatives) for alternatives in facts],
                                    "must_not_say": _plain(must_not_say or [])}}


def _cases(language: str) -> list[dict[str, Any]]:
    t = {name: texts[language] for name, texts in TEXT.items()}
    black_men_tees = _names(MEN_TEES, colour="Black")
    dearest = max(p["price"] for p in PRODUCTS if p["name"] in black_men_tees)
    women_tanks_under_30 = _names(WOMEN_TANKS, below=30)
    specs: list[tuple[str, list[str], str, list[dict[str, Any]]]] = [
        ("colour-then-cheaper", ["colour", "cheaper"],
         "black men's tees, then 'cheaper': black men's tees still (below the dearest shown), never another colour, "
         "a women's tee or another kind", [
             _turn(t["colour-then-cheaper"][0], [black_men_tees],
                   _names(MEN_TEES, not_colour="Black") + _names(WOMEN_TEES) + _names(MEN_TANKS)),
             _turn(t["colour-then-cheaper"][1], [_names(MEN_TEES, colour="Black", below=dearest)],
                   _names(MEN_TEES, not_colour="Black") + _names(WOMEN_TEES) + _names(MEN_TANKS))]),
        ("cap-then-colour", ["price-cap", "colour"],
         "women's shorts up to 35, then black: black women's shorts up to 35 only", [
             _turn(t["cap-then-colour"][0], [_names(WOMEN_SHORTS, below=35.01)],
                   _names(WOMEN_SHORTS, at_least=35.01) + _names(MEN_SHORTS)),
             _turn(t["cap-then-colour"][1], [_names(WOMEN_SHORTS, below=35.01, colour="Black")],
                   _names(WOMEN_SHORTS, at_least=35.01) + _names(WOMEN_SHORTS, not_colour="Black")
                   + _names(MEN_SHORTS))]),
        ("new-kind-keeps-person-and-budget", ["new-kind", "gender", "price-cap"],
         "men's shorts under 30, then 'and tees?' with no change word: men's tees under 30 (the person and the "
         "budget kept), never women's tees, tees of 30 and over, or shorts", [
             _turn(t["new-kind-keeps-person-and-budget"][0], [_names(MEN_SHORTS, below=30)],
                   _names(MEN_SHORTS, at_least=30) + _names(WOMEN_SHORTS)),
             _turn(t["new-kind-keeps-person-and-budget"][1], [_names(MEN_TEES, below=30)],
                   _names(MEN_TEES, at_least=30) + _names(WOMEN_TEES) + _names(MEN_SHORTS) + _names(MEN_TANKS))]),
        ("climate-then-colour", ["climate", "colour"],
         "a women's jacket for rain, then black: the women's rain jacket in black, never a jacket not made for rain, "
         "a men's jacket or another kind", [
             _turn(t["climate-then-colour"][0], [_names(WOMEN_JACKETS, climate="Rainy")],
                   _names(WOMEN_JACKETS, not_climate="Rainy") + _names(MEN_JACKETS) + _names(WOMEN_HOODIES)),
             _turn(t["climate-then-colour"][1], [_names(WOMEN_JACKETS, climate="Rainy", colour="Black")],
                   _names(WOMEN_JACKETS, not_climate="Rainy") + _names(WOMEN_JACKETS, not_colour="Black")
                   + _names(MEN_JACKETS) + _names(WOMEN_HOODIES))]),
        ("material-then-cap", ["material", "price-cap"],
         "wool women's hoodies, then under 50: the wool women's hoodie under 50 only, never one without wool, a "
         "men's hoodie or one of 50 and over", [
             _turn(t["material-then-cap"][0], [_names(WOMEN_HOODIES, material="Wool")],
                   _names(WOMEN_HOODIES, not_material="Wool") + _names(MEN_HOODIES)),
             _turn(t["material-then-cap"][1], [_names(WOMEN_HOODIES, material="Wool", below=50)],
                   _names(WOMEN_HOODIES, not_material="Wool") + _names(WOMEN_HOODIES, at_least=50)
                   + _names(MEN_HOODIES))]),
        ("three-turns-kind-after-colour", ["colour", "new-kind", "gender", "price-cap"],
         "women's tees under 30, in blue, then 'and tank tops?': women's tanks under 30 (in blue or not), never "
         "tees, men's tanks or tanks of 30 and over", [
             _turn(t["three-turns-kind-after-colour"][0], [_names(WOMEN_TEES, below=30)],
                   _names(WOMEN_TEES, at_least=30) + _names(MEN_TEES)),
             _turn(t["three-turns-kind-after-colour"][1], [_names(WOMEN_TEES, below=30, colour="Blue")],
                   _names(WOMEN_TEES, at_least=30) + _names(WOMEN_TEES, not_colour="Blue") + _names(MEN_TEES)),
             _turn(t["three-turns-kind-after-colour"][2], [women_tanks_under_30],
                   _names(WOMEN_TANKS, at_least=30) + _names(MEN_TANKS) + _names(WOMEN_TEES) + _names(MEN_TEES))]),
        ("nothing-meets", ["colour", "price-cap", "none"],
         "white men's jackets under 60: there are none (the white one costs 65); said so, and no hoodie, women's "
         "jacket or men's jacket of 60 and over shown", [
             _turn(t["nothing-meets"][0], [NOTHING_MEETS[language]],
                   _names(WOMEN_JACKETS) + _names(MEN_HOODIES) + _names(MEN_JACKETS, at_least=60))]),
    ]
    cases = []
    for index, (name, tags, description, turns) in enumerate(specs):
        customer = CUSTOMERS[language] if index % 2 else None
        cases.append({"id": f"{language}-{name}", "tags": [language, *tags, "signed-in" if customer else "guest"],
                      "description": description, "user": {"customer": customer, "turns": turns},
                      "expect": {"store": {"unchanged": True}}})
    return cases


def suite() -> dict[str, Any]:
    return {"suite": "shopping-lists-27",
            "description": "shoplist27 (written before the fix, en/fr/es/de): every product in a shopping list holds "
                           "every constraint the customer stated (kind, colour, gender, price cap, material, "
                           "climate), kept across refinements; a new kind keeps the person and budget; when nothing "
                           "meets them it is said. Facts computed from data/demo-catalog by "
                           "evals/generators/shopping_lists_27.py.",
            "tags": ["shopping", "shopping-lists-27"], "customer": None,
            "cases": [case for language in LANGUAGES for case in _cases(language)]}


def main() -> None:
    OUT.write_text(yaml.safe_dump(suite(), allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
