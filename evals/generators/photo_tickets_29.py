"""Generates evals/suites/photo-tickets-29.yaml and its altered photos (evals/suites/photo-tickets-29/*.jpg).

A customer sends a photo of a problem with a delivered order (a wrong colour, a tear, a stain, a crushed parcel) in
everyday words, then answers the proposal: yes, 'rather a refund', 'can I keep it (for something back)', 'I want a
person'. Every agreed complaint and every escalation opens a ticket on that order carrying the photo, and the replies
name the ticket (VT-…). Questions after the ticket (its number, the email, how long) are answered from it. Photos
are altered as a phone would (blur, relight, crop, recompress, a back view): the wrong-colour ones are made here
with PIL from the catalog's photos of the other colour; damage ones are altered at run time (`alter` + `degrade`).
Mia's delivered #D9000001: MH01-M-Black hoodie, WS03-S-Blue top; Leo's delivered #D9000003: MP01-32-Black pants.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from PIL import Image, ImageEnhance, ImageFilter

SUITE = "photo-tickets-29"
ROOT = Path(__file__).resolve().parents[2]
IMAGES = ROOT / "data" / "demo-catalog" / "images"
PHOTO_DIR = ROOT / "evals" / "suites" / SUITE
# A fixture's `source` is read under data/demo-catalog/images: the suite's own photos are reached from there.
OWN = f"../../../evals/suites/{SUITE}"


def _blur(image: Image.Image) -> Image.Image:
    return image.filter(ImageFilter.GaussianBlur(1.6))


def _dim(image: Image.Image) -> Image.Image:
    return ImageEnhance.Brightness(image).enhance(0.62)


def _warm(image: Image.Image) -> Image.Image:
    red, green, blue = image.split()
    warmer, cooler = red.point(lambda v: min(255, int(v * 1.12))), blue.point(lambda v: int(v * 0.85))
    return Image.merge("RGB", (warmer, green, cooler))


def _crop(image: Image.Image) -> Image.Image:
    w, h = image.size
    return image.crop((int(w * 0.12), int(h * 0.08), int(w * 0.9), int(h * 0.8)))


# name -> (catalog photo, PIL steps, JPEG quality)
PHOTOS: dict[str, tuple[str, list[Any], int]] = {
    "hoodie-gray-back-dim.jpg": ("m/h/mh01-gray_back.jpg", [_dim], 38),
    "hoodie-orange-blur.jpg": ("m/h/mh01-orange_main.jpg", [_blur], 60),
    "top-green-crop.jpg": ("w/s/ws03-green_main.jpg", [_crop], 45),
    "top-red-back-warm.jpg": ("w/s/ws03-red_back.jpg", [_warm], 40),
    "pants-gray-blur.jpg": ("m/p/mp01-gray_main.jpg", [_blur, _dim], 55),
    "pants-gray-back-crop.jpg": ("m/p/mp01-gray_back.jpg", [_crop], 30),
    "pants-purple-warm.jpg": ("m/p/mp01-purple_main.jpg", [_warm, _crop], 50),
}


def make_photos() -> None:
    PHOTO_DIR.mkdir(parents=True, exist_ok=True)
    for name, (source, steps, quality) in PHOTOS.items():
        image = Image.open(IMAGES / source).convert("RGB")
        image.thumbnail((640, 640))
        for step in steps:
            image = step(image)
        image.save(PHOTO_DIR / name, "JPEG", quality=quality)


def own(name: str) -> dict[str, str]:
    return {"source": f"{OWN}/{name}"}


def damaged(source: str, alter: str, degrade: str) -> dict[str, str]:
    return {"source": source, "alter": alter, "degrade": degrade}


HOODIE, TOP, PANTS = "m/h/mh01-black_main.jpg", "w/s/ws03-blue_main.jpg", "m/p/mp01-black_main.jpg"
MIA, LEO = "demo_mia_novak", "demo_leo_martin"
ORDER = {MIA: "#D9000001", LEO: "#D9000003"}
EMAIL = {MIA: "mia.novak@example.com", LEO: "leo.martin@example.com"}
TICKET = ["VT-"]
TICKET_NUMBER = ["VT-0000"]
REFUND = ["refund", "rembours", "reembols", "erstatt"]
PERSON = ["team", "équipe", "equipo", "Team", "colleague", "collègue", "compañer", "Kolleg", "Mitarbeiter"]
TWO_DAYS = ["2 business days", "2 jours ouvrés", "2 días hábiles", "2 Werktag"]
NOT_UNDERSTOOD = ["didn't quite get", "n'ai pas bien compris", "no lo he entendido", "nicht ganz verstanden"]
OTHER_WRITES = [
    {"name": "cancel_pending_order"},
    {"name": "modify_pending_order_items"},
    {"name": "modify_pending_order_address"},
    {"name": "modify_pending_order_payment"},
]

# Per language, in this order: wrong colour + yes; tear + 'rather a refund' + yes; stain + 'a person';
# tear + yes + 'ticket number?'; crushed + yes + 'which email / how long?'; back view of the other colour + yes;
# tear + 'can I keep it for something back?'.
WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "colour": ("the hoodie came in the wrong colour?? i ordered black", "yes pls"),
        "refund": ("the top has a rip by the seam, look", "id rather just get a refund tbh", "yes ok"),
        "person": (
            "theres a stain on my pants, just arrived like that",
            "no i want to talk to a real person about this",
        ),
        "number": ("my pants arrived with a hole in the leg", "yeah go ahead", "whats the ticket number again?"),
        "after": (
            "box got crushed and the hoodie inside is all messed up",
            "ok yes",
            "which email are you sending it to?",
            "email",
        ),
        "back": ("this isnt the colour i ordered, its grey not black", "yes do that"),
        "keep": ("the top came with a tear in it", "can i just keep it and get some money back instead?"),
    },
    "fr": {
        "colour": ("le sweat est pas de la bonne couleur, j'avais pris noir", "oui svp"),
        "refund": ("le haut est déchiré au niveau de la couture regardez", "je prefere etre remboursee en fait", "oui"),
        "person": ("y a une tache sur le pantalon, il est arrivé comme ça", "non je veux parler a quelqu'un de vrai"),
        "number": ("mon pantalon est arrivé avec un trou", "oui allez y", "c'est quoi le numero du ticket ?"),
        "after": (
            "le colis etait ecrasé et le sweat dedans est abimé",
            "d'accord oui",
            "et ça prend combien de temps ?",
            "time",
        ),
        "back": ("c'est pas la couleur que j'ai commandé, il est gris pas noir", "oui faites ca"),
        "keep": ("le haut est arrivé troué", "je peux le garder et avoir un petit remboursement plutot ?"),
    },
    "es": {
        "colour": ("el pantalon me llego en otro color, yo lo pedi negro", "si porfa"),
        "refund": ("la camiseta vino rota por la costura mira", "prefiero que me devuelvan el dinero", "si vale"),
        "person": ("el pantalon tiene una mancha, llego asi", "no, quiero hablar con una persona"),
        "number": ("el pantalon llego con un agujero", "si dale", "cual es el numero de ticket?"),
        "after": (
            "la caja llego aplastada y la sudadera esta hecha un desastre",
            "vale si",
            "a que correo me lo mandan?",
            "email",
        ),
        "back": ("este no es el color que pedi, la pedi azul y es roja", "si hazlo"),
        "keep": ("la camiseta llego con un roto", "me la puedo quedar y que me devuelvan algo de dinero?"),
    },
    "de": {
        "colour": ("das top ist in der falschen farbe gekommen, hab blau bestellt", "ja bitte"),
        "refund": ("das top hat einen riss an der naht, schaut mal", "ich hätte lieber mein geld zurück", "ja ok"),
        "person": ("auf der hose ist ein fleck, kam so an", "nein ich will mit einem menschen sprechen"),
        "number": ("meine hose kam mit einem loch an", "ja mach", "wie war nochmal die ticketnummer?"),
        "after": ("das paket war zerdrückt und der hoodie drin ist kaputt", "ok ja", "wie lange dauert das?", "time"),
        "back": ("das ist nicht die farbe die ich bestellt hab, grau statt schwarz", "ja mach das"),
        "keep": ("das top kam mit einem riss an", "kann ich es behalten und dafür was zurückbekommen?"),
    },
}

# Which customer / photo each language's case uses (alternating so both demo customers appear in each class).
PHOTOS_BY_LANGUAGE: dict[str, dict[str, tuple[str, dict[str, str]]]] = {
    "en": {
        "colour": (MIA, own("hoodie-orange-blur.jpg")),
        "refund": (MIA, damaged(TOP, "tear", "light")),
        "person": (LEO, damaged(PANTS, "stain", "jpeg")),
        "number": (LEO, damaged(PANTS, "tear", "crop")),
        "after": (MIA, damaged(HOODIE, "crushed", "none")),
        "back": (LEO, own("pants-gray-back-crop.jpg")),
        "keep": (MIA, damaged(TOP, "tear", "blur")),
    },
    "fr": {
        "colour": (MIA, own("hoodie-gray-back-dim.jpg")),
        "refund": (MIA, damaged(TOP, "tear", "jpeg")),
        "person": (LEO, damaged(PANTS, "stain", "light")),
        "number": (LEO, damaged(PANTS, "tear", "none")),
        "after": (MIA, damaged(HOODIE, "crushed", "light")),
        "back": (LEO, own("pants-gray-blur.jpg")),
        "keep": (MIA, damaged(TOP, "tear", "crop")),
    },
    "es": {
        "colour": (LEO, own("pants-purple-warm.jpg")),
        "refund": (MIA, damaged(TOP, "tear", "crop")),
        "person": (LEO, damaged(PANTS, "stain", "none")),
        "number": (LEO, damaged(PANTS, "tear", "jpeg")),
        "after": (MIA, damaged(HOODIE, "crushed", "jpeg")),
        "back": (MIA, own("top-red-back-warm.jpg")),
        "keep": (MIA, damaged(TOP, "tear", "light")),
    },
    "de": {
        "colour": (MIA, own("top-green-crop.jpg")),
        "refund": (MIA, damaged(TOP, "tear", "none")),
        "person": (LEO, damaged(PANTS, "stain", "blur")),
        "number": (LEO, damaged(PANTS, "tear", "light")),
        "after": (MIA, damaged(HOODIE, "crushed", "crop")),
        "back": (MIA, own("hoodie-gray-back-dim.jpg")),
        "keep": (MIA, damaged(TOP, "tear", "jpeg")),
    },
}

# The ordered item a photo is of, by the product code or word in its file name.
ORDERED = {
    "mh01": "MH01-M-Black",
    "hoodie": "MH01-M-Black",
    "ws03": "WS03-S-Blue",
    "top-": "WS03-S-Blue",
    "mp01": "MP01-32-Black",
    "pants": "MP01-32-Black",
}


def _item_of(photo: dict[str, str]) -> str:
    name = photo["source"].rsplit("/", 1)[-1]
    return next(item for word, item in ORDERED.items() if name.startswith(word))


def _case(language: str, kind: str) -> dict[str, Any]:
    customer, photo = PHOTOS_BY_LANGUAGE[language][kind]
    words = WORDS[language][kind]
    order, item = ORDER[customer], _item_of(photo)
    turns: list[dict[str, Any]] = [{"text": words[0], "photo": photo}]
    ticket: dict[str, Any] = {"order_id": order, "has_evidence": True}
    facts: list[list[str]] = [TICKET]
    forbidden = list(OTHER_WRITES)
    actions: list[dict[str, Any]] = []
    waiting: bool | None = None
    if kind in ("colour", "back"):
        turns.append({"text": words[1]})
        ticket |= {"category": "wrong_colour_or_size", "item_ids": [item], "escalated": False}
        actions = [
            {
                "name": "exchange_delivered_order_items",
                "arguments": {"order_id": order, "item_ids": [item], "new_item_ids": [item]},
            }
        ]
        forbidden.append({"name": "return_delivered_order_items"})
    elif kind == "refund":
        turns += [{"text": words[1]}, {"text": words[2]}]
        ticket |= {"item_ids": [item], "escalated": False}
        actions = [{"name": "return_delivered_order_items", "arguments": {"order_id": order, "item_ids": [item]}}]
        forbidden.append({"name": "exchange_delivered_order_items"})
        facts = [TICKET, REFUND]
    elif kind in ("person", "keep"):
        turns.append({"text": words[1]})
        ticket |= {"item_ids": [item], "escalated": True}
        forbidden += [{"name": "exchange_delivered_order_items"}, {"name": "return_delivered_order_items"}]
        facts = [TICKET, PERSON]
        waiting = True
    elif kind == "number":
        turns += [
            {"text": words[1]},
            {"text": words[2], "reply": {"facts": [TICKET_NUMBER], "must_not_say": NOT_UNDERSTOOD}},
        ]
        ticket |= {"category": "product_defect", "item_ids": [item]}
        forbidden += [{"name": "exchange_delivered_order_items"}, {"name": "return_delivered_order_items"}]
    elif kind == "after":
        answer = [EMAIL[customer]] if words[3] == "email" else TWO_DAYS
        turns += [{"text": words[1]}, {"text": words[2], "reply": {"facts": [answer], "must_not_say": NOT_UNDERSTOOD}}]
        forbidden += [{"name": "exchange_delivered_order_items"}, {"name": "return_delivered_order_items"}]
    expect: dict[str, Any] = {"forbidden": forbidden, "store": {"ticket": ticket}, "reply": {"facts": facts}}
    if actions:
        expect["actions"] = {"mode": "superset", "scope": "writes", "args": "superset", "calls": actions}
    if waiting is not None:
        expect["reply"]["waiting_for_agent"] = waiting
    index = list(WORDS[language]).index(kind) + 1
    return {
        "id": f"{language}-{index:02d}-{kind}",
        "tags": [language, kind],
        "user": {"customer": customer, "turns": turns},
        "expect": expect,
    }


def build() -> dict[str, Any]:
    return {
        "suite": SUITE,
        "description": " ".join((__doc__ or "").split("\n\n", 1)[-1].split()) + " Written first.",
        "tags": ["photo", SUITE],
        "customer": None,
        "cases": [_case(language, kind) for language in WORDS for kind in WORDS[language]],
    }


def main() -> None:
    make_photos()
    target = ROOT / "evals" / "suites" / f"{SUITE}.yaml"
    target.write_text(yaml.safe_dump(build(), sort_keys=False, allow_unicode=True, width=120))


if __name__ == "__main__":
    main()
