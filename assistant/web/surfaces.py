"""The Content-Security-Policy of each surface of the app, read off what its pages load.

- /shop (shop/templates): an inline <style>, one inline script (the widget's mount, allowed by this request's
  nonce) and the Chainlit widget from /chat/copilot/index.js. The widget renders into a shadow root with
  <style> elements it creates, calls /chat/... and opens its websocket to this origin, and loads the font
  stylesheet the theme names (the app's own, public/fonts.css; with none it would fetch Google's).
- /chat (Chainlit's index.html): two inline scripts, allowed by their hashes; React inline styles; photo previews
  from blob: URLs. Its links to Google Fonts and jsDelivr are removed (assistant/web/chat/own_assets.py): no
  surface loads anything from outside the app.
- /desk: its stylesheet and evidence photos, no script. /api/docs: swagger-ui from /api/docs-assets and one
  inline script, allowed by its hash.
- everything else (the JSON API, images, redirects): nothing at all.
Only the chat may be framed, by the app itself and the origins in `settings.web.frame_ancestors`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from assistant.settings import WebSettings
from assistant.web.security_headers import NONCE, Surface, inline_script_hashes

SELF, NONE = "'self'", "'none'"
INLINE = "'unsafe-inline'"  # styles only: scripts are always nonce- or hash-bound

NOTHING = {"default-src": (NONE,), "frame-ancestors": (NONE,), "base-uri": (NONE,), "form-action": (NONE,)}

DESK = {
    "default-src": (NONE,), "style-src": (SELF,), "img-src": (SELF,), "form-action": (SELF,),
    "frame-ancestors": (NONE,), "base-uri": (NONE,),
}

SHOP = {
    "default-src": (SELF,), "script-src": (SELF, NONCE), "style-src": (SELF, INLINE),
    "font-src": (SELF,), "img-src": (SELF, "data:", "blob:"), "connect-src": (SELF,),
    "object-src": (NONE,), "base-uri": (NONE,), "form-action": (SELF,), "frame-ancestors": (NONE,),
}


def chat_policy(frame_ancestors: Sequence[str], scripts: Sequence[str]) -> dict[str, tuple[str, ...]]:
    return {
        "default-src": (SELF,), "script-src": (SELF, *scripts),
        "style-src": (SELF, INLINE), "font-src": (SELF, "data:"),
        "img-src": (SELF, "data:", "blob:"), "media-src": (SELF, "blob:"), "connect-src": (SELF,),
        "worker-src": (SELF, "blob:"), "object-src": (NONE,), "base-uri": (SELF,), "form-action": (SELF,),
        "frame-ancestors": (SELF, *frame_ancestors),
    }


def docs_policy(scripts: Sequence[str]) -> dict[str, tuple[str, ...]]:
    return {
        "default-src": (NONE,), "script-src": (SELF, *scripts), "style-src": (SELF,), "img-src": (SELF, "data:"),
        "connect-src": (SELF,), "frame-ancestors": (NONE,), "base-uri": (NONE,), "form-action": (NONE,),
    }


def app_surfaces(web: WebSettings, *, chat_scripts: Sequence[str] = (), docs_scripts: Sequence[str] = (),
                 docs_path: str = "/api/docs", chat_path: str = "/chat") -> list[Surface]:
    """Every surface's policy; `*_scripts` are the hash sources of those pages' inline scripts."""
    return [
        Surface("/", NOTHING),
        Surface("/desk", DESK),
        Surface("/shop", SHOP),
        Surface(docs_path, docs_policy(docs_scripts)),
        Surface(chat_path, chat_policy(web.frame_ancestors, chat_scripts)),
    ]


def chainlit_page_scripts() -> tuple[str, ...]:
    """Hash sources of the inline scripts in Chainlit's page (its index.html as installed, filled in from our
    `.chainlit/config.toml`), rendered as Chainlit renders it; call once Chainlit is mounted."""
    from chainlit.server import get_html_template

    root = os.environ.get("CHAINLIT_PARENT_ROOT_PATH", "") + os.environ.get("CHAINLIT_ROOT_PATH", "")
    return inline_script_hashes(get_html_template(root))
