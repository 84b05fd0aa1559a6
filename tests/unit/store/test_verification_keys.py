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
