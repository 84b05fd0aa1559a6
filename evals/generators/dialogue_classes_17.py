"""Writes evals/suites/dialogue-classes-17.yaml: item changes of non-clothing tau-retail products whose new variant is
described by words for an option value ("with linear switches", "avec filtre HEPA", "sin lo de pelo de mascota",
"in Silber", "a 10 instead of the 11"). Order ids, item ids, the new variant (every other option kept, available),
the price difference and the payment method that settles it are looked up in data/tau-retail, never typed.

Run: python -m evals.generators.dialogue_classes_17 (deterministic: the first eligible customer in id order)."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from assistant.grounding.option_labels import option_value
from evals.generators.tau_data import DATA, ROOT, WRITES, write_suite

OUT = ROOT / "evals" / "suites" / "dialogue-classes-17.yaml"
TOOL = {"pending": "modify_pending_order_items", "delivered": "exchange_delivered_order_items"}

# Product → language → (the item with its article, an object pronoun).
NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "Perfume": {"en": ("the perfume", "it"), "fr": ("le parfum", "le"), "es": ("el perfume", "lo"),
                "de": ("das Parfüm", "es")},
    "Action Camera": {"en": ("the action camera", "it"), "fr": ("la caméra sport", "la"),
                      "es": ("la cámara", "la"), "de": ("die Actioncam", "sie")},
    "Hiking Boots": {"en": ("the hiking boots", "them"), "fr": ("les chaussures de randonnée", "les"),
                     "es": ("las botas de montaña", "las"), "de": ("die Wanderschuhe", "sie")},
    "Mechanical Keyboard": {"en": ("the keyboard", "it"), "fr": ("le clavier", "le"), "es": ("el teclado", "lo"),
                            "de": ("die Tastatur", "sie")},
    "Vacuum Cleaner": {"en": ("the vacuum", "it"), "fr": ("l'aspirateur", "le"), "es": ("la aspiradora", "la"),
                       "de": ("den Staubsauger", "ihn")},
    "Espresso Machine": {"en": ("the espresso machine", "it"), "fr": ("la machine à espresso", "la"),
                         "es": ("la cafetera espresso", "la"), "de": ("die Espressomaschine", "sie")},
    "Coffee Maker": {"en": ("the coffee maker", "it"), "fr": ("la cafetière", "la"), "es": ("la cafetera", "la"),
                     "de": ("die Kaffeemaschine", "sie")},
    "Air Purifier": {"en": ("the air purifier", "it"), "fr": ("le purificateur d'air", "le"),
                     "es": ("el purificador de aire", "lo"), "de": ("den Luftreiniger", "ihn")},
    "Grill": {"en": ("the grill", "it"), "fr": ("le barbecue", "le"), "es": ("la parrilla", "la"),
              "de": ("den Grill", "ihn")},
    "Skateboard": {"en": ("the skateboard", "it"), "fr": ("le skateboard", "le"), "es": ("el skate", "lo"),
                   "de": ("das Skateboard", "es")},
    "Luggage Set": {"en": ("the luggage set", "it"), "fr": ("le set de valises", "le"),
                    "es": ("el juego de maletas", "lo"), "de": ("das Kofferset", "es")},
    "Electric Kettle": {"en": ("the kettle", "it"), "fr": ("la bouilloire", "la"), "es": ("el hervidor", "lo"),
                        "de": ("den Wasserkocher", "ihn")},
    "Office Chair": {"en": ("the office chair", "it"), "fr": ("la chaise de bureau", "la"),
                     "es": ("la silla de oficina", "la"), "de": ("den Bürostuhl", "ihn")},
    "Jigsaw Puzzle": {"en": ("the puzzle", "it"), "fr": ("le puzzle", "le"), "es": ("el puzzle", "lo"),
                      "de": ("das Puzzle", "es")},
    "Makeup Kit": {"en": ("the makeup kit", "it"), "fr": ("le kit de maquillage", "le"),
                   "es": ("el kit de maquillaje", "lo"), "de": ("das Make-up-Set", "es")},
    "Smart Thermostat": {"en": ("the thermostat", "it"), "fr": ("le thermostat", "le"), "es": ("el termostato", "lo"),
                         "de": ("das Thermostat", "es")},
}

# (product, option, value) → language → words for that value, each fitting "I'd like it …" / "a version …".
WORDS: dict[tuple[str, str, str], dict[str, str]] = {
    ("Perfume", "scent family", "woody"): {"en": "with a woody scent", "fr": "avec une odeur boisée",
                                           "es": "con aroma amaderado", "de": "mit holzigem Duft"},
    ("Perfume", "scent family", "fresh"): {"en": "with a fresh scent", "fr": "avec une senteur fraîche",
                                           "es": "con un aroma fresco", "de": "mit frischem Duft"},
    ("Perfume", "size", "100ml"): {"en": "in the 100 ml bottle", "fr": "en flacon de 100 ml",
                                   "es": "en el frasco de 100 ml", "de": "in der 100-ml-Flasche"},
    ("Action Camera", "resolution", "4K"): {"en": "that films in 4k", "fr": "en 4K", "es": "que grabe en 4k",
                                            "de": "mit 4K-Auflösung"},
    ("Action Camera", "resolution", "1080p"): {"en": "in full hd 1080p", "fr": "en 1080p", "es": "en 1080p",
                                               "de": "in 1080p"},
    ("Hiking Boots", "material", "leather"): {"en": "in leather", "fr": "en cuir", "es": "de cuero",
                                              "de": "aus Leder"},
    ("Mechanical Keyboard", "switch type", "linear"): {"en": "with linear switches", "fr": "avec des switchs linéaires",
                                                       "es": "con switches lineales", "de": "mit linearen Schaltern"},
    ("Mechanical Keyboard", "switch type", "tactile"): {"en": "with tactile switches",
                                                        "fr": "avec des interrupteurs tactiles",
                                                        "es": "con switches táctiles", "de": "mit taktilen Switches"},
    ("Mechanical Keyboard", "backlight", "white"): {"en": "with white backlight", "fr": "avec rétroéclairage blanc",
                                                    "es": "con retroiluminación blanca",
                                                    "de": "mit weißer Hintergrundbeleuchtung"},
    ("Vacuum Cleaner", "features", "HEPA filter"): {"en": "with a hepa filter", "fr": "avec filtre HEPA",
                                                    "es": "con filtro hepa", "de": "mit HEPA-Filter"},
    ("Vacuum Cleaner", "features", "cordless"): {"en": "cordless", "fr": "sans fil", "es": "sin cable",
                                                 "de": "kabellos"},
    ("Espresso Machine", "type", "capsule"): {"en": "that takes capsules", "fr": "à capsules", "es": "de cápsulas",
                                              "de": "mit Kapseln"},
    ("Espresso Machine", "type", "automatic"): {"en": "fully automatic", "fr": "automatique",
                                                "es": "automática", "de": "automatisch"},
    ("Coffee Maker", "type", "french press"): {"en": "as a french press", "fr": "à piston",
                                               "es": "de prensa francesa", "de": "als French Press"},
    ("Coffee Maker", "type", "drip"): {"en": "as a drip one", "fr": "à filtre", "es": "de goteo",
                                       "de": "als Filterkaffeemaschine"},
    ("Air Purifier", "filter type", "carbon"): {"en": "with a carbon filter", "fr": "avec filtre à charbon",
                                                "es": "con filtro de carbón", "de": "mit Aktivkohlefilter"},
    ("Air Purifier", "features", "night mode"): {"en": "with night mode", "fr": "avec mode nuit",
                                                 "es": "con modo nocturno", "de": "mit Nachtmodus"},
    ("Grill", "type", "charcoal"): {"en": "charcoal", "fr": "au charbon de bois", "es": "de carbón",
                                    "de": "mit Holzkohle"},
    ("Skateboard", "deck material", "bamboo"): {"en": "with a bamboo deck", "fr": "en bambou",
                                                "es": "de bambú", "de": "aus Bambus"},
    ("Luggage Set", "material", "softshell"): {"en": "soft shell", "fr": "en version souple", "es": "de tela blanda",
                                               "de": "mit weicher Schale"},
    ("Electric Kettle", "material", "glass"): {"en": "in glass", "fr": "en verre", "es": "de vidrio",
                                               "de": "aus Glas"},
    ("Electric Kettle", "color", "silver"): {"en": "in silver", "fr": "en argent", "es": "en plateado",
                                             "de": "in Silber"},
    ("Office Chair", "armrest", "adjustable"): {
        "en": "with adjustable armrests", "fr": "avec accoudoirs réglables", "es": "con reposabrazos ajustables",
        "de": "mit verstellbaren Armlehnen"},
    ("Jigsaw Puzzle", "difficulty level", "expert"): {"en": "at expert level", "fr": "niveau expert",
                                                      "es": "nivel experto", "de": "für Experten"},
    ("Makeup Kit", "kit size", "professional"): {"en": "as the professional kit", "fr": "en version professionnelle",
                                                 "es": "en versión profesional", "de": "in der Profi-Version"},
    ("Smart Thermostat", "compatibility", "Google Assistant"): {
        "en": "that works with google assistant", "fr": "compatible google assistant",
        "es": "compatible con google assistant", "de": "für Google Assistant"},
}

# Words that rule the item's own value out where two others remain: the assistant must ask which.
RULED_OUT: dict[tuple[str, str, str], dict[str, str]] = {
    ("Mechanical Keyboard", "switch type", "clicky"): {"en": "without the clicky switches",
                                                       "fr": "sans les switchs qui cliquent",
                                                       "es": "sin los switches que hacen clic",
                                                       "de": "ohne die klickenden Schalter"},
    ("Vacuum Cleaner", "features", "pet hair removal"): {"en": "without the pet hair removal thing",
                                                         "fr": "sans le truc pour les poils d'animaux",
                                                         "es": "sin la funcion para pelo de mascotas",
                                                         "de": "ohne die Tierhaar-Funktion"},
    ("Perfume", "scent family", "oriental"): {"en": "but not oriental", "fr": "mais pas oriental",
                                              "es": "pero no oriental", "de": "aber nicht oriental"},
    ("Action Camera", "resolution", "1080p"): {"en": "but not in 1080p", "fr": "mais pas en 1080p",
                                               "es": "pero no en 1080p", "de": "aber nicht in 1080p"},
    ("Espresso Machine", "type", "capsule"): {"en": "but not the capsule kind", "fr": "mais pas à capsules",
                                              "es": "pero sin capsulas", "de": "aber nicht mit Kapseln"},
    ("Grill", "features", "side burner"): {"en": "without the side burner", "fr": "sans le brûleur latéral",
                                           "es": "sin el quemador lateral", "de": "ohne den Seitenbrenner"},
    ("Air Purifier", "filter type", "ionic"): {"en": "not with the ionic filter", "fr": "pas avec le filtre ionique",
                                               "es": "sin el filtro ionico", "de": "nicht mit dem Ionenfilter"},
}

CHANGE = {  # status → language → templates ({n}: the item, {p}: the words for the value, {o}: object pronoun)
    "pending": {
        "en": ["could {n} in my pending order be {p} instead?", "i want {n} i ordered {p} pls"],
        "fr": ["{n} de ma commande, je {o} voudrais {p} plutot", "pouvez-vous changer {n} de ma commande en cours ? "
               "je {o} veux {p}"],
        "es": ["{n} de mi pedido, {o} quiero {p} mejor", "me pueden cambiar {n} del pedido pendiente? {o} quiero {p}"],
        "de": ["kann ich {n} aus meiner Bestellung lieber {p} haben?", "{n} aus meiner offenen Bestellung bitte {p} "
               "statt wie bestellt"],
    },
    "delivered": {
        "en": ["i got {n} but i'd like to exchange it for one {p}", "can i swap {n} that was delivered for one {p}?"],
        "fr": ["j'ai recu {n}, je voudrais l'echanger contre une version {p}", "est-ce que je peux echanger {n} "
               "que j'ai recu contre un modele {p} ?"],
        "es": ["me llego {n}, lo puedo cambiar por uno {p}?", "quiero cambiar {n} que me entregaron por uno {p}"],
        "de": ["ich habe {n} bekommen und möchte sie gegen eine Ausführung {p} umtauschen",
               "kann ich {n} umtauschen, gegen eine Variante {p}?"],
    },
}
ASKED = {  # words ruling the item's value out, then the value chosen when asked
    "en": ["can i change {n} i ordered, {p}?", "{v} please"], "fr": ["je voudrais changer {n} {p}", "{v} svp"],
    "es": ["quiero cambiar {n} que pedi, {p}", "{v} por favor"],
    "de": ["ich möchte {n} tauschen, {p}", "{v} bitte"],
}
YES = {"en": "yes", "fr": "oui", "es": "si", "de": "ja"}
YES_WITH = {"en": "yes, put the difference on the {m}", "fr": "oui, avec la {m}", "es": "si, con la {m}",
            "de": "ja, mit der {m}"}
GIFT = {"en": "gift card", "fr": "carte cadeau", "es": "tarjeta regalo", "de": "Geschenkkarte"}
NOT_AVAILABLE = {"en": ["isn't available", "not available"], "fr": ["n'est pas disponible", "pas disponible"],
                 "es": ["no está disponible", "no esta disponible"], "de": ["nicht verfügbar", "nicht erhältlich"]}


def load() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    return tuple(json.loads((DATA / f"{name}.json").read_text()) for name in ("products", "orders", "users"))


def no_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def holdings(orders: dict[str, Any], user: dict[str, Any], product: str) -> list[tuple[dict[str, Any], dict]]:
    return [(orders[o], item) for o in user["orders"] for item in orders[o]["items"]
            if item["name"] == product and orders[o]["status"] in ("pending", "delivered", "processed")]


def variant(product: dict[str, Any], options: dict[str, str]) -> dict[str, Any] | None:
    return next((v for v in product["variants"].values() if v["options"] == options), None)


def method_turn(user: dict[str, Any], order: dict[str, Any], difference: float,
                language: str) -> tuple[str, str] | None:
    """The yes turn and the method the write uses, or None when no method can be named alone."""
    methods = list(user["payment_methods"].values())
    usable = [m for m in methods if difference <= 0 or m["source"] != "gift_card" or m["balance"] >= difference]
    original = order["payment_history"][0]["payment_method_id"]
    if abs(difference) < 0.005 or len(usable) == 1:
        method = next((m for m in usable if m["id"] == original), usable[0]) if abs(difference) < 0.005 else usable[0]
        return YES[language], method["id"]
    for method in usable:
        name = method.get("brand") or ("paypal" if method["source"] == "paypal" else GIFT[language])
        same = [m for m in usable if (m.get("brand") or m["source"]) == (method.get("brand") or method["source"])]
        if len(same) == 1:
            return YES_WITH[language].format(m=name), method["id"]
    return None


def call(order: dict[str, Any], item: dict[str, Any], new_id: str, method: str) -> dict[str, Any]:
    return {"name": TOOL[order["status"]], "arguments": {
        "order_id": order["order_id"], "item_ids": [item["item_id"]], "new_item_ids": [new_id],
        "payment_method_id": method}}


def forbidden(keep: str | None) -> list[dict[str, str]]:
    return [{"name": name} for name in WRITES if name != keep]


class Picker:
    """Eligible (customer, order, item) for a change, each customer used once."""

    def __init__(self) -> None:
        self.products, self.orders, self.users = load()
        self.by_name = {p["name"]: p for p in self.products.values()}
        self.used: set[str] = set()

    def holders(self, product: str, status: str) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
        found = []
        for user_id in sorted(self.users):
            if user_id in self.used:
                continue
            held = holdings(self.orders, self.users[user_id], product)
            if len(held) == 1 and held[0][0]["status"] == status:
                found.append((user_id, held[0][0], held[0][1]))
        return found

    def target(self, product: str, item: dict[str, Any], key: str, value: str) -> dict[str, Any] | None:
        return variant(self.by_name[product], {**item["options"], key: value})


def direct(picker: Picker, spec: tuple[str, str, str], status: str, language: str, template: str,
           plain: bool) -> dict[str, Any] | None:
    product, key, value = spec
    for user_id, order, item in picker.holders(product, status):
        new = picker.target(product, item, key, value)
        if item["options"][key] == value or new is None or not new["available"]:
            continue
        yes = method_turn(picker.users[user_id], order, new["price"] - item["price"], language)
        if yes is None:
            continue
        noun, pronoun = NOUNS[product][language]
        text = template.format(n=noun, o=pronoun, p=WORDS[spec][language])
        picker.used.add(user_id)
        return case(f"{language}-{status}-{slug(product)}-{slug(value)}", [language, status, "option-words"],
                    user_id, [no_accents(text) if plain else text, yes[0]],
                    {"calls": [call(order, item, new["item_id"], yes[1])]}, TOOL[status])
    return None


def unavailable(picker: Picker, spec: tuple[str, str, str], language: str) -> dict[str, Any] | None:
    product, key, value = spec
    for user_id, _order, item in picker.holders(product, "pending"):
        new = picker.target(product, item, key, value)
        if item["options"][key] == value or (new is not None and new["available"]):
            continue
        noun, pronoun = NOUNS[product][language]
        text = CHANGE["pending"][language][0].format(n=noun, o=pronoun, p=WORDS[spec][language])
        picker.used.add(user_id)
        return case(f"{language}-no-such-variant-{slug(product)}-{slug(value)}",
                    [language, "pending", "unavailable"], user_id, [text], None, None,
                    facts=[NOT_AVAILABLE[language]])
    return None


def ask_which(picker: Picker, spec: tuple[str, str, str], language: str) -> dict[str, Any] | None:
    product, key, ruled = spec
    values = sorted({str(v["options"][key]) for v in picker.by_name[product]["variants"].values()} - {ruled})
    held = picker.holders(product, "pending") + picker.holders(product, "delivered")
    for user_id, order, item in held:
        news = [picker.target(product, item, key, value) for value in values]
        if item["options"][key] != ruled or any(n is None or not n["available"] for n in news):
            continue
        chosen = values[-1]
        new = news[-1]
        yes = method_turn(picker.users[user_id], order, new["price"] - item["price"], language)
        if yes is None:
            continue
        noun, _ = NOUNS[product][language]
        first, answer = ASKED[language]
        said = WORDS.get((product, key, chosen), {}).get(language, chosen)
        picker.used.add(user_id)
        status = order["status"]
        return case(f"{language}-asks-which-{slug(product)}-not-{slug(ruled)}", [language, status, "ask-which"],
                    user_id, [first.format(n=noun, p=RULED_OUT[spec][language]), answer.format(v=said), yes[0]],
                    {"calls": [call(order, item, new["item_id"], yes[1])]}, TOOL[status],
                    facts=[said_back(value, language) for value in values])
    return None


def said_back(value: str, language: str) -> list[str]:
    """A value as a reply may say it: as the catalog writes it, or in the reply's language ("filtre HEPA")."""
    return list(dict.fromkeys([value, option_value(value, language)]))


