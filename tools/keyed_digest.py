"""A keyed digest of an identifier (an email with its order number, an order number, an account, a client
address): what is stored or counted instead of the identifier itself. The label names the use, so the same secret
gives unrelated digests for each use."""

from __future__ import annotations

import hashlib
import hmac


def keyed_digest(secret: bytes, label: str, subject: str, length: int | None = None) -> str:
    """HMAC-SHA256 of "<label>:<subject>" under `secret`, in hex, cut to its first `length` characters when given
    (digests already stored were made this way: a change here would stop them matching)."""
    digest = hmac.new(secret, f"{label}:{subject}".encode(), hashlib.sha256).hexdigest()
    return digest[:length] if length else digest
