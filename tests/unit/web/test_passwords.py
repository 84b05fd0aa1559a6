"""Password hashes: argon2id in PHC form, salted, and checked without revealing which part was wrong."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tools.accounts import NewAccount, hash_password, password_matches
from tools.demo_accounts import DEMO_AGENT, is_demo_credential


def test_hashes_are_salted_argon2id_and_verify_only_the_right_password() -> None:
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first.startswith("$argon2id$") and first != second and "correct horse" not in first
    assert password_matches(first, "correct horse") and password_matches(second, "correct horse")
    assert not password_matches(first, "correct horsE") and not password_matches("not-a-hash", "x")


def test_logins_are_normalised_and_short_passwords_refused() -> None:
    assert NewAccount(login="  Agent_Ana ", password="long-enough", role="agent").login == "agent_ana"
    for login, password in (("bad login", "long-enough"), ("ok_login", "short")):
        with pytest.raises(ValidationError):
            NewAccount(login=login, password=password, role="agent")


def test_demo_credentials_are_recognised_for_the_production_refusal() -> None:
    assert is_demo_credential(DEMO_AGENT.login, DEMO_AGENT.password)
    assert not is_demo_credential(DEMO_AGENT.login, "a-real-password")
