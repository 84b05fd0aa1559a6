"""The API's route class: a refused request gets a 422 that names what was wrong, never what was sent.

FastAPI's 422 echoes each refused input back: a sign-in with a misnamed field returned the password in the
answer, and a 4,001-character message came back whole. The errors are raised again without their `input`, for
the app's handler to answer as usual. What is left is made encodable: JSON can carry a lone surrogate
(`"\\ud800"`), which no UTF-8 text holds, and an answer holding one could not be sent (a server error).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute


def encodable(value: Any) -> Any:
    """`value` with every string that UTF-8 cannot encode (lone surrogates) given `?` in their place."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, dict):
        return {encodable(key): encodable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [encodable(item) for item in value]
    return value


def without_input(error: Any) -> dict[str, Any]:
    return {key: value for key, value in dict(error).items() if key != "input"}


class EncodableErrors(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()

        async def handle_encodably(request: Request) -> Response:
            try:
                return await handle(request)
            except RequestValidationError as error:
                raise RequestValidationError(encodable([without_input(e) for e in error.errors()])) from None

        return handle_encodably
