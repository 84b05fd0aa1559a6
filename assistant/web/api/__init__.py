"""The REST API, mounted by the app at `/api`: tokens, conversations, tickets, evidence photos and
attribute suggestions.

Include it with `app.include_router(router, prefix="/api")`; paths below are relative to that prefix.
"""

from typing import Any

from fastapi import APIRouter

from assistant.web.api import attribute_suggestions, conversations, evidence, tickets, tokens
from assistant.web.api.schemas import ErrorMessage

# 422 is both FastAPI's answer to a malformed request (a list of field errors) and the API's own refusal of
# a well-formed one (a message, e.g. a policy refusal): one declaration covers both in the OpenAPI document.
UNPROCESSABLE: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorMessage, "description": "Malformed, out of range, or refused by policy"}}
router = APIRouter(responses=UNPROCESSABLE)
router.include_router(tokens.router)
router.include_router(conversations.router)
router.include_router(tickets.router)
router.include_router(evidence.router)
router.include_router(attribute_suggestions.router)

__all__ = ["router"]