def slug(text: str) -> str:
    return "-".join(no_accents(text).lower().replace("%", "pc").split())


def case(case_id: str, tags: list[str], user_id: str, turns: list[str], actions: dict[str, Any] | None,
         keep: str | None, facts: list[list[str]] | None = None) -> dict[str, Any]:
    expect: dict[str, Any] = {}
    if actions:
        expect["actions"] = {"mode": "superset", "args": "superset", "scope": "writes", **actions}
    expect["forbidden"] = forbidden(keep)
    if facts:
        expect["reply"] = {"facts": facts}
    return {"id": case_id, "tags": tags, "user": {"customer": user_id, "turns": [{"text": t} for t in turns]},
            "expect": expect}


def build() -> list[dict[str, Any]]:
    picker = Picker()
    cases: list[dict[str, Any]] = []
    specs = list(WORDS)
    for n, language in enumerate(("en", "fr", "es", "de")):
        made = 0
        for i in range(len(specs)):
            if made == 8:
                break
            spec = specs[(i * 3 + n * 7) % len(specs)]
            status = "delivered" if made % 3 == 2 else "pending"
            template = CHANGE[status][language][made % 2]
            found = direct(picker, spec, status, language, template, plain=made % 4 == 1)
            if found:
                cases.append(found)
                made += 1
        asks = [ask_which(picker, spec, language) for spec in RULED_OUT]
        cases.extend([a for a in asks if a][:2])
        gaps = [unavailable(picker, spec, language) for spec in specs[n::4]]
        cases.extend([g for g in gaps if g][:2])
    return cases


def main() -> None:
    cases = build()
    suite = {
        "suite": "dialogue-classes-17",
        "description": "Item changes of non-clothing tau-retail products whose new variant is named by words for an "
                       "option value (round 17, written before the fixes): switch types, filters, scents, "
                       "resolutions, materials, machine types, in en/fr/es/de, pending (modified) and delivered "
                       "(exchanged), the payment method named when two could settle the difference; words that rule "
                       "the item's value out with two others left: asked which, then the one named; a value the "
                       "product has in no available variant keeping the rest: said, nothing written. Generated by "
                       "evals/generators/dialogue_classes_17.py from data/tau-retail.",
        "tags": ["dialogue", "classes-17", "orders"],
        "customer": None,
        "cases": cases,
    }
    write_suite(OUT, suite)
    counts = {lang: sum(lang in c["tags"] for c in cases) for lang in ("en", "fr", "es", "de")}
    print(f"{len(cases)} cases → {OUT.relative_to(ROOT)}", counts)  # noqa: T201


if __name__ == "__main__":
    main()
