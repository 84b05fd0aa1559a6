"""Output guardrails: no links or images the shop did not put there reach the customer's chat."""

from __future__ import annotations

import re

MARKDOWN_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\((?!/)[^)]*\)")
BARE_URL = re.compile(r"\b(?:https?|ftp|file|javascript|data):[^\s)]+", re.I)
HTML_TAG = re.compile(r"<\s*/?\s*(?:script|iframe|img|a|object|embed|style)\b[^>]*>", re.I)


def sanitise_markdown(text: str) -> str:
    """Drop external images, unwrap external links, and remove bare URLs and active HTML."""
    text = MARKDOWN_IMAGE.sub(lambda m: m.group(1), text)
    text = MARKDOWN_LINK.sub(lambda m: m.group(1), text)
    text = BARE_URL.sub("[link removed]", text)
    return HTML_TAG.sub("", text)
