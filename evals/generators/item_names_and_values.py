"""Writes evals/suites/item-names-and-values.yaml: the customer's everyday name for an item of their order and the
option value they want, in en/fr/es/de, for every product type of the tau-retail catalog (issue 17, round 12;
fresh13 findings C/D, D3, D8: "the wall clock in wood", "the RGB backlight", "mi lámpara", "la aspiradora … por la
robot", "das Hantelset aus Urethan", English values inside French replies).

Per product type one item change of a pending order or one exchange of a delivered one, named by an everyday noun
(with or without article, plural, abbreviations, typed without accents) and the value in the customer's words, then
the yes (naming the method when two could settle the difference); the replies must not show the English value in a
fr/es/de conversation. Then questions about an owned item's other options, answered with the values in the
customer's language. Order ids, item ids, the new variant (every other option kept, available), the difference and
the method are looked up in data/tau-retail, never typed.

Run: python -m evals.generators.item_names_and_values (deterministic: the first eligible customer in id order)."""

from __future__ import annotations

from typing import Any

from assistant.grounding.option_labels import option_value
from evals.generators.case_builders import case_record, order_status, text_turns, writes_expected
from evals.generators.checked_calls import item_change_call
from evals.generators.dialogue_classes_17 import Picker, method_turn, no_accents
from evals.generators.reply_words import LANGS
from evals.generators.tau_data import ROOT, WRITES, write_suite

OUT = ROOT / "evals" / "suites" / "item-names-and-values.yaml"
TOOL = {"pending": "modify_pending_order_items", "delivered": "exchange_delivered_order_items"}
STATUS_AFTER = {"pending": "pending (item modified)", "delivered": "exchange requested"}
# products customers may call by one noun: a customer holding two of one group is never picked for either
GROUPS = [
    {"Electric Kettle", "Tea Kettle"},
    {"Coffee Maker", "Espresso Machine"},
    {"Wristwatch", "Smart Watch"},
    {"Headphones", "Wireless Earbuds", "Cycling Helmet"},
    {"Running Shoes", "Sneakers", "Hiking Boots"},
    {"Action Camera", "Digital Camera", "Indoor Security Camera"},
    {"Laptop", "Notebook", "Tablet"},
    {"Desk Lamp", "LED Light Bulb"},
    {"Smartphone", "E-Reader", "Tablet"},
]

