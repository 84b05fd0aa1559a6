"""Whether the customer's reply to a proposed write is an explicit yes or no, read in code.

A model may understand "sure, what would the refund be?" as agreement; a write needs more than that. A reply
is a yes only when the whole message is a plain affirmative: yes words, polite words, and at most a
restatement of the very action proposed ("yes, cancel it"), in English, French, Spanish or German. Every
other word (a deferral, a question, a condition, a "but", another order, a different action, a negation or a
retraction after the yes: "yes, never", "yeah right", "sí, ni en sueños") makes the reply unclear, and the customer
is asked again. The vocabulary is data: `prompts/consent/<language>.yaml`.
"""

from __future__ import annotations

from typing import Literal

from assistant.consent_vocabulary import (
    BREAK,
    GENERIC,
    acknowledges_with_thanks,
    names_action,
    normalise,
    proposed_action,
    read_phrases,
    read_spans,
    split_words,
)

Answer = Literal["yes", "no"]


def _is_yes(phrases: list[set[str]], action: str | None) -> bool:
    saw_yes = False
    for kinds in phrases:
        if "no" in kinds and "yes" not in kinds:
            return False
        if not (kinds & {"yes", "polite", "object", "break"} or names_action(action, kinds)):
            return False
        # "go ahead with the swap", "adelante con el cambio": a phrase that says to proceed is the yes
        saw_yes = saw_yes or "yes" in kinds or f"verb:{GENERIC}" in kinds
    return saw_yes


def _is_plain_no(phrases: list[set[str]], action: str | None) -> bool:
    saw_no = False
    after_negator = False
    for kinds in phrases:
        if "yes" in kinds and not kinds & {"no", "polite", "object"}:
            return False
        is_verb = names_action(action, kinds)
        if is_verb and not (after_negator or kinds & {"no", "polite", "object"}):
            return False  # "no, cancel it" says both
        if not (kinds & {"no", "negator", "polite", "object", "break"} or is_verb):
            return False
        saw_no = saw_no or bool(kinds & {"no", "negator"})
        after_negator = bool(kinds & {"negator", "no"}) or (after_negator and "object" in kinds)
    return saw_no


def _leads_with_no(phrases: list[set[str]], action: str | None) -> bool:
    """ "No, keep the original item": a refusal first, then anything that neither agrees nor asks for this
    very action ("no, cancel it" says both)."""
    first, rest = phrases[0], phrases[1:]
    if "no" not in first or "yes" in first:
        return False
    after_negator = True
    for kinds in rest:
        if "yes" in kinds and not kinds & {"no", "polite", "object"}:
            return False
        if action is not None and names_action(action, kinds) and not after_negator:
            return False
        after_negator = bool(kinds & {"negator", "no"}) or (after_negator and "object" in kinds)
    return True


_NO_WITH_A_PAUSE = frozenset({"no", "negator", "hedge", "break", "withdrawal"})


def _no_with_a_pause(phrases: list[set[str]]) -> bool:
    """Only words of a no and of a pause ("hmm", "wait", "attends", "espera", "moment"), a no said at least twice or
    with a pause before it, and said last ("hmm no, don't", "no wait don't"): a no, never a hesitation."""
    kinds_said = [kinds for kinds in phrases if kinds != {"break"}]
    if not kinds_said or not all(kinds and kinds <= _NO_WITH_A_PAUSE and not (
            "hedge" in kinds and kinds & {"no", "negator"}) for kinds in kinds_said):
        return False
    noes = sum(1 for kinds in kinds_said if "no" in kinds)
    # ending on the pause ("hmm nein warte") still holds the answer back
    return noes >= 1 and "hedge" not in kinds_said[-1] and any("hedge" in kinds for kinds in kinds_said) and (
        noes >= 2 or "hedge" in kinds_said[0])


def thanks_for_the_answer(text: str) -> bool:
    """The whole reply acknowledges and thanks ("ok thanks", "d'accord, merci", "vale gracias", "ok danke"): it closes
    the talk, and is no consent to any proposed write (`consent_to`, `steps/order_changes.py`)."""
    if "?" in text or len(text) > 200:
        return False
    phrases = read_phrases(split_words(normalise(text)))
    return _is_yes(phrases, None) and acknowledges_with_thanks(phrases, None)


def consent_to(text: str, *, tool: str | None = None, yes_held: bool = False) -> Answer | None:
    """The answer to a proposed write: `explicit_answer`, except that an acknowledgement with thanks ("ok thanks",
    "ok merci", "vale gracias", "ok danke") is no consent. It closes the talk; a write needs a yes of its own
    (fresh29 N1/N2, attack29 A29-1: "ok thanks" had cancelled orders at the reason question). `yes_held`: the
    customer's explicit yes to this proposal was held last turn only because a question came with it ("yes go ahead.
    how much comes back?"); once answered, "alright, thanks" keeps that yes."""
    answer = explicit_answer(text, tool=tool)
    return None if answer == "yes" and not yes_held and thanks_for_the_answer(text) else answer


