"""Questions said beside another need in one message ("where is #D9000002? and do you have the Chaz Kangeroo
hoodie in blue?", "cancel #D9000002, ordered by mistake. and what's my gift card balance?"), or asked while the
assistant waits for the option of an item change ("how long do refunds take?" after "which size would you
like?"): a question about the account, the shop's rules or a named catalog product is answered beside the other
need, never dropped. This module reads the clauses; which kind of question a clause is comes from the readers
already in use (`account_questions`, `policy_questions`, the catalog for a product)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from assistant.grounding.account_aside import CLAUSE_BREAKS
from assistant.grounding.account_questions import account_question
from assistant.grounding.catalog_questions import read_question
from assistant.grounding.complaint_statement import reads_as_complaint
from assistant.grounding.courtesy import courtesy
from assistant.grounding.lexicon import lexicon
from assistant.grounding.orders import asks_for_order_list, speaks_of_an_order_or_problem
from assistant.grounding.policy_questions import policy_question
from assistant.grounding.request_clauses import action_of

# "other_person": another person's data asked beside a write request, refused on its own (`steps/other_account.py`)
# "order": what the item being changed cost, asked while the change waits for its method (`steps/owned_item_price.py`)
SideKind = Literal["account", "policy", "product", "other_person", "order"]
# What a question about the item being changed may ask while its option question waits: never its colours, sizes
# or price (those answer the option question, or ask the change's own difference).
ITEM_QUESTION_KINDS = frozenset({"material", "care", "fit", "reviews", "suitability", "warmth", "about"})


class SideQuestion(BaseModel):
    kind: SideKind
    text: str
    product_id: str | None = None  # the product asked about when the words do not name it (the item being changed)
    variant_id: str | None = None  # and the variant its change would bring, once one is shown with its price
    # asked of the item a photo complaint is about ("arrivé troué — vous l'avez en vert ?"): its product is known
    # once the complaint has found the item, and the question is left unanswered when it has not
    of_item: bool = False


class SideSplit(BaseModel):
    """The message less its side questions (`request`, "" when the message only asks them), and the questions."""

    request: str
    questions: list[SideQuestion]


DASH = re.compile(r"\s+[—–-]\s+")  # "arrivé troué — vous l'avez en vert ?"


def clauses_of(text: str) -> list[str]:
    """The message's clauses: at a sentence's end, a comma, a dash between words, or a joining word ("and", "et",
    "y", "und")."""
    return [clause.strip() for part in DASH.split(text) for clause in CLAUSE_BREAKS.split(part)
            if clause and clause.strip(" ,;.")]


def question_kind(clause: str) -> SideKind | None:
    """An account or a shop-rule question, read by their own readers; None for anything else."""
    if account_question(clause) is not None:
        return "account"
    return "policy" if policy_question(clause) is not None else None


def says_something(words: str) -> bool:
    """Words that are more than courtesy ("hi", "thanks", "please"): a need of their own."""
    return courtesy().says_something(words)


def about_an_order(words: str) -> bool:
    """Words about the customer's orders: an order, its status, the list of them, or a write asked for."""
    return (speaks_of_an_order_or_problem(words) or bool(lexicon().patterns["status_questions"].search(words))
            or asks_for_order_list(words) or action_of(words) is not None)


def _open_to_a_fragment(clause: str) -> bool:
    """A clause a bare fragment may complete: no order, rule or account question, no statement ended ("je n'ai pas
    reçu la bonne couleur de sweat." is said and done) and no complaint."""
    return (not about_an_order(clause) and question_kind(clause) is None and not clause.rstrip().endswith((".", "!"))
            and not reads_as_complaint(clause, photo=True))


def with_fragments(clauses: list[str]) -> list[str]:
    """Bare product-question fragments joined to the clause before them: "and the Gobi HeatTec Tee, what colours,
    and what price?" and "how much is the Chaz hoodie and what colors does it come in?" are one question each. A
    fragment asks a product fact (colours, price, sizes…) and is not about an order, nor is the clause it joins
    (`_open_to_a_fragment`: "where is my tee order? what colours?" is left as it was, the colours may be the
    order's item's)."""
    joined: list[str] = []
    for clause in clauses:
        fragment = bool(read_question(clause).asks) and question_kind(clause) is None and not about_an_order(clause)
        if fragment and joined and _open_to_a_fragment(joined[-1]):
            joined[-1] = f"{joined[-1]}, {clause}"
        else:
            joined.append(clause)
    return joined


def split_side(clauses: list[str], kinds: list[SideKind | None]) -> SideSplit | None:
    """The clauses read as side questions (`kinds`, one per clause) taken out of the message, the rest kept as its
    request; None when no clause is one, or when nothing else is said (the question is the whole message). Beside
    product questions only, the rest must be about an order ("and in size M?" is more of the product question)."""
    questions = [SideQuestion(kind=kind, text=clause) for clause, kind in zip(clauses, kinds, strict=True) if kind]
    rest = ", ".join(clause for clause, kind in zip(clauses, kinds, strict=True) if kind is None)
    if not questions or not says_something(rest):
        return None
    if all(question.kind == "product" for question in questions) and not about_an_order(rest):
        return None
    return SideSplit(request=rest, questions=questions)