# product → (option, value) → the item and the value as customers say them, per language
SPECS: list[tuple[str, str, str, dict[str, tuple[str, str]]]] = [
    (
        "Wall Clock",
        "color",
        "wood",
        {
            "en": ("the wall clock", "in wood"),
            "fr": ("l'horloge", "en bois"),
            "es": ("el reloj de pared", "de madera"),
            "de": ("die Wanduhr", "aus Holz"),
        },
    ),
    (
        "Mechanical Keyboard",
        "backlight",
        "RGB",
        {
            "en": ("the keyboard", "with the rgb backlight"),
            "fr": ("le clavier", "avec retroeclairage RGB"),
            "es": ("el teclado", "con luz rgb"),
            "de": ("die Tastatur", "mit RGB-Beleuchtung"),
        },
    ),
    (
        "Desk Lamp",
        "color",
        "black",
        {
            "en": ("my desk lamp", "in black"),
            "fr": ("ma lampe", "en noir"),
            "es": ("mi lámpara", "en negro"),
            "de": ("meine Schreibtischlampe", "in schwarz"),
        },
    ),
    (
        "Vacuum Cleaner",
        "type",
        "robotic",
        {
            "en": ("the vacuum", "the robot one"),
            "fr": ("l'aspirateur", "le robot"),
            "es": ("la aspiradora", "la robot"),
            "de": ("den Staubsauger", "als Saugroboter"),
        },
    ),
    (
        "Dumbbell Set",
        "material",
        "urethane",
        {
            "en": ("the dumbbells", "in urethane"),
            "fr": ("les halteres", "en urethane"),
            "es": ("las mancuernas", "de uretano"),
            "de": ("das Hantelset", "aus Urethan"),
        },
    ),
    (
        "T-Shirt",
        "style",
        "v-neck",
        {
            "en": ("the tshirt", "v neck"),
            "fr": ("le tee-shirt", "col v"),
            "es": ("la camiseta", "de cuello en v"),
            "de": ("das T-Shirt", "mit V-Ausschnitt"),
        },
    ),
    (
        "Laptop",
        "ram",
        "32GB",
        {
            "en": ("the laptop", "with 32gb of ram"),
            "fr": ("le pc portable", "avec 32 go de ram"),
            "es": ("el portatil", "con 32gb de ram"),
            "de": ("den Laptop", "mit 32 GB RAM"),
        },
    ),
    (
        "Running Shoes",
        "material",
        "mesh",
        {
            "en": ("the running shoes", "in mesh"),
            "fr": ("les chaussures de course", "en mesh"),
            "es": ("las zapatillas de correr", "de malla"),
            "de": ("die Laufschuhe", "aus Mesh"),
        },
    ),
    (
        "Smartphone",
        "storage",
        "256GB",
        {
            "en": ("my phone", "with 256gb"),
            "fr": ("le telephone", "en 256 go"),
            "es": ("el celular", "de 256gb"),
            "de": ("das Handy", "mit 256GB"),
        },
    ),
    (
        "Backpack",
        "material",
        "leather",
        {
            "en": ("the backpack", "in leather"),
            "fr": ("le sac a dos", "en cuir"),
            "es": ("la mochila", "de cuero"),
            "de": ("den Rucksack", "aus Leder"),
        },
    ),
    (
        "Coffee Maker",
        "color",
        "stainless steel",
        {
            "en": ("the coffee maker", "in stainless steel"),
            "fr": ("la cafetiere", "en inox"),
            "es": ("la cafetera", "de acero inoxidable"),
            "de": ("die Kaffeemaschine", "in Edelstahl"),
        },
    ),
    (
        "Water Bottle",
        "material",
        "glass",
        {
            "en": ("the water bottle", "the glass one"),
            "fr": ("la gourde", "en verre"),
            "es": ("la botella", "de vidrio"),
            "de": ("die Trinkflasche", "aus Glas"),
        },
    ),
    (
        "Notebook",
        "cover type",
        "hard cover",
        {
            "en": ("the notebook", "hardcover"),
            "fr": ("le carnet", "a couverture rigide"),
            "es": ("el cuaderno", "de tapa dura"),
            "de": ("das Notizbuch", "mit Hardcover"),
        },
    ),
    (
        "Sunglasses",
        "lens type",
        "polarized",
        {
            "en": ("the sunglasses", "polarized"),
            "fr": ("les lunettes de soleil", "polarisees"),
            "es": ("las gafas de sol", "polarizadas"),
            "de": ("die Sonnenbrille", "polarisiert"),
        },
    ),
    (
        "Wristwatch",
        "strap material",
        "leather",
        {
            "en": ("the watch", "with a leather strap"),
            "fr": ("la montre", "avec le bracelet en cuir"),
            "es": ("el reloj", "con correa de cuero"),
            "de": ("die Armbanduhr", "mit Lederarmband"),
        },
    ),
    (
        "Electric Toothbrush",
        "battery type",
        "rechargeable",
        {
            "en": ("the toothbrush", "the rechargeable one"),
            "fr": ("la brosse a dents", "rechargeable"),
            "es": ("el cepillo de dientes", "recargable"),
            "de": ("die Zahnbürste", "mit Akku"),
        },
    ),
    (
        "Yoga Mat",
        "material",
        "TPE",
        {
            "en": ("the yoga mat", "in tpe"),
            "fr": ("le tapis de yoga", "en TPE"),
            "es": ("la esterilla", "de tpe"),
            "de": ("die Yogamatte", "aus TPE"),
        },
    ),
    (
        "Bluetooth Speaker",
        "water resistance",
        "yes",
        {
            "en": ("the speaker", "the waterproof one"),
            "fr": ("l'enceinte", "etanche"),
            "es": ("el altavoz", "resistente al agua"),
            "de": ("den Lautsprecher", "wasserdicht"),
        },
    ),
    (
        "Gaming Mouse",
        "connectivity",
        "wireless",
        {
            "en": ("the mouse", "wireless"),
            "fr": ("la souris", "sans fil"),
            "es": ("el raton", "inalambrico"),
            "de": ("die Maus", "kabellos"),
        },
    ),
    (
        "Action Camera",
        "resolution",
        "4K",
        {
            "en": ("the action cam", "in 4k"),
            "fr": ("la camera sport", "en 4K"),
            "es": ("la camara deportiva", "4k"),
            "de": ("die Actioncam", "mit 4K"),
        },
    ),
    (
        "Garden Hose",
        "material",
        "vinyl",
        {
            "en": ("the garden hose", "in vinyl"),
            "fr": ("le tuyau d'arrosage", "en vinyle"),
            "es": ("la manguera", "de vinilo"),
            "de": ("den Gartenschlauch", "aus Vinyl"),
        },
    ),
    (
        "Hiking Boots",
        "material",
        "leather",
        {
            "en": ("my hiking boots", "in leather"),
            "fr": ("les chaussures de rando", "en cuir"),
            "es": ("las botas", "de cuero"),
            "de": ("die Wanderschuhe", "aus Leder"),
        },
    ),
    (
        "Tablet",
        "storage",
        "128GB",
        {
            "en": ("the tablet", "with 128gb"),
            "fr": ("la tablette", "en 128 go"),
            "es": ("la tablet", "de 128 gb"),
            "de": ("das Tablet", "mit 128 GB"),
        },
    ),
    (
        "E-Reader",
        "storage",
        "32GB",
        {
            "en": ("the kindle", "with 32gb"),
            "fr": ("la liseuse", "en 32 go"),
            "es": ("el lector de libros", "de 32gb"),
            "de": ("den E-Reader", "mit 32 GB"),
        },
    ),
    (
        "Portable Charger",
        "capacity",
        "20000mAh",
        {
            "en": ("the power bank", "the 20000mah one"),
            "fr": ("la batterie externe", "de 20000 mAh"),
            "es": ("el cargador portatil", "de 20000mah"),
            "de": ("die Powerbank", "mit 20000 mAh"),
        },
    ),
    (
        "Indoor Security Camera",
        "field of view",
        "160 degrees",
        {
            "en": ("the security camera", "with the 160 degree view"),
            "fr": ("la camera de surveillance", "avec un champ de 160 degres"),
            "es": ("la camara de seguridad", "de 160 grados"),
            "de": ("die Überwachungskamera", "mit 160 Grad"),
        },
    ),
    (
        "Electric Kettle",
        "material",
        "glass",
        {
            "en": ("the kettle", "the glass one"),
            "fr": ("la bouilloire", "en verre"),
            "es": ("el hervidor", "de vidrio"),
            "de": ("den Wasserkocher", "aus Glas"),
        },
    ),
    (
        "Wireless Earbuds",
        "water resistance",
        "IPX7",
        {
            "en": ("the earbuds", "with ipx7"),
            "fr": ("les ecouteurs", "IPX7"),
            "es": ("los auriculares", "ipx7"),
            "de": ("die Ohrhörer", "mit IPX7"),
        },
    ),
    (
        "Smart Thermostat",
        "compatibility",
        "Google Assistant",
        {
            "en": ("the thermostat", "the google assistant one"),
            "fr": ("le thermostat", "compatible google assistant"),
            "es": ("el termostato", "para google assistant"),
            "de": ("das Thermostat", "für Google Assistant"),
        },
    ),
    (
        "Fleece Jacket",
        "zipper",
        "half",
        {
            "en": ("the fleece", "with a half zip"),
            "fr": ("la polaire", "demi-zip"),
            "es": ("el forro polar", "con media cremallera"),
            "de": ("die Fleecejacke", "mit halbem Reißverschluss"),
        },
    ),
    (
        "Pet Bed",
        "material",
        "memory foam",
        {
            "en": ("the dog bed", "in memory foam"),
            "fr": ("le panier pour chien", "en mousse a memoire de forme"),
            "es": ("la cama del perro", "de espuma viscoelastica"),
            "de": ("das Hundebett", "aus Memory-Schaum"),
        },
    ),
    (
        "Espresso Machine",
        "type",
        "capsule",
        {
            "en": ("the espresso machine", "the capsule one"),
            "fr": ("la machine a expresso", "a capsules"),
            "es": ("la cafetera espresso", "de capsulas"),
            "de": ("die Espressomaschine", "mit Kapseln"),
        },
    ),
    (
        "Cycling Helmet",
        "ventilation",
        "high",
        {
            "en": ("the bike helmet", "with high ventilation"),
            "fr": ("le casque de velo", "plus ventile"),
            "es": ("el casco", "con ventilacion alta"),
            "de": ("den Fahrradhelm", "mit hoher Belüftung"),
        },
    ),
    (
        "LED Light Bulb",
        "color temperature",
        "warm white",
        {
            "en": ("the light bulb", "in warm white"),
            "fr": ("l'ampoule", "en blanc chaud"),
            "es": ("la bombilla", "de luz calida"),
            "de": ("die Glühbirne", "in Warmweiß"),
        },
    ),
    (
        "Digital Camera",
        "zoom",
        "10x",
        {
            "en": ("the camera", "with the 10x zoom"),
            "fr": ("l'appareil photo", "avec le zoom 10x"),
            "es": ("la camara de fotos", "con zoom 10x"),
            "de": ("die Kamera", "mit 10-fach Zoom"),
        },
    ),
    (
        "Bookshelf",
        "material",
        "wood",
        {
            "en": ("the bookcase", "in wood"),
            "fr": ("l'etagere", "en bois"),
            "es": ("la estanteria", "de madera"),
            "de": ("das Bücherregal", "aus Holz"),
        },
    ),
    (
        "Bicycle",
        "type",
        "mountain",
        {
            "en": ("the bike", "the mountain bike version"),
            "fr": ("le velo", "en VTT"),
            "es": ("la bici", "de montaña"),
            "de": ("das Fahrrad", "als Mountainbike"),
        },
    ),
    (
        "Sneakers",
        "material",
        "canvas",
        {
            "en": ("the sneakers", "in canvas"),
            "fr": ("les baskets", "en toile"),
            "es": ("las zapatillas", "de lona"),
            "de": ("die Turnschuhe", "aus Canvas"),
        },
    ),
    (
        "Office Chair",
        "material",
        "mesh",
        {
            "en": ("the office chair", "in mesh"),
            "fr": ("la chaise de bureau", "en filet"),
            "es": ("la silla de oficina", "de malla"),
            "de": ("den Bürostuhl", "aus Netzstoff"),
        },
    ),
    (
        "Smart Watch",
        "band material",
        "metal",
        {
            "en": ("the smartwatch", "with a metal band"),
            "fr": ("la montre connectee", "avec bracelet en metal"),
            "es": ("el reloj inteligente", "con correa de metal"),
            "de": ("die Smartwatch", "mit Metallarmband"),
        },
    ),
    (
        "Tea Kettle",
        "material",
        "ceramic",
        {
            "en": ("the tea kettle", "in ceramic"),
            "fr": ("la bouilloire", "en ceramique"),
            "es": ("la tetera", "de ceramica"),
            "de": ("den Teekessel", "aus Keramik"),
        },
    ),
    (
        "Luggage Set",
        "material",
        "hardshell",
        {
            "en": ("the luggage", "hard shell"),
            "fr": ("les valises", "rigides"),
            "es": ("las maletas", "rigidas"),
            "de": ("das Kofferset", "mit Hartschale"),
        },
    ),
    (
        "Patio Umbrella",
        "tilt mechanism",
        "auto tilt",
        {
            "en": ("the patio umbrella", "with auto tilt"),
            "fr": ("le parasol", "a inclinaison automatique"),
            "es": ("la sombrilla", "con inclinacion automatica"),
            "de": ("den Sonnenschirm", "mit automatischer Neigung"),
        },
    ),
    (
        "Air Purifier",
        "filter type",
        "HEPA",
        {
            "en": ("the air purifier", "with a hepa filter"),
            "fr": ("le purificateur", "avec filtre HEPA"),
            "es": ("el purificador", "con filtro hepa"),
            "de": ("den Luftreiniger", "mit HEPA-Filter"),
        },
    ),
    (
        "Makeup Kit",
        "kit size",
        "professional",
        {
            "en": ("the makeup kit", "the professional one"),
            "fr": ("le kit de maquillage", "version pro"),
            "es": ("el kit de maquillaje", "profesional"),
            "de": ("das Schminkset", "in der Profi-Version"),
        },
    ),
    (
        "Skateboard",
        "deck material",
        "bamboo",
        {
            "en": ("the skateboard", "with a bamboo deck"),
            "fr": ("le skate", "en bambou"),
            "es": ("la patineta", "de bambu"),
            "de": ("das Skateboard", "aus Bambus"),
        },
    ),
    (
        "Jigsaw Puzzle",
        "pieces",
        "1000",
        {
            "en": ("the puzzle", "the 1000 piece one"),
            "fr": ("le puzzle", "de 1000 pieces"),
            "es": ("el rompecabezas", "de 1000 piezas"),
            "de": ("das Puzzle", "mit 1000 Teilen"),
        },
    ),
    (
        "Grill",
        "type",
        "gas",
        {
            "en": ("the grill", "the gas one"),
            "fr": ("le barbecue", "a gaz"),
            "es": ("la parrilla", "a gas"),
            "de": ("den Grill", "mit Gas"),
        },
    ),
    (
        "Headphones",
        "type",
        "over-ear",
        {
            "en": ("the headphones", "over ear"),
            "fr": ("le casque audio", "circum-auriculaire"),
            "es": ("los cascos", "over-ear"),
            "de": ("den Kopfhörer", "als Over-Ear"),
        },
    ),
    (
        "Perfume",
        "scent family",
        "woody",
        {
            "en": ("the perfume", "the woody one"),
            "fr": ("le parfum", "boise"),
            "es": ("el perfume", "amaderado"),
            "de": ("das Parfüm", "holzig"),
        },
    ),
]

