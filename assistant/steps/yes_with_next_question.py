"""A photo complaint's remedy answered with a plain yes and, after it, a question about what comes next (photo29):
"yes please. how long does that usually take?", "ok go ahead. will i get an email about it?", "si, hazlo. cuánto
tarda?", "oui ok. ça prend combien de temps en général ?". The yes opens the message in a sentence of its own and
the rest only asks what follows the remedy (its next step or time, the email, the ticket): it agrees to nothing
else and sets no condition, so the remedy is carried out and its ticket opened (the ticket's line says the next step
and its time), and the question is answered from it. A question about the remedy's money, method or sending back
("yes, but how much do I get back?"), a hedge ("yes but how long…"), or a proposal that is no complaint's remedy
keep the older reading: answered, and the proposal asked again (steps/proposal_questions.py)."""

from __future__ import annotations

import re

from assistant.consent import explicit_answer, hedges
from assistant.grounding.next_step_questions import asks_what_comes_next
from assistant.grounding.ticket_questions import ticket_facts_asked
from assistant.state import Pending

# A remedy offered for a photo complaint (steps/remedies.py): its reply key after the write
REMEDY_REPLY = "remedy_done"
_SENTENCE_ENDS = re.compile(r"[.!,;:]+\s*")


def split_yes(text: str, tool: str) -> tuple[str, str] | None:
    """The longest opening sentence (or clause) that is a plain yes to `tool`, and the words after it; None when
    the message opens with no yes or says nothing after it."""
    found = None
    for end in _SENTENCE_ENDS.finditer(text):
        head, rest = text[: end.start()], text[end.end() :]
        if rest.strip() and explicit_answer(head, tool=tool) == "yes":
            found = (head, rest)
    return found


def question_after_the_yes(text: str, pending: Pending) -> str | None:
    """The question that follows a plain yes to a complaint's remedy and only asks what follows it; None else."""
    if pending.get("reply_key") != REMEDY_REPLY or pending.get("first"):
        return None
    split = split_yes(text, pending.get("tool", ""))
    if split is None:
        return None
    rest = split[1]
    if hedges(rest) or explicit_answer(rest) is not None:
        return None
    return rest if asks_what_comes_next(rest) or ticket_facts_asked(rest) else None
