"""The `vitrine` command line: groups are filled by the modules in `assistant/commands/` and by plugins."""

from __future__ import annotations

import importlib
import pkgutil
from importlib.metadata import entry_points

import typer

from assistant import commands
from assistant.privacy.log_masking import install_pii_masking

app = typer.Typer(
    name="vitrine",
    help="Vitrine, a conversational multimodal shopping assistant. Run `vitrine COMMAND --help` for details.",
    no_args_is_help=True,
    add_completion=False,
)
GROUPS: dict[str, typer.Typer] = {
    "db": typer.Typer(help="Create or upgrade the order database schema (Alembic).", no_args_is_help=True),
    "import": typer.Typer(help="Load external data (tau-retail, Magento catalog) into the store.",
                          no_args_is_help=True),
    "export": typer.Typer(help="Write the store back out in an external format.", no_args_is_help=True),
    "model": typer.Typer(help="Model backends: serving commands and checks.", no_args_is_help=True),
}
for _name, _group in GROUPS.items():
    app.add_typer(_group, name=_name)


def _load_command_modules() -> None:
    """Each module in assistant/commands has `register(app, groups)`; eval suites come as plugins."""
    for module_info in pkgutil.iter_modules(commands.__path__):
        module = importlib.import_module(f"{commands.__name__}.{module_info.name}")
        module.register(app, GROUPS)
    for plugin in entry_points(group="vitrine.commands"):
        app.add_typer(plugin.load(), name=plugin.name)


def main() -> None:
    install_pii_masking()  # every log line of every command, the served app included, is masked
    _load_command_modules()
    app()


if __name__ == "__main__":  # `python -m assistant.cli ...` runs the CLI as the `vitrine` entry point does
    main()
