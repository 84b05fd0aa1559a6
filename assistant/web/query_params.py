"""Numbers typed in a page's address, read as a visitor means them: never a framework error (fresh22 F17)."""

from __future__ import annotations

PAGE_DIGITS = 9  # more digits than that is past any last page: the last page


def page_number(raw: str | None) -> int:
    """The page asked for, counted from 1: a number as typed ("2", " 3 ", "+4"), else (words, a negative, zero,
    empty) the first page; a huge number is left huge, for the listing to clamp to its last page."""
    text = (raw or "").strip().lstrip("+")
    if not text.isascii() or not text.isdigit():
        return 1
    return max(1, int(text[:PAGE_DIGITS + 1]) if len(text) <= PAGE_DIGITS else 10 ** PAGE_DIGITS)
