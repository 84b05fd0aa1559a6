"""The site's icon at /favicon.ico (browsers ask for it on every page that names none; a 404 is log noise).
The chat names its own (Chainlit's `/chat/favicon`)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

FAVICON_PATH = "/favicon.ico"
# A "V" on the shop header's slate (#1f2937); SVG keeps it a few hundred bytes of text.
ICON = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
        b'<rect width="32" height="32" rx="6" fill="#1f2937"/>'
        b'<path d="M8 8l8 17 8-17" fill="none" stroke="#fafaf7" stroke-width="3.5" stroke-linejoin="round"/></svg>')

router = APIRouter(include_in_schema=False)


@router.get(FAVICON_PATH)
async def favicon() -> Response:
    return Response(ICON, media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"})
