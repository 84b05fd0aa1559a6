"""A bare yes or no right after the desk handed back on a question of the agent's own ("Would you like to keep
your order then?", "On laisse la montre telle quelle ?"): it answers the agent's question, never the request the
conversation had before the person was asked for, nor an offer read into the question (withdraw23).

- The agent asked whether to keep things as they are (`grounding.hand_back_note.asks_to_keep`): a yes keeps them,
  nothing is written and the customer is told so ("nothing changed, anything else?"); a no does not keep them: the
  customer's request from before the hand-back (the last one they wrote the held conversation that asks something)
  is read again, so it is proposed again, never written on this no.
- Any other question is read as before: an offer's yes is that offer (`desk_offer`), other words as usual.

Only the first message after the hand-back reads the agent's question (`desk_offer.agent_message`); other words
are read as usual.
"""

from __future__ import annotations

from typing import Any

from assistant.consent import explicit_answer
from assistant.grounding.hand_back_note import asks_the_customer, asks_to_keep
from assistant.state import ConversationState
from assistant.steps.desk_offer import agent_message, held_conversation_words
from assistant.steps.hand_back import asks_something

KEEP = "keep"  # the customer keeps things as they are: nothing is written, the customer is told so


def agent_question(state: ConversationState) -> str | None:
    """The agent's last message, right before this one, when it asked the customer something."""
    said = agent_message(state)
    return said if said is not None and asks_the_customer(said) else None


def request_before(state: ConversationState) -> str | None:
    """The customer's last message of the held conversation that asks something (not the request for a person)."""
    asked = [text for text in held_conversation_words(state)
             if asks_something({"message_id": "", "text": text})]
    return asked[-1] if asked else None


def answer_to_agent(state: ConversationState, text: str) -> tuple[str | None, str | None]:
    """How the message answers the agent's question whether to keep things as they are: (KEEP, None) for a yes,
    (None, words) for a no (`words`: the request from before, to read again), (None, None) when the message is no
    bare yes or no or the agent asked no such question (an offer is answered as one: `desk_offer`)."""
    question = agent_question(state)
    answer = explicit_answer(text)
    if question is None or answer is None or not asks_to_keep(question):
        return None, None
    if answer == "no":
        return (None, earlier) if (earlier := request_before(state)) else (KEEP, None)
    return KEEP, None


def marked_keep(received: dict[str, Any], seen: ConversationState) -> dict[str, Any]:
    """The turn's incoming message marked as a yes to keeping things (`routing` drops what is in progress)."""
    return {**(received.get("incoming") or seen.get("incoming") or {}), "agent_answer": KEEP}


def marked(state: ConversationState) -> str | None:
    """This turn's reading of the agent's question, if any."""
    return (state.get("incoming") or {}).get("agent_answer") or None
