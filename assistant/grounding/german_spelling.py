"""German typed without umlauts (fresh11 F15): "zuruckgeben", "grosse", "andern" read as "zurückgeben", "größe",
"ändern". The words are the German ones the prompts and lexicons already hold (`prompts/`): a word written there
with ä, ö, ü or ß is restored from its bare spelling (a, o, u, ss), unless that bare spelling is itself a German
word (`GERMAN_WORDS`: "schon", "wurde", "andere" are never turned into "schön", "würde", "ändere"). The lexicons
also list some bare spellings as they are typed, so they cannot tell which bare spellings are words.

Only the reading changes: the transcript keeps the message as typed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
WORD = re.compile(r"[a-zäöüß]+")
UMLAUT = re.compile(r"[äöüß]")
BARE = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
# Bare spellings that are German words of their own (the prompts' words with an umlaut, checked one by one).
GERMAN_WORDS = frozenset({"schon", "wurde", "wurden", "konnte", "konnten", "musste", "mussten", "durfte", "hatte",
                          "hatten", "ware", "waren", "zahlen", "zahlt", "drucken", "fordern", "fuhren", "ander",
                          "andere", "anderen", "anderer", "anderes", "lasst", "hort", "zuge", "mussen"})
# Prefixes of compound words whose bare spelling begins no German word ("zuruckschicken", "rucksendeetikett").
PREFIXES = ("zurück", "rücksend", "rückerstatt", "rückgab")


def _german_texts(node: Any, german: bool) -> Iterator[str]:
    """The strings of a prompt file said in German: under a "de" key, or anywhere in a German file; patterns
    (with a backslash) are left out, since they spell German on folded text."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _german_texts(value, german or key == "de")
    elif isinstance(node, list):
        for value in node:
            yield from _german_texts(value, german)
    elif isinstance(node, str) and german and "\\" not in node:
        yield node


def _prompt_words() -> Counter[str]:
    words: Counter[str] = Counter()
    for path in sorted(PROMPTS.rglob("*.yaml")):
        german_file = path.stem in ("de", "replies_de.v1") or "_de." in path.name
        for text in _german_texts(yaml.safe_load(path.read_text(encoding="utf-8")), german_file):
            words.update(WORD.findall(text.lower()))
    return words


@cache
def umlaut_spellings() -> dict[str, str]:
    """Bare spelling -> the German word with its umlauts, for the words the prompts hold."""
    words = _prompt_words()
    restored: dict[str, str] = {}
    for word, _ in words.most_common():  # of two words with one bare spelling, the more frequent
        bare = word.translate(BARE)
        if UMLAUT.search(word) and bare not in GERMAN_WORDS and len(bare) >= 3:
            restored.setdefault(bare, word)
    return restored


def _restored(word: str) -> str:
    lowered = word.lower()
    if UMLAUT.search(lowered):
        return word
    found = umlaut_spellings().get(lowered)
    for prefix in PREFIXES if found is None else ():
        bare = prefix.translate(BARE)
        if lowered.startswith(bare) and len(lowered) > len(bare):
            found = prefix + lowered[len(bare):]
    if found is None:
        return word
    return found[0].upper() + found[1:] if word[0].isupper() else found


def with_umlauts(text: str) -> str:
    """`text` with the German words typed without their umlauts written with them."""
    return re.sub(r"[A-Za-zÄÖÜäöüß]+", lambda match: _restored(match.group(0)), text)
