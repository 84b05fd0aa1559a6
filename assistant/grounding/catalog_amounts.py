"""Sums of money as a customer says them ("nothing over $60", "moins de quarante dollars", "30 balles"): the
regular expressions of an amount, number words read as digits, and an amount's value in cents."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_NUMBER = r"(\d{1,5}(?:[.,]\d{1,2})?)"
_CURRENCY_BEFORE = r"(?:us\$|\$|€|usd\s*)"
# slang too: "25 balles", "20 pavos" (read as money, not as balls)
_CURRENCY_AFTER = r"(?:\$|€|usd|dollars?|bucks|balles|boules|pavos|pelas|dolares|dollar|euros?|eur)"
AMOUNT = rf"{_CURRENCY_BEFORE}?\s*{_NUMBER}\s*{_CURRENCY_AFTER}?"
# an amount said in euros or French/Spanish slang for them: the shop prices in US dollars (the amount is read as stated)
OTHER_CURRENCY = re.compile(r"€|\beur(?:os?)?\b|\b(?:balles|boules|pavos|pelas)\b")
MONEY = rf"(?:{_CURRENCY_BEFORE}\s*{_NUMBER}\s*{_CURRENCY_AFTER}?|{_NUMBER}\s*{_CURRENCY_AFTER})"


# Round amounts said in words ("fifty bucks", "moins de quarante dollars", "höchstens dreißig Euro"), read as digits.
_NUMBER_WORDS = {
    "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100,
    "dix": 10, "quinze": 15, "vingt": 20, "vingt-cinq": 25, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "cent": 100,
    "diez": 10, "quince": 15, "veinte": 20, "veinticinco": 25, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100,
    "zehn": 10, "funfzehn": 15, "zwanzig": 20, "funfundzwanzig": 25, "dreissig": 30, "dreizig": 30, "vierzig": 40,
    "funfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True)) + r")\b")


def numbers_in_digits(folded: str) -> str:
    """Number words as digits ("fifty bucks" → "50 bucks"); the text is folded (no accents, lower case)."""
    return _NUMBER_WORD.sub(lambda m: str(_NUMBER_WORDS[m.group(1)]), folded)


def cents(amount: str) -> int:
    try:
        return int(Decimal(amount.replace(",", ".")) * 100)
    except InvalidOperation:
        return 0
