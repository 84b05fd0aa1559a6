"""The API's route class: a request refused for text that is not Unicode still gets its 422, not a 500.

JSON can carry a lone surrogate (`"\\ud800"`), which no UTF-8 text holds. Pydantic refuses it, and FastAPI's
422 echoes the refused input back, which then cannot be encoded: the answer would be a server error. The
errors are raised again with such text made encodable, for the app's handler to answer as usual.
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


class EncodableErrors(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()

        async def handle_encodably(request: Request) -> Response:
            try:
                return await handle(request)
            except RequestValidationError as error:
                raise RequestValidationError(encodable(list(error.errors())), body=encodable(error.body)) from None

        return handle_encodably
