"""Issue 17's CPU target (evals/bench/load/REPORT.md Run 25): readers made cheaper answer exactly as before, on
every customer turn of the shipped suites (four languages) and on texts made to reach each shortcut's edge."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest
import yaml

from assistant.grounding import requested_action
from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.item_changes import (
    asks_for_swap,
    fits_badly,
    names_options,
    settles_a_difference,
    wishes_a_swap,
)
from assistant.grounding.items import nouns_said
from assistant.grounding.lexicon import lexicon
from assistant.grounding.option_labels import asks_another_option
from assistant.grounding.option_words import names_option_value
from assistant.grounding.reasons import _reason_with_a_slip, _slip_words, one_slip, read_cancel_reason
from assistant.grounding.relative_sizes import size_step

SUITES = Path(__file__).resolve().parents[3] / "evals" / "suites"
EDGES = ["Grün", "weiß", "Caf&eacute; noir", "R&amp;B", "Chaz Kangeroo Hoodie™", "don’t", "ÉCHANGER", "ﬁne",
         "ordered it by mitsake", "aus vereshen bestellt", "por equivocasion", "I dont neeed it anymore", "", "  "]


@cache
def customer_texts() -> tuple[str, ...]:
    """Every customer turn's text in the shipped suites, in file order."""
    texts: list[str] = []
    for path in sorted(SUITES.glob("*.yaml")):
        suite = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in (suite or {}).get("cases") or []:
            texts += [turn["text"] for turn in (case.get("user") or {}).get("turns") or [] if turn.get("text")]
    return tuple(texts)


def _fold_before(text: str) -> str:  # fold as it was before its ASCII shortcut
    text = html.unescape(text).replace("\u00ae", "").replace("\u2122", "").replace("\u2019", "'")
    text = unicodedata.normalize("NFKD", text.lower().replace("\u00df", "ss"))
    return "".join(character for character in text if not unicodedata.combining(character))


def _slip_before(text: str) -> str | None:  # _reason_with_a_slip as it was before its words were kept by length
    said = {word for word in re.findall(r"\w+", text.lower()) if len(word) >= 6}
    for reason, words in _slip_words().items():
        if any(one_slip(typed, word) for typed in said for word in words):
            return reason
    return None


def _swap_before(text: str) -> bool:  # asks_for_swap as it was before it read the wish first
    named = names_options.__wrapped__(text) or lexicon().patterns["option_name_words"].search(text) is not None
    settled = settles_a_difference(text) and bool(nouns_said(text))
    return fits_badly(text) or asks_another_option(text) or ((wishes_a_swap.__wrapped__(text) or settled) and named)


def _new_variant_before(text: str) -> bool:  # asks_for_new_variant as it was before it read the wish first
    text = requested_action._STREET.sub(" ", requested_action.ADDRESS.sub(" ", text))
    if size_step(text) or fits_badly(text):
        return True
    return requested_action.names_new_value(text) and (requested_action.says_replacement(text)
                                                       or wishes_a_swap.__wrapped__(text))


def test_the_corpus_is_the_four_languages_suites() -> None:
    texts = customer_texts()
    assert len(texts) > 5000
    assert any("commande" in t for t in texts) and any("pedido" in t for t in texts)
    assert any("Bestellung" in t for t in texts)


def test_fold_reads_every_turn_as_before() -> None:
    for text in [*customer_texts(), *EDGES]:
        assert fold(text) == _fold_before(text), text


def test_a_slip_is_read_as_before() -> None:
    for text in [*customer_texts(), *EDGES]:
        assert _reason_with_a_slip(text) == _slip_before(text), text


def test_a_swap_is_asked_for_as_before() -> None:
    for text in [*customer_texts(), *EDGES]:
        assert asks_for_swap.__wrapped__(text) == _swap_before(text), text


def test_a_new_variant_is_asked_for_as_before() -> None:
    for text in [*customer_texts(), *EDGES]:
        assert requested_action.asks_for_new_variant(text) == _new_variant_before(text), text


@pytest.mark.parametrize("reader", [asks_for_swap, names_options, names_option_value, read_cancel_reason,
                                    wishes_a_swap])
def test_a_kept_reading_is_the_readers_own_whatever_was_read_before(reader: object) -> None:
    """Each text read twice in a row (the second answer is the kept one) and after another text: the answer is the
    reader's own (`__wrapped__`, nothing kept)."""
    texts = [*customer_texts(), *EDGES]
    own = reader.__wrapped__  # type: ignore[attr-defined]
    for previous, text in zip([*texts[1:], texts[0]], texts, strict=True):
        reader(previous)  # type: ignore[operator]
        expected = own(text)
        assert reader(text) == expected, text  # type: ignore[operator]
        assert reader(text) == expected, text  # type: ignore[operator]
