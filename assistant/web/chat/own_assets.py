"""The chat loads nothing from outside the app.

Chainlit's page links the Inter font from Google Fonts and KaTeX's stylesheet from jsDelivr (its index.html),
and its widget adds the same font unless the theme names stylesheets of its own: every visitor's address went to
both, and the chat's Content-Security-Policy had to allow them. `install()` drops the page's outside links where
Chainlit renders the page (`chainlit.server.get_html_template`); the theme (public/theme.json) names the app's
own font stylesheet (public/fonts.css: the system's fonts), so the widget adds none. The chat shows no formulas,
so KaTeX's stylesheet is not needed.

Chainlit puts the chat's root path before every address of its page, also before the theme's, which already
holds it (the widget on the shop's pages needs it): the page linked /chat/chat/public/fonts.css, got the page's
own HTML for it and dropped it (desk18 F13). `at_their_own_address` undoes that doubling.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import chainlit.server

OUTSIDE_LINK = re.compile(r"<link\b[^>]*\bhref=\"(?:https?:)?//[^\"]*\"[^>]*>\s*", re.I | re.S)
_INSTALLED = "_vitrine_own_assets"


def without_outside_links(html: str) -> str:
    return OUTSIDE_LINK.sub("", html)


def at_their_own_address(html: str, root_path: str) -> str:
    """The page's addresses that already held the root path (the theme's font stylesheet) without it twice."""
    root = root_path.rstrip("/")
    if not root:
        return html
    return re.sub(rf'\b(href|src)="{re.escape(root)}(?={re.escape(root)}/)', r'\1="', html)


def install() -> None:
    """Make Chainlit render its page without outside links (idempotent); before the page's script hashes are
    read (assistant/web/surfaces.chainlit_page_scripts), which it leaves unchanged."""
    render: Callable[[str], str] = chainlit.server.get_html_template
    if getattr(render, _INSTALLED, False):
        return

    def own_page(root_path: str) -> str:
        return at_their_own_address(without_outside_links(render(root_path)), root_path)

    setattr(own_page, _INSTALLED, True)
    chainlit.server.get_html_template = own_page
