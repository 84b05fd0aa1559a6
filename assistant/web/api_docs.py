"""The REST API's Swagger UI at /api/docs, served whole by the app: swagger-ui's script and stylesheet come from
the copy of swagger-ui-dist that the `fastapi-offline` package ships (mounted at /api/docs-assets), so the page
works offline and runs no third-party script on an admin page."""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from assistant.web.security_headers import inline_script_hashes

DOCS_PATH = "/api/docs"
ASSETS_PATH = "/api/docs-assets"
SWAGGER_ASSETS = Path(fastapi_offline.__file__).resolve().parent / "static"


def docs_page(title: str, openapi_url: str, favicon_url: str) -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url=openapi_url, title=title, swagger_favicon_url=favicon_url,
        swagger_js_url=f"{ASSETS_PATH}/swagger-ui-bundle.js", swagger_css_url=f"{ASSETS_PATH}/swagger-ui.css",
        # No validator badge: it would be an image from validator.swagger.io.
        swagger_ui_parameters={"validatorUrl": None},
    )


def mount_api_docs(app: FastAPI, *, openapi_url: str, favicon_url: str) -> tuple[str, ...]:
    """Serve the docs page and its assets; returns the hash sources of the page's inline script (for its CSP)."""
    page = docs_page(f"{app.title} API", openapi_url, favicon_url)
    body = bytes(page.body)
    app.mount(ASSETS_PATH, StaticFiles(directory=SWAGGER_ASSETS), name="api_docs_assets")

    @app.get(DOCS_PATH, include_in_schema=False)
    async def api_docs() -> HTMLResponse:
        return HTMLResponse(body)

    return inline_script_hashes(body.decode())
