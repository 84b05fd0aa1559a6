"""The chat loads nothing from outside the app.

Chainlit's page links the Inter font from Google Fonts and KaTeX's stylesheet from jsDelivr (its index.html),
and its widget adds the same font unless the theme names stylesheets of its own: every visitor's address went to
both, and the chat's Content-Security-Policy had to allow them. `install()` drops the page's outside links where
Chainlit renders the page (`chainlit.server.get_html_template`); the theme (public/theme.json) names the app's
own font stylesheet (public/fonts.css: the system's fonts), so the widget adds none. The chat shows no formulas,
so KaTeX's stylesheet is not needed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import chainlit.server

OUTSIDE_LINK = re.compile(r"<link\b[^>]*\bhref=\"(?:https?:)?//[^\"]*\"[^>]*>\s*", re.I | re.S)
_INSTALLED = "_vitrine_own_assets"


def without_outside_links(html: str) -> str:
    return OUTSIDE_LINK.sub("", html)


def install() -> None:
    """Make Chainlit render its page without outside links (idempotent); before the page's script hashes are
    read (assistant/web/surfaces.chainlit_page_scripts), which it leaves unchanged."""
    render: Callable[[str], str] = chainlit.server.get_html_template
    if getattr(render, _INSTALLED, False):
        return

    def own_page(root_path: str) -> str:
        return without_outside_links(render(root_path))

    setattr(own_page, _INSTALLED, True)
    chainlit.server.get_html_template = own_page
