"""`vitrine eval ...`: every `evals/<suite>/commands.py` module exposes `register(app)`."""

from __future__ import annotations

import importlib
import pkgutil

import typer

import evals

app = typer.Typer(help="Offline evaluations, conformance replays and benchmarks.", no_args_is_help=True)

for _info in pkgutil.iter_modules(evals.__path__):
    if _info.ispkg:
        try:
            _module = importlib.import_module(f"evals.{_info.name}.commands")
        except ModuleNotFoundError as error:
            if error.name != f"evals.{_info.name}.commands":
                raise
            continue
        _module.register(app)


if __name__ == "__main__":  # `python -m evals.cli run ...` runs like `vitrine eval run ...`
    app()
