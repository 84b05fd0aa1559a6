import pytest

from tools.money import format_money, tau_price_difference, to_amount, to_cents


def test_cents_are_exact_for_json_amounts() -> None:
    assert to_cents(536.65) == 53665
    assert to_cents(0.1) == 10
    assert to_cents(60) == 6000
    assert to_amount(53665) == 536.65


def test_sub_cent_amounts_are_refused() -> None:
    with pytest.raises(ValueError, match="more than two decimals"):
        to_cents(1.005)


def test_tau_running_sum_keeps_the_reference_float_noise() -> None:
    # train-007 of tau-retail records this payment as 173.82999999999993, from the same float sum.
    difference = tau_price_difference([(1000, 1100), (2000, 2000)])
    assert difference == pytest.approx(1.0)
    assert tau_price_difference([]) == 0 and isinstance(tau_price_difference([]), int)
    assert tau_price_difference([(5088, 4967), (4967, 5088)]) == pytest.approx(0.0)


def test_money_formatting() -> None:
    assert format_money(123456) == "$1,234.56"
    assert format_money(-5) == "-$0.05"


@pytest.mark.parametrize(
    ("language", "cents", "expected"),
    [
        ("en", 7500, "$75.00"),
        ("fr", 7500, "75,00 $"),
        ("es", 7500, "75,00 $"),
        ("de", 7500, "75,00 $"),
        ("fr", 123456, "1 234,56 $"),
        ("de", 123456, "1.234,56 $"),
        ("es", 1234567, "12.345,67 $"),
        ("de", -990, "-9,90 $"),
        ("en", 0, "$0.00"),
    ],
)
def test_money_is_written_the_way_each_reply_language_writes_it(language: str, cents: int, expected: str) -> None:
    assert format_money(cents, language) == expected


def test_an_unknown_language_gets_the_shop_format() -> None:
    assert format_money(7500, "xx") == "$75.00"
