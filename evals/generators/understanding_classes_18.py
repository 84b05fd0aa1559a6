"""Writes evals/suites/understanding-classes-18.yaml: recommendations where a gender comes with another constraint,
read from v8's failing shopping cases as classes (hot weather said as the weather, a gender and a kind in one German
word, care asked with a conjugated verb, a kind of product said in a superlative after a broader list, "any colour
but X"). Every fact and every `must_not_say` is computed by a predicate over data/demo-catalog, never typed.

Run: python -m evals.generators.understanding_classes_18"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml

from evals.generators.tau_data import ROOT, WRITES, write_suite
from tools.catalog.magento import read_magento_catalog
from tools.catalog.records import index_documents

OUT = ROOT / "evals" / "suites" / "understanding-classes-18.yaml"


@dataclass
class Product:
    """A catalog product as the index holds it: its colours, lowest price, category names and filter values."""

    name: str
    gender: str | None
    categories: set[str]
    colours: set[str]
    price: int
    climate: set[str]
    activity: set[str]
    description: str
    words: set[str] = field(default_factory=set)


def catalog() -> list[Product]:
    products = []
    for record in read_magento_catalog(ROOT / "data" / "demo-catalog"):
        docs = index_documents(record)
        if not docs:
            continue
        first = docs[0]
        products.append(Product(
            name=" ".join(record.name.split()), gender=first.gender,
            categories={part.lower() for part in (first.category_path or "").split("/") if part},
            colours={d.colour for d in docs if d.colour}, price=min(d.price_cents for d in docs),
            climate=set(first.climate), activity=set(first.activity), description=first.description,
            words=set(re.findall(r"[a-z]+", record.name.lower()))))
    return products


CATALOG = catalog()
Predicate = Callable[[Product], bool]


def kind(category: str, gender: str | None = None) -> Predicate:
    return lambda p: category in p.categories and (gender is None or p.gender == gender)


def names(predicate: Predicate) -> list[str]:
    return sorted(p.name for p in CATALOG if predicate(p))


def cheapest(predicate: Predicate) -> list[str]:
    """Every product at the lowest price among those meeting `predicate` (ties all accepted)."""
    found = [p for p in CATALOG if predicate(p)]
    low = min(p.price for p in found)
    return sorted(p.name for p in found if p.price == low)


def care_line(name: str) -> str:
    product = next(p for p in CATALOG if p.name == name)
    lines = [" ".join(m.split()) for m in re.findall(r"[^.•]*\b(?:machine wash|hand wash)[^.•]*", product.description,
                                                     re.I)]
    line = next((x for x in lines if len(x) <= 60), None)
    if line is None:
        raise ValueError(f"no care line for {name}")
    return line


def colour_word(colour: str, language: str) -> str:
    """The word a reply writes for a catalog colour (prompts/catalog_phrases.v1.yaml), as the reader sees it."""
    phrases = yaml.safe_load((ROOT / "prompts" / "catalog_phrases.v1.yaml").read_text())
    return str((phrases.get(language) or {}).get("values", {}).get(colour, colour))


def breakers(of_kind: Predicate, meets: Predicate, facts: list[str]) -> list[str]:
    """Products of the kind asked that break a constraint, less any name inside a fact's name (or the reverse)."""
    return [n for n in names(lambda p: of_kind(p) and not meets(p))
            if not any(n in f or f in n for f in facts)]


def case(case_id: str, language: str, tags: list[str], turns: list[str], facts: list[list[str]],
         must_not_say: list[str], description: str) -> dict[str, Any]:
    for fact in facts:
        if not fact:
            raise ValueError(f"{case_id}: an empty fact")
    return {"id": case_id, "tags": [language, *tags], "user": {"turns": [{"text": t} for t in turns]},
            "expect": {"forbidden": [{"name": w} for w in WRITES], "store": {"unchanged": True},
                       "reply": {"facts": facts, "must_not_say": must_not_say}},
            "description": description}


