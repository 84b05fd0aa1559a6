"""Whether the customer's reply to a proposed write is an explicit yes or no, read in code.

A model may understand "hmm, maybe" as agreement; a write needs more than that. Only a reply that is a
clear yes (English, French, Spanish or German, with a few polite words around it) lets the confirm step
act; a clear no declines; anything else is asked again. The Yes/No buttons send "Yes" and "No".
"""

from __future__ import annotations

import re
from typing import Literal

# The English words are shared with the resolver's yes/no patterns (assistant/models/resolver/patterns.py).
ENGLISH_YES = (
    r"y|yes|yeah|yep|yup|sure|ok|okay|correct|confirm(?:ed)?|right|absolutely|definitely|of course"
    r"|please do|go ahead|do it|sounds good|that'?s right|that works|fine"
)
ENGLISH_NO = r"n|no|nope|nah|no thanks|no thank you|don'?t|do not|cancel that|never ?mind|not really|not now"
_YES = (
    rf"{ENGLISH_YES}|"
    r"oui|ouais|d'accord|bien sûr|exactement|je confirme|vas-y|allez-y|"
    r"sí|si|claro|vale|de acuerdo|confirmo|adelante|por supuesto|"
    r"ja|jawohl|genau|klar|einverstanden|ich bestätige|gerne|sicher|mach das|machen sie das"
)
_NO = (
    rf"{ENGLISH_NO}|"
    r"non|non merci|pas maintenant|"
    r"no gracias|ahora no|"
    r"nein|nein danke|lieber nicht|jetzt nicht"
)
_POLITE = r"please|thanks|thank you|merci|s'il vous plaît|por favor|gracias|bitte|danke|thx"
# A few more words may follow a yes ("yes, cancel it"), but not ones that take it back.
_HEDGE = re.compile(
    r"\b(?:not|no|n't|maybe|perhaps|wait|but|unless|if|later|hmm+|peut-être|pas|mais|quizás|tal vez|pero|"
    r"vielleicht|nicht|aber|warte)\b",
    re.I,
)
_TAIL = r"(?:[\s,.!;:]+[\w'’-]+){0,5}"
YES = re.compile(rf"^\s*(?:{_YES})(?:[\s,]+(?:{_YES}|{_POLITE}))*{_TAIL}\s*[.!]*\s*$", re.I)
NO = re.compile(rf"^\s*(?:{_NO})(?:[\s,]+(?:{_NO}|{_POLITE}))*{_TAIL}\s*[.!]*\s*$", re.I)

Answer = Literal["yes", "no"]


def explicit_answer(text: str) -> Answer | None:
    """'yes' or 'no' when the reply says so plainly; None when it is unclear or hedged."""
    if NO.match(text):
        return "no"
    if YES.match(text) and not _HEDGE.search(text):
        return "yes"
    return None
