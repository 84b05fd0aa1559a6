"""The calculator answers what tau-bench's `calculate` (`round(float(eval(expression)), 2)`) answers, without eval.

The expected answers were produced by running tau-bench's own `calculate` on each expression.
"""

import pytest

from tools.arguments import Calculate
from tools.calculator import calculate
from tools.errors import CalculationError

TAU_ANSWERS = [
    ("2 + 2", "4.0"),
    ("100 - 3.333", "96.67"),
    ("0.1 + 0.2", "0.3"),
    ("10 / 3", "3.33"),
    ("(79.99 - 12.5) * 2", "134.98"),
    ("-5 // 2", "-3.0"),
    (" 7 * 1.075", "7.52"),
    ("2 ** -1", "0.5"),
    ("(((1)))", "1.0"),
    ("5.", "5.0"),
    (".5 * 2", "1.0"),
    ("1 / 0", "Error: division by zero"),
    ("1.0 / 0", "Error: float division by zero"),
    ("1 // 0", "Error: integer division or modulo by zero"),
    ("10 ** 400", "Error: int too large to convert to float"),
    ("10 ** 400 / 10 ** 399", "10.0"),
    ("", "Error: invalid syntax (<string>, line 0)"),
    ("   ", "Error: invalid syntax (<string>, line 0)"),
    ("1 2", "Error: invalid syntax (<string>, line 1)"),
    ("3 * (2 +", "Error: '(' was never closed (<string>, line 1)"),
    (
        "01",
        "Error: leading zeros in decimal integer literals are not permitted; "
        "use an 0o prefix for octal integers (<string>, line 1)",
    ),
    ("1e5", "Error: invalid characters in expression"),
    ("abs(-1)", "Error: invalid characters in expression"),
    ("__import__('os')", "Error: invalid characters in expression"),
    ("()", "Error: float() argument must be a string or a real number, not 'tuple'"),
    ("...", "Error: float() argument must be a string or a real number, not 'ellipsis'"),
    ("1()", "Error: 'int' object is not callable"),
    ("() + 1", 'Error: can only concatenate tuple (not "int") to tuple'),
    ("-()", "Error: bad operand type for unary -: 'tuple'"),
    ("(*())", "Error: cannot use starred expression here (<string>, line 1)"),
    ("1 .5", "Error: invalid syntax (<string>, line 1)"),
    ("1..5", "Error: invalid syntax (<string>, line 1)"),
    ("2 - -2", "4.0"),
    ("+3", "3.0"),
    ("173.83 + 0.004", "173.83"),
    ("0.125 + 0.0", "0.12"),
    ("2.675", "2.67"),
    ("1.005 * 1", "1.0"),
    ("(1.005)", "1.0"),
    ("300.30 - 299.99", "0.31"),
    ("1000000 * 1000000", "1000000000000.0"),
    ("7 * 0", "0.0"),
]


def _answer(expression: str) -> str:
    try:
        return str(calculate(Calculate(expression=expression)).result)
    except CalculationError as error:
        return f"Error: {error}"


@pytest.mark.parametrize(("expression", "tau_answer"), TAU_ANSWERS)
def test_answers_as_tau_calculate_does(expression: str, tau_answer: str) -> None:
    assert _answer(expression) == tau_answer


def test_refuses_a_power_too_big_to_compute_where_eval_would_stall() -> None:
    assert _answer("9 ** 9 ** 9") == "Error: exponent too large"
    assert _answer("2 ** 64") == "1.8446744073709552e+19"
