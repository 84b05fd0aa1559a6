"""shop-follow-ups-28 (shopq28): writes evals/suites/shop-follow-ups-28.yaml; run from the repository root."""

import yaml

from evals.generators.tau_data import WRITES

MEN_J = [
    "Beaumont Summit Kit",
    "Hyperion Elements Jacket",
    "Kenobi Trail Jacket",
    "Orion Two-Tone Fitted Jacket",
    "Lando Gym Jacket",
    "Taurus Elements Shell",
    "Mars HeatTech",
    "Typhon Performance Fleece-lined Jacket",
    "Jupiter All-Weather Trainer",
    "Montana Wind Jacket",
    "Proteus Fitness Jackshirt",
]
WOMEN_J = [
    "Stellar Solar Jacket",
    "Josie Yoga Jacket",
    "Augusta Pullover Jacket",
    "Ingrid Running Jacket",
    "Riona Full Zip Jacket",
    "Inez Full Zip Jacket",
    "Adrienne Trek Jacket",
    "Jade Yoga Jacket",
    "Nadia Elements Shell",
    "Neve Studio Dance Jacket",
    "Juno Jacket",
    "Olivia 1/4 Zip Light Jacket",
]
HOODIES = [
    "Hero Hoodie",
    "Stark Fundamental Hoodie",
    "Abominable Hoodie",
    "Teton Pullover Hoodie",
    "Marco Lightweight Active Hoodie",
]
WOMEN_P = [
    "Karmen Yoga Pant",
    "Emma Leggings",
    "Ida Workout Parachute Pant",
    "Cora Parachute Pant",
    "Sahara Leggings",
    "Diana Tights",
    "Aeon Capri",
    "Bardot Capri",
    "Carina Basic Capri",
    "Daria Bikram Pant",
    "Sylvia Capri",
    "Deirdre Relaxed-Fit Capri",
    "Portia Capri",
]
MEN_P = [
    "Caesar Warm-Up Pant",
    "Viktor LumaTech",
    "Geo Insulated Jogging Pant",
    "Supernova Sport Pant",
    "Kratos Gym Pant",
    "Mithra Warmup Pant",
    "Thorpe Track Pant",
    "Zeppelin Yoga Pant",
    "Livingston All-Purpose Tight",
    "Orestes Yoga Pant",
    "Aether Gym Pant",
    "Cronus Yoga Pant",
]
LIST = {
    "en": "you might like",
    "fr": "pourraient vous plaire",
    "es": "podrían gustarle",
    "de": "könnten Ihnen gefallen",
}
NONE = {"en": "found nothing", "fr": "rien trouvé", "es": "No encontré", "de": "nichts gefunden"}
BYE = {"en": "Have a great day", "fr": "Excellente journée", "es": "buen día", "de": "schönen Tag"}
GONE = {
    "en": "Thanks for shopping",
    "fr": "Merci pour votre visite",
    "es": "Gracias por su compra",
    "de": "Danke für Ihren Einkauf",
}
COL = {
    "Black": {"en": "Black", "fr": "noir", "es": "negro", "de": "Schwarz"},
    "Blue": {"en": "Blue", "fr": "bleu", "es": "azul", "de": "Blau"},
    "Purple": {"en": "Purple", "fr": "violet", "es": "morado", "de": "Lila"},
    "Gray": {"en": "Gray", "fr": "gris", "es": "gris", "de": "Grau"},
    "Orange": {"en": "Orange", "fr": "orange", "es": "naranja", "de": "Orange"},
    "Red": {"en": "Red", "fr": "rouge", "es": "rojo", "de": "Rot"},
    "White": {"en": "White", "fr": "blanc", "es": "blanco", "de": "Weiß"},
}


def forbid():
    return [{"name": n} for n in WRITES]


def case(cid, desc, lang, tags, turns):
    return {
        "id": cid,
        "tags": [lang, "shop-follow-ups-28", *tags],
        "description": desc,
        "user": {"customer": None, "turns": turns},
        "expect": {"forbidden": forbid(), "store": {"unchanged": True}},
    }


def t(text, facts=None, must_not=None):
    d = {"text": text}
    if facts is not None or must_not is not None:
        d["reply"] = {}
        if facts:
            d["reply"]["facts"] = facts
        if must_not:
            d["reply"]["must_not_say"] = must_not
    return d


def colours(names, lang):
    extra = {("Purple", "de"): ["Violett"], ("Purple", "es"): ["violeta"]}
    return [list(dict.fromkeys([COL[n][lang], n, *extra.get((n, lang), [])])) for n in names]


cases = []
# 1. an ordinal about the shown list, then "it" in the next turn
ORD = [
    (
        "en",
        "show me women's jackets",
        "Olivia 1/4 Zip Light Jacket",
        ["Black", "Blue", "Purple"],
        "does the second one come in any other colours?",
        "do you have it in an XL?",
        "second",
    ),
    (
        "fr",
        "je cherche des vestes pour femme",
        "Ingrid Running Jacket",
        ["Orange", "Red", "White"],
        "le deuxième modèle, il existe dans d'autres couleurs ?",
        "vous l'avez en XL ?",
        "deuxième",
    ),
    (
        "es",
        "busco chaquetas de mujer",
        "Josie Yoga Jacket",
        ["Black", "Blue", "Gray"],
        "¿y la última la tenéis en otros colores?",
        "¿la hay en talla XL?",
        "última",
    ),
    (
        "de",
        "ich suche Damenjacken",
        "Josie Yoga Jacket",
        ["Black", "Blue", "Gray"],
        "gibt es die dritte auch in anderen Farben?",
        "gibt's die auch in XL?",
        "dritte",
    ),
]
for lang, first, name, cols, ask, size, word in ORD:
    others = [n for n in WOMEN_J if n != name]
    cases.append(
        case(
            f"{lang}-ordinal-colours-then-size",
            f'"{word}" picks {name} from the list shown (colours '
            f'{", ".join(cols)}); the colours are its own, and the next turn\'s "it" is that jacket in XL, '
            "never the list again",
            lang,
            ["ordinal"],
            [
                t(first),
                t(ask, [[name], *colours(cols, lang)], [LIST[lang], *others]),
                t(size, [[name], ["XL"]], [LIST[lang], *others]),
            ],
        )
    )
