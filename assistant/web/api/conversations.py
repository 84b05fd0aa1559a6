"""Customer conversations over the API: send a message (with an optional photo) and read the history.

The customer is always the one the bearer token names; a conversation that belongs to someone else is 404.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Path, Request, UploadFile, status

from assistant.conversation import TurnResult
from assistant.message_limits import MAX_MESSAGE_CHARS
from assistant.web.api.errors import api_errors
from assistant.web.api.routing import EncodableErrors
from assistant.web.api.schemas import CONVERSATION_ID, PLAIN_TEXT, ConversationHistory, Turn
from assistant.web.api.ticket_actions import conversation_state
from assistant.web.auth import Principal, client_of, customer_principal
from assistant.web.runtime import WebRuntime, get_runtime
from assistant.web.shop.wording import page_language
from assistant.web.turn_admission import admit_turn
from assistant.web.turn_rate import too_fast_notice

PHOTO_TYPES = {"image/jpeg", "image/png", "image/webp"}
router = APIRouter(prefix="/conversations", tags=["conversations"], route_class=EncodableErrors)
ConversationId = Annotated[str, Path(pattern=CONVERSATION_ID, examples=["web-3f2a9c"])]
TOO_FAST: dict[int | str, dict[str, Any]] = {
    429: {"description": "Turns sent faster than the account's or client's budget: not read; send it again after "
                          "Retry-After seconds"}}


async def read_photo(photo: UploadFile, max_bytes: int) -> bytes:
    """The upload's bytes if it claims an accepted image type and fits the cap (the intake re-checks bytes)."""
    if photo.content_type not in PHOTO_TYPES:
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "photos must be JPEG, PNG or WebP")
    data = await photo.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, f"photos must be at most {max_bytes} bytes")
    return data


async def within_turn_budget(request: Request, conversation_id: str, customer: Principal,
                             runtime: WebRuntime) -> None:
    """Refuse (429, Retry-After, a line in the caller's language) a turn over its account's or client's budget."""
    refusal = await admit_turn(runtime, surface="api", conversation_id=conversation_id, account=customer.subject,
                               customer_id=customer.customer_id, client=client_of(request))
    if refusal is not None:
        language = page_language(request.headers.get("accept-language"))
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, too_fast_notice(refusal.retry_after_s, language),
                            headers={"Retry-After": str(refusal.retry_after_s)})


@router.post("", response_model=TurnResult, responses=TOO_FAST)
async def start_conversation(
    request: Request,
    text: Annotated[str, Form(max_length=MAX_MESSAGE_CHARS, pattern=PLAIN_TEXT)] = "",
    message_id: Annotated[str | None, Form(max_length=100, pattern=PLAIN_TEXT)] = None,
    photo: Annotated[UploadFile | None, File(description="JPEG, PNG or WebP")] = None,
    customer: Principal = Depends(customer_principal),
    runtime: WebRuntime = Depends(get_runtime),
) -> TurnResult:
    """Start a new conversation with its first message; the reply carries the new `conversation_id`."""
    return await post_message(request, f"api-{uuid.uuid4().hex}", text, message_id, photo, customer, runtime)


@router.post("/{conversation_id}/messages", response_model=TurnResult,
             responses={404: {"description": "Another customer's conversation"}, **TOO_FAST})
async def post_message(
    request: Request,
    conversation_id: ConversationId,
    text: Annotated[str, Form(max_length=MAX_MESSAGE_CHARS, pattern=PLAIN_TEXT)] = "",
    message_id: Annotated[str | None, Form(max_length=100, pattern=PLAIN_TEXT,
                                           description="Retry-safe id of this message")] = None,
    photo: Annotated[UploadFile | None, File(description="JPEG, PNG or WebP")] = None,
    customer: Principal = Depends(customer_principal),
    runtime: WebRuntime = Depends(get_runtime),
) -> TurnResult:
    """Send the customer's message (multipart form) and get the assistant's replies for this turn."""
    await within_turn_budget(request, conversation_id, customer, runtime)
    photo_bytes = await read_photo(photo, runtime.settings.intake.max_bytes) if photo is not None else None
    if not text.strip() and photo_bytes is None:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "send a text, a photo or both")
    with api_errors():
        return await runtime.service.send(conversation_id, text, photo_bytes=photo_bytes,
                                          session_customer_id=customer.customer_id, message_id=message_id,
                                          session_account=customer.subject)


@router.get("/{conversation_id}", response_model=ConversationHistory,
            responses={404: {"description": "No such conversation for this customer"}})
async def get_history(conversation_id: ConversationId, customer: Principal = Depends(customer_principal),
                      runtime: WebRuntime = Depends(get_runtime)) -> ConversationHistory:
    """The conversation so far: the customer's, the assistant's and agents' turns."""
    values, waiting = await conversation_state(runtime, conversation_id)
    if not values or values.get("customer_id") != customer.customer_id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "not found")
    handoff = values.get("handoff") or {}
    transcript = [Turn.model_validate(t) for t in values.get("transcript", [])]
    return ConversationHistory(conversation_id=conversation_id, transcript=transcript,
                               waiting_for_agent=waiting, ticket_id=handoff.get("ticket_id"))
