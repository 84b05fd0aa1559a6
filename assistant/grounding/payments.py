"""Which saved payment method the customer names ("my gift card", "the Discover card", "paypal", "la carte
cadeau", "mi tarjeta regalo"), and how a method is described to them (never by its internal id)."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from assistant.grounding.address_words import corrects_itself
from assistant.grounding.lexicon import lexicon
from tools.money import format_money

# An exclusion ("rather than", "au lieu de") rules out what follows it up to the end of its clause.
_CLAUSE_END = re.compile(r"[,.;!?—–]|\s-\s|\b(?:and|but|please|et|mais|y|pero|und|aber)\b", re.I)
# A negation said after the method closes its clause ("la mastercard no, mejor paypal", "PayPal nicht").
_AT_CLAUSE_END = re.compile(
    r"\s*(?:[,.;!?—–]|-\s|\b(?:and|but|please|et|mais|y|pero|und|aber|mejor|lieber|plutôt)\b|$)", re.I)


class PaymentChoice(BaseModel):
    """The one method named, or the candidates the words fit (several cards), or nothing named."""

    method: dict[str, Any] | None = None
    candidates: list[dict[str, Any]] = []
    named: bool = False


def _mentions(text: str, methods: list[dict[str, Any]]) -> list[tuple[int, list[dict[str, Any]]]]:
    """(position, methods that fit) for every way the text names a method: id, last four, brand, kind."""
    found: list[tuple[int, list[dict[str, Any]]]] = []
    lowered = text.lower()
    for method in methods:
        for needle in (method["id"].lower(), method.get("last_four")):
            if needle and (match := re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", lowered)):
                found.append((match.start(), [method]))
    brands = lexicon().patterns["card_brands"]
    for match in brands.finditer(lowered):
        brand = match.group(0).replace(" ", "")
        fits = [m for m in methods if (m.get("brand") or "").lower().replace(" ", "") == brand]
        found.append((match.start(), fits))
    kinds = lexicon().grouped["payment_kinds"]
    taken = [span for source in ("gift_card", "paypal") for span in _spans(kinds[source], lowered)]
    for source, pattern in kinds.items():
        for start, _ in _spans(pattern, lowered):
            if source == "credit_card" and any(s <= start < e for s, e in taken):
                continue  # the "card" of "gift card"
            found.append((start, [m for m in methods if m["source"] == source]))
    return found


_CARD_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")


def words_after_the_method(text: str) -> str:
    """The words after the last method the text names ("paypal... no wait, I don't want to change it anymore" → "...
    no wait, I don't want to change it anymore"); the whole text when it names none."""
    words = lexicon()
    patterns = [*words.grouped["payment_kinds"].values(), words.patterns["card_brands"], _CARD_DIGITS]
    ends = [match.end() for pattern in patterns for match in pattern.finditer(text)]
    return text[max(ends):] if ends else text
# A saved method's id typed the shop's way: "gift_card_4855547", "credit_card_9000001", "paypal_9000002"
_METHOD_ID = re.compile(r"\b(?:credit_card|debit_card|gift_card|paypal|apple_pay|google_pay)_\d+\b", re.I)
# a house number: digits, a name of one to three words, then a street word ("1200 Congress Avenue", "1210 south lamar
# blvd", "4820 e camelback rd")
_STREET_AFTER = re.compile(r"\s+(?:[a-z.'-]+\s+){1,3}(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|"
                           r"lane|way|ct|court|pl|place|pkwy|parkway|hwy|highway|ter|terrace|cir|circle|sq|square)\b")


def names_payment(text: str, *, same_alone: bool = False) -> bool:
    """The words name a payment method: a kind ("store credit", "Guthaben"), a brand, four card digits, or the
    order's own method ("the same card"; "the same one" alone where `same_alone`)."""
    words = lexicon()
    patterns = [*words.grouped["payment_kinds"].values(), words.patterns["card_brands"],
                words.patterns["payment_same_as_order"], _CARD_DIGITS]
    if same_alone:
        patterns.append(words.patterns["payment_same_alone"])
    return any(pattern.search(text) for pattern in patterns)


def unheld_card_digits(text: str, methods: list[dict[str, Any]]) -> str | None:
    """Four digits the words give as a card's last four ("charge the card ending 1234", "ja mit der 1234er Karte")
    that none of the customer's saved methods ends in, unless ruled out ("not the 1234"): the method meant is not
    held, and no other may stand in for it without a word. None when the digits are held or none are named."""
    lowered = text.lower()
    excluded = _excluded_ranges(lowered)
    held = {m.get("last_four") for m in methods if m.get("last_four")}
    words = lexicon()
    cues = [words.patterns["card_digit_cues"], words.patterns["card_brands"],
            words.grouped["payment_kinds"]["credit_card"]]
    for match in _CARD_DIGITS.finditer(lowered):
        if match.group(0) in held or any(s <= match.start() < e for s, e in excluded):
            continue
        before, after = lowered[max(0, match.start() - 30):match.start()], lowered[match.end():match.end() + 12]
        # the cue in the digits' own sentence, and no street number ("…not the gift card. oh and it should go to
        # 1200 Congress Avenue")
        before = re.split(r"[.!?;:]\s", before)[-1]
        if _STREET_AFTER.match(lowered, match.end()):
            continue
        if any(cue.search(before) for cue in cues) or re.match(r"(?:er)?\s*(?:card|karte|carte|tarjeta)", after):
            return match.group(0)
    return None


def typed_method_ids(text: str, methods: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """The saved-method ids the words type ("what's on gift_card_4855547?"): the customer's own, and the others
    (another customer's, or none at all: which, is never said; attack20 A4)."""
    typed = list(dict.fromkeys(match.group(0).lower() for match in _METHOD_ID.finditer(text)))
    held = {str(m.get("id", "")).lower() for m in methods}
    return [i for i in typed if i in held], [i for i in typed if i not in held]


def unheld_payment_id(text: str, methods: list[dict[str, Any]]) -> str | None:
    """A payment method id the words give ("auf meine Visa credit_card_9000001") that is none of the customer's
    saved methods (another customer's, or made up): never used, and no other may stand in for it without a word."""
    return next(iter(typed_method_ids(text, methods)[1]), None)


def unheld_kind(text: str, methods: list[dict[str, Any]]) -> str | None:
    """A payment kind the words name ("my gift card", "paypal", "ma carte bancaire") that none of the customer's
    saved methods is, unless ruled out ("not the gift card"): the kind ("gift_card", "paypal", "credit_card"), or
    None when every kind named is held or none is named."""
    lowered = text.lower()
    excluded = _excluded_ranges(lowered)
    kinds = lexicon().grouped["payment_kinds"]
    held = {m.get("source") for m in methods}
    taken = [span for source in ("gift_card", "paypal") for span in _spans(kinds[source], lowered)]
    for source, pattern in kinds.items():
        if source in held:
            continue
        for start, _ in _spans(pattern, lowered):
            inside_another = source == "credit_card" and any(s <= start < e for s, e in taken)  # "gift card"
            if not inside_another and not any(s <= start < e for s, e in excluded):
                return source
    return None


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


# A bare negation opening a clause after the method wanted ("on the gift card, not paypal", "sur la carte cadeau,
# pas paypal", "auf die Geschenkkarte, nicht PayPal") rules out what follows it as the exclusion words do.
_NEGATED_CLAUSE = re.compile(r"[,;]\s*(?:not|pas|nicht|no)\s+(?=\w)", re.I)


def _excluded_ranges(text: str) -> list[tuple[int, int]]:
    """Where the words rule a method out: from an exclusion ("not the", "pas la", "statt") to the end of its clause,
    and a clause that ends in a negation ("la mastercard no, mejor paypal", "PayPal nicht, lieber ...")."""
    ranges = []
    for match in [*lexicon().patterns["payment_exclusions"].finditer(text), *_NEGATED_CLAUSE.finditer(text)]:
        end = _CLAUSE_END.search(text, match.end())
        ranges.append((match.start(), end.start() if end else len(text)))
    for match in lexicon().patterns["payment_exclusions_after"].finditer(text):
        if not _AT_CLAUSE_END.match(text, match.end()):
            continue
        starts = [clause.end() for clause in _CLAUSE_END.finditer(text, 0, match.start())]
        ranges.append((starts[-1] if starts else 0, match.start()))
    return ranges


def without_ruled_out(text: str) -> str:
    """The words with every method they rule out blanked ("non, pas la carte cadeau, mon paypal" -> "non, ,
    mon paypal"): what is left names the method meant."""
    kept = list(text)
    for start, end in _excluded_ranges(text.lower()):
        kept[start:end] = " " * (end - start)
    return "".join(kept)


def _says_same_as_order(text: str, excluded: list[tuple[int, int]], alone: bool) -> bool:
    """The words point at the order's own method ("the same card I paid with", "dieselbe Zahlungsart"); "the same
    one" said alone counts only where `alone` (the answer to which method should pay)."""
    words = lexicon().patterns
    found = [*words["payment_same_as_order"].finditer(text)]
    if alone:
        found += [*words["payment_same_alone"].finditer(text)]
    return any(not any(s <= match.start() < e for s, e in excluded) for match in found)


def ground_payment(text: str, methods: list[dict[str, Any]], *, original_id: str | None = None,
                   same_alone: bool = False) -> PaymentChoice:
    """The saved method the words choose. Mentions after "rather than"/"instead of"/"au lieu de" rule a method
    out; a kind that fits several methods ("my card" with two cards) gives the candidates. `original_id`: the
    order's own method, chosen by "the same card I paid with" (when it fits what else the words name)."""
    lowered = text.lower()
    same = original_id is not None and _says_same_as_order(lowered, _excluded_ranges(lowered), same_alone)
    original = next((m for m in methods if m["id"] == original_id), None) if same else None
    choice = _ground_named(lowered, methods)
    if original is not None and (not choice.candidates and choice.method is None
                                 or original in choice.candidates or choice.method == original):
        return PaymentChoice(method=original, named=True)
    return choice


def _ground_named(lowered: str, methods: list[dict[str, Any]]) -> PaymentChoice:
    excluded = _excluded_ranges(lowered)
    chosen: list[dict[str, Any]] = []
    ruled_out: set[str] = set()
    # in the order they are said: a correction takes back only what was named before it ("the credit card... hmm
    # no, paypal": the kinds are looked for one after the other, so PayPal is found before the card)
    mentions = sorted(_mentions(lowered, methods), key=lambda mention: mention[0])
    for index, (start, fits) in enumerate(mentions):
        # a method ruled out after it is no correction of it ("sur ma carte cadeau plutôt que sur la Discover")
        if any(corrects_itself(lowered[start:later]) for later, _ in mentions[index + 1:]
               if later > start and not any(s <= later < e for s, e in excluded)):
            ruled_out.update(fit["id"] for fit in fits if len(fits) == 1)
            continue  # "the gift card… no wait, the credit card": the method named after the correction is meant
        if any(s <= start < e for s, e in excluded):
            if len(fits) == 1:
                ruled_out.add(fits[0]["id"])
            continue
        chosen.extend(fits)
    ids = {m["id"] for m in chosen} - ruled_out
    precise = [fits[0]["id"] for start, fits in mentions if len(fits) == 1 and fits[0]["id"] in ids]
    if len(ids) > 1 and len(set(precise)) == 1:
        ids = set(precise)  # "the visa card": brand and kind both fit; the brand says which
    candidates = [m for m in methods if m["id"] in ids]
    if len(candidates) == 1:
        return PaymentChoice(method=candidates[0], named=True)
    return PaymentChoice(candidates=candidates, named=bool(mentions))


def describe_payment(method: dict[str, Any], language: str = "en") -> str:
    """A method as the customer knows it: "PayPal", "Visa ending 4242", "gift card (balance $50.00)"."""
    words = lexicon().in_language("payment_descriptions", language)
    source = str(method.get("source", "unknown"))
    if source == "credit_card":
        brand = (method.get("brand") or "card").title()
        if not method.get("last_four"):
            return brand
        return words["credit_card"].format(brand=brand, last_four=method["last_four"])
    if source == "gift_card":
        if method.get("balance_cents") is None:
            return words["gift_card"].split(" (")[0]
        return words["gift_card"].format(balance=format_money(method["balance_cents"], language))
    return words.get(source, words["unknown"])
