"""A question about an item change already proposed, or waiting for the method settling its difference, that names
an option value or asks a property of the item (attack20 A1, A2, A23; fresh20 F3, F8): "is the red one dearer?",
"ist das lilane teurer?", "¿la morada es más cara?", "gibt es die auch in rot?", "is it leather?", "c'est du coton ?",
"¿son impermeables?". It is answered and the swap kept as proposed: a value named only in a question is never
chosen. A value said as a statement ("ok then the red one", "alors en rouge", "dann in Rot"), asked for ("can I have
it in red instead?") or offered with no question word ("what about red?", "and in red?") still changes the swap.

The words are data (prompts/option_questions.vN.yaml: `openers`, `price_words`, `stock_words`, `request_openers`,
`option_names` and `copulas`, which make "is it leather?" ask whether the item is)."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel

from assistant.grounding.catalog_questions import read_question
from assistant.grounding.item_changes import names_options
from assistant.grounding.kept_options import ruled_out_spans
from assistant.grounding.option_questions import (
    clauses_of,
    opens_a_question,
    opens_a_request,
    option_question_patterns,
    options_named,
    sentences_of,
    switch_said,
)

# what a product question may ask of the item itself ("is it wool?", "is it waterproof?")
PROPERTY_KINDS = frozenset({"material", "warmth", "suitability", "care"})


class SwapQuestion(BaseModel):
    """The sentences asking, and whether any names an option value or asks a property (a bare "how much more is
    it?" is the proposal's own money, answered with it: `proposal_questions`)."""

    sentences: list[str] = []
    names_values: bool = False
    asks_property: bool = False

    def about_variants(self) -> bool:
        return self.names_values or self.asks_property


def _asks_property(sentence: str, names: bool) -> bool:
    """ "is it leather?", "c'est du coton ?", "sind die wasserdicht?": a copula with a value or a property word."""
    if not option_question_patterns()["copulas"].search(sentence.lower()):
        return False
    return names or bool(PROPERTY_KINDS & set(read_question(sentence).asks)) or "material" in options_named(sentence)


def swap_question(text: str, names_values: Callable[[str], bool] = names_options) -> SwapQuestion | None:
    """The question the words ask about the swap's variants or the item, or None when they ask none, or choose a
    value (a statement, a clause switching to one before the question, or a request naming one). `names_values`:
    whether a piece of text names an option value."""
    if ruled_out_spans(text):
        return None  # "non, pas blanc, noir ça existe ?": the value proposed ruled out, a change of mind
    patterns = option_question_patterns()
    question = SwapQuestion()
    for sentence in sentences_of(text):
        names = names_values(sentence)
        if not opens_a_question(sentence):
            if names:
                return None  # "ok then the red one. is it dearer?": red chosen
            continue
        if names and switch_said(sentence, names_values):
            return None  # "oh wait, the red one instead - is it cheaper?": red chosen, the price said with it
        prices = bool(patterns["price_words"].search(sentence))
        if opens_a_request(sentence) and not prices:
            if names:
                return None  # "can I have it in red instead?": a choice said as a question
            continue
        stock = bool(patterns["stock_words"].search(sentence))
        property_asked = _asks_property(sentence, names)
        if prices or stock or property_asked:
            question.sentences.append(sentence)
            question.names_values = question.names_values or names
            question.asks_property = question.asks_property or property_asked
        elif names and not options_named(sentence):
            return None  # "what about red?", "and in red?": the value offered for the swap
        # "what colours are there?" asks the option again, left to the swap (`changed_detail.asks_another_value`)
    return question if question.sentences else None


def asks_a_price(text: str) -> bool:
    """A clause of the words asks a price ("how much is it?", "il est moins cher ?", "¿cuánto cuesta?", "was kostet
    das?"), whatever else they say."""
    prices = option_question_patterns()["price_words"]
    return any(opens_a_question(clause) and prices.search(clause.lower())
               for sentence in sentences_of(text) for clause in clauses_of(sentence))
