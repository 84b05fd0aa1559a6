"""The conversation's typed state, kept to plain JSON-like values so checkpoints stay strict-msgpack safe."""

from __future__ import annotations

import hashlib
import operator
from typing import Annotated, Any, Literal, NotRequired, TypedDict

from assistant.grounding.catalog_dialogue import ShoppingState
from assistant.grounding.shown_lists import ShownList


class Photo(TypedDict):
    """A photo already validated and redacted by intake; only the redacted copy is referenced."""

    uri: str
    sha256: str
    media_type: str
    no_item: NotRequired[str]  # the photo shows no item: "text" (paper, a screen) or "blank" (intake/no_item.py)


class Turn(TypedDict):
    role: Literal["customer", "assistant", "agent"]
    text: str
    photo: NotRequired[Photo]  # the photo a customer message came with (its redacted copy)


class Incoming(TypedDict, total=False):
    message_id: str
    text: str  # the customer's own words: a pasted transcript or "[SYSTEM]" block is cut off (role_blocks.py)
    photo: Photo | None
    photo_refused: bool  # it came with a file the intake refused: "here's a photo" has none (steps/photo_refused.py)
    role_block: bool  # the message held such a block: it answers no proposal with a yes
    client: str | None  # keyed digest of the client address it came from (`tools.verification.client_key`)
    queued_now: bool  # the message added a request to the queue while a proposal waits (steps/request_queue.py)
    served: str  # the queued request this pass of the turn serves, "" when none (steps/request_queue.py)
    other_orders: list[str]  # "the other one" while a cancellation waits: the customer's other pending orders
    other_value: bool  # the words name a value of the pending swap's product it does not write ("lieber A5")
    picked_up: bool  # a message the customer sent the desk, read again when it handed back (steps/hand_back.py)
    reinstated: bool  # "do it after all" brought back the proposal just let go (steps/open_proposal_replies.py)
    agent_answer: str  # "keep": a yes to the desk agent's "keep your order then?" (steps/agent_question.py)


class Reply(TypedDict, total=False):
    """A reply to render: a template key and its facts, optional product cards and quick answers."""

    key: str
    facts: dict[str, Any]
    cards: list[dict[str, Any]]
    quick_replies: list[str]


class Topic(TypedDict, total=False):
    """What the customer is trying to do across turns, with the details gathered so far."""

    intent: str
    slots: dict[str, Any]
    # the request was refused (no saved method can pay its change): its order and items are kept for another action
    # on them ("then I'll just send it back"), never continued as it was (mindhand22)
    refused: bool


class Pending(TypedDict, total=False):
    """A write the assistant described and asked a yes/no for; `action_id` makes its effects idempotent."""

    action_id: str
    tool: str
    arguments: dict[str, Any]
    ticket: dict[str, Any] | None
    reply_key: str
    reply_facts: dict[str, Any]
    question: Reply  # the yes/no question as first asked: asked again after an answer to a question about it
    # a write the same yes makes before this one, named in its question (a pending order's new shipping address,
    # ahead of its item change: `steps/yes_with_address.py`)
    first: Pending


class QueuedRequest(TypedDict):
    """A request said beside another one ("cancel #W1 and change the address of #W2"), served once nothing is open."""

    text: str  # the customer's words of this request alone
    message_id: str  # the message it was said in
    noted: bool  # the customer was told it comes next


class Relayed(TypedDict, total=False):
    """A customer message relayed to the desk while it held the conversation."""

    message_id: str
    text: str
    photo: Photo | None


class Handoff(TypedDict, total=False):
    ticket_id: int
    active: bool
    agent_name: str  # set once an agent has replied (their display name, "" if they have none)
    relayed: int  # customer messages relayed to the desk since the handover or the agent's last reply
    unanswered: list[Relayed]  # those of them no agent reply nor policy answer followed (steps/hand_back.py)
    before_reply: list[Relayed]  # those the agent's last reply followed, until the customer asks again (hand_back)


class ConversationState(TypedDict, total=False):
    conversation_id: str
    customer_id: str | None
    verified_by: str | None  # "session", "order_proof", or (replays and evals only) "email" / "name_zip"
    account: str | None  # the signed-in account (login) whose conversation this is; None for API-less tests
    incoming: Incoming
    intent: dict[str, Any] | None
    topic: Topic | None
    pending: Pending | None
    withdrawn: Pending | None  # the proposal the customer let go last turn: "do it after all" asks it again
    # the proposal the customer put off ("I'll think about it"; steps/held_open.put_off_key): "ok thanks" then agrees
    # to nothing
    put_off: str | None
    handoff: Handoff | None
    photo: Photo | None  # the latest photo the customer sent in this conversation
    outbox: list[Reply]
    messages: list[dict[str, Any]]  # what this turn showed the customer (rendered replies)
    transcript: Annotated[list[Turn], operator.add]
    notices: list[str]
    dissatisfaction: int
    language: str  # ISO 639-1 code the replies are written in (assistant/language.py)
    language_asked: str | None  # the reply language the customer asked for: it holds whatever they write in
    catalog_reading: dict[str, Any] | None  # this turn's product constraints (grounding.catalog_constraints dump)
    shopping: ShoppingState | None  # the products topic across turns: constraints, products shown, focus
    # the orders the last reply listed (steps/question_candidates.asked): "cancel the second one" next reads them
    offered: dict[str, Any] | None
    shown_list: ShownList | None  # the list the customer saw last (orders or products): what "the second one" means
    # a status question about another order said beside this turn's request (grounding/status_aside.py)
    aside: str | None
    # questions about the account, the shop's rules or a named product said beside this turn's request, answered
    # after its step (steps/side_questions.py)
    side_questions: list[dict[str, Any]] | None
    refusals_said: list[str]  # the refusals said so far, by key and facts (steps/repeated_refusal.py)
    currency_said: bool  # the shop's prices were said to be in US dollars (steps/currency_note.py): said once
    # requests said beside the one served, in the order said, each with its own proposal and yes (request_queue.py)
    queued: list[QueuedRequest]
    replies_before: list[Reply]  # this turn's replies to requests already served, said before the outbox
    # the order the last turn refused or wrote its one return, exchange or item change of (option_after_refusal.py)
    order_under_way: str | None
    said_last: list[str]  # the reply keys of the assistant's last turn: what it just asked or refused (repeats)
    written_said: str | None  # the message that said the last write was made (steps/after_write.py: questions about it)
    written: Pending | None  # the proposal the last write carried out (steps/next_after_write.py: what happens next)
    # message id -> digest of its text, for each customer message answered (a retry is not run twice)
    answered: Annotated[dict[str, str], keep_recent_answers]


ANSWERED_KEPT = 200


def keep_recent_answers(earlier: dict[str, str] | None, later: dict[str, str] | None) -> dict[str, str]:
    """The ids of the last `ANSWERED_KEPT` answered messages (with their text's digest), oldest first."""
    merged = {**(earlier or {}), **(later or {})}
    return dict(list(merged.items())[-ANSWERED_KEPT:])


def with_replies(state: ConversationState, *replies: Reply) -> list[Reply]:
    """This turn's outbox plus `replies`: a step that follows another in one turn keeps what it said."""
    return [*state.get("outbox", []), *replies]


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