def hot_weather() -> list[dict[str, Any]]:
    """Hot weather said as the weather ("it gets crazy hot", "quand il fait trop chaud", "veranos calurosos",
    "wenn es richtig heiß ist"): the catalog's Hot climate, with a gender and a price or a superlative."""
    cases = []
    specs = [
        ("hot-en-1", "en", ["shorts for my husband, it gets crazy hot where we live. nothing above 35"],
         kind("shorts", "Men"), 3500, None),
        ("hot-en-2", "en", ["need pants for my girlfriend for when it's really hot outside"],
         kind("pants", "Women"), None, None),
        ("hot-en-3", "en", ["shorts for a lady, summers are brutally hot here, under 45"], kind("shorts", "Women"),
         4499, None),
        ("hot-fr-1", "fr", ["un short pour mon copain pour quand il fait trop chaud, 30 euros max"],
         kind("shorts", "Men"), 3000, None),
        ("hot-fr-2", "fr", ["un pantalon pour femme, chez moi il fait hyper chaud l'été"],
         kind("pants", "Women"), None, None),
        ("hot-fr-3", "fr", ["un pantalon femme pour quand il fait chaud", "lequel est le moins cher ?"],
         kind("pants", "Women"), None, "cheapest"),
        ("hot-es-1", "es", ["unos shorts para mi novio, los veranos aquí son muy calurosos"],
         kind("shorts", "Men"), None, None),
        ("hot-es-2", "es", ["shorts de mujer para los días calurosos, menos de 30 dólares"],
         kind("shorts", "Women"), 2999, None),
        ("hot-es-3", "es", ["un pantalón de mujer para el verano caluroso", "¿cuál es el más barato?"],
         kind("pants", "Women"), None, "cheapest"),
        ("hot-de-1", "de", ["shorts für meinen freund, bei uns ist es im sommer extrem heiß"],
         kind("shorts", "Men"), None, None),
        ("hot-de-2", "de", ["shorts für damen für richtig heiße sommer, höchstens 30 euro"],
         kind("shorts", "Women"), 3000, None),
        ("hot-de-3", "de", ["eine hose für damen, wenn es draußen heiß ist", "welche davon ist die günstigste?"],
         kind("pants", "Women"), None, "cheapest"),
    ]
    for case_id, language, turns, of_kind, cap, superlative in specs:
        def meets(p: Product, cap: int | None = cap) -> bool:
            return "Hot" in p.climate and (cap is None or p.price <= cap)
        wanted = lambda p, of_kind=of_kind, meets=meets: of_kind(p) and meets(p)  # noqa: E731
        facts = cheapest(wanted) if superlative else names(wanted)
        mns = breakers(of_kind, lambda p: "Hot" in p.climate, facts)
        cases.append(case(case_id, language, ["hot-weather", "gender", "climate"] + (["price-cap"] if cap else []),
                          turns, [facts], mns, "hot weather said as the weather is the catalog's Hot climate "
                          "(a product rated only Warm breaks it); gender and price kept"))
    return cases


def watch_compounds() -> list[dict[str, Any]]:
    """A watch for a gender, said in one German word ("Herrenuhr", "Damenuhren", "Sportuhr") or in words, with a
    price or after another kind (a change of subject)."""
    watch = kind("watches")
    men, women = (lambda p: watch(p) and p.gender == "Men"), (lambda p: watch(p) and p.gender == "Women")
    unisex = lambda p: watch(p) and p.gender is None  # noqa: E731
    specs = [
        ("watch-de-1", "de", ["ein tanktop für männer", "doch lieber eine damenuhr, bis 50 euro"],
         lambda p: (women(p) or unisex(p)) and p.price <= 5000, men, ["reset", "price-cap"]),
        ("watch-de-2", "de", ["habt ihr herrenuhren über 50 euro?"],
         lambda p: (men(p) or unisex(p)) and p.price > 5000, women, ["price-floor"]),
        ("watch-de-3", "de", ["ich suche eine sportuhr für meine frau"], lambda p: women(p) or unisex(p), men, []),
        ("watch-de-4", "de", ["was ist die günstigste herrenuhr?"], None, women, ["cheapest"]),
        ("watch-en-1", "en", ["a tank top for a guy", "actually make that a women's watch, 50 max"],
         lambda p: (women(p) or unisex(p)) and p.price <= 5000, men, ["reset", "price-cap"]),
        ("watch-fr-1", "fr", ["un débardeur pour homme", "finalement plutôt une montre homme à plus de 50 euros"],
         lambda p: (men(p) or unisex(p)) and p.price > 5000, women, ["reset", "price-floor"]),
        ("watch-es-1", "es", ["una camiseta de tirantes para hombre", "mejor un reloj de mujer de menos de 50"],
         lambda p: (women(p) or unisex(p)) and p.price < 5000, men, ["reset", "price-cap"]),
        ("watch-es-2", "es", ["¿cuál es el reloj de hombre más barato?"], None, women, ["cheapest"]),
    ]
    cases = []
    for case_id, language, turns, wanted, other_gender, tags in specs:
        facts = cheapest(men) if wanted is None else names(wanted)
        mns = [n for n in names(other_gender) if n not in facts]
        cases.append(case(case_id, language, ["watch", "gender", *tags], turns, [facts], mns,
                          "a watch for a gender (a German compound or words): the other gender's watches never "
                          "named; a unisex watch may stand in; the price holds"))
    return cases


