"""Jinja2 templates of the desk (autoescaped HTML, no build step) and a few display filters."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from assistant.web.desk.chat_state import chat_state
from tools.store.enums import EscalationReason

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=HERE / "templates")
# The pages use no inline script or style, so the policy can stay strict.
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'none'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
}


def age(seconds: int) -> str:
    """A short human age: 45s, 12m, 3h 5m, 2d 4h."""
    if seconds < 60:
        return f"{seconds}s"
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if hours == 0:
        return f"{minutes}m"
    if days == 0:
        return f"{hours}h {minutes % 60}m"
    return f"{days}d {hours % 24}h"


ESCALATION_GROUNDS = {
    EscalationReason.CUSTOMER_REQUEST: "the customer asked for a person",
    EscalationReason.LOW_CONFIDENCE: "low confidence in the photo check",
    EscalationReason.POLICY: "outside what the policy lets the assistant do",
    EscalationReason.DISSATISFACTION: "the customer was repeatedly unhappy",
}


def escalation_grounds(reason: str | None) -> str | None:
    """Why a ticket was escalated, in words, from the event's `data.reason` (None for older events)."""
    try:
        return ESCALATION_GROUNDS[EscalationReason(reason)] if reason else None
    except ValueError:
        return None


def money(cents: int) -> str:
    return f"${cents / 100:,.2f}"


def when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def percent(share: float) -> str:
    return f"{share * 100:.0f}%"


templates.env.filters.update(age=age, money=money, when=when, escalation_grounds=escalation_grounds,
                             percent=percent, chat_state=chat_state)


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code,
                                      headers=SECURITY_HEADERS)
