"""Turns a decision or reply request into prompt text and OpenAI-style chat messages.

Everything goes into one user message (instructions, conversation, evidence, then the image part): LLaVA
chat templates differ in whether they accept a system role, and one message works with all of them.
"""

from __future__ import annotations

import json
from typing import Any

from assistant.language import LANGUAGE_NAMES
from assistant.models.contracts import DecisionContract
from assistant.models.prompts import Prompt, PromptLibrary
from assistant.models.requests import ChatTurn, DecisionRequest, OrderSummary, ReplyRequest

MAX_HISTORY_TURNS = 6


def history_text(history: list[ChatTurn]) -> str:
    recent = history[-MAX_HISTORY_TURNS:]
    return "\n".join(f"{turn.role.capitalize()}: {turn.text}" for turn in recent) or "(none)"


def orders_text(orders: list[OrderSummary]) -> str:
    lines = []
    for order in orders:
        items = "; ".join(
            f"{line.item_id} {line.product_name} {line.colour or ''} {line.size or ''}".strip()
            for line in order.items
        )
        lines.append(f"- {order.order_id} ({order.status}): {items}")
    return "\n".join(lines) or "(none)"


def decision_prompt(
    prompts: PromptLibrary, kind: type[DecisionContract], request: DecisionRequest
) -> tuple[Prompt, str]:
    """The prompt file for `kind` and its text filled from the request."""
    prompt = prompts.get(kind.prompt)
    fields = {
        "text": request.text or ("(no text, photo only)" if request.image else "(empty)"),
        "history": history_text(request.history),
        "awaiting": request.awaiting or "(nothing)",
        "orders": orders_text(request.orders),
        "evidence": request.evidence.as_text() if request.evidence else "(none)",
        "triage": request.triage.value if request.triage else "(unknown)",
        "triage_confidence": request.triage_confidence if request.triage_confidence is not None else "?",
        "target_order_id": request.target_order_id or "(unknown)",
        "target_item_ids": ", ".join(request.target_item_ids) or "(unknown)",
    }
    return prompt, prompt.text.format(**fields)


def reply_prompt(prompts: PromptLibrary, request: ReplyRequest, draft: str) -> tuple[Prompt, str]:
    prompt = prompts.get("reply")
    text = prompt.text.format(
        key=request.key,
        facts=json.dumps(request.facts, ensure_ascii=False),
        draft=draft,
        history=history_text(request.history),
        text=request.text or "(none)",
        language=LANGUAGE_NAMES.get(request.language, "English"),
    )
    return prompt, text


def chat_messages(text: str, image_data_url: str | None = None) -> list[dict[str, Any]]:
    """One user message with a text part and, when given, one `image_url` part holding a data URL."""
    parts: list[dict[str, Any]] = [{"type": "text", "text": text}]
    if image_data_url is not None:
        if not image_data_url.startswith("data:image/"):
            raise ValueError("only data: URLs are sent to models")
        parts.append({"type": "image_url", "image_url": {"url": image_data_url}})
    return [{"role": "user", "content": parts}]
