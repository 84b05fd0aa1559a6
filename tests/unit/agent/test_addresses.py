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


# Attacker pass (attack5 F5, F6): an invisible character was written into a shipping address ("5 Main Street\u200b"),
# and a 600-character street was proposed for a yes and only then refused by the write, with no reason.
@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u2060", "\ufeff", "\u00ad"])
def test_invisible_characters_are_no_part_of_an_address(invisible: str) -> None:
    address = read_address(f"ship it to 5 Main Street{invisible}, Spring{invisible}field, IL 62701", "USA")
    assert address is not None
    assert address["address1"] == "5 Main Street" and address["city"] == "Springfield"


def test_an_address_longer_than_the_store_keeps_is_not_read() -> None:
    street = "5 " + "Very" * 150 + " Street"
    assert read_address(f"ship it to {street}, Springfield, IL 62701", "USA") is None


# Round 16: "123 Oak St apt 4, Austin TX 78701" was written with the apartment in the street line and none in address2.
@pytest.mark.parametrize(("text", "street", "unit"), [
    ("to 123 Oak St apt 4, Austin TX 78701", "123 Oak St", "apt 4"),
    ("auf 310 Lake Drive Apt 7, Madison WI 53703", "310 Lake Drive", "Apt 7"),
    ("a 45 Elm Street suite 2B, Seattle WA 98101", "45 Elm Street", "suite 2B"),
    ("7 Suite Road, Reno, NV 89502", "7 Suite Road", ""),  # a street named Suite keeps its name
    ("12 Unit Lane, Reno, NV 89502", "12 Unit Lane", ""),
])
def test_an_apartment_typed_in_the_street_part_is_the_second_line(text: str, street: str, unit: str) -> None:
    address = read_address(text, "USA")
    assert address is not None
    assert (address["address1"], address["address2"]) == (street, unit)


@pytest.mark.parametrize(("text", "street"), [
    ("anya.lee@example.com W8005719 20287 - pls ship the order to my new place 9 Oak Rd, Austin, TX 78701", "9 Oak Rd"),
    ("my zip is 20287 and the new address is 9 Oak Rd, Austin, TX 78701", "9 Oak Rd"),
    ("77 Route 9 North, Albany, NY 12204", "77 Route 9 North"),  # a number inside the street's own name
    ("ship to 123 4th Street, Austin, TX 78701", "123 4th Street"),
])
def test_words_typed_before_the_house_number_are_no_street(text: str, street: str) -> None:
    address = read_address(text, "USA")
    assert address is not None and address["address1"] == street