def care_questions() -> list[dict[str, Any]]:
    """Care asked with a conjugated verb or another word for washing ("wie wasche ich", "cómo lavo", "comment
    on nettoie", "launder"): the description's care line, never a list of products."""
    specs = [
        ("care-en-1", "en", "what's the right way to launder the Montana Wind Jacket?", "Montana Wind Jacket"),
        ("care-en-2", "en", "how do you guys recommend cleaning the Diva Gym Tee", "Diva Gym Tee"),
        ("care-fr-1", "fr", "comment on nettoie l'Abominable Hoodie ?", "Abominable Hoodie"),
        ("care-fr-2", "fr", "je dois nettoyer le Logan HeatTec Tee comment ?", "Logan HeatTec® Tee"),
        ("care-es-1", "es", "¿cómo lavo el Fiona Fitness Short?", "Fiona Fitness Short"),
        ("care-es-2", "es", "¿cómo se limpia el Prima Compete Bra Top?", "Prima Compete Bra Top"),
        ("care-de-1", "de", "wie wasche ich das Frankie Sweatshirt am besten?", "Frankie Sweatshirt"),
        ("care-de-2", "de", "wird die Sybil Running Short in der maschine gewaschen?", "Sybil Running Short"),
    ]
    cases = []
    for case_id, language, text, product in specs:
        line = care_line(product)
        cases.append(case(case_id, language, ["care", "product-question"], [text], [[line]], [],
                          f"the care line of the {product}'s description ({line!r})"))
    return cases


def kind_in_superlative() -> list[dict[str, Any]]:
    """A kind of product said in a superlative ("the cheapest hoodie?") after a broader list (tops), or after a long
    noun phrase ("la sudadera con capucha más barata"): the answer is of that kind, the topic's gender kept."""
    hoodie = lambda p: "hoodies & sweatshirts" in p.categories and bool(  # noqa: E731
        p.words & {"hoodie", "hoodlie", "hooded"})
    jacket = kind("jackets")
    specs = [
        ("kind-en-1", "en", ["show me women's tops", "which is the cheapest hoodie?"], hoodie, "Women"),
        ("kind-en-2", "en", ["what tops do you have for men", "and the cheapest jacket?"], jacket, "Men"),
        ("kind-fr-1", "fr", ["montrez-moi des hauts pour femme", "c'est quoi le sweat à capuche le moins cher ?"],
         hoodie, "Women"),
        ("kind-fr-2", "fr", ["des hauts pour homme ?", "quelle est la veste la moins chère ?"], jacket, "Men"),
        ("kind-es-1", "es", ["la sudadera con capucha más barata para hombre"], hoodie, "Men"),
        ("kind-es-2", "es", ["¿cuál es la chaqueta de mujer más barata que tienen?"], jacket, "Women"),
        ("kind-de-1", "de", ["zeig mir oberteile für damen", "welcher ist der günstigste hoodie?"], hoodie, "Women"),
        ("kind-de-2", "de", ["oberteile für herren bitte", "und welche jacke ist die billigste?"], jacket, "Men"),
    ]
    cases = []
    for case_id, language, turns, of_kind, gender in specs:
        facts = cheapest(lambda p, of_kind=of_kind, gender=gender: of_kind(p) and p.gender == gender)
        # the same kind's cheapest for the other gender: named when the topic's gender is lost
        other = [n for n in cheapest(lambda p, of_kind=of_kind, gender=gender: of_kind(p) and p.gender != gender)
                 if n not in facts]
        cases.append(case(case_id, language, ["kind", "cheapest", "gender"], turns, [facts],
                          other, "the kind said in the superlative holds (not a cheaper "
                          "product of the broader list), with the gender of the topic"))
    return cases


