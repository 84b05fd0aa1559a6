"""Whether a turn complains about what arrived (damage, or not what was ordered), read from the per-language
complaint lexicons (`assistant/grounding/complaint_cues.py`); a photo with the turn counts as the arrival.

Read by the resolver, and by the understand step for every backend (`complaint_reading`): a model that reads
"wrong colour hoodie, look" + a photo as a product question, or "you sent me these trousers instead" as a return
of what was ordered, does not keep the photo from being triaged against the order."""

from __future__ import annotations

import re
from functools import cache

from assistant.grounding.catalog_lexicon import fold, load_lexicons
from assistant.grounding.catalog_questions import asks_for_alternatives, is_shopping_request, read_question
from assistant.grounding.colour_mismatch import says_colour_mismatch
from assistant.grounding.complaint_cues import ComplaintCues, ComplaintLexicon, complaint_cues
from assistant.grounding.lexicon import lexicon
from assistant.grounding.person_request import asks_for_a_person
from assistant.grounding.relations import without_relations
from assistant.models.contracts import Intent, TurnIntent

__all__ = ["ComplaintCues", "ComplaintLexicon", "complaint_cues", "complaint_reading", "reads_as_complaint"]

# Readings a complaint is misread as. Not overruled: a yes or a no (an answer to a proposal), a request for a
# person, and requests that act on an order whatever arrived (cancel, change, the saved address).
MISREADINGS = {Intent.GREET, Intent.PROVIDE_DETAILS, Intent.ORDER_STATUS, Intent.RETURN_ITEM, Intent.EXCHANGE_ITEM,
               Intent.PRODUCT_QUESTION, Intent.RECOMMEND, Intent.THANKS_BYE, Intent.OUT_OF_SCOPE}


@cache
def _option_word() -> re.Pattern[str]:
    """A colour or size word of any language's catalog lexicon ("vert", "grau", "XS", "talla")."""
    words = {fold(word) for lexicon in load_lexicons().values()
             for word in [*lexicon.colours, *lexicon.sizes, *lexicon.size_cues]}
    words |= {"xxs", "xs", "s", "m", "l", "xl", "xxl"}
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")


def reads_as_complaint(text: str, *, photo: bool) -> bool:
    """A complaint about what arrived: a mismatch or a damage, with something arrived (said, or a photo of it
    with a mismatch stated rather than asked);
    a damage alone when it is stated, not asked or shopped for ("does it tear easily?", "with thumb holes").
    "I got it in green, I had ordered grey" says a mismatch by naming what arrived and what was ordered; with a
    photo of what arrived, naming either is enough. A remedy asked by name (return, exchange, refund) or a
    parcel that never came is left to the intent reader."""
    said, cues = fold(text), complaint_cues()
    if cues.remedy.search(said) or _never_came(said, cues):
        return False
    received = cues.received.search(said) is not None
    if photo and says_colour_mismatch(text):  # "the top is green?? i picked blue" + a photo of it
        return True
    # "in another colour?" with a photo asks for the product in another colour: a mismatch is said, not asked.
    if cues.mismatch.search(said) and (received or (photo and "?" not in text)):
        return True
    if cues.damage.search(said):
        # "mon pantalon a un trou après deux lavages": the customer's own item with a damage is a complaint, even
        # with a word a product question also uses (washing reads as a care question)
        # and washing beside a damage is how it happened, not a care question ("¿se lava a mano?" asks)
        asked = bool(set(read_question(text).asks) - {"care"}) and not _own_item(text)
        stated = "?" not in text and not is_shopping_request(text) and not asked
        return photo or received or stated
    if photo and (_trouble_stated(text, said, cues) or _arrival_pictured(text, said, cues)):
        return True
    names_what = any(pattern.search(said) for pattern in (cues.ordered, cues.option_nouns, _option_word()))
    return received and names_what and (photo or cues.ordered.search(said) is not None)


def _never_came(said: str, cues: ComplaintCues) -> bool:
    """A parcel that never came ("pas reçu", "no me llegó"), unless those words are part of a mismatch said ("je
    n'ai pas reçu la bonne couleur", "no me llegó la talla correcta": something came, not the one ordered)."""
    missing = cues.not_arrived.search(said)
    mismatch = cues.mismatch.search(said)
    return missing is not None and not (mismatch and mismatch.start() <= missing.start() < mismatch.end())


def asks_without_a_problem(text: str) -> bool:
    """A question naming no problem: no damage, mismatch, arrival, trouble or missing parcel in any language
    ("Was heißt :status und :cancel bei euch?", "j'ai un code promo, je le mets où ?"). The prototypes alone may
    still read such a turn as a complaint, far from every example (fresh17 F7): it never is one."""
    if "?" not in text:
        return False
    said, cues = fold(text), complaint_cues()
    return not any(pattern.search(said) for pattern in (cues.damage, cues.mismatch, cues.received, cues.trouble,
                                                         cues.not_arrived))


def _own_item(text: str) -> bool:
    """"my pants", "mon pantalon", "mi sudadera", "bei meinem Top": something of the customer's own is spoken of."""
    return lexicon().patterns["own_words"].search(without_relations(text)) is not None


def _trouble_stated(text: str, said: str, cues: ComplaintCues) -> bool:
    """"The hoodie I got has a problem", "il y a un souci", "tiene un defecto" with a photo of it: something is
    wrong with what the photo shows, stated (not asked, not shopped for, not "no problem")."""
    return (cues.trouble.search(said) is not None and cues.no_trouble.search(said) is None and "?" not in text
            and not is_shopping_request(text))


def _arrival_pictured(text: str, said: str, cues: ComplaintCues) -> bool:
    """"So ist das Iris Top bei mir angekommen, schauen Sie mal", "voilà le pantalon tel qu'il est arrivé chez moi"
    with a photo: the pictured item is said to have arrived (a `received` word that does more than show: "voici
    la photo d'une veste" shows), and nothing is asked or shopped for: what arrived is to be assessed, not matched
    against the catalog (attack16 F11)."""
    arrived = any(not cues.presenting.fullmatch(match.group()) for match in cues.received.finditer(said))
    return (arrived and "?" not in text and not is_shopping_request(text) and not asks_for_alternatives(text)
            and cues.no_trouble.search(said) is None)


def _misread(text: str, decided: TurnIntent) -> bool:
    """A reading a complaint is misread as; a person asked for without a word asking for one, too ("voici le
    haut que j'ai reçu, regardez" read as a request for a person)."""
    return decided.intent in MISREADINGS or (decided.intent is Intent.HUMAN_AGENT and not asks_for_a_person(text))


def complaint_reading(text: str, photo: bool, decided: TurnIntent) -> TurnIntent:
    """`decided`, or a complaint about what arrived where the words state one and the reading is a misreading."""
    if not _misread(text, decided) or not reads_as_complaint(text, photo=photo):
        return decided
    return decided.model_copy(update={"intent": Intent.REPORT_PROBLEM, "confidence": max(decided.confidence, 0.9)})
