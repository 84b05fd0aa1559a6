"""The /chat sign-in form asks for what the accounts use: a username, not an e-mail address, in the four customer
languages (Chainlit picks the translation from the browser's language)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import REPO_ROOT

TRANSLATIONS = REPO_ROOT / ".chainlit" / "translations"


@pytest.mark.parametrize("file", ["en-US.json", "fr-FR.json", "es.json", "de-DE.json"])
def test_the_login_form_asks_for_a_username(file: str) -> None:
    field = json.loads((TRANSLATIONS / file).read_text(encoding="utf-8"))["auth"]["login"]["form"]["email"]
    words = " ".join(field.values()).lower()
    assert "mail" not in words and "@" not in words
