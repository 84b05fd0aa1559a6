"""An option whose name lists its values ("bagged/bagless") is said by its value alone (fresh27 F13)."""

from __future__ import annotations

import pytest

from assistant.grounding.variants import describe_options


@pytest.mark.parametrize(("language", "said"), [
    ("en", "bagless, type upright"), ("fr", "sans sac, type balai"), ("es", "sin bolsa, tipo escoba"),
    ("de", "beutellos, Typ Stielstaubsauger"),
])
def test_an_either_or_option_is_said_by_its_value(language: str, said: str) -> None:
    assert describe_options({"bagged/bagless": "bagless", "type": "upright"}, language) == said
