"""Writes evals/suites/shop-refinements-25.yaml (shopref25, issue 17): shopping refinements that keep their
constraints, style words, and two questions in one, each in en/fr/es/de, guests and signed-in demo customers.

- keeps (F8): "men's hoodies under 60" then "actually jackets" then "in blue?" keeps men and the price cap; a photo of
  a men's hoodie with "dressier, for my husband, under 50" then "not a hoodie, rather a jacket. is it wool?" shows
  men's jackets under 50 and answers the material; "for women instead" replaces only the gender.
- style (F9): "more formal / plus habillé / más elegante / eleganter" after a hoodie photo or a jacket search: never
  hoodies again, and the style word is never ignored without a word (the reply says what the catalog can do).
- two questions (F13): "what colours does it come in and is it wool/waterproof?" about the product in focus: both
  answered.
Facts and exclusions are computed from data/demo-catalog below. Run: python -m evals.generators.shop_refinements_25
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from evals.generators.demo_catalog import catalog_products
from evals.generators.reply_words import NOT_UNDERSTOOD

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "suites" / "shop-refinements-25.yaml"
LANGUAGES = ("en", "fr", "es", "de")
CUSTOMERS = {"en": "demo_mia_novak", "fr": "demo_leo_martin", "es": None, "de": "demo_leo_martin"}

WOOL = {"en": ["wool"], "fr": ["laine"], "es": ["lana"], "de": ["wolle"]}
RAIN = {"en": ["waterproof", "rain"], "fr": ["imperméable", "pluie"], "es": ["impermeable", "lluvia"],
        "de": ["wasserdicht", "regen"]}
COLOURS = {"Black": {"en": "black", "fr": "noir", "es": "negro", "de": "schwarz"},
           "Orange": {"en": "orange", "fr": "orange", "es": "naranja", "de": "orange"},
           "Blue": {"en": "blue", "fr": "bleu", "es": "azul", "de": "blau"}}
# The style word said back (or what the catalog offers for it), never ignored without a word
STYLE_SAID = {"en": ["formal", "dress"], "fr": ["habillé", "élégant", "chic"], "es": ["elegante", "formal", "vestir"],
              "de": ["elegant", "schick", "formell"]}


PRODUCTS = catalog_products()


def _names(category: str, *, below: float | None = None, at_least: float | None = None,
           colour: str | None = None) -> list[str]:
    return sorted(p["name"] for p in PRODUCTS if p["category"] == category
                  and (below is None or p["price"] < below) and (at_least is None or p["price"] >= at_least)
                  and (colour is None or colour in p["colours"]))


MEN_JACKETS, WOMEN_JACKETS = "Men/Tops/Jackets", "Women/Tops/Jackets"
MEN_HOODIES, WOMEN_HOODIES = "Men/Tops/Hoodies & Sweatshirts", "Women/Tops/Hoodies & Sweatshirts"
ALL_HOODIES = _names(MEN_HOODIES) + _names(WOMEN_HOODIES)

KEEPS_TEXT = {
    "en": ("do you have men's hoodies under 60 dollars?", "actually, jackets instead", "in blue?"),
    "fr": ("vous avez des sweats à capuche pour homme à moins de 60 dollars ?", "en fait plutôt des vestes",
           "en bleu ?"),
    "es": ("¿tenéis sudaderas con capucha de hombre por menos de 60 dólares?", "mejor chaquetas", "¿en azul?"),
    "de": ("habt ihr Herren-Hoodies unter 60 Dollar?", "doch lieber Jacken", "in blau?"),
}
KEEPS_PHOTO = {
    "en": ("something like this but dressier, for my husband, under 50 dollars",
           "not a hoodie, more like a jacket. and is it wool?"),
    "fr": ("quelque chose comme ça mais plus habillé, pour mon mari, moins de 50 dollars",
           "pas un sweat, plutôt une veste. et c est en laine ?"),
    "es": ("algo como esto pero más elegante, para mi marido, menos de 50 dólares",
           "no una sudadera, mejor una chaqueta. ¿y es de lana?"),
    "de": ("so etwas, aber eleganter, für meinen Mann, unter 50 Dollar",
           "keinen Hoodie, eher eine Jacke. und ist die aus Wolle?"),
}
KEEPS_CHANGE = {
    "en": ("men's hoodies under 60 please", "for women instead"),
    "fr": ("des sweats à capuche pour homme à moins de 60 dollars svp", "plutôt pour femme en fait"),
    "es": ("sudaderas con capucha de hombre por menos de 60 dólares", "mejor para mujer"),
    "de": ("Kapuzenpullis für Herren unter 60 Dollar bitte", "doch lieber für Damen"),
}
STYLE_PHOTO = {
    "en": "something like this but more formal",
    "fr": "quelque chose comme ça mais plus habillé",
    "es": "algo como esto pero más elegante",
    "de": "so etwas wie das hier, aber eleganter",
}
STYLE_TEXT = {
    "en": "a dressier jacket for men under 50 dollars?",
    "fr": "une veste plus habillée pour homme à moins de 50 dollars ?",
    "es": "¿una chaqueta más elegante para hombre por menos de 50 dólares?",
    "de": "eine elegantere Herrenjacke unter 50 Dollar?",
}
ASK_ABOUT = {"en": "Tell me about the product {name} ({sku}).", "fr": "Parlez-moi du produit {name} ({sku}).",
             "es": "Háblame del producto {name} ({sku}).", "de": "Erzähl mir etwas über das Produkt {name} ({sku})."}
TWO_WOOL = {
    "en": "what colours does it come in and is it wool?",
    "fr": "il existe en quelles couleurs et c'est de la laine ?",
    "es": "¿en qué colores viene y es de lana?",
    "de": "welche farben gibt es und ist das wolle?",
}
TWO_RAIN = {
    "en": "what colours does it come in and is it waterproof?",
    "fr": "elle existe en quelles couleurs et est-ce qu'elle est imperméable ?",
    "es": "¿de qué colores la tenéis y es impermeable?",
    "de": "in welchen Farben gibt es die und ist sie wasserdicht?",
}


def _case(case_id: str, language: str, tags: list[str], description: str, customer: str | None,
          turns: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": case_id, "tags": [language, *tags, "signed-in" if customer else "guest"],
            "description": description, "user": {"customer": customer, "turns": turns},
            "expect": {"store": {"unchanged": True}}}


def _keeps(language: str) -> list[dict[str, Any]]:
    customer = CUSTOMERS[language]
    first, jackets, blue = KEEPS_TEXT[language]
    wrong_jackets = _names(WOMEN_JACKETS) + _names(MEN_JACKETS, at_least=60)
    text = _case(f"{language}-keeps-men-and-cap-across-kind-change", language, ["keeps"],
                 "men's hoodies under 60, then jackets, then blue: men's jackets under 60 (in blue), never women's "
                 "or 60 and over", customer, [
                     {"text": first},
                     {"text": jackets, "reply": {"facts": [_names(MEN_JACKETS, below=60)],
                                                 "must_not_say": wrong_jackets + _names(MEN_HOODIES)}},
                     {"text": blue, "reply": {"facts": [_names(MEN_JACKETS, below=60, colour="Blue")],
                                              "must_not_say": wrong_jackets + _names(MEN_HOODIES)}}])
    dressy, jacket = KEEPS_PHOTO[language]
    under_50 = _names(MEN_JACKETS, below=50)
    wool = [p["name"] for p in PRODUCTS if p["name"] in under_50 and "Wool" in p["material"]]
    photo = _case(f"{language}-keeps-husband-and-cap-after-photo", language, ["keeps", "photo"],
                  "photo of a men's hoodie, dressier for the husband under 50, then a jacket and 'is it wool?': men's "
                  f"jackets under 50, the wool one ({', '.join(wool)}) said to be wool; never women's, 50 and over",
                  None if customer else "demo_mia_novak", [
                      {"text": dressy, "photo": {"source": "m/h/mh03-black_main.jpg"}},
                      {"text": jacket, "reply": {"facts": [under_50, wool, WOOL[language]],
                                                 "must_not_say": _names(WOMEN_JACKETS)
                                                 + _names(MEN_JACKETS, at_least=50) + ALL_HOODIES}}])
    hoodies, women = KEEPS_CHANGE[language]
    change = _case(f"{language}-keeps-cap-when-gender-changes", language, ["keeps", "explicit-change"],
                   "men's hoodies under 60, then 'for women instead': women's hoodies under 60 (only the gender "
                   "replaced), never men's or 60 and over", customer, [
                       {"text": hoodies},
                       {"text": women, "reply": {"facts": [_names(WOMEN_HOODIES, below=60)],
                                                 "must_not_say": _names(MEN_HOODIES)
                                                 + _names(WOMEN_HOODIES, at_least=60)}}])
    return [text, photo, change]


def _style(language: str) -> list[dict[str, Any]]:
    customer = CUSTOMERS[language]
    photo = _case(f"{language}-style-formal-after-hoodie-photo", language, ["style", "photo"],
                  "photo of a hoodie + 'more formal': never hoodies again, and the style word answered (what the "
                  "catalog offers for it, or that it cannot)", customer, [
                      {"text": STYLE_PHOTO[language], "photo": {"source": "m/h/mh03-black_main.jpg"},
                       "reply": {"facts": [STYLE_SAID[language]], "must_not_say": ALL_HOODIES + NOT_UNDERSTOOD}}])
    text = _case(f"{language}-style-dressier-men-jacket", language, ["style"],
                 "a dressier men's jacket under 50: men's jackets under 50, and the style word answered, never "
                 "dropped without a word", None if customer else "demo_leo_martin", [
                     {"text": STYLE_TEXT[language],
                      "reply": {"facts": [_names(MEN_JACKETS, below=50), STYLE_SAID[language]],
                                "must_not_say": _names(WOMEN_JACKETS) + _names(MEN_JACKETS, at_least=50)
                                + NOT_UNDERSTOOD}}])
    return [photo, text]


def _two_questions(language: str) -> list[dict[str, Any]]:
    by_sku = {p["sku"]: p for p in PRODUCTS}
    cases = []
    for sku, question, second, tag in (("MH01", TWO_WOOL, WOOL, "wool"), ("MJ12", TWO_RAIN, RAIN, "waterproof")):
        product = by_sku[sku]
        colours = [[COLOURS[c][language]] for c in product["colours"] if c in COLOURS]
        cases.append(_case(
            f"{language}-two-questions-colours-and-{tag}", language, ["two-questions"],
            f"'Ask about this product' on {sku}, then colours and {tag} in one message: both answered "
            f"({', '.join(product['colours'])}; material {'|'.join(product['material'])})",
            CUSTOMERS[language] if tag == "wool" else None, [
                {"text": ASK_ABOUT[language].format(name=product["name"], sku=sku)},
                {"text": question[language], "reply": {
                    "facts": [[product["name"].split()[0]], *colours, second[language]],
                    "must_not_say": [n for n in _names(MEN_JACKETS) + _names(WOMEN_JACKETS) if n != product["name"]]
                    + NOT_UNDERSTOOD}}]))
    return cases


def suite() -> dict[str, Any]:
    cases = [case for language in LANGUAGES for case in (*_keeps(language), *_style(language),
                                                          *_two_questions(language))]
    return {"suite": "shop-refinements-25",
            "description": "shopref25 (issue 17, fresh25 F8/F9/F13, written before the fix, en/fr/es/de): a refinement "
            "that changes the kind keeps the gender and price cap (an explicit change replaces only that constraint) "
            "and answers a material question; style words (more formal, plus habillé, más elegante, eleganter) are "
            "mapped or said to be out of the catalog's reach, never ignored; two questions about the product in focus "
            "are both answered. Facts computed from data/demo-catalog by evals/generators/shop_refinements_25.py.",
            "tags": ["shopping", "shop-refinements-25"], "customer": None, "cases": cases}


def main() -> None:
    OUT.write_text(yaml.safe_dump(suite(), allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
