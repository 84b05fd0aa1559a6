"""Money is integer cents; these convert at the edges and reproduce tau-bench's float arithmetic on export."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal


def to_cents(amount: float | int | str) -> int:
    """Exact cents of a decimal amount as written in JSON (`536.65` → 53665); refuses sub-cent values."""
    cents = Decimal(str(amount)) * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"amount {amount!r} has more than two decimals")
    return int(cents)


def to_amount(cents: int) -> float:
    """The float an amount of `cents` parses to (`53665` → 536.65, the same double as the JSON text)."""
    return cents / 100


def format_money(cents: int, currency: str = "$") -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}{currency}{abs(cents) // 100:,}.{abs(cents) % 100:02d}"


def tau_price_difference(pairs: Iterable[tuple[int, int]]) -> float | int:
    """tau-bench's running float sum of (new price - old price) over item swaps, in the order asked.

    The reference implementation accumulates floats without rounding, and its recorded payment
    amounts keep the float noise (e.g. 173.82999999999993); exports reproduce it from the stored cents.
    """
    difference: float | int = 0
    for old_cents, new_cents in pairs:
        difference += to_amount(new_cents) - to_amount(old_cents)
    return difference