# Templates: {n} the item, {v} the value; pending (item change) and delivered (exchange), two per language.
CHANGE = {
    "pending": {
        "en": [
            "can I get {n} in my order {v} instead",
            "hi, can {n} i ordered be {v} instead?",
            "could you switch {n} from my order to {v}",
        ],
        "fr": [
            "je voudrais {n} de ma commande {v} a la place",
            "est-ce que {n} que j'ai commandé peut etre {v} ?",
            "bonjour, pour {n} de ma commande je prefere {v}",
        ],
        "es": [
            "quiero cambiar {n} de mi pedido, {v} mejor",
            "se puede cambiar {n} que pedi? {v}",
            "hola, {n} del pedido lo prefiero {v}",
        ],
        "de": [
            "ich möchte {n} in meiner Bestellung {v}",
            "kann ich {n} aus meiner bestellung {v} bekommen?",
            "bitte {n} in der Bestellung {v} statt der jetzigen",
        ],
    },
    "delivered": {
        "en": [
            "i got {n} but i want to exchange it, {v} this time",
            "can i exchange {n} i received? i'd like {v}",
            "exchange {n} please, {v}",
        ],
        "fr": [
            "j'ai reçu {n}, je voudrais l'echanger, {v} cette fois",
            "je peux echanger {n} recu ? plutot {v}",
            "echange de {n} stp : {v}",
        ],
        "es": [
            "me llego {n} y quiero cambiarlo, {v} esta vez",
            "puedo cambiar {n} que me llego? {v} mejor",
            "quiero un cambio de {n} que recibi: {v}",
        ],
        "de": [
            "ich habe {n} bekommen, kann ich umtauschen? {v} bitte",
            "ich möchte {n} umtauschen, {v}",
            "umtausch: {n} bitte {v}",
        ],
    },
}
ASK = {
    "en": "does {n} in my order come in other {o}s?",
    "fr": "{n} de ma commande existe en quelles autres options ?",
    "es": "que otras opciones hay para {n} de mi pedido?",
    "de": "welche anderen Varianten gibt es für {n} aus meiner Bestellung?",
}


