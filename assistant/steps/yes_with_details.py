"""A yes that adds details matching the proposal it answers ("sí, la negra" to a swap to black, "yes, the hiking
boots in size 9", "ja, die Rücksendung der Wanderstiefel"): a yes to that very proposal. Every word beyond the yes
must say something the proposal says (its item, new options, order, amount, payment method), in the customer's
language or the store's; a detail the proposal does not say ("yes, in red" to a swap to black) is no yes, and the
customer is asked again. The old options of a swap are not the proposal's: "yes, the silver one" is no yes to
replacing the silver one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant.consent_details import yes_then_more, yes_with_details
from assistant.consent_vocabulary import normalise, read_spans, split_words
from assistant.grounding.candidates import filler_words, shares_a_cognate, words_of
from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.hold_words import says_to_wait
from assistant.grounding.items import name_words
from assistant.grounding.lexicon import lexicon
from assistant.grounding.option_words import option_words, part_of
from assistant.grounding.orders import order_numbers
from assistant.grounding.proposal_question import has_question_word
from assistant.state import Pending
from assistant.steps.addresses import ADDRESS
from assistant.steps.changed_detail import SWAP_TOOLS

# Proposals that write new options: a colour or size said with their yes must be one they write.
# Proposals that write a place: any place said with their yes must be the one they write.
ADDRESS_WRITES = {"modify_pending_order_address", "modify_customer_address", "modify_user_address"}
# Words a destination follows ("ship it to …", "envíalo a …", "livrez-la au …", "an … liefern", "nach …").
_DESTINATION = frozenset({"to", "a", "au", "an", "nach"})
# The facts of a proposal that say what it writes (never `old_options`: what a swap replaces).
PROPOSED_FACTS = ("order_id", "item", "items", "new_options", "amount", "refund_to", "payment", "reason", "what",
                  "new_value", "new_address", "difference")


def _described(pending: Pending) -> tuple[set[str], set[str]]:
    """The proposal's words (folded) and the product-name words of its items."""
    facts: dict[str, Any] = pending.get("reply_facts") or {}
    said = [facts[key] for key in PROPOSED_FACTS if key in facts]
    texts = [" ".join(map(str, value)) if isinstance(value, list) else str(value) for value in said]
    items = [facts.get("item") or "", *(facts.get("items") or [])]
    return set(words_of(" ".join(texts))), {word for name in items for word in name_words(str(name))}


def _colour_said(word: str, described: set[str]) -> bool:
    """A colour word in any language ("negra", "grau") for a colour the proposal names ("black", "grey")."""
    found = lexicon()
    return any(pattern.fullmatch(word) and (fold(colour) in described or described & {fold(w) for w in
                                                                                         found.colours[colour]})
               for colour, pattern in found.grouped["colours"].items())


def _item_nouns(item_words: set[str]) -> set[str]:
    """The words customers call the proposal's items by, in four languages ("cámara" for a camera), folded."""
    return {word for noun, phrases in lexicon().item_nouns.items() if name_words(noun) & item_words
            for phrase in phrases for word in words_of(phrase)}


def _parts_changed(pending: Pending) -> list[re.Pattern[str]]:
    """The words of the parts whose option the proposal changes ("montura", "Gestell" for a frame colour)."""
    keys = (pending.get("reply_facts") or {}).get("changed_options") or []
    parts = {part for key in keys if (part := part_of(str(key)))}
    return [option_words().part_patterns[part] for part in sorted(parts)]


@dataclass(frozen=True)
class _ProposalWords:
    """What a proposal says, in the words a reply could say it with."""

    described: set[str]  # the proposal's own words, folded
    nouns: set[str]  # what customers call its items, in four languages
    parts: list[re.Pattern[str]]  # the parts whose option it changes
    options: frozenset[str] = frozenset()  # the words of the new options it writes

    def says(self, word: str) -> bool:
        described = self.described
        return (word in filler_words() or word in described or word in self.nouns
                or shares_a_cognate(word, described) or (word.isdigit() and any(d.endswith(word) for d in described))
                or _colour_said(word, described) or any(part.fullmatch(word) for part in self.parts)
                or _size_said(word, self.options))


def _size_said(word: str, options: frozenset[str]) -> bool:
    """A size word in any language ("klein", "pequeña", "grand") for a size the proposal writes ("small", "S")."""
    return any(pattern.fullmatch(word) and any(pattern.fullmatch(option) for option in options)
               for pattern in lexicon().grouped["sizes"].values())


def proposal_words(pending: Pending, *, bare_ids: bool = False) -> _ProposalWords:
    """The proposal's words; with `bare_ids`, its order number also without its "#"."""
    described, item_words = _described(pending)
    if bare_ids:
        described |= {word.lstrip("#") for word in described}
    options = frozenset(words_of(str((pending.get("reply_facts") or {}).get("new_options") or "")))
    return _ProposalWords(described, _item_nouns(item_words), _parts_changed(pending), options)


