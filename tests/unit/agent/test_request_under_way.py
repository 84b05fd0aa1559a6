"""fresh17 F10: a photo complaint about an item whose exchange or return is under way says so and asks a yes
before a ticket is opened for our team."""

from __future__ import annotations

from assistant.steps.request_under_way import has_request_under_way, pass_photo_on, request_under_way_said

ORDER = {"order_id": "#D9000001", "status": "exchange requested",
         "items": [{"item_id": "MH01-M-Black", "name": "Chaz Kangeroo Hoodie"},
                   {"item_id": "WS03-S-Blue", "name": "Iris Workout Top"}]}
TICKET = {"category": "wrong_colour_or_size", "order_id": "#D9000001", "item_ids": ["MH01-M-Black"]}


def test_requests_under_way() -> None:
    assert has_request_under_way(ORDER)
    assert has_request_under_way({**ORDER, "status": "return requested"})
    assert not has_request_under_way({**ORDER, "status": "delivered"})
    assert not has_request_under_way({**ORDER, "status": "pending"})


def test_the_photo_is_passed_on_only_after_a_yes() -> None:
    pending, question = pass_photo_on(ORDER, ["MH01-M-Black"], TICKET, "fr")
    assert pending["tool"] == "open_ticket" and pending["ticket"] == TICKET
    assert question["key"] == "photo_request_under_way" and question.get("quick_replies") == ["Yes", "No"]
    assert question["facts"]["items"] == "Chaz Kangeroo Hoodie"
    assert "échange" in question["facts"]["status"]


def test_a_damage_under_way_is_said_before_it_goes_to_a_person() -> None:
    line = request_under_way_said({**ORDER, "status": "return requested"}, ["WS03-S-Blue"], "en")
    assert line["key"] == "request_under_way"
    assert line["facts"]["items"] == "Iris Workout Top" and "return" in line["facts"]["status"]
