"""An action the customer says they do not want ("I really don't want to exchange it", "je ne veux pas l'échanger",
"no quiero cambiarla", "ich will das gar nicht umtauschen"): a negation a few words before a word of that action.
Used to take back a wish (a swap said negated is no swap) and to end a proposal that names that action."""

from __future__ import annotations

import re

from assistant.grounding.lexicon import lexicon

NEGATION = re.compile(
    r"(?<!\w)(?:not|no|never|don'?t|doesn'?t|won'?t|ne|n'\w*|pas|jamais|ni|nunca|nicht|nichts|nix|kein\w*|nein)(?!\w)",
    re.I)
REACH = 4  # words between a negation and the action it negates
# The lexicon's words for the action a proposed write performs.
ACTION_WORDS = {
    "cancel_pending_order": ("cancel_words",),
    "return_delivered_order_items": ("return_words",),
    "exchange_delivered_order_items": ("variant_wishes",),
    "modify_pending_order_items": ("variant_wishes",),
}


_CLAUSE = re.compile(r"[,.;:!?¡¿]")


def _negated(text: str, match: re.Match[str]) -> bool:
    """A negation in the same clause, a few words before: "no, size L instead" answers no and then asks for L."""
    clause = _CLAUSE.split(text[:match.start()])[-1]
    return any(NEGATION.fullmatch(word) for word in clause.split()[-REACH:])


def unnegated(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The words of `pattern` that no negation a few words before takes back."""
    return [match for match in pattern.finditer(text) if not _negated(text, match)]


def refuses_action(text: str, tool: str) -> bool:
    """The words negate the action of the proposed write `tool`, and never ask for it plainly."""
    patterns = [lexicon().patterns[name] for name in ACTION_WORDS.get(tool, ())]
    matches = [match for pattern in patterns for match in pattern.finditer(text)]
    return bool(matches) and all(_negated(text, match) or _followed_by_negation(text, match) for match in matches)


def _followed_by_negation(text: str, match: re.Match[str]) -> bool:
    """"lieber nicht", "rather not", "mejor no": a preference said negated."""
    after = text[match.end():].split()[:1]
    return bool(after) and NEGATION.fullmatch(after[0].strip(",.;:!?")) is not None