def held_groups(picker: Picker, user_id: str, product: str) -> bool:
    """Whether the customer also holds, in an active order, another product one noun could name."""
    held = {
        item["name"]
        for o in picker.users[user_id]["orders"]
        for item in picker.orders[o]["items"]
        if picker.orders[o]["status"] in ("pending", "delivered", "processed")
    }
    return any(product in group and (held & group) - {product} for group in GROUPS)


def english_words(value: str, language: str, product: str) -> list[str]:
    """The English value a reply in `language` must not show (when its translation differs and no product name
    or translation holds it)."""
    if language == "en":
        return []
    word = option_value(value, language)
    if word.lower() == value.lower() or value.lower() in word.lower() or value.lower() in product.lower():
        return []
    return [value] if len(value) > 3 and not value.isupper() else []


def change_case(
    picker: Picker, spec: tuple[str, str, str, dict[str, tuple[str, str]]], language: str, index: int
) -> dict[str, Any] | None:
    product, key, value, words = spec
    for status in ("pending", "delivered") if index % 3 != 2 else ("delivered", "pending"):
        for user_id, order, item in picker.holders(product, status):
            new = picker.target(product, item, key, value)
            if item["options"].get(key) == value or new is None or not new["available"]:
                continue
            if held_groups(picker, user_id, product):
                continue
            yes = method_turn(picker.users[user_id], order, new["price"] - item["price"], language)
            if yes is None:
                continue
            noun, value_words = words[language]
            text = CHANGE[status][language][index % 3].format(n=noun, v=value_words)
            if index % 4 == 1:
                text = no_accents(text)
            picker.used.add(user_id)
            call = item_change_call(TOOL[status], order["order_id"], item["item_id"], new["item_id"], yes[1])
            expect = writes_expected([call], store=order_status(order["order_id"], STATUS_AFTER[status]))
            unsaid = english_words(value, language, product)
            if unsaid:
                expect["reply"] = {"must_not_say": unsaid}
            slug = product.lower().replace(" ", "-")
            description = f"{product}: {key} {item['options'][key]} -> {value} ({status}, {order['order_id']})"
            return case_record(f"{language}-{status}-{slug}", [language, status, "item-names"], description, user_id,
                               text_turns([text, yes[0]]), expect)
    return None


