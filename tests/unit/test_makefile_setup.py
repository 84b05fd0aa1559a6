"""`make setup` installs the CPU build of torch on plain PyPI too (fresh22 F18), without dropping pip's own config."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _setup_lines(*overrides: str) -> list[str]:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    dry_run = subprocess.run(["make", "-n", "-B", "setup", "VENV=/tmp/vitrine-dry-run-venv", *overrides], cwd=ROOT,
                             capture_output=True, text=True, check=True)
    return dry_run.stdout.splitlines()


def _torch_line(lines: list[str]) -> str:
    torch_lines = [line for line in lines if re.search(r"\btorch==", line)]
    assert len(torch_lines) == 1, torch_lines
    return torch_lines[0]


def test_torch_goes_in_first_from_the_cpu_index_as_an_extra_index() -> None:
    lines = _setup_lines()
    line = _torch_line(lines)
    assert "--extra-index-url https://download.pytorch.org/whl/cpu" in line
    # --index-url would replace the configured index (a host's local mirror); --extra-index-url adds to it
    assert "--index-url" not in line.replace("--extra-index-url", "")
    # only torch is looked up on the CPU index: its dependencies come from the configured indexes
    assert "--no-deps" in line
    assert lines.index(line) < next(i for i, other in enumerate(lines) if '-e ".[dev]"' in other)


def test_the_cpu_index_can_be_left_out() -> None:
    line = _torch_line(_setup_lines("TORCH_CPU_INDEX="))
    assert "--extra-index-url" not in line and "torch==2.13.0" in line


def test_readme_names_what_the_makefile_installs() -> None:
    readme = (ROOT / "README.md").read_text()
    makefile = (ROOT / "Makefile").read_text()
    for package in re.findall(r'--no-deps "([a-z0-9-]+)==', makefile):
        assert package in readme, package
    assert "download.pytorch.org/whl/cpu" in readme