# 2. a suitability question about the product in focus
FIT = [
    (
        "en",
        "show me women's jackets",
        "tell me more about the third one",
        "Adrienne Trek Jacket",
        "can I go running in the rain with it?",
        [["rain", "Rain Coat", "Hard Shell", "waterproof", "wet"]],
    ),
    (
        "fr",
        "je cherche des vestes pour femme",
        "parlez-moi de la première",
        "Nadia Elements Shell",
        "je peux aller courir sous la pluie avec ?",
        [["pluie", "pluvieux", "imperméable"]],
    ),
    (
        "es",
        "busco chaquetas de mujer",
        "háblame de la primera",
        "Riona Full Zip Jacket",
        "¿me vale para salir a correr cuando llueve?",
        [["lluvia", "lluvioso", "impermeable", "agua"]],
    ),
    (
        "de",
        "ich suche Damenjacken",
        "erzähl mir mehr über die zweite",
        "Ingrid Running Jacket",
        "taugt die zum Laufen bei Regen?",
        [["Regen", "regnerisch", "wasserdicht", "Wasser"]],
    ),
]
for lang, first, pick, name, ask, words in FIT:
    others = [n for n in WOMEN_J if n != name]
    cases.append(
        case(
            f"{lang}-suitability-of-focus",
            f"{name} picked by its number, then a question whether it suits "
            'running in the rain: answered about that jacket from its catalog facts, never a search or "nothing found"',
            lang,
            ["suitability"],
            [t(first), t(pick, [[name]]), t(ask, [[name], *words], [LIST[lang], NONE[lang], *others])],
        )
    )
# 3. a style refinement: the search again, its gender kept, never a goodbye
STYLE = [
    ("en", "i need a hoodie for men", "hmm, anything a bit classier?"),
    ("fr", "je cherche un sweat à capuche pour homme", "bof, en plus élégant ?"),
    ("es", "busco una sudadera con capucha de hombre", "algo más arreglado, ¿no?"),
    ("de", "ich suche einen Hoodie für Herren", "geht's auch schicker?"),
]
for lang, first, ask in STYLE:
    cases.append(
        case(
            f"{lang}-style-refinement",
            "a men's hoodie list, then a style word alone: searched again for "
            "something dressier (men's jackets), the gender kept, never a goodbye",
            lang,
            ["style"],
            [t(first), t(ask, [MEN_J], [GONE[lang], BYE[lang], *WOMEN_J])],
        )
    )
# 4. near-misses: a brand-new search still searches, a goodbye still ends
NEAR = [
    (
        "en",
        "show me women's jackets",
        "the first one, what colours?",
        "ok, now i'd like some pants for men",
        "great, thanks, bye!",
    ),
    (
        "fr",
        "je cherche des vestes pour femme",
        "la troisième, elle existe en quelles couleurs ?",
        "bon, maintenant je cherche un pantalon pour homme",
        "merci, au revoir !",
    ),
    (
        "es",
        "busco chaquetas de mujer",
        "¿de qué colores es la segunda?",
        "vale, ahora quiero unos pantalones de hombre",
        "gracias, adiós",
    ),
    (
        "de",
        "ich suche Damenjacken",
        "welche Farben hat die erste?",
        "okay, jetzt suche ich eine Hose für Herren",
        "danke, tschüss!",
    ),
]
for lang, first, ordq, new, bye in NEAR:
    cases.append(
        case(
            f"{lang}-new-search-then-bye",
            "near-miss: after a card is asked about, a new kind for a new "
            "person is a new search (men's pants, no jacket), and a thanks-and-goodbye still ends the chat",
            lang,
            ["near-miss"],
            [t(first), t(ordq), t(new, [MEN_P], [*WOMEN_J, *WOMEN_P]), t(bye, [[GONE[lang]]], [LIST[lang]])],
        )
    )

suite = {
    "suite": "shop-follow-ups-28",
    "description": (
        "shopq28 (browser pass, written before the fix, en/fr/es/de, demo catalog, guests): follow-ups inside a "
        "product search refer to what was shown and refine it. A style word alone after a list re-searches with the "
        "earlier constraints kept (never a goodbye); an ordinal (the second / le deuxième / la última / die dritte), "
        "wherever it sits in the question, picks the shown card and makes it the product in focus for a later 'it'; "
        "a suitability question about the product in focus is answered from its catalog facts. Near-misses: a "
        "brand-new search request still searches and a thanks-and-bye still ends. First lists as the resolver ranks "
        "them on main 80dcdb22; colours from data/demo-catalog."
    ),
    "tags": ["shopping", "shop-follow-ups-28"],
    "customer": None,
    "cases": cases,
}
with open("evals/suites/shop-follow-ups-28.yaml", "w") as out:
    yaml.safe_dump(suite, out, allow_unicode=True, sort_keys=False, width=120)
print(len(cases))
