"""Desk sign-in and sign-out, and the desk's stylesheet."""

from __future__ import annotations

import contextlib
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, status
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from assistant.web.api.schemas import PLAIN_TEXT
from assistant.web.auth import (
    DESK_AUDIENCE,
    LoginThrottle,
    TokenError,
    client_of,
    login_throttle,
    read_token,
    secret_of,
    sign_out,
    verify_password,
)
from assistant.web.desk.session import COOKIE, end_session, start_session
from assistant.web.desk.templating import HERE, render
from assistant.web.runtime import WebRuntime, get_runtime

router = APIRouter(include_in_schema=False)


@router.get("/login", response_class=HTMLResponse, name="desk_login_page")
async def login_page(request: Request) -> HTMLResponse:
    return render(request, "login.html", {"error": None, "login": ""})


@router.post("/login", response_class=HTMLResponse, name="desk_login")
async def login(
    request: Request,
    login: Annotated[str, Form(max_length=64, pattern=PLAIN_TEXT)],
    password: Annotated[str, Form(max_length=256)],
    runtime: WebRuntime = Depends(get_runtime),
    throttle: LoginThrottle = Depends(login_throttle),
) -> Response:
    client = client_of(request)
    if wait := await throttle.retry_after(login, client):
        return render(request, "login.html", {"error": f"Too many wrong passwords. Try again in {wait} s.",
                                              "login": login}, status.HTTP_429_TOO_MANY_REQUESTS)
    principal = await verify_password(runtime.sessions, login, password,
                                      production=runtime.settings.environment == "production")
    if principal is None:
        await throttle.failed(login, client)
        return render(request, "login.html", {"error": "Wrong login or password.", "login": login},
                      status.HTTP_401_UNAUTHORIZED)
    await throttle.succeeded(login, client)
    if not principal.is_agent:
        return render(request, "login.html", {"error": "This account has no access to the desk.", "login": login},
                      status.HTTP_403_FORBIDDEN)
    response = RedirectResponse(request.url_for("desk_queue").path, status.HTTP_303_SEE_OTHER)
    start_session(response, request, runtime, principal)
    return response


@router.post("/logout", name="desk_logout")
async def logout(request: Request, runtime: WebRuntime = Depends(get_runtime)) -> Response:
    """Sign out: the session's cookie is dropped and the session itself ended, so a copy of it opens nothing."""
    with contextlib.suppress(TokenError):  # no readable session: nothing to end
        await sign_out(runtime, read_token(secret_of(runtime), request.cookies.get(COOKIE, ""), audience=DESK_AUDIENCE))
    response = RedirectResponse(request.url_for("desk_login_page").path, status.HTTP_303_SEE_OTHER)
    end_session(response, request)
    return response


@router.get("/static/desk.css", name="desk_css")
async def stylesheet() -> FileResponse:
    return FileResponse(HERE / "static" / "desk.css", media_type="text/css",
                        headers={"Cache-Control": "public, max-age=3600"})