def any_colour_but() -> list[dict[str, Any]]:
    """"Any colour but gray", "toutes les couleurs sauf le noir": the colour is ruled out, never wanted."""
    specs = [
        ("colour-but-en-1", "en", "women's hoodies, any colour but purple", kind("hoodies & sweatshirts", "Women"),
         "Purple"),
        ("colour-but-en-2", "en", "jackets for my brother, any color but black please",
         kind("jackets", "Men"), "Black"),
        ("colour-but-en-3", "en", "tees for my mom in any colour but white, under 30",
         lambda p: kind("tees", "Women")(p) and p.price < 3000, "White"),
        ("colour-but-fr-1", "fr", "des sweats pour femme, n'importe quelle couleur sauf violet",
         kind("hoodies & sweatshirts", "Women"), "Purple"),
        ("colour-but-es-1", "es", "chaquetas para mi hermano, cualquier color menos negro",
         kind("jackets", "Men"), "Black"),
        ("colour-but-de-1", "de", "damen hoodies, jede farbe außer lila", kind("hoodies & sweatshirts", "Women"),
         "Purple"),
    ]
    cases = []
    for case_id, language, text, of_kind, colour in specs:
        facts = names(lambda p, of_kind=of_kind, colour=colour: of_kind(p) and bool(p.colours - {colour}))
        only = names(lambda p, of_kind=of_kind, colour=colour: of_kind(p) and p.colours == {colour})
        shown_as = [f"({colour_word(colour, language)})", f"| {colour} |"]  # how a card in that colour reads
        cases.append(case(case_id, language, ["colour", "exclusion", "gender"], [text], [facts],
                          [n for n in only if n not in facts] + shown_as, f"{colour} is ruled out: no product "
                          "shown in it, and products sold only in it never named"))
    return cases


def bra_kind() -> list[dict[str, Any]]:
    """A bra is a product named so ("Sports Bra", "Bra Top"), not any tank of the catalog's "bras & tanks"; asked
    with a gender and a price, then a colour (blind-dev-gender-shopping's sport-bh case, read as a class)."""
    bras_and_tanks = kind("bras & tanks", "Women")
    bra = lambda p: bras_and_tanks(p) and "bra" in p.words  # noqa: E731
    specs = [
        ("bra-en-1", "en", ["a sports bra for my girlfriend under 40", "purple if possible"], 3999, "Purple"),
        ("bra-fr-1", "fr", ["une brassière pour ma copine, moins de 40 euros", "en violet de préférence"], 3999,
         "Purple"),
        ("bra-es-1", "es", ["un sujetador deportivo para mi hija de menos de 40", "mejor en morado"], 3999, "Purple"),
        ("bra-de-1", "de", ["sport-bh für meine freundin bis 40 euro", "gerne in lila"], 4000, "Purple"),
        ("bra-de-2", "de", ["ein bh für meine schwester, höchstens 30 euro"], 3000, None),
    ]
    cases = []
    for case_id, language, turns, cap, colour in specs:
        facts = names(lambda p, cap=cap, colour=colour: bra(p) and p.price <= cap
                      and (colour is None or colour in p.colours))
        tanks = names(lambda p: bras_and_tanks(p) and not bra(p))
        cases.append(case(case_id, language, ["bra", "kind", "gender", "price-cap"] + (["colour"] if colour else []),
                          turns, [facts], tanks, "a bra is a product named so: no tank of the same category is "
                          "named, in the first turn or after the colour"))
    return cases


def main() -> None:
    cases = [*hot_weather(), *watch_compounds(), *care_questions(), *kind_in_superlative(), *any_colour_but(),
             *bra_kind()]
    suite = {"suite": "understanding-classes-18",
             "description": "Shopping classes read from v8's failing shopping cases (issue 17, ninth round; written "
                            "before the fixes): hot weather said as the weather, a gender and a kind in one German "
                            "word, care asked with a conjugated verb, a kind said in a superlative after a broader "
                            "list, 'any colour but X', a bra is a product named so. Facts and must_not_say computed by "
                            "evals/generators/understanding_classes_18.py over data/demo-catalog.",
             "tags": ["understanding", "classes-18", "shopping"], "customer": None, "cases": cases}
    write_suite(OUT, suite)
    print(f"{len(cases)} cases -> {OUT.relative_to(ROOT)}")  # noqa: T201


if __name__ == "__main__":
    main()
