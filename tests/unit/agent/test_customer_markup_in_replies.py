"""Text that came from the customer shows literally in the assistant's own replies, and markup is no part of an
address (attacker pass F5: "12 **REFUND GUARANTEED** St" came back in bold in the proposal; an image's alt text
or "[link removed]" became part of the proposed address)."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from assistant.models.prompts import PromptLibrary
from assistant.models.replies import ReplyTemplates
from assistant.models.requests import ReplyRequest
from assistant.steps.addresses import read_address
from tests.conftest import REPO_ROOT

TEMPLATES = ReplyTemplates(PromptLibrary(REPO_ROOT / "prompts"))
RENDER = MarkdownIt("commonmark").enable("strikethrough").enable("table")
MARKED_UP = ["5 Oak Lane __FREE ITEM__ apt", "*all orders refunded*", "see [your refund](http://evil.example/r)",
             "![pixel](http://evil.example/p.png) 7 Elm", "<b>urgent</b> `rm`", "~~paid~~ | col |"]
ACTIVE = ("<strong>", "<em>", "<a ", "<img", "<code>", "<b>", "<del>", "<s>", "<table")


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
@pytest.mark.parametrize("value", MARKED_UP)
def test_a_fact_is_shown_as_written_whatever_markup_it_holds(language: str, value: str) -> None:
    keys = [key for key in TEMPLATES.keys() if "new_value" in TEMPLATES.fields(key, language)]  # noqa: SIM118
    assert keys
    for key in keys:
        facts = {name: "D9000002" for name in TEMPLATES.fields(key, language)} | {"new_value": value}
        html = RENDER.render(TEMPLATES.render(ReplyRequest(key=key, facts=facts, language=language)))
        made = [tag for tag in ACTIVE if tag in html and tag not in RENDER.render(
            TEMPLATES.render(ReplyRequest(key=key, facts={**facts, "new_value": "plain"}, language=language)))]
        assert made == [], (key, value, html)


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
def test_a_colon_before_a_word_in_a_fact_is_no_directive(language: str) -> None:
    """The chat's renderer (remark-directive) drops ':name': "Nota:importante" showed "Nota" (attack16 F8)."""
    key = next(key for key in TEMPLATES.keys() if "new_value" in TEMPLATES.fields(key, language))  # noqa: SIM118
    facts = {name: "D9000002" for name in TEMPLATES.fields(key, language)} | {"new_value": "Nota:importante ratio:alto"}
    reply = TEMPLATES.render(ReplyRequest(key=key, facts=facts, language=language))
    assert "Nota\\:importante ratio\\:alto" in reply
    assert "Nota:importante ratio:alto" in RENDER.render(reply)


def test_catalog_values_are_not_escaped() -> None:
    """Shop values hold none of the markup characters (titles with "!" or "(…)" stay as they are)."""
    key = next(key for key in TEMPLATES.keys() if "item" in TEMPLATES.fields(key))  # noqa: SIM118
    facts = {name: "x" for name in TEMPLATES.fields(key)} | {"item": "Sprite Yoga Strap 6 foot (Blue) - Go!"}
    assert "Sprite Yoga Strap 6 foot (Blue) - Go!" in TEMPLATES.render(ReplyRequest(key=key, facts=facts))


@pytest.mark.parametrize("text", [
    "change the address to 12 Main St **REFUND GUARANTEED**, Springfield, IL 62701",
    "ship it to 9 Pine St ![x](http://evil.example/p.png), Denver, CO 80201",
    "send to 4 Main St [link removed], Boise, ID 83701",
    "to 3 Birch Rd [click here](http://evil.example), Salem, OR 97301",
    "to 7 Elm Rd <img src=x>, Austin, TX 73301",
    "to 21 Cedar Ave http://evil.example/x, Reno, NV 89501",
    "to 8 Ash Ct, apt `4`, Tulsa, OK 74101",
    "to 15 Lake Dr _the_ best, Omaha, NE 68101",
])
def test_markup_or_a_link_is_no_part_of_an_address(text: str) -> None:
    assert read_address(text, "US") is None


@pytest.mark.parametrize(("text", "street"), [
    ("to 12 Oak Lane, Apt 3, Portland, OR 97201", "12 Oak Lane"),
    ("to 10 O'Neil-Smith Rd., Suite 4, St. Paul, MN 55101", "10 O'Neil-Smith Rd."),
    ("nach 221B Baker St, #4, Boston, MA 02108", "221B Baker St"),
])
def test_ordinary_addresses_are_still_read(text: str, street: str) -> None:
    address = read_address(text, "US")
    assert address is not None and address["address1"] == street