def explicit_answer(text: str, *, tool: str | None = None) -> Answer | None:
    """'yes' or 'no' when the whole reply says so plainly; None when it is anything else.

    `tool`: the proposed write; a restatement must name that action ("yes, cancel it" answers a cancellation,
    not an address change). Without it, a restatement of any action is accepted as the answer's shape.
    """
    if "?" in text or len(text) > 200:
        return None
    phrases = read_phrases(split_words(normalise(text)))
    while phrases and phrases[0] == {"break"}:
        phrases.pop(0)
    if _no_with_a_pause(phrases):
        return "no"  # "hmm no, don't", "no wait don't", "nein warte, nicht": only a no, the pause changes nothing
    if not phrases or any("hedge" in kinds or kinds & {"retraction", "no"} == {"retraction"} for kinds in phrases):
        return None  # "but", "wait", "maybe", "if", "later", "jk", "tu parles": whatever else it says, ask again
    action = proposed_action(tool)
    if _is_yes(phrases, action):
        return "yes"
    if _is_plain_no(phrases, action) or _leads_with_no(phrases, action):
        return "no"
    return None


# Words a hesitation may hold besides its hedge ("hmm, I'm not sure yet", "ich weiß nicht recht").
HESITATION_UNKNOWN_WORDS = 3
_ANSWER_SHAPED = {"yes", "no", "hedge", "negator", "polite", "object", "break"}


def hesitates(text: str) -> bool:
    """The reply only hesitates ("hmm, not sure actually", "je ne sais pas trop", "ich weiß nicht recht"): a hedge
    and nothing that asks for something else. It is neither a yes nor a no; the proposal stays open."""
    if "?" in text or len(text) > 120:
        return False
    phrases = read_phrases(split_words(normalise(text)))
    if not any("hedge" in kinds for kinds in phrases):
        return False
    if any(kind.startswith("verb:") for kinds in phrases for kind in kinds):
        return False
    unknown = sum(1 for kinds in phrases if not kinds & _ANSWER_SHAPED)
    return unknown <= HESITATION_UNKNOWN_WORDS


def declines(text: str) -> bool:
    """The message drops the request in progress ("non finalement je la garde", "forget it, I don't want to cancel
    anymore", "ich will doch nicht stornieren"): a plain no, a refusal of several words anywhere in it ("i'll keep
    it", "laisse tomber") or a withdrawal ("déjalo", "laisse", whatever hedge goes with it), or a negated action
    ("nicht stornieren"). Only used where no write is proposed: a decline never writes, it ends the request."""
    if explicit_answer(text) == "no":
        return True
    if "?" in text or len(text) > 200:
        return False
    spans = read_spans(split_words(normalise(text)))
    # "espera, mejor déjalo, nada", "attends, laisse plutôt": a withdrawal lets the request go, one word or several
    if any(_lets_it_go(length, kinds) for length, kinds in spans):
        return True
    return any(kinds & {"negator", "no"} and any(names_action(None, after) for _, after in spans[i + 1:i + 3])
               for i, (_, kinds) in enumerate(spans))


def _lets_it_go(length: int, kinds: set[str]) -> bool:
    """A phrase that lets the request go: a withdrawal ("déjalo", "never mind") or a refusal of several words ("leave
    it as it is", "i'll keep it"), with no yes in it."""
    return (length > 1 and "no" in kinds or "withdrawal" in kinds) and "yes" not in kinds


def words_after_a_withdrawal(text: str) -> list[str] | None:
    """The words after the last phrase letting the request go ("scrap that, leave it", "never mind", "actually leave
    it as it is", "laissez tomber", "déjalo", "lass es"), or None when no such phrase is said, or a yes is."""
    words = split_words(normalise(text))
    spans = read_spans(words)
    if any("yes" in kinds for _, kinds in spans):
        return None
    end, position = None, 0
    for length, kinds in spans:
        position += length
        if _lets_it_go(length, kinds):
            end = position
    return None if end is None else [word for word in words[end:] if word != BREAK]


def hedges(text: str) -> bool:
    """The words hold a hedge anywhere ("but", "wait", "maybe", "pero", "attends", "moment"): whatever else they
    say, they agree to nothing."""
    return any("hedge" in kinds for kinds in read_phrases(split_words(normalise(text))))