def question_case(
    picker: Picker, spec: tuple[str, str, str, dict[str, tuple[str, str]]], language: str
) -> dict[str, Any] | None:
    """A question about the owned item's values of the option: the reply names the wanted value in the language."""
    product, key, value, words = spec
    for status in ("pending", "delivered"):
        for user_id, order, item in picker.holders(product, status):
            if item["options"].get(key) == value or held_groups(picker, user_id, product):
                continue
            # the value must be one the product can still be had in (a reply lists available variants only)
            if not any(
                v["available"] and v["options"].get(key) == value for v in picker.by_name[product]["variants"].values()
            ):
                continue
            picker.used.add(user_id)
            noun = words[language][0]
            text = ASK[language].format(n=noun, o=key)
            said = option_value(value, language)
            facts = [[said, no_accents(said)]] if said != no_accents(said) else [[said]]
            reply: dict[str, Any] = {"facts": facts}
            unsaid = english_words(value, language, product)
            if unsaid:
                reply["must_not_say"] = unsaid
            slug = product.lower().replace(" ", "-")
            return {
                "id": f"{language}-question-{slug}",
                "tags": [language, "question", "item-names"],
                "description": f"{product}: which {key} values ({order['order_id']}); names {value}",
                "user": {"customer": user_id, "turns": [{"text": text}]},
                "expect": {
                    "forbidden": [{"name": name} for name in WRITES],
                    "store": {"unchanged": True},
                    "reply": reply,
                },
            }
    return None


