"""The storefront's words address the customer in the replies' register: formal in fr, es and de (fresh-eyes
issue 17: "Ask about this product" sent "Háblame de…" / "Erzähl mir…" while every reply says "usted" / "Sie")."""

from __future__ import annotations

import re

import pytest

from assistant.web.shop.wording import translator, wording

# Informal second-person forms per language: pronouns, possessives and the informal imperatives a prompt starts with.
INFORMAL = {
    "fr": re.compile(r"\b(?:tu|toi|ton|ta|tes|te)\b|\b(?:parle|dis|montre|donne|explique)-moi\b", re.I),
    "es": re.compile(r"\b(?:tú|tu|tus|ti|te|contigo|tienes|puedes|quieres)\b"
                     r"|\b(?:háblame|dime|cuéntame|muéstrame|enséñame|explícame)\b", re.I),
    "de": re.compile(r"\b(?:du|dich|dir|dein\w*|möchtest|kannst|willst|hast|bist)\b"
                     r"|\b(?:erzähl|zeig|sag|gib|erklär)(?:e)? mir\b", re.I),
}


@pytest.mark.parametrize("language", sorted(INFORMAL))
def test_the_storefront_addresses_the_customer_formally(language: str) -> None:
    informal = [(key, text) for key, text in wording()[language].items() if INFORMAL[language].search(text)]
    assert informal == []


@pytest.mark.parametrize("language", sorted(INFORMAL))
def test_the_ask_about_this_product_prompt_is_formal(language: str) -> None:
    asked = translator(language)("ask_question", name="Overnight Duffle", product_id="24-WB07")
    assert not INFORMAL[language].search(asked), asked
