"""The product of the storefront page the chat widget was opened on (issue 17 F12).

"Ask about this product" sends a question naming the product, but a customer who opens the chat bubble on a product
page and asks "c'est imperméable ?" named none: the assistant could not tell which product was meant. The widget's
chat socket is opened from the page itself, so the address of its first request (the `Referer` its page sends,
same-origin only: the app's `Referrer-Policy: same-origin`) says which page that is. Only the storefront's own
product address of the same host counts, and only as a catalog id's shape: the service checks the catalog for it
(`ConversationService.stream`'s `page_product`), and it is a public product, never a right to anything.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

PRODUCT_PAGE = re.compile(r"^/shop/products/(?P<product_id>[A-Za-z0-9][A-Za-z0-9_.-]{0,63})/?$")


def page_product(environ: dict[str, Any] | None) -> str | None:
    """The catalog id of the storefront product page that opened this socket (its `Referer`), if it is one of this
    host's product pages; None otherwise (the full-page chat, a listing, another site)."""
    headers = environ or {}
    referer = str(headers.get("HTTP_REFERER") or "")
    if not referer:
        return None
    try:
        address = urlsplit(referer)
    except ValueError:
        return None
    host = str(headers.get("HTTP_HOST") or "")
    if address.netloc and host and address.netloc.lower() != host.lower():
        return None
    found = PRODUCT_PAGE.match(unquote(address.path))
    return found.group("product_id") if found else None
