"""An address read from the customer's words never swallows the order number before it (found in an attacker's
pass: "order #D9000002 to 5 Oak Lane, ..." proposed and saved "9000002 to 5 Oak Lane")."""

import pytest

from assistant.steps.addresses import read_address


@pytest.mark.parametrize("text", [
    "change the shipping address of order #D9000002 to 5 Oak Lane, Apt 2, Springfield, IL 62704",
    "please send #W8367380 to 5 Oak Lane, Apt 2, Springfield, IL 62704",
    "ship order 9000002 to 5 Oak Lane, Apt 2, Springfield, IL 62704",
    "W8367380: new address 5 Oak Lane, Apt 2, Springfield, IL 62704",
    "5 Oak Lane, Apt 2, Springfield, IL 62704",
])
def test_the_street_address_starts_at_the_house_number(text: str) -> None:
    address = read_address(text, "USA")
    assert address is not None
    assert (address["address1"], address["address2"], address["city"], address["state"], address["zip"]) == (
        "5 Oak Lane", "Apt 2", "Springfield", "IL", "62704")
