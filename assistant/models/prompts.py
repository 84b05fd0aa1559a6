"""Versioned prompt files in `prompts/`: `NAME.vN.md` or `NAME.vN.yaml`; the highest N wins unless pinned."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_VERSIONED = re.compile(r"^(?P<name>[a-z_]+)\.v(?P<version>\d+)\.(?P<ext>md|yaml)$")


@dataclass(frozen=True)
class Prompt:
    name: str
    version: int
    text: str
    suffix: str = "md"  # md: instructions to a model; yaml: data (templates, lexicons, prototypes)

    @property
    def ref(self) -> str:
        """Recorded with every decision: name, version and a content hash, so edits are visible."""
        digest = hashlib.sha256(self.text.encode()).hexdigest()[:8]
        return f"{self.name}.v{self.version}#{digest}"

    def data(self) -> Any:
        """The YAML content; a key written twice is an error (plain YAML would keep the last silently)."""
        return yaml.load(self.text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass


class _UniqueKeyLoader(yaml.SafeLoader):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        duplicates = sorted({str(key) for key in keys if keys.count(key) > 1})
        if duplicates:
            raise ValueError(f"duplicate keys in prompt file: {', '.join(duplicates)}")
        return super().construct_mapping(node, deep=deep)


class PromptLibrary:
    """Reads every versioned prompt in one directory at construction; lookups are then pure."""

    def __init__(self, directory: Path, pins: dict[str, int] | None = None) -> None:
        found: dict[str, Prompt] = {}
        pins = pins or {}
        for path in sorted(directory.iterdir()):
            match = _VERSIONED.match(path.name)
            if not match:
                continue
            name, version = match["name"], int(match["version"])
            if name in pins and pins[name] != version:
                continue
            current = found.get(name)
            if current is None or version > current.version:
                found[name] = Prompt(name, version, path.read_text(encoding="utf-8"), match["ext"])
        self._prompts = found

    def get(self, name: str) -> Prompt:
        try:
            return self._prompts[name]
        except KeyError:
            raise KeyError(f"no prompt named {name!r} in the prompt library") from None

    def names(self) -> list[str]:
        return sorted(self._prompts)
