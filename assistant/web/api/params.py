"""Path and query parameters that the API and the desk share, bounded to what the store and datetime can hold.

An unbounded `int` lets `/tickets/99999999999999999999` through to the database driver, which fails with a
server error; bounded here, such a request is answered 422 before any handler runs.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

from assistant.web.api.schemas import PLAIN_TEXT
from tools.ticket_views import MAX_TICKET_AGE_S, TICKET_INT_MAX

TicketId = Annotated[int, Path(ge=1, le=TICKET_INT_MAX, description="The ticket's id, e.g. 42 for VT-000042.")]
PhotoIndex = Annotated[int, Path(ge=0, le=TICKET_INT_MAX, description="The photo's position on the ticket, from 0.")]
OlderThanS = Annotated[int | None, Query(ge=0, le=MAX_TICKET_AGE_S,
                                         description="Opened at least this many seconds ago (at most ten years).")]
OlderThanMin = Annotated[int | None, Query(ge=0, le=MAX_TICKET_AGE_S // 60)]
Login = Annotated[str | None, Query(max_length=64, pattern=PLAIN_TEXT, description="An agent's login, e.g. agent_ana.")]
