"""A yes whose own words take it back ("yes I do not want to cancel", "sí, no quiero cancelarlo", "yes i dont want
that") or hang it on a condition ("oui si c'est gratuit", "ja, wenn's nix extra kostet"): the words agree and refuse,
or agree to something else than what is proposed. Nothing is written on them, and the proposal, with its amount, is
asked again.

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


# "if it's free", "si c'est gratuit", "si no cuesta más", "wenn's nix kostet": a yes on a condition is no yes yet.
# (Spanish "si" alone or before a comma is the unaccented yes: "si, hazlo".)
_CONDITION = re.compile(
    r"(?<!\w)(?:if|as long as|only if|provided|"
    r"si\s+(?:c'|c\s|ça|ca\b|il|elle|ce\b|y\s+a|le\s+prix|es\b|no\s|sale|cuesta|hay|me\s+cobr|el\s+precio)|"
    r"s'il(?!\s+(?:vous|te|v)\s*pla)|à condition|a condition|tant que|pourvu que|"
    r"siempre que|siempre y cuando|con tal de que|mientras\s+no|"
    r"wenn|wenns|falls|solange|sofern)", re.I)


def _says_yes(text: str) -> bool:
    return any("yes" in kinds for kinds in read_phrases(split_words(normalise(text))))


def yes_taken_back(text: str, tool: str) -> bool:
    """The words say yes and also refuse the proposed write `tool` (its action negated, a decline, the proposal
    not wanted) or set a condition on it: not a yes."""
    if not _says_yes(text):
        return False
    return (refuses_action(text, tool) or declines(text) or _NOT_WANTED.search(text) is not None
            or _CONDITION.search(text) is not None)
