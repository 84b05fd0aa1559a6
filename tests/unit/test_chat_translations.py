"""The chat's own German interface says "Sie", as the assistant does (fresh-eyes Low list: the new-chat dialog
asked "Möchtest du…" while every reply says "Sie")."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from tests.conftest import REPO_ROOT

DU = re.compile(r"\b(?:du|dich|dir|dein\w*|möchtest|kannst|willst|hast|bist)\b"
                r"|^(?:Melde|Versuche|Beginne|Ziehe|Füge|Gebe|Gib|Wähle|Passe|Schreibe|Sende)\b", re.I)


def _strings(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for name, item in value.items():
            yield from _strings(item, f"{key}.{name}" if key else name)
    elif isinstance(value, str):
        yield key, value


def test_the_german_chat_interface_addresses_the_customer_as_sie() -> None:
    strings = json.loads((REPO_ROOT / ".chainlit" / "translations" / "de-DE.json").read_text(encoding="utf-8"))
    assert [(key, text) for key, text in _strings(strings) if DU.search(text)] == []
