"""Labelled photos for the text redaction eval: shipping labels, packing slips, notes with a phone number or an
email, barcodes and QR codes, drawn with PIL and composited onto Magento catalog photos (what a customer
photographs: the item beside its parcel), at random sizes, tilts and quarter turns. Each photo comes with the
personal strings it shows, so the eval can check that no OCR can read them back after redaction."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONTS = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
         Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"),
         Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
         Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")]
FIRST = ["Mia", "Leo", "Anna", "Lukas", "Chloé", "Jürgen", "Lucía", "Mateo", "Olivia", "Noah", "Élodie", "Pablo"]
LAST = ["Novak", "Martin", "Schneider", "Dubois", "García", "Fernández", "Smith", "Johnson", "Müller", "Lefèvre"]
STREETS = {"en": ["{n} Linden Street", "{n} Oak Avenue Apt {a}", "{n} Maple Rd", "{n} Sunset Blvd Suite {a}"],
           "fr": ["{n} rue de la Paix", "{n} avenue Victor Hugo", "{n} boulevard Voltaire", "{n} chemin des Vignes"],
           "es": ["Calle Mayor {n}, {a}º", "Avenida de la Constitución {n}", "Paseo del Prado {n}", "Calle Luna {n}"],
           "de": ["Hauptstraße {n}", "Lindenweg {n}", "Goethestr. {n}", "Am Marktplatz {n}"]}
CITIES = {"en": ["Springfield IL {zip5}", "London {uk}", "Austin, TX {zip5}-{zip4}", "Toronto ON {ca}"],
          "fr": ["{zip5} Paris", "{zip5} Lyon CEDEX", "{zip5} Bordeaux"],
          "es": ["{zip5} Madrid", "{zip5} Sevilla", "{zip5} Valencia"],
          "de": ["{zip5} Berlin", "{zip5} München", "{zip5} Köln"]}
COUNTRY = {"en": ["USA", "United Kingdom", "Canada"], "fr": ["France"], "es": ["España"], "de": ["Deutschland"]}
SHIP_TO = {"en": ["SHIP TO:", "TO:", "DELIVER TO"], "fr": ["DESTINATAIRE", "À :"], "es": ["DESTINATARIO", "PARA:"],
           "de": ["EMPFÄNGER", "AN:"]}
PHONE = {"en": ["+1 (555) {a3}-{a4}", "555-{a3}-{a4}", "+44 20 {a4} {a4}"],
         "fr": ["+33 6 {a2} {a2} {a2} {a2}", "06.{a2}.{a2}.{a2}.{a2}"],
         "es": ["+34 6{a2} {a3} {a3}", "6{a2} {a3} {a3}"], "de": ["+49 30 {a4}{a3}", "0171 {a4}{a3}"]}
TRACKING = ["1Z{up3}{d3}{up2}{d8}", "{d4} {d4} {d4} {d4}", "JJD{d8}{d8}", "TRK {d12}", "Order #{d3}-{d7}"]
ORDER_WORD = {"en": "Order", "fr": "Commande", "es": "Pedido", "de": "Bestellung"}
DOMAINS = ["gmail.com", "example.org", "mail.de", "orange.fr", "yahoo.es"]


@dataclass(frozen=True)
class LabelledPhoto:
    rgb: np.ndarray
    personal: list[str]  # strings that must not be readable after redaction
    kind: str


def _fill(template: str, rng: random.Random) -> str:
    def digits(n: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(n))

    values = {"n": str(rng.randint(1, 250)), "a": str(rng.randint(1, 30)), "zip5": f"{rng.randint(10000, 99999)}",
              "zip4": digits(4), "uk": rng.choice(["SW1A 1AA", "EC1A 1BB", "W1A 0AX"]),
              "ca": rng.choice(["M5V 3L9", "K1A 0B1"]), "a2": digits(2), "a3": digits(3), "a4": digits(4),
              "d3": digits(3), "d4": digits(4), "d7": digits(7), "d8": digits(8), "d12": digits(12),
              "up2": "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)),
              "up3": "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))}
    return template.format(**values)


def _font(rng: random.Random, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    available = [path for path in FONTS if path.exists()]
    return ImageFont.truetype(str(rng.choice(available)), size) if available else ImageFont.load_default(size)


def _text_block(lines: list[str], rng: random.Random, size: int, paper: tuple[int, int, int]) -> Image.Image:
    font = _font(rng, size)
    width = max(int(font.getlength(line)) for line in lines) + 2 * size
    block = Image.new("RGB", (width, int(size * 1.5 * len(lines) + 2 * size)), paper)
    draw = ImageDraw.Draw(block)
    ink = rng.choice([(10, 10, 10), (20, 20, 60), (40, 40, 40)])
    for row, line in enumerate(lines):
        draw.text((size, size + int(size * 1.5 * row)), line, fill=ink, font=font)
    return block


def ean13(rng: random.Random, module: int = 3, height: int = 90) -> tuple[Image.Image, str]:
    """An EAN-13 barcode with a valid check digit, drawn bar by bar."""
    left_odd = ["0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011", "0110111",
                "0001011"]
    left_even = ["".join("1" if b == "0" else "0" for b in code)[::-1] for code in left_odd]
    right = ["".join("1" if b == "0" else "0" for b in code) for code in left_odd]
    parity = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"]
    digits = [rng.randint(0, 9) for _ in range(12)]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    digits.append(check)
    bits = "101" + "".join((left_odd if p == "L" else left_even)[d] for p, d in zip(parity[digits[0]], digits[1:7],
                                                                                  strict=True))
    bits += "01010" + "".join(right[d] for d in digits[7:]) + "101"
    image = Image.new("RGB", ((len(bits) + 22) * module, height + 20), "white")
    draw = ImageDraw.Draw(image)
    for i, bit in enumerate(bits):
        if bit == "1":
            draw.rectangle([(i + 11) * module, 10, (i + 12) * module - 1, 10 + height], fill="black")
    return image, "".join(map(str, digits))


def qr(text: str, side: int) -> Image.Image:
    code = cv2.QRCodeEncoder.create().encode(text)
    image = Image.fromarray(cv2.copyMakeBorder(code, 4, 4, 4, 4, cv2.BORDER_CONSTANT, value=255)).convert("RGB")
    return image.resize((side, side), Image.NEAREST)


def shipping_label(rng: random.Random, lang: str, size: int) -> tuple[Image.Image, list[str]]:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    lines = [rng.choice(SHIP_TO[lang]), name, _fill(rng.choice(STREETS[lang]), rng),
             _fill(rng.choice(CITIES[lang]), rng), rng.choice(COUNTRY[lang])]
    personal = lines[1:4]
    if rng.random() < 0.6:
        lines.append(_fill(rng.choice(PHONE[lang]), rng))
        personal.append(lines[-1])
    if rng.random() < 0.5:
        lines.append(_fill(rng.choice(TRACKING), rng))
        personal.append(lines[-1])
    label = _text_block(lines, rng, size, rng.choice([(250, 250, 245), (255, 255, 255), (245, 240, 225)]))
    if rng.random() < 0.5:
        code, number = ean13(rng, module=max(2, size // 9), height=size * 3)
        canvas = Image.new("RGB", (max(label.width, code.width), label.height + code.height), label.getpixel((0, 0)))
        canvas.paste(label, (0, 0))
        canvas.paste(code, (0, label.height))
        label, personal = canvas, [*personal, number]
    return label, personal


def note(rng: random.Random, lang: str, size: int) -> tuple[Image.Image, list[str]]:
    """A slip or a sticky note with one personal line: a phone number, an email or an order number."""
    name = f"{rng.choice(FIRST)}.{rng.choice(LAST)}".lower()
    kind = rng.choice(["phone", "email", "order"])
    line = (_fill(rng.choice(PHONE[lang]), rng) if kind == "phone" else
            f"{name}@{rng.choice(DOMAINS)}" if kind == "email" else
            f"{ORDER_WORD[lang]} #{_fill('{d3}-{d7}', rng)}")
    paper = rng.choice([(255, 245, 150), (255, 255, 255), (230, 240, 255)])
    return _text_block([line], rng, size, paper), [line]


def code_only(rng: random.Random, size: int) -> tuple[Image.Image, list[str]]:
    if rng.random() < 0.5:
        image, number = ean13(rng, module=max(2, size // 9), height=size * 3)
        return image, [number]
    text = f"https://track.example/{_fill('{d12}', rng)}"
    return qr(text, size * 8), []  # a QR code holds no readable text; the eval checks it no longer decodes


def compose(photo: Image.Image, rng: random.Random, lang: str) -> tuple[Image.Image, list[str], str]:
    """The catalog photo with one personal item pasted on it, tilted a little, somewhere along an edge."""
    width, height = photo.size
    size = rng.randint(max(12, width // 60), max(16, width // 32))
    kind = rng.choice(["label", "label", "note", "code"])
    item, personal = (shipping_label(rng, lang, size) if kind == "label" else
                      note(rng, lang, size) if kind == "note" else code_only(rng, size))
    item = item.convert("RGBA").rotate(rng.uniform(-12, 12), expand=True, resample=Image.BICUBIC)
    scale = min(1.0, 0.6 * width / item.width, 0.6 * height / item.height)
    item = item.resize((max(1, int(item.width * scale)), max(1, int(item.height * scale))), Image.LANCZOS)
    x = rng.choice([rng.randint(0, max(0, width // 5)), max(0, width - item.width - rng.randint(0, width // 5))])
    y = rng.randint(0, max(0, height - item.height))
    scene = photo.convert("RGB").copy()
    scene.paste(item, (x, y), item)
    return scene, personal, kind


def labelled_photos(photos: list[Path], seed: int, count: int) -> list[LabelledPhoto]:
    """`count` photos from `photos`, each with a personal item, a random language and a random quarter turn."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        photo = Image.open(rng.choice(photos)).convert("RGB")
        photo.thumbnail((rng.choice([1024, 1280, 1600]),) * 2)
        scene, personal, kind = compose(photo, rng, rng.choice(list(STREETS)))
        turn = rng.choice([0, 0, 0, 1, 2, 3])
        out.append(LabelledPhoto(np.asarray(scene.rotate(90 * turn, expand=True)), personal, f"{kind}@{90 * turn}"))
    return out
