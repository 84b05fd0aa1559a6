"""A yes whose own words take it back ("yes I do not want to cancel", "sí, no quiero cancelarlo", "yes i dont want
that"): the words agree and refuse at once. Nothing is written on them, and the proposal is asked again.

Checked where a yes carries out a write (`steps/confirm.py`, `steps/orders.py`), after every reading that may have
taken the words for a yes (a restated proposal, a yes with content, a yes with a method): whichever of them read the
yes, a refusal in the same words wins over it.
"""

from __future__ import annotations

import re

from assistant.consent import declines
from assistant.consent_vocabulary import normalise, read_phrases, split_words
from assistant.grounding.negations import refuses_action

# "I don't want that", "je ne veux pas ça", "no quiero eso", "das will ich nicht": the proposal itself not wanted.
# (A reason given with a yes, "sí, ya no lo necesito", "yes I don't need it anymore", is no refusal of the write.)
_NOT_WANTED = re.compile(
    r"(?<!\w)(?:(?:do\s*n[o']?t|do not|don t)\s+want\s+(?:that|this)"
    r"|(?:ne\s+)?veux\s+pas\s+(?:ça|ca|cela)"
    r"|no\s+quiero\s+(?:eso|esto)"
    r"|(?:will|möchte|moechte|mochte)\s+(?:ich\s+)?(?:das|dies)\s+nicht"
    r"|(?:das|dies)\s+(?:will|möchte|moechte|mochte)\s+ich\s+nicht)(?!\w)", re.I)


def _says_yes(text: str) -> bool:
    return any("yes" in kinds for kinds in read_phrases(split_words(normalise(text))))


def yes_taken_back(text: str, tool: str) -> bool:
    """The words say yes and also refuse the proposed write `tool` (its action negated, a decline, the proposal
    not wanted): not a yes."""
    if not _says_yes(text):
        return False
    return refuses_action(text, tool) or declines(text) or _NOT_WANTED.search(text) is not None
