"""What makes an app secret good enough to sign tokens with: at least 32 bytes of randomness, no placeholder.

Tokens are HMAC-signed with keys derived from this secret, so a guessable secret lets anyone who holds one
token (every customer does) find the key offline and forge an agent's. The check estimates the entropy of
the string as typed (character set and letter frequencies), so long runs, words and repeated patterns fail.
"""

from __future__ import annotations

import math
import re
from collections import Counter

MIN_LENGTH = 32
MIN_ENTROPY_BITS = 170  # `secrets.token_urlsafe(32)` estimates at 186-230 (20,000 draws), `token_hex(32)` at 220+
PLACEHOLDER_WORDS = ("changeme", "change-me", "change_me", "secret", "password", "passwd", "example", "dev-only",
                     "placeholder", "default", "test", "demo", "vitrine", "letmein", "qwerty", "12345")
HOW_TO_GENERATE = "generate one with: python -c 'import secrets; print(secrets.token_urlsafe(32))'"


def estimated_entropy_bits(secret: str) -> float:
    """A cautious estimate: the smaller of (length × bits of the character classes used) and (length × the
    string's own Shannon entropy per character)."""
    if not secret:
        return 0.0
    alphabet = sum(size for pattern, size in ((r"[a-z]", 26), (r"[A-Z]", 26), (r"[0-9]", 10), (r"[^a-zA-Z0-9]", 32))
                   if re.search(pattern, secret))
    counts = Counter(secret)
    shannon = -sum(n / len(secret) * math.log2(n / len(secret)) for n in counts.values())
    return len(secret) * min(math.log2(max(alphabet, 2)), shannon)


def _without_placeholder_words(secret: str) -> str:
    """The secret with every placeholder word cut out, in any case."""
    pattern = "|".join(re.escape(word) for word in PLACEHOLDER_WORDS)
    return re.sub(pattern, "", secret, flags=re.IGNORECASE)


def _random_enough(secret: str) -> bool:
    return len(secret) >= MIN_LENGTH and estimated_entropy_bits(secret) >= MIN_ENTROPY_BITS


def secret_key_problem(secret: str) -> str | None:
    """Why this secret must not sign tokens, or None when it may.

    A common word refuses the secret only when what is left without it is not random enough on its own: a
    generated token that happens to spell "Test" somewhere (about 1 in 13,000 draws) is still a good key."""
    without_words = _without_placeholder_words(secret)
    if without_words != secret and not _random_enough(without_words):
        return "it is a placeholder or contains a common word"
    if len(secret) < MIN_LENGTH:
        return f"it is shorter than {MIN_LENGTH} characters"
    if estimated_entropy_bits(secret) < MIN_ENTROPY_BITS:
        return "it is not random enough (repeated or predictable characters)"
    return None
