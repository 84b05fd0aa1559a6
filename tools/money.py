"""Money is integer cents; these convert at the edges and reproduce tau-bench's float arithmetic on export."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from babel.core import UnknownLocaleError
from babel.numbers import format_currency, get_currency_symbol

SHOP_CURRENCY = "USD"
# Babel writes the locale's name of the dollar ("$US", "US$"); the shop only sells in dollars, so customers
# read a plain "$" placed and spaced the way their language writes amounts. Narrow and no-break spaces become
# plain ones so a reply reads (and is searched) like typed text.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def to_cents(amount: float | int | str) -> int:
    """Exact cents of a decimal amount as written in JSON (`536.65` → 53665); refuses sub-cent values."""
    cents = Decimal(str(amount)) * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"amount {amount!r} has more than two decimals")
    return int(cents)


def to_amount(cents: int) -> float:
    """The float an amount of `cents` parses to (`53665` → 536.65, the same double as the JSON text)."""
    return cents / 100


def format_money(cents: int, language: str = "en") -> str:
    """An amount of cents as a customer reading `language` writes it: en "$1,234.50", fr "1 234,50 $",
    es "1.234,50 $", de "1.234,50 $". Every reply that shows money uses this one function."""
    locale = language.replace("-", "_") or "en"
    try:
        text = format_currency(Decimal(cents) / 100, SHOP_CURRENCY, locale=locale)
        symbol = get_currency_symbol(SHOP_CURRENCY, locale=locale)
    except (UnknownLocaleError, ValueError):  # an unknown locale: the shop's own
        text = format_currency(Decimal(cents) / 100, SHOP_CURRENCY, locale="en")
        symbol = "$"
    return text.replace(symbol, "$").translate(_SPACES)


def tau_price_difference(pairs: Iterable[tuple[int, int]]) -> float | int:
    """tau-bench's running float sum of (new price - old price) over item swaps, in the order asked.

    The reference implementation accumulates floats without rounding, and its recorded payment
    amounts keep the float noise (e.g. 173.82999999999993); exports reproduce it from the stored cents.
    """
    difference: float | int = 0
    for old_cents, new_cents in pairs:
        difference += to_amount(new_cents) - to_amount(old_cents)
    return difference
