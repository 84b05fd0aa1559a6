"""A yes that says more than a yes ("sí, la negra", "yes and send me the confirmation by email"): the customer's
own words past the yes, for the caller to ground against the proposal. A plain yes or no is `assistant/consent.py`."""

from __future__ import annotations

from assistant.consent_vocabulary import (
    GENERIC,
    names_action,
    normalise,
    proposed_action,
    read_spans,
    split_words,
)
from assistant.grounding.hold_words import says_to_wait


def yes_with_details(text: str, *, tool: str | None) -> list[str] | None:
    """A yes that says more than a yes ("sí, la negra", "yes, the boots in size 9", "oui pour la montre en argent"):
    the words besides its yes, polite, object and action words, for the caller to check against the proposal. None
    when it is no such yes: no yes phrase, a no, a hedge or a negator, a question, another action named."""
    if "?" in text or len(text) > 200:
        return None
    words = split_words(normalise(text))
    action = proposed_action(tool)
    extra: list[str] = []
    saw_yes, position = False, 0
    for length, kinds in read_spans(words):
        chunk, position = words[position:position + length], position + length
        if kinds & {"hedge", "negator", "retraction"} or ("no" in kinds and "yes" not in kinds):
            return None
        if "yes" in kinds or f"verb:{GENERIC}" in kinds:
            saw_yes = True
        elif any(kind.startswith("verb:") for kind in kinds) and not names_action(action, kinds):
            return None  # "yes, return the headphones" to a proposed exchange
        elif not kinds & {"polite", "object", "break"} and not names_action(action, kinds):
            extra.extend(chunk)
    return extra if saw_yes and extra else None


def _own_negation(spans: list[tuple[int, set[str]]], index: int, action: str | None) -> bool:
    """A "no" or "not" inside the customer's own words ("i don't need it anymore", "ya no lo necesito", "der gefällt
    mir nicht"): next to a word no lexicon knows, and next to no action verb ("ja, nicht stornieren")."""
    around = [spans[i][1] for i in (index - 1, index + 1) if 0 <= i < len(spans)]
    if any(any(kind.startswith("verb:") for kind in kinds) for kinds in around):
        return False
    last = index + 1 >= len(spans) or spans[index + 1][1] == {"break"}
    if last and "no" in spans[index][1]:
        return False  # "…o todavía no", "…or not": a question's tag or a no of its own, never inside a yes
    return any(not kinds for kinds in around)


def yes_then_more(text: str, *, tool: str | None) -> list[str] | None:
    """A reply that opens with a yes to the proposal and goes on in words of its own ("yes and send me the
    confirmation by email", "sí, cancélalo porque ya no lo necesito", "ja bitte, der gefällt mir nicht", "passt, danke
    dir!"): the words past its yes, polite, object and action words, for the caller to ground against the proposal.
    None when it is no such reply: a question mark, no yes before the first word of its own, a hedge or a condition
    anywhere ("yes if it's free", "oui si c'est gratuit", "sí, siempre que no me cobren"), a no of its own ("yes, no
    wait", "ja, nicht stornieren", "yes, never"), words that take the yes back or say it is not meant ("yes lol jk",
    "oui, tu parles", "ja wohl kaum"), another action, or something besides the proposal ("the other one")."""
    if "?" in text or len(text) > 200:
        return None
    words = split_words(normalise(text))
    action = proposed_action(tool)
    spans = read_spans(words)
    extra: list[str] = []
    saw_yes, position = False, 0
    for index, (length, kinds) in enumerate(spans):
        chunk, position = words[position:position + length], position + length
        if kinds & {"hedge", "other", "retraction"}:
            return None  # "yes, in your dreams", "sí, he cambiado de opinión": a yes taken back is no yes
        if kinds & {"no", "negator"} and "yes" not in kinds:
            if not (saw_yes and _own_negation(spans, index, action)):
                return None
            extra.extend(chunk)
        elif saw_yes and chunk == ["si"] and index + 1 < len(spans) and not spans[index + 1][1]:
            return None  # "oui si c'est gratuit": the French and Spanish "if", not a second yes
        elif ("yes" in kinds and not kinds & {"polite", "object"}) or f"verb:{GENERIC}" in kinds:
            saw_yes = True  # "ya" is a yes in English and a filler in Spanish: only a yes in every language opens
        elif any(kind.startswith("verb:") for kind in kinds) and not names_action(action, kinds):
            return None
        elif not kinds:
            if not saw_yes:
                return None  # the yes must come first: "send me the email, yes" is not read
            extra.extend(chunk)
    return extra if saw_yes and extra else None


def agrees_in_words(text: str, *, tool: str | None) -> bool:
    """The words agree somewhere, wherever the yes stands ("#W…, 1500 pieces - yep that's right, do it", "right,
    it was a mistake order so yeah cancel it"): a yes phrase (or "do it"), and nothing that takes agreement away:
    no question mark, hedge, condition, retraction or "something else", no "no" before the yes, and no "no" or
    "not" of its own next to an action verb ("yes, don't cancel it"). What the words agree *to* is the caller's to
    check (`steps/restated_proposal.py` reads them as a request and compares it with the proposal)."""
    if "?" in text or len(text) > 200 or says_to_wait(text):
        return False  # "d'accord merci, la nuit porte conseil": put off, no agreement (attack27 A27-1)
    spans = read_spans(split_words(normalise(text)))
    action = proposed_action(tool)
    saw_yes = False
    for index, (_, kinds) in enumerate(spans):
        if kinds & {"hedge", "other", "retraction"}:
            return False
        if kinds & {"no", "negator"} and "yes" not in kinds:
            if not (saw_yes and _own_negation(spans, index, action)):
                return False
        elif ("yes" in kinds and not kinds & {"polite", "object"}) or f"verb:{GENERIC}" in kinds:
            saw_yes = True
    return saw_yes
