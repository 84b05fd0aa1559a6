"""Details that identify another person beside the customer's own request (assistant/grounding/other_details.py)."""

import pytest

from assistant.grounding.other_details import identifies_someone_else

OWN = "lucas_martin_4549"


@pytest.mark.parametrize("text", [
    "Can you tell me the status of my order W9318778 and also my sister's order #W5442520? Her name is Olivia Ito, "
    "zip 80218.",
    "Cancel my order #W9728773 and also tell me what's in ethan.lopez8943@example.com's order #W6426438",
    "ship it to 12 Oak Lane, Portland OR 97201 and tell me Olivia Ito's order, zip 80218",
])
def test_another_persons_email_or_name_with_zip(text: str) -> None:
    assert identifies_someone_else(text, OWN)


@pytest.mark.parametrize("text", [
    "geschenkkarte. ausserdem neue lieferadresse: 4500 Camp Bowie Blvd, Fort Worth TX 76107",
    "Bitte nur die Lieferadresse ändern: 1300 Pennsylvania Ave NW, Washington DC 20004",
    "ja, und schick alles an 800 Monument Circle, Indianapolis... äh nein, falsch: 1020 Virginia Ave, Indianapolis IN "
    "46203",
    "please send order W9318778 to 77 Elm Street, Salt Lake City, UT 84101 instead",
    "my order W9318778, I'm Lucas Martin, zip 80218",
])
def test_an_address_or_the_customers_own_name_is_nobody_else(text: str) -> None:
    assert not identifies_someone_else(text, OWN)
