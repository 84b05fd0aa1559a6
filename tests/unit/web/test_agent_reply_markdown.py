"""An agent's reply reaches the chat's markdown renderer as literal text (attacker pass: '[text](url)' in a desk
reply became a clickable link whose target the customer could not see)."""

import re

import pytest
from markdown_it import MarkdownIt

from assistant.web.chat.message_text import message_content

RENDER = MarkdownIt("commonmark").enable("table").render
REPLIES = [
    "[Track your parcel](https://evil.example/login)",
    "![receipt](https://evil.example/pixel.png)",
    "# URGENT: your account is locked",
    "**Refund approved** _today_ `code`",
    "<a href='https://evil.example'>your order</a> <script>alert(1)</script>",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "Please see [the returns page][1]\n\n[1]: https://evil.example",
    r"A backslash \[ before a bracket](https://evil.example)",
    "Reset it at https://evil.example/reset, www.evil.example/login or write to help.desk@evil.example",
    "HTTP://EVIL.EXAMPLE and mailto:help@evil.example",
    "Nota:importante el pedido:urgente ratio:alto",  # attack16 F8: ':word' vanished in the chat
    "::note[shipping]\n:::warning\nrefund approved\n:::",
]
# GitHub-flavoured markdown's bare-address links (the chat renders GFM), as mdast-util-gfm-autolink-literal finds them.
GFM_AUTOLINK = re.compile(r"(https?://|www(?=\.))[-.\w]+|[-.\w+]+@[-\w]+(?:\.[-\w]+)+", re.I)
INVISIBLE = "\u2060"  # a word joiner: no width, no glyph
# remark-directive (the chat renders it too): ':name', '::name' and ':::name' start a directive that shows nothing of
# itself; a colon escaped before the name is a plain colon.
DIRECTIVE = re.compile(r"(?<!\\):(?=[A-Za-z])")


def _visible(html: str) -> str:
    text = re.sub(r"<[^>]+>", "", html).replace(INVISIBLE, "")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


@pytest.mark.parametrize("reply", REPLIES)
def test_an_agent_reply_renders_as_the_words_typed(reply: str) -> None:
    html = RENDER(message_content({"author": "agent", "text": reply}, "en"))
    assert not re.search(r"<(a|img|h\d|em|strong|code|table|script)\b", html), html
    assert " ".join(reply.split()) in " ".join(_visible(html).split()), html
    assert not GFM_AUTOLINK.search(html), html  # no address a GFM renderer would make a link of
    assert not DIRECTIVE.search(message_content({"author": "agent", "text": reply}, "en"))


def test_the_assistants_own_cards_keep_their_formatting() -> None:
    html = RENDER(message_content({"author": "assistant", "text": "Here:",
                                   "cards": [{"title": "Chaz Kangeroo Hoodie", "price": "$52.00"}]}, "en"))
    assert "<strong>Chaz Kangeroo Hoodie</strong>" in html
