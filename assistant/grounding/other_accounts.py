"""Another customer's account named in a question about account data, in en/fr/es/de, read in code from
`prompts/other_accounts.v1.yaml` for every backend: "what's the gift card balance of james_li_5688?" was answered
with the asker's own balance (attack16 F6). Such a turn is refused as such (`steps/routing.py`), never answered from
the asker's account, and no other account is looked up. An email typed with the question is the identity step's
(it compares it with the customer's own, `steps/identity.py`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import LANGUAGES, any_language_pattern, lexicon
from assistant.grounding.proposal_question import has_question_word
from tools.pii import EMAIL

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "other_accounts.v1.yaml"
# Cheap gates before any word list runs: a login has an underscore; the other-person words all hold one of these.
_GATE = re.compile(r"_|anoth|other|else|autre|otr[oa]|alguien|ander|jemand|fremd|named|called|nomm|appel|llamad", re.I)


class OtherAccountWords(BaseModel):
    """Logins written the shop's way; per language, words naming another person's account and words of account
    data."""

    model_config = ConfigDict(extra="forbid")
    handles: list[str] = Field(min_length=1)
    others: dict[str, list[str]] = Field(min_length=len(LANGUAGES))
    asks: dict[str, list[str]] = Field(min_length=len(LANGUAGES))


@dataclass(frozen=True)
class OtherAccountCues:
    handles: re.Pattern[str]
    others: re.Pattern[str]
    asks: re.Pattern[str]


@cache
def other_account_cues(path: Path = WORDS_FILE) -> OtherAccountCues:
    """The word file, validated and compiled once; a malformed file fails at start-up."""
    words = OtherAccountWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    return OtherAccountCues(handles=re.compile("|".join(f"(?:{h})" for h in words.handles)),
                            others=any_language_pattern(words.others), asks=any_language_pattern(words.asks))


def logins_named(text: str) -> list[str]:
    """The account logins typed in the turn ("james_li_5688"), lower case."""
    if "_" not in text:
        return []
    return [match.group() for match in other_account_cues().handles.finditer(text.lower())]


# The words that say an email is given ("my email is …", "mon courriel", "mi correo"): a turn that gives an email
# states who someone is; only its other words can ask about an account's data.
_EMAIL_WORDS = re.compile(r"\b(?:e-?mail|courriel|correo|mail)\b", re.I)


def asks_account_data(text: str) -> bool:
    """The turn asks about a word of account data (orders, balance, address, payment, cart...) besides giving an
    email: "actually my email is omar@…" is a claim to be someone else (`identity_mismatch`), "show me the orders
    of omar@…" a question about their data."""
    return other_account_cues().asks.search(fold(_EMAIL_WORDS.sub(" ", EMAIL.sub(" ", text)))) is not None


# Lexicon tables whose words ask for a change of an account or order (never a read)
_CHANGE_TABLES = ("cancel_words", "order_actions", "change_verbs", "exchange_verbs", "return_words")


def only_reads_account_data(text: str) -> bool:
    """A question about account data with no word of a change ("the gift card of the customer with email …, how
    much is on it?"): another account's is refused as a read, never with "nothing was changed" (attack18 A18-5)."""
    return asks_account_data(text) and has_question_word(text) and not says_a_change(text)


def says_a_change(text: str) -> bool:
    """A word asking for a change of an account or an order: cancel, return, exchange, change, update."""
    patterns = lexicon().patterns
    return any(patterns[table].search(text) for table in _CHANGE_TABLES)


def asks_another_account(text: str, *, own_login: str | None) -> bool:
    """The turn asks about the account data of someone other than `own_login` (the conversation's customer), named
    by login or in words ("another customer", "un autre client", "otro usuario", "eines anderen Kunden")."""
    if not _GATE.search(text):
        return False
    said, cues = fold(text), other_account_cues()
    own = (own_login or "").lower()
    named_other = any(login != own for login in logins_named(text)) or cues.others.search(said) is not None
    return named_other and cues.asks.search(said) is not None
