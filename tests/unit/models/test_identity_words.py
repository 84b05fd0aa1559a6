"""`identity_words` reads the identity slots exactly as `extract_slots` does (identity_read relies on it)."""

import pytest

from assistant.models.resolver.patterns import extract_slots, identity_words

TEXTS = [
    "where is my order #D9000001?",
    "my name is Mia Novak and my zip is 78701",
    "Mia Novak 78701",
    "je m'appelle Léa Martin, code postal 75011, mia@example.com",
    "me llamo Ana García, mi correo es ana.garcia@example.es y el código postal 28013",
    "ich heiße Jonas Müller, PLZ 10115, jonas@example.de",
    "email: someone@example.com zip 02139 cancel #W1234567 please",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_identity_words_are_extract_slots_identity_slots(text: str) -> None:
    slots, read = extract_slots(text), identity_words(text)
    assert (read.email, read.zip_code, read.first_name, read.last_name) == (
        slots.email, slots.zip_code, slots.first_name, slots.last_name)
