"""What of a customer's message is kept: the text without Unicode format characters (category Cf).

An override (U+202E) or an isolate left open in a message reorders what follows it wherever the text is shown:
"Note: \u202e.devorppa dnufer" reads "refund approved." on the desk, in the agent's own page. Zero-width spaces,
joiners, soft hyphens, a byte-order mark or tag characters (U+E0020…, text no one sees) change no word a person
reads, yet they split words for every reader in code ("can\u200bcel") and drown the letters language detection
weighs (fifty of them made an English message read Spanish: attack16 F9). No customer needs them to write in any of
the shop's languages (the text's own characters carry their direction), so they are dropped on the way in, before
anything stores, shows, reads or detects the language of the message. The one kept: a zero-width joiner between
two pictographs, which makes one emoji of them ("👩\u200d💻").
"""

from __future__ import annotations

import re

# Every Cf code point (Unicode 15; tests/unit/test_customer_text.py checks the list against `unicodedata`).
FORMAT_CHARACTERS = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200c\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
    # U+200D (zero-width joiner) unless it joins two pictographs (emoji sequences)
    "|(?<![\u2600-\u27bf\ufe0f\U0001f000-\U0001faff])\u200d|\u200d(?![\u2600-\u27bf\U0001f000-\U0001faff])"
)


def kept_text(text: str) -> str:
    """`text` without its format characters; plain ASCII (most messages) is returned as it is."""
    return text if text.isascii() else FORMAT_CHARACTERS.sub("", text)