def yes_restating_the_proposal(text: str, pending: Pending | None) -> bool:
    """The reply is a yes whose every other word says what the proposal says."""
    if not pending:
        return False
    extra = yes_with_details(text, tool=pending.get("tool"))
    if not extra:
        return False
    said = proposal_words(pending)
    words = [w for chunk in extra for w in words_of(chunk)]
    return bool(words) and all(said.says(word) for word in words)


def _item_word(word: str) -> bool:
    """A word customers call a product by, in any language ("kettle", "bouilloire", "Wasserkocher")."""
    return any(pattern.fullmatch(word) for pattern in lexicon().grouped["item_nouns"].values())


def _option_word(word: str) -> bool:
    found = lexicon()
    return any(pattern.fullmatch(word) for table in ("colours", "sizes") for pattern in found.grouped[table].values())


def _says_something_else(word: str, pending: Pending, said: _ProposalWords) -> bool:
    """A word of the reply's own content that names what the proposal does not: another product, a number or
    (for a swap) another colour or size. Other words (a reason, thanks, "send me the confirmation") change
    nothing the write does."""
    if said.says(word):
        return False
    if any(ch.isdigit() for ch in word) or _item_word(word):
        return True
    return pending.get("tool") in SWAP_TOOLS and _option_word(word)


def names_another_product(text: str, pending: Pending) -> bool:
    """The words name a product (by a word customers call products by, in any language) that the proposal's items
    are not: "yes and the desk lamp too" to a return of the wall clock."""
    said = proposal_words(pending)
    return any(_item_word(word) and not said.says(word) for word in words_of(text))


def yes_with_content(text: str, pending: Pending | None) -> bool:
    """The reply opens with a yes to this proposal and goes on in words of its own that the proposal's data does
    not contradict: the cancellation's reason, thanks, "and send me the tracking", the order's own number ("yes
    cancel order #W… please"), "le remboursement sur la carte" (the method is checked against the proposal by
    the caller, `proposal_questions.method_named_is_proposed`). Any other order number, product, or a swap's
    other colour or size is no yes, nor any word an address change does not write: the customer is asked again."""
    if not pending:
        return False
    extra = yes_then_more(text, tool=pending.get("tool"))
    if not extra or has_question_word(text) or says_to_wait(text):
        return False  # "ok and when do I get it": a question, answered before any yes is read; "passt, danke –
        # ich denk nochmal drüber nach": put off, no yes
    proposed = str((pending.get("arguments") or {}).get("order_id") or "")
    if any(digits not in proposed for digits in order_numbers(text)):
        return False
    said = proposal_words(pending, bare_ids=True)
    words = [w for chunk in extra for w in words_of(chunk)]
    zip_code = str((pending.get("arguments") or {}).get("zip") or "")
    if pending.get("tool") in ADDRESS_WRITES and not _places_proposed(text, said, zip_code):
        return False  # "sí, envíalo a Austin", "yes, 12 Elm Street": a street or town not proposed is no yes
    return not any(_says_something_else(word, pending, said) for word in words)


def _places_proposed(text: str, said: _ProposalWords, zip_code: str = "") -> bool:
    """Every place the reply names (a number and the words after it, the word after a destination word, a street
    written out) is the proposal's; thanks and other words of its own ("yes that's the right address ty") name no
    place, nor the words after the proposal's own zip code ("yep boise 83702 is correct")."""
    words = words_of(text)
    if ADDRESS.search(text) is not None:
        return all(said.says(word) for word in words)
    # the proposal's own zip code ends the address it writes: the words after it ("83702 is correct") are no place
    starts = [i for i, word in enumerate(words) if word in _DESTINATION or (
        any(ch.isdigit() for ch in word) and not (zip_code and word == zip_code))]
    placed = {i + step for i in starts for step in range(3) if i + step < len(words)}
    answer = _answer_words(text)  # "yep boise 83702 is correct": the words after a place that agree name none
    return all(said.says(words[i]) or words[i] in answer for i in placed)


def _answer_words(text: str) -> set[str]:
    """The words of the reply the consent vocabulary reads as a yes, a polite word or a filler of an answer
    ("correct", "c'est bien ça", "genau", "thanks"), folded like `words_of`."""
    words = split_words(normalise(text))
    found: set[str] = set()
    position = 0
    for length, kinds in read_spans(words):
        if kinds & {"yes", "polite", "object"}:
            found.update(w for word in words[position:position + length] for w in words_of(word))
        position += length
    return found


def yes_with_plain_content(text: str, tool: str | None) -> bool:
    """A yes with words of its own that name no product, colour, size or number ("sí, y la diferencia me la
    cobras", once the method's words are taken out): read where no proposal is there yet to check them against."""
    extra = yes_then_more(text, tool=tool)
    return bool(extra) and not any(any(ch.isdigit() for ch in word) or _item_word(word) or _option_word(word)
                                   for chunk in extra or [] for word in words_of(chunk))
