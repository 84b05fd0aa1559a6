"""The reply checks never refuse a rewrite that says exactly what its draft says, in any language, for any
template; and a translated draft's own words do not count as prompt text."""

import pytest

from assistant.models.prompts import PromptLibrary
from assistant.models.replies import ReplyTemplates
from assistant.models.reply_check import ReplyRules, check_reply, figures
from assistant.models.requests import ReplyRequest

FACT_VALUES = {"order_id": "#W4817420", "ticket_id": 57, "amount": "$54.04", "items": ["Aero Daily Fitness Tee"],
               "difference": "$12.00", "tracking_id": "349201877313"}


@pytest.fixture(scope="module")
def library() -> PromptLibrary:
    from tests.conftest import REPO_ROOT

    return PromptLibrary(REPO_ROOT / "prompts")


def test_a_rewrite_equal_to_its_draft_always_passes(library: PromptLibrary) -> None:
    templates, rules = ReplyTemplates(library), ReplyRules(library)
    refused = []
    for language in templates.languages():
        for key in templates.keys():  # noqa: SIM118 - a ReplyTemplates, not a dict
            facts = {name: FACT_VALUES.get(name, f"value of {name}") for name in templates.fields(key, language)}
            request = ReplyRequest(key=key, facts=facts, language=language)
            draft = templates.render(request)
            if (failure := check_reply(draft, draft, request, rules)) is not None:
                refused.append((language, key, failure))
    assert refused == []


@pytest.mark.parametrize(("a", "b"), [("#W2378156", "W2378156"), ("$1,054.20", "1 054,20 $"), ("54.04 €", "€54,04")])
def test_figures_are_the_same_however_punctuated(a: str, b: str) -> None:
    assert figures(a) == figures(b) != set()
