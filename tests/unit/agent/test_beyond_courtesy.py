"""Thanks that come with a question are read without the thanks, whatever the backend (here a scripted one that,
like an LLM might, calls the whole turn a goodbye)."""

from __future__ import annotations

import pytest

from assistant.models.backend import Decision
from assistant.models.contracts import Intent, TurnIntent
from assistant.models.requests import DecisionRequest
from assistant.steps.understand import beyond_courtesy


class ScriptedIntents:
    """Answers each text with the intent it was given; records what it was asked."""

    name = "scripted"

    def __init__(self, intents: dict[str, Intent]) -> None:
        self.intents, self.asked = intents, []

    async def decide(self, kind: type[TurnIntent], request: DecisionRequest) -> Decision[TurnIntent]:
        self.asked.append(request.text)
        intent = self.intents.get(request.text, Intent.OUT_OF_SCOPE)
        return Decision[TurnIntent](value=TurnIntent(intent=intent, confidence=0.9), backend=self.name,
                                    model="scripted", prompt_version="test", latency_ms=0.0)


async def _read(text: str, intents: dict[str, Intent], language: str = "en") -> tuple[Intent, list[str]]:
    backend = ScriptedIntents({text: Intent.THANKS_BYE, **intents})
    request = DecisionRequest(text=text, language=language)
    decision = await beyond_courtesy(backend, request, await backend.decide(TurnIntent, request))  # type: ignore[arg-type]
    return decision.value.intent, backend.asked


@pytest.mark.parametrize(("text", "rest", "intent", "language"), [
    ("Vielen Dank! Kann ich die Jacke noch umtauschen?", "Kann ich die Jacke noch umtauschen?", Intent.EXCHANGE_ITEM,
     "de"),
    ("gracias, ¿me pueden devolver el dinero?", "me pueden devolver el dinero?", Intent.RETURN_ITEM, "es"),
    ("thanks a lot, and is my jacket shipped yet?", "is my jacket shipped yet?", Intent.ORDER_STATUS, "en"),
])
async def test_the_question_after_the_thanks_decides(text: str, rest: str, intent: Intent, language: str) -> None:
    read, asked = await _read(text, {rest: intent}, language)
    assert read is intent and asked == [text, rest]


@pytest.mark.parametrize("text", ["merci beaucoup, au revoir", "ok thanks, bye!", "danke schön"])
async def test_thanks_alone_stay_a_goodbye(text: str) -> None:
    read, _asked = await _read(text, {"ok": Intent.AFFIRM})
    assert read is Intent.THANKS_BYE
