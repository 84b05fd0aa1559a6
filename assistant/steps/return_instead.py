"""A change of mind inside a swap: "no wait, I'll just return it", "non attendez, je préfère les renvoyer", "no,
espera, mejor la devuelvo", "nee, ich schick ihn lieber zurück". Said while an item swap (an exchange or a change of
a pending order's item) waits for its yes or its details, the return replaces the swap and is itself proposed for
the same item: never the swap's yes/no question again, never a later yes that writes the swap."""

from __future__ import annotations

import re

from assistant.grounding.item_changes import names_options
from assistant.grounding.lexicon import lexicon
from assistant.grounding.payments import names_payment
from assistant.models.contracts import Intent
from assistant.state import ConversationState
from assistant.steps.changed_detail import SWAP_TOOLS
from assistant.steps.method_question_replies import asks_how_to_send_back
from assistant.steps.order_changes import REFUSED_ITEMS_SLOT, SWAP_ITEMS_SLOT

RETURN_INTENT = Intent.RETURN_ITEM
# The verbs of sending back or refunding in any form, pronouns joined on ("devuélvelos", "devolvérselo",
# "renvoyez-les", "retournerai", "reembólsamelo", "zurückschicken", "erstattet"), read by their stems where the
# phrase list holds only some forms.
_RETURN_VERB = re.compile(
    r"\b(?:devu[eé]lv\w*|devolv\w*|renvoy\w*|renvoi[es]?\b|retourn\w*"
    r"|zur(?:ü|ue)ck(?:geb|gib|schick|send)\w*)", re.I)
_REFUND_VERB = re.compile(r"\b(?:reemb[oó]ls(?:a|ar|e)\w*|rembours(?:ez|er)\w*|rembourse\b|erstatte[nt]?\b)", re.I)
_REFUND_WORD = re.compile(r"\brefund", re.I)
# (never the nouns: "remboursement", "reembolso", "Erstattung" may say where a swap's difference goes)


def return_instead(state: ConversationState) -> bool:
    """An item swap is in progress, and the turn asks to send the item back instead (and names no new variant)."""
    pending = state.get("pending") or {}
    topic = state.get("topic") or {}
    # or one just refused as not payable (its items kept: `REFUSED_ITEMS_SLOT`)
    swapping = pending.get("tool") in SWAP_TOOLS or bool(
        (topic.get("slots") or {}).get(SWAP_ITEMS_SLOT) or (topic.get("slots") or {}).get(REFUSED_ITEMS_SLOT))
    if not swapping:
        return False
    text = (state.get("incoming") or {}).get("text", "")
    if asks_how_to_send_back(text):
        return False  # "how do I send it back and how much do I get?" during an exchange: asked, no return wanted
    # "refund the difference to paypal" pays the swap's difference: it sends nothing back
    difference = re.search(r"\b(?:difference|différence|diferencia|differenz|unterschied)\b", text, re.I)
    # "ok alors remboursez sur la visa" to the question which method takes a lower price's difference: a refund
    # verb with a method names where the difference goes, it sends nothing back
    refund = _REFUND_VERB.search(text) is not None and not names_payment(text)
    said = lexicon().patterns["return_instead_words"].search(text)
    if said and _REFUND_WORD.search(said.group(0)) and names_payment(text):
        said = None  # "yes, but only if you refund me to PayPal": where the difference goes, nothing sent back
    words = said or _RETURN_VERB.search(text) or refund
    return bool(words) and not names_options(text) and not difference
