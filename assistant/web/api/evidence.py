"""Serving a ticket's redacted photos to agents, and only those files.

A ticket's evidence holds the evidence store's path of each redacted copy. The file is served only if it
resolves to `<evidence dir>/<sha256>.jpg` directly under the evidence directory: never an original (kept
in a subdirectory), never a path outside (`..`, symlinks, absolute paths elsewhere).
"""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter, Depends
from fastapi.responses import FileResponse

from assistant.web.api.errors import api_errors
from assistant.web.api.params import PhotoIndex, TicketId
from assistant.web.api.routing import EncodableErrors
from assistant.web.api.ticket_actions import tool_context
from assistant.web.auth import Principal, agent_principal
from assistant.web.runtime import WebRuntime, get_runtime
from tools.errors import NotFound
from tools.tickets import get_ticket

REDACTED_NAME = re.compile(r"^[0-9a-f]{64}\.jpg$")
router = APIRouter(tags=["evidence"], route_class=EncodableErrors)


def evidence_directory(runtime: WebRuntime) -> Path:
    store = runtime.service.evidence
    return store.directory if store is not None else runtime.settings.data_dir / "evidence"


def redacted_path(directory: Path, uri: str) -> Path:
    """The redacted file `uri` names, if it is one; raises NotFound for anything else."""
    root = directory.resolve()
    path = Path(uri).resolve()
    if path.parent != root or not REDACTED_NAME.match(path.name) or not path.is_file():
        raise NotFound("photo not found")
    return path


async def evidence_file(runtime: WebRuntime, agent: Principal, ticket_id: int, index: int) -> FileResponse:
    async with tool_context(runtime, agent, read_only=True) as ctx:
        view = await get_ticket(ctx, ticket_id)
    if not 0 <= index < len(view.evidence):
        raise NotFound("photo not found")
    path = redacted_path(evidence_directory(runtime), view.evidence[index].uri)
    return FileResponse(path, media_type="image/jpeg",
                        headers={"Cache-Control": "private, max-age=300", "X-Content-Type-Options": "nosniff"})


@router.get("/tickets/{ticket_id}/evidence/{index}", response_class=FileResponse,
            responses={200: {"content": {"image/jpeg": {}}}, 404: {"description": "No such photo"}})
async def get_evidence_photo(ticket_id: TicketId, index: PhotoIndex, agent: Principal = Depends(agent_principal),
                             runtime: WebRuntime = Depends(get_runtime)) -> FileResponse:
    """The redacted copy of a ticket's `index`-th photo (agents only)."""
    with api_errors():
        return await evidence_file(runtime, agent, ticket_id, index)
