"""Details that identify someone other than the signed-in customer, typed beside a request of the customer's own
(mixed23): "the status of my order W… and also my sister's order #W…? Her name is Olivia Ito, zip 80218", "cancel my
order #W…, and tell me what's in ethan.lopez8943@example.com's order #W…". Such details (another email, a name with
a zip) made the identity step refuse the whole message, the customer's own request dropped with it. Here the clauses
that carry them, or ask of the person they identify, are told apart from the rest, so that only they are refused
(`steps/side_question_reading.py`) and nothing of that person is looked up; the rest is the customer's request.

Whose an email is: a login written the shop's way carries its holder's first and last name (`other_people.own_name`)
and so does the local part of the shop's emails ("lucas.martin5733@…"); an email whose local part lacks either name
is someone else's. A guest's details are their proof, never read here."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.orders import order_numbers
from assistant.grounding.other_accounts import says_a_change
from assistant.grounding.other_people import (
    clauses_about_them,
    mentions_another_person,
    other_people_cues,
    own_name,
    unaccented,
)
from assistant.steps.addresses import DESTINATION_WITHOUT_STATE, without_addresses, without_streets
from tools.pii import EMAIL

# A first and last name, each capitalised ("Olivia Ito", "Anne-Marie Roy"), case kept: the words of a name given
_NAME_PAIR = re.compile(r"(?<![\w@.])([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![@.\w])")
# A five-digit zip code, never a part of an order number, a price or an id ("#W5442520", "gift_card_7794233")
_ZIP = re.compile(r"(?<![\w#$.,_-])\d{5}(?![\w.,-]?\d)")
# An order number's words ("#W5442520", "W5442520"), taken out to see whether a clause says anything else
_ORDER_WORDS = re.compile(r"#?\b[A-Za-z]?\d{5,}\b")


def _foreign_emails(text: str, own_login: str) -> list[str]:
    own = own_name(own_login)
    if own is None:
        return []
    first, last = own.split()
    return [email for email in EMAIL.findall(text)
            if not (first in (local := fold(email.split("@")[0])) and last in local)]


def _without_places(text: str) -> str:
    """`text` with every postal address blanked: "4500 Camp Bowie Blvd, Fort Worth TX 76107" gives a street, a
    city and a zip, never a person's name with a zip (v16 yes-with-address-b, refused after mixed23); a street
    said without a state is blanked too ("Calle Alcala 20, 28014 Madrid", "Berliner Straße 12": attack29 A29-3)."""
    return without_streets(DESTINATION_WITHOUT_STATE.sub(" ", without_addresses(text)))


def _zip_of_someone(text: str) -> bool:
    return _ZIP.search(_without_places(text)) is not None


def _names_not_own(text: str, own_login: str) -> list[str]:
    own = own_name(own_login)
    place_free = unaccented(_without_places(text))
    said = [" ".join(fold(unaccented(match.group(0))).split()) for match in _NAME_PAIR.finditer(place_free)]
    return [name for name in said if name != own and not name.startswith(f"{(own or ' ').split()[0]} ")]


def identifies_someone_else(text: str, own_login: str | None) -> bool:
    """The message carries details that identify a person other than the signed-in customer: another email, or a
    name not theirs with a zip code."""
    if not own_login or not text:
        return False
    return bool(_foreign_emails(text, own_login)) or (bool(_names_not_own(text, own_login))
                                                     and _zip_of_someone(text))


def _details_only(clause: str, own_login: str) -> bool:
    """A clause that gives a name not the customer's, a zip or another email and asks nothing of its own ("Her name
    is Olivia Ito", "zip 80218", "(PLZ 80218)")."""
    return bool(_names_not_own(clause, own_login) or _zip_of_someone(clause) or _foreign_emails(clause, own_login))


def clauses_of_someone_else(text: str, own_login: str,
                            own_request: Callable[[str], bool]) -> tuple[list[str], list[str]]:
    """The clauses about the person the details identify (their data asked, their details given, a pronoun asking
    of them, a bare order number right after such a clause) and the other clauses, in order. `own_request` says
    whether a clause asks something of the customer's own account (a clause that asks both stays the person's
    only where it carries their email)."""
    read = clauses_about_them(text, own_login)
    own_words = other_people_cues().own_words
    theirs: list[str] = []
    rest: list[str] = []
    named = False
    for clause, how in read:
        said = unaccented(clause)
        about_them = (how is not None or bool(_foreign_emails(clause, own_login))
                      or (bool(theirs) and theirs[-1] == _previous(read, clause) and _bare_order(clause))
                      # once they are named, a question with none of the customer's words and no order number
                      # or change is theirs ("Und mein Bruder Ethan Lopez, PLZ 43275, was hat er zuletzt bestellt?")
                      or (named and not own_words.search(said) and not order_numbers(clause)
                          and not says_a_change(clause))
                      or (not own_request(clause) and (
                          _details_only(clause, own_login) or mentions_another_person(clause, own_login=own_login))))
        if about_them:
            theirs.append(clause)
            named = True
        else:
            rest.append(clause)
    return theirs, rest


def _bare_order(clause: str) -> bool:
    """A clause with an order number and nothing else ("#W5442520?")."""
    return bool(order_numbers(clause)) and not re.sub(r"[\W\d_]", "", _ORDER_WORDS.sub("", clause))


def _previous(read: list[tuple[str, str | None]], clause: str) -> str | None:
    clauses = [said for said, _ in read]
    at = clauses.index(clause)
    return clauses[at - 1] if at else None
