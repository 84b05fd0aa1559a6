"""The desk's queue and ticket pages and their forms (reply, hand back, resolve, reassign).

Forms post back here, act through the same functions as the API (`ticket_actions`), then redirect to the
ticket page (post/redirect/get). A stale form (someone else changed the ticket) re-renders the page with 409.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from assistant.message_limits import MAX_MESSAGE_CHARS
from assistant.web.api import ticket_actions
from assistant.web.api.errors import status_of
from assistant.web.api.evidence import evidence_file
from assistant.web.api.params import OlderThanMin, PhotoIndex, TicketId
from assistant.web.api.schemas import PLAIN_TEXT
from assistant.web.auth import Principal
from assistant.web.desk.form_errors import form_problem, kept_draft
from assistant.web.desk.session import check_csrf, csrf_token, desk_agent
from assistant.web.desk.templating import render
from assistant.web.runtime import WebRuntime, get_runtime
from assistant.web.validation_pages import route_explaining_errors
from tools.errors import NotFound, PolicyViolation, TicketConflict
from tools.store.enums import TicketCategory, TicketPriority, TicketStatus
from tools.ticket_views import TICKET_INT_MAX, TicketFilter


async def _refused_form(request: Request, errors: Any) -> Response:
    runtime = await get_runtime(request)
    agent = await desk_agent(request, runtime)
    problem = form_problem(errors)
    ticket_id = request.path_params.get("ticket_id", "")
    if request.method == "POST" and str(ticket_id).isdigit() and 0 < int(ticket_id) <= TICKET_INT_MAX:
        draft = kept_draft(await request.form()) if request.url.path.endswith("/reply") else ""
        return await _ticket_page(request, runtime, agent, int(ticket_id), error=problem, draft=draft,
                                  status_code=status.HTTP_422_UNPROCESSABLE_ENTITY)
    filters = TicketFilter(statuses=STATUS_CHOICES["active"], limit=200)
    return render(request, "queue.html", {
        "agent": agent, "tickets": await ticket_actions.queue(runtime, agent, filters),
        "csrf": csrf_token(runtime, agent), "show": "active", "priority": None, "category": None,
        "older_than_min": None, "priorities": list(TicketPriority), "categories": list(TicketCategory),
        "shows": list(STATUS_CHOICES), "error": problem}, status.HTTP_422_UNPROCESSABLE_ENTITY)


DeskFormErrors = route_explaining_errors(lambda: _refused_form, "DeskFormErrors")
"""A form or filter the rules refuse gets the desk page it came from, with a sentence saying what to change
(form_errors.py), status 422; only for a signed-in agent (otherwise the usual sign-in redirect or 403)."""
router = APIRouter(include_in_schema=False, route_class=DeskFormErrors)
DONE = {"replied": "Reply sent to the customer.", "handed_back": "Conversation handed back to the assistant.",
        "resolved": "Ticket resolved.", "reassigned": "Ticket reassigned."}
STATUS_CHOICES = {"active": [TicketStatus.ESCALATED, TicketStatus.OPEN], "escalated": [TicketStatus.ESCALATED],
                  "open": [TicketStatus.OPEN], "resolved": [TicketStatus.RESOLVED], "all": list(TicketStatus)}


def _blank(value: str | None) -> str | None:
    return value or None


@router.get("/", response_class=HTMLResponse, name="desk_queue")
async def queue_page(
    request: Request,
    show: Annotated[str, Query(pattern="^(active|escalated|open|resolved|all)$")] = "active",
    priority: Annotated[TicketPriority | None, Query()] = None,
    category: Annotated[TicketCategory | None, Query()] = None,
    older_than_min: OlderThanMin = None,
    agent: Principal = Depends(desk_agent),
    runtime: WebRuntime = Depends(get_runtime),
) -> HTMLResponse:
    filters = TicketFilter(statuses=STATUS_CHOICES[show], priority=priority, category=category,
                           older_than_s=older_than_min * 60 if older_than_min is not None else None, limit=200)
    tickets = await ticket_actions.queue(runtime, agent, filters)
    return render(request, "queue.html", {
        "agent": agent, "tickets": tickets, "csrf": csrf_token(runtime, agent), "show": show,
        "priority": priority, "category": category, "older_than_min": older_than_min,
        "priorities": list(TicketPriority), "categories": list(TicketCategory), "shows": list(STATUS_CHOICES),
    })


async def _ticket_page(request: Request, runtime: WebRuntime, agent: Principal, ticket_id: int, *,
                       notice: str | None = None, error: str | None = None, draft: str = "",
                       status_code: int = 200) -> HTMLResponse:
    try:
        ticket = await ticket_actions.ticket_detail(runtime, agent, ticket_id)
    except NotFound:
        return render(request, "missing.html", {"agent": agent, "csrf": csrf_token(runtime, agent)},
                      status.HTTP_404_NOT_FOUND)
    return render(request, "ticket.html", {"agent": agent, "ticket": ticket, "csrf": csrf_token(runtime, agent),
                                           "notice": notice, "error": error, "draft": draft}, status_code)


@router.get("/tickets/{ticket_id}", response_class=HTMLResponse, name="desk_ticket")
async def ticket_page(request: Request, ticket_id: TicketId, done: str | None = None,
                      agent: Principal = Depends(desk_agent),
                      runtime: WebRuntime = Depends(get_runtime)) -> HTMLResponse:
    return await _ticket_page(request, runtime, agent, ticket_id, notice=DONE.get(done or ""))


@router.get("/tickets/{ticket_id}/evidence/{index}", name="desk_evidence")
async def evidence_photo(ticket_id: TicketId, index: PhotoIndex, agent: Principal = Depends(desk_agent),
                         runtime: WebRuntime = Depends(get_runtime)) -> Response:
    try:
        return await evidence_file(runtime, agent, ticket_id, index)
    except NotFound:
        return Response("photo not found", status.HTTP_404_NOT_FOUND, media_type="text/plain")


async def _act(request: Request, runtime: WebRuntime, agent: Principal, ticket_id: int, csrf: str, done: str,
               action: Callable[[], Awaitable[Any]]) -> Response:
    """Run a desk action; on success redirect to the ticket, on a refusal show the page with the reason."""
    check_csrf(runtime, agent, csrf)
    try:
        await action()
    except (TicketConflict, ticket_actions.NotWaitingForAgent, PolicyViolation, NotFound) as error:
        message = str(error)
        if isinstance(error, TicketConflict):
            message = "Someone else changed this ticket while you were looking at it; this is the latest version."
        return await _ticket_page(request, runtime, agent, ticket_id, error=message,
                                  status_code=status_of(error) or status.HTTP_400_BAD_REQUEST)
    url = request.url_for("desk_ticket", ticket_id=ticket_id).include_query_params(done=done)
    return RedirectResponse(str(url.path) + "?" + url.query, status.HTTP_303_SEE_OTHER)


Csrf = Annotated[str, Form(alias="csrf_token", max_length=128)]
Version = Annotated[int | None, Form(alias="version", ge=1, le=TICKET_INT_MAX)]
ReplyText = Annotated[str, Form(min_length=1, max_length=MAX_MESSAGE_CHARS, pattern=PLAIN_TEXT)]
Resolution = Annotated[str, Form(max_length=MAX_MESSAGE_CHARS, pattern=PLAIN_TEXT)]
Assignee = Annotated[str, Form(min_length=1, max_length=64, pattern=PLAIN_TEXT)]


@router.post("/tickets/{ticket_id}/reply", name="desk_reply")
async def reply(request: Request, ticket_id: TicketId, text: ReplyText,
                csrf: Csrf, version: Version = None, agent: Principal = Depends(desk_agent),
                runtime: WebRuntime = Depends(get_runtime)) -> Response:
    return await _act(request, runtime, agent, ticket_id, csrf, "replied",
                      lambda: ticket_actions.reply(runtime, agent, ticket_id, text, version))


@router.post("/tickets/{ticket_id}/hand-back", name="desk_hand_back")
async def hand_back(request: Request, ticket_id: TicketId, csrf: Csrf, version: Version = None,
                    agent: Principal = Depends(desk_agent), runtime: WebRuntime = Depends(get_runtime)) -> Response:
    return await _act(request, runtime, agent, ticket_id, csrf, "handed_back",
                      lambda: ticket_actions.hand_back(runtime, agent, ticket_id, version))


@router.post("/tickets/{ticket_id}/resolve", name="desk_resolve")
async def resolve(request: Request, ticket_id: TicketId, csrf: Csrf, version: Version = None,
                  resolution: Resolution = "",
                  agent: Principal = Depends(desk_agent), runtime: WebRuntime = Depends(get_runtime)) -> Response:
    note = resolution.strip() or f"Resolved by {agent.name or agent.subject}"
    return await _act(request, runtime, agent, ticket_id, csrf, "resolved",
                      lambda: ticket_actions.resolve(runtime, agent, ticket_id, note, version))


@router.post("/tickets/{ticket_id}/assign", name="desk_assign")
async def reassign(request: Request, ticket_id: TicketId, assignee: Assignee,
                   csrf: Csrf, version: Version = None, agent: Principal = Depends(desk_agent),
                   runtime: WebRuntime = Depends(get_runtime)) -> Response:
    return await _act(request, runtime, agent, ticket_id, csrf, "reassigned",
                      lambda: ticket_actions.reassign(runtime, agent, ticket_id, assignee, version))
