"""What the desk says when one of its forms (or the queue's filters) breaks a rule: one sentence naming what to
change, never the refused input echoed back.

FastAPI answers a form it refuses with JSON listing each error with its `input` (attacker pass F8: a 5,000-character
reply came back as `{"detail":[{"type":"string_too_long",…` with the whole text in it). The desk's pages render
`form_problem(errors)` instead (pages.py), with the agent's draft put back in the reply box (`kept_draft`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from assistant.message_limits import MAX_MESSAGE_CHARS

GENERIC = "The form could not be read, so nothing was changed; reload the page and try again."
RELOAD = "This form is out of date or incomplete, so nothing was changed; reload the page and try again."
FILTERS = "Those queue filters are not ones the desk knows; showing the active tickets instead."
DRAFT_KEPT_MAX = 4 * MAX_MESSAGE_CHARS  # a longer draft is not put back (the agent did not type it)


def _field(error: Mapping[str, Any]) -> tuple[str, str]:
    location = [str(part) for part in error.get("loc") or ()]
    return (location[0] if location else ""), (location[-1] if location else "")


def _text_problem(kind: str, what: str, error: Mapping[str, Any]) -> str:
    if kind == "string_too_long":
        limit = (error.get("ctx") or {}).get("max_length", MAX_MESSAGE_CHARS)
        return f"The {what} is too long: the limit is {limit} characters. Shorten it and send it again."
    if kind in ("string_too_short", "missing"):
        return f"The {what} is empty; write something before sending."
    if kind == "string_pattern_mismatch":
        return f"The {what} holds a character that cannot be sent (a NUL); remove it and send again."
    return f"The {what} could not be read, so nothing was changed."


def form_problem(errors: Sequence[Mapping[str, Any]]) -> str:
    """One sentence for the first refused field of a desk form or the queue's filters."""
    for error in errors:
        source, name = _field(error)
        kind = str(error.get("type", ""))
        if source == "query":
            return FILTERS
        if name == "text":
            return _text_problem(kind, "reply", error)
        if name == "resolution":
            return _text_problem(kind, "resolution note", error)
        if name == "assignee":
            return "Choose an agent to assign the ticket to (a desk login of at most 64 characters)."
        if name in ("csrf_token", "version"):
            return RELOAD
    return GENERIC


def kept_draft(form: Mapping[str, Any], name: str = "text") -> str:
    """The agent's reply draft, to put back in the reply box (escaped by the template); empty when there is
    none, it is not text, or it is far longer than anything the box takes."""
    value = form.get(name)
    if not isinstance(value, str) or len(value) > DRAFT_KEPT_MAX:
        return ""
    return value.replace("\x00", "")
