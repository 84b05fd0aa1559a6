"""One place where domain refusals become HTTP statuses for the API."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import HTTPException, status

from assistant.conversation import IdentityConflict
from assistant.web.api.suggestion_actions import AlreadyReviewed
from assistant.web.api.ticket_actions import NotWaitingForAgent
from tools.errors import NotAuthorized, NotFound, PolicyViolation, TicketConflict

STATUS_OF: list[tuple[type[Exception], int]] = [
    (TicketConflict, status.HTTP_409_CONFLICT),
    (NotWaitingForAgent, status.HTTP_409_CONFLICT),
    (AlreadyReviewed, status.HTTP_409_CONFLICT),
    (NotFound, status.HTTP_404_NOT_FOUND),
    # Someone else's conversation is reported as missing, like someone else's ticket.
    (IdentityConflict, status.HTTP_404_NOT_FOUND),
    (NotAuthorized, status.HTTP_403_FORBIDDEN),
    (PolicyViolation, status.HTTP_422_UNPROCESSABLE_CONTENT),
]


def status_of(error: Exception) -> int | None:
    return next((code for kind, code in STATUS_OF if isinstance(error, kind)), None)


@contextmanager
def api_errors() -> Iterator[None]:
    """Turn the domain errors raised inside the block into HTTP errors with a safe message."""
    try:
        yield
    except (TicketConflict, NotWaitingForAgent, AlreadyReviewed, NotFound, IdentityConflict, NotAuthorized,
            PolicyViolation) as error:
        code = status_of(error) or status.HTTP_400_BAD_REQUEST
        detail = "not found" if isinstance(error, IdentityConflict) else str(error)
        raise HTTPException(code, detail) from error
