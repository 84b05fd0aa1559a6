"""Access tokens: what they carry, and every way a bad one is refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt
import pytest

from assistant.web.auth import API_AUDIENCE, DESK_AUDIENCE, TokenError, issue_token, read_token, signing_key
from tools.store.tables import AccountRole

SECRET = "unit-test-secret-long-enough-for-hs256"


def test_a_token_round_trips_its_principal() -> None:
    token = issue_token(SECRET, subject="demo_mia_novak", role="customer", customer_id="demo_mia_novak", ttl_s=60)
    principal = read_token(SECRET, token)
    assert (principal.subject, principal.role, principal.customer_id) == (
        "demo_mia_novak", AccountRole.CUSTOMER, "demo_mia_novak")
    assert not principal.is_agent and principal.token_id


def test_the_raw_secret_is_not_the_signing_key() -> None:
    token = issue_token(SECRET, subject="agent_ana", role="agent", customer_id=None, ttl_s=60)
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, SECRET, algorithms=["HS256"], audience=API_AUDIENCE)
    assert jwt.decode(token, signing_key(SECRET), algorithms=["HS256"], audience=API_AUDIENCE)["role"] == "agent"


@pytest.mark.parametrize("tamper", ["expired", "other_secret", "desk_audience", "alg_none", "truncated"])
def test_bad_tokens_are_refused(tamper: str) -> None:
    now = datetime.now(UTC)
    make = {
        "expired": lambda: issue_token(SECRET, subject="a", role="agent", customer_id=None, ttl_s=5,
                                       now=now - timedelta(minutes=1)),
        "other_secret": lambda: issue_token("other", subject="a", role="agent", customer_id=None, ttl_s=60),
        "desk_audience": lambda: issue_token(SECRET, subject="a", role="agent", customer_id=None, ttl_s=60,
                                             audience=DESK_AUDIENCE),
        "alg_none": lambda: jwt.encode({"sub": "a", "role": "agent", "aud": API_AUDIENCE, "iss": "vitrine",
                                        "iat": now, "exp": now + timedelta(minutes=5)}, None, algorithm="none"),
        "truncated": lambda: issue_token(SECRET, subject="a", role="agent", customer_id=None, ttl_s=60)[:-4],
    }
    with pytest.raises(TokenError):
        read_token(SECRET, make[tamper]())


def test_an_unknown_role_is_refused() -> None:
    claims = {"sub": "a", "role": "superuser", "aud": API_AUDIENCE, "iss": "vitrine",
              "iat": datetime.now(UTC), "exp": datetime.now(UTC) + timedelta(minutes=5)}
    with pytest.raises(TokenError):
        read_token(SECRET, jwt.encode(claims, signing_key(SECRET), algorithm="HS256"))
