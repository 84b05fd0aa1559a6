"""A yes whose own words take it back ("yes I do not want to cancel", "sí, no quiero cancelarlo", "yes i dont want
that") or hang it on a condition ("oui si c'est gratuit", "ja, wenn's nix extra kostet"): the words agree and refuse,
or agree to something else than what is proposed. Nothing is written on them, and the proposal, with its amount, is
asked again. The words are in `prompts/consent/<language>.yaml` (`not_wanted`, `conditions`); a reason given with
a yes ("sí, ya no lo necesito", "yes I don't need it anymore") is no refusal of the write.

Checked where a yes carries out a write (`steps/confirm.py`, `steps/orders.py`), after every reading that may have
taken the words for a yes (a restated proposal, a yes with content, a yes with a method): whichever of them read the
yes, a refusal in the same words wins over it.
"""

from __future__ import annotations

from assistant.consent import declines
from assistant.consent_vocabulary import normalise, read_phrases, says_not_wanted, sets_a_condition, split_words
from assistant.grounding.negations import refuses_action


def says_yes(text: str) -> bool:
    """A yes is among the words (whatever else they say)."""
    return any("yes" in kinds for kinds in read_phrases(split_words(normalise(text))))


def yes_taken_back(text: str, tool: str) -> bool:
    """The words say yes and also refuse the proposed write `tool` (its action negated, a decline, the proposal
    not wanted) or set a condition on it: not a yes."""
    if not says_yes(text):
        return False
    return refuses_action(text, tool) or declines(text) or says_not_wanted(text) or sets_a_condition(text)
