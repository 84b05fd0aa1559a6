"""Arithmetic for the agent (totals, refunds, price differences), with tau-bench's `calculate` results.

tau-bench evaluates the expression with Python's `eval` and rounds the float to cents. This walks the
parsed expression instead and applies Python's own operators to Python's own numbers, so results and
error texts are the ones `eval` gives, without running arbitrary code.
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from tools.arguments import Calculate
from tools.errors import CalculationError

ALLOWED_CHARACTERS = frozenset("0123456789+-*/(). ")
# An exact integer power this big (in bits) would stall the worker; tau's eval would hang on it.
MAX_POWER_BITS = 1 << 20

BINARY: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
}
UNARY: dict[type[ast.unaryop], Callable[[Any], Any]] = {ast.UAdd: operator.pos, ast.USub: operator.neg}


class Calculation(BaseModel):
    expression: str
    result: float  # rounded to two decimals, as tau-bench rounds it


def _power(base: Any, exponent: Any) -> Any:
    exact = isinstance(base, int) and isinstance(exponent, int)
    if exact and abs(base) > 1 and exponent > 0 and abs(base).bit_length() * exponent > MAX_POWER_BITS:
        raise CalculationError("exponent too large")
    return operator.pow(base, exponent)


def _call(node: ast.Call) -> Any:
    # Nothing an allowed expression can name is callable; `eval` fails the same way after the arguments.
    function = _value(node.func)
    for argument in node.args:
        _value(argument.value if isinstance(argument, ast.Starred) else argument)
    raise TypeError(f"'{type(function).__name__}' object is not callable")


def _value(node: ast.expr) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Tuple):
        return tuple(_value(element) for element in node.elts)
    if isinstance(node, ast.UnaryOp) and type(node.op) in UNARY:
        return UNARY[type(node.op)](_value(node.operand))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
        return _power(_value(node.left), _value(node.right))
    if isinstance(node, ast.BinOp) and type(node.op) in BINARY:
        return BINARY[type(node.op)](_value(node.left), _value(node.right))
    if isinstance(node, ast.Call):
        return _call(node)
    raise CalculationError("unsupported expression")


def calculate(args: Calculate) -> Calculation:
    """The value of `args.expression` rounded to two decimals; CalculationError with tau's text if none."""
    if not set(args.expression) <= ALLOWED_CHARACTERS:
        raise CalculationError("invalid characters in expression")
    try:
        # `eval` drops leading spaces before compiling; "<string>" is the file name its messages give.
        tree = ast.parse(args.expression.lstrip(" "), filename="<string>", mode="eval")
        return Calculation(expression=args.expression, result=round(float(_value(tree.body)), 2))
    except CalculationError:
        raise
    except (SyntaxError, ArithmeticError, TypeError, ValueError, RecursionError) as error:
        raise CalculationError(str(error)) from error
