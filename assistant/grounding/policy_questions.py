"""Questions about the shop's rules rather than the customer's own orders ("what's the return window?", "vous
livrez en belgique ?", "¿se puede pagar con paypal?", "wie lange dauert der Versand?"), read in code from
`prompts/policy_questions.v1.yaml` for every backend: answered from the shop's rules, never taken for an order
request, the order list or shopping. A turn that asks for something to be done, or names an order, is a request."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import LANGUAGES, TopicCues, topic_cues
from assistant.grounding.orders import order_numbers

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "policy_questions.v1.yaml"
PolicyTopic = Literal["cancel_or_return", "coupons", "refund_destination", "sale_returns", "return_policy",
                      "refund_time", "payment_methods", "shipping_time", "shipping_destinations", "cancel_policy",
                      "exchange_policy", "return_shipping", "worn_items", "send_back"]
# Questions whose words also answer a request in progress ("can I pay with my gift card?" while a swap waits for
# the method paying its difference): taken as a question about the rules only when no order request is open.
ABOUT_A_REQUEST: frozenset[PolicyTopic] = frozenset({"payment_methods", "refund_time", "refund_destination",
                                                     "shipping_destinations"})
# Questions that ask about a return or exchange just registered ("how do I send the old one back?"): before one,
# the same words ask for a return, so they are a question about the rules only right after a return or exchange.
AFTER_A_RETURN: frozenset[PolicyTopic] = frozenset({"send_back"})
# Questions asked with a word that otherwise makes a request ("the difference between cancelling and returning",
# "do I need to send anything back?": its words are all question forms, read only right after a write).
ALWAYS_A_QUESTION: frozenset[PolicyTopic] = frozenset({"cancel_or_return", "send_back"})


class PolicyQuestionWords(BaseModel):
    """Per topic and language, regexes (on folded text) of the question; per language, words of a request."""

    model_config = ConfigDict(extra="forbid")
    asks: dict[PolicyTopic, dict[str, list[str]]]
    requests: dict[str, list[str]] = Field(min_length=len(LANGUAGES))

    @model_validator(mode="after")
    def _every_topic_and_language(self) -> PolicyQuestionWords:
        missing = [f"{topic}/{language}" for topic in get_args(PolicyTopic) for language in LANGUAGES
                   if not self.asks.get(topic, {}).get(language)]
        if missing:
            raise ValueError(f"policy questions without words: {missing}")
        return self


@cache
def policy_question_cues(path: Path = WORDS_FILE) -> TopicCues[PolicyTopic]:
    """The word file, validated and compiled once (the first topic that matches is the question; `besides`: the
    words of a request); a malformed file fails at start-up."""
    words = PolicyQuestionWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    return topic_cues(words.asks, words.requests)


def policy_question(text: str, after_a_return: bool = False) -> PolicyTopic | None:
    """The shop rule the turn asks about, or None when it asks none, asks for something to be done ("I want to
    return the one I bought on sale") or names an order (then it is about that order). `after_a_return`: the last
    turn registered a return or an exchange, so "how do I send it back?" asks how (`AFTER_A_RETURN`)."""
    said, cues = fold(text), policy_question_cues()
    if not said.strip() or order_numbers(text):
        return None
    topic = next((topic for topic, pattern in cues.asks.items()
                  if pattern.search(said) and (after_a_return or topic not in AFTER_A_RETURN)), None)
    if topic is None or (topic not in ALWAYS_A_QUESTION and cues.besides.search(said)):
        return None
    return topic


def rules_asked_beside(text: str) -> list[PolicyTopic]:
    """The shop rules a turn asks about beside its own order ("how much would I get back if I returned it, and do I
    pay the return shipping?"): every topic its words ask, an order named or not."""
    said, cues = fold(text), policy_question_cues()
    return [topic for topic, pattern in cues.asks.items() if topic not in AFTER_A_RETURN and pattern.search(said)]