def build() -> list[dict[str, Any]]:
    picker = Picker()
    cases: list[dict[str, Any]] = []
    for index, spec in enumerate(SPECS):
        language = LANGS[index % 4]
        found = change_case(picker, spec, language, index) or change_case(picker, spec, LANGS[(index + 1) % 4], index)
        if found:
            cases.append(found)
    # the findings' own items once more in another language each
    for index, spec in enumerate(SPECS[:5]):
        found = change_case(picker, spec, LANGS[(index + 2) % 4], index + 1)
        if found:
            cases.append(found)
    asked = 0
    for position, spec in enumerate(SPECS[::4] + SPECS[2::4]):
        if asked == 12:
            break
        found = question_case(picker, spec, ("fr", "es", "de")[position % 3])
        if found:
            cases.append(found)
            asked += 1
    return cases


def main() -> None:
    cases = build()
    write_suite(
        OUT,
        {
            "suite": "item-names-and-values",
            "description": "The customer's everyday name for an item of their order and the option value they want, in "
            "en/fr/es/de, for every product type of the tau-retail catalog: item changes of pending orders, "
            "exchanges of delivered ones (the yes names the method when two could pay), and questions about "
            "the item's other options answered with values in the customer's language. Generated by "
            "evals/generators/item_names_and_values.py from data/tau-retail.",
            "tags": ["item-names"],
            "customer": None,
            "cases": cases,
        },
    )
    kinds = {c["description"].split(":")[0].split(" (")[0] for c in cases}
    print(len(cases), "cases,", len(kinds), "product types")


if __name__ == "__main__":
    main()
