"""Answers to questions about the shop's rules (`grounding.policy_questions` reads the question) from
`prompts/shop_policy.v1.yaml`, in the customer's language. Nothing is read from or written to the store and
nothing is proposed: a request in progress stays open, and the customer's next request gets its normal flow."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, get_args

import yaml
from langgraph.runtime import Runtime
from pydantic import BaseModel, ConfigDict, model_validator

from assistant.context import Deps
from assistant.grounding.lexicon import LANGUAGES
from assistant.grounding.policy_questions import PolicyTopic, policy_question
from assistant.state import ConversationState, Reply, with_replies
from assistant.steps.last_write import returned_last
from assistant.steps.nothing_to_send import nothing_to_send_back

POLICY_FILE = Path(__file__).resolve().parents[2] / "prompts" / "shop_policy.v1.yaml"


class ShopPolicy(BaseModel):
    """Each fact in every reply language; each topic the facts that answer it, in order."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    facts: dict[str, dict[str, str]]
    topics: dict[PolicyTopic, list[str]]

    @model_validator(mode="after")
    def _complete(self) -> ShopPolicy:
        untranslated = [f"{fact}/{language}" for fact, texts in self.facts.items() for language in LANGUAGES
                        if not texts.get(language)]
        unknown = [fact for facts in self.topics.values() for fact in facts if fact not in self.facts]
        unanswered = [topic for topic in get_args(PolicyTopic) if not self.topics.get(topic)]
        if untranslated or unknown or unanswered:
            raise ValueError(f"shop policy: untranslated {untranslated}, unknown facts {unknown}, "
                             f"topics without an answer {unanswered}")
        return self

    def answer(self, topic: PolicyTopic, language: str) -> str:
        language = language if language in LANGUAGES else "en"
        return " ".join(self.facts[fact][language] for fact in self.topics[topic])


@cache
def shop_policy(path: Path = POLICY_FILE) -> ShopPolicy:
    """The policy file, validated once; a malformed file fails at start-up."""
    return ShopPolicy.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def policy_reply(topic: PolicyTopic, language: str) -> Reply:
    return Reply(key="policy_answer", facts={"answer": shop_policy().answer(topic, language)})


async def answer_policy_question(state: ConversationState, runtime: Runtime[Deps] | None = None) -> dict[str, Any]:
    """The rule asked about; a proposal waiting for its yes is asked again after it (the customer may still say
    yes or no to it). Sending back the item of an order just changed that has not shipped: nothing to send."""
    text = (state.get("incoming") or {}).get("text", "")
    topic = policy_question(text, after_a_return=returned_last(state)) or "return_policy"
    unshipped = await nothing_to_send_back(runtime.context, state, topic) if runtime is not None else None
    replies = [unshipped or policy_reply(topic, state.get("language") or "en")]
    if (pending := state.get("pending")) and pending.get("question"):
        replies.append(pending["question"])
    return {"outbox": with_replies(state, *replies)}
