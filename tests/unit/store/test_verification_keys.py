"""What a guest's verification attempt is counted under (attack10 F2): keyed digests of the order, the order with
its zip, and the account asking, the same whatever email is guessed, and never the values themselves."""

from __future__ import annotations

from tools.verification import AttemptKeys, GuestClaim


def _keys(email: str, order: str = "#W5918442", zip_code: str = "78784", requester: str | None = "noah"
          ) -> AttemptKeys:
    return AttemptKeys.of(GuestClaim(email=email, order_id=order, zip_code=zip_code), b"pepper", requester)


def test_guesses_of_the_email_share_the_order_and_order_zip_keys() -> None:
    first, second = _keys("a@example.com"), _keys("b@example.com", order="w5918442")
    assert first.claim != second.claim
    assert first.order == second.order and first.order_zip == second.order_zip
    assert first.requester == second.requester


def test_another_zip_is_another_order_zip_key_but_the_same_order() -> None:
    first, second = _keys("a@example.com"), _keys("a@example.com", zip_code="10001")
    assert first.order == second.order and first.order_zip != second.order_zip


def test_keys_hold_no_value_and_a_guest_without_account_has_no_requester_key() -> None:
    keys = _keys("a@example.com", requester=None)
    assert keys.requester is None
    assert not any(value and ("W5918442" in value or "78784" in value) for value in keys.model_dump().values())


def test_stored_digests_keep_their_format_through_the_shared_helper() -> None:
    """Digests already stored (verification attempts, turn-rate audit rows) must still match: both are made by
    tools.keyed_digest the way they were written before it existed."""
    import hashlib
    import hmac

    from assistant.web.turn_admission import _keyed
    from tools.verification import client_key

    address = "203.0.113.9"
    expected = hmac.new(b"pepper", b"verification-client-address:" + address.encode(), hashlib.sha256).hexdigest()
    assert client_key(b"pepper", address) == expected

    class _Deps:
        secret_key = b"pepper"

    class _Runtime:
        service = type("Service", (), {"deps": _Deps})()

    turn_rate = hmac.new(b"pepper", b"turn-rate:noah", hashlib.sha256).hexdigest()[:16]
    assert _keyed(_Runtime(), "noah") == turn_rate  # type: ignore[arg-type]
    assert _keyed(_Runtime(), None) is None  # type: ignore[arg-type]
