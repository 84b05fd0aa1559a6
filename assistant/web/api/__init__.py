"""The REST API, mounted by the app at `/api`: tokens, conversations, tickets and evidence photos.

Include it with `app.include_router(router, prefix="/api")`; paths below are relative to that prefix.
"""

from fastapi import APIRouter

from assistant.web.api import conversations, evidence, tickets, tokens

router = APIRouter()
router.include_router(tokens.router)
router.include_router(conversations.router)
router.include_router(tickets.router)
router.include_router(evidence.router)

__all__ = ["router"]
