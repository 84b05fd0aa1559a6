"""What of a customer's message is kept: the text without Unicode bidirectional controls.

An override (U+202E) or an isolate left open in a message reorders what follows it wherever the text is shown:
"Note: \u202e.devorppa dnufer" reads "refund approved." on the desk, in the agent's own page. No customer needs
them to write in any language (the text's own characters carry their direction), so they are dropped on the way
in, before anything stores or shows the message.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def kept_text(text: str) -> str:
    return BIDI_CONTROLS.sub("", text)
