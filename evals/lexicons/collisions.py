"""Words the catalog lexicons of two languages both hold with different meanings ("top": en tops, es tanks), and
catalog words of one language that another language's lexicon reads as another kind of word ("rock": de skirt).

`python -m evals.lexicons.collisions` prints one line per collision; the REPORT of understanding-classes-15 keeps
its summary."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from assistant.grounding.catalog_lexicon import fold, load_lexicons

TABLES = ("colours", "sizes", "categories", "attributes", "kinds")
PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
# Each language's own running text (intent prototypes, reply templates, consent words): the words it uses as words.
CORPORA = {
    "en": ["intent_prototypes.v2.yaml", "replies.v1.yaml", "consent/en.yaml"],
    "fr": ["intent_prototypes_fr.v2.yaml", "replies_fr.v1.yaml", "consent/fr.yaml"],
    "es": ["intent_prototypes_es.v2.yaml", "replies_es.v1.yaml", "consent/es.yaml"],
    "de": ["intent_prototypes_de.v2.yaml", "replies_de.v1.yaml", "consent/de.yaml"],
}


def meanings() -> dict[str, dict[str, dict[str, str]]]:
    """word (folded) → table → language → meaning, over every word table of every catalog lexicon."""
    found: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    for language, lexicon in load_lexicons().items():
        for table in TABLES:
            for word, target in getattr(lexicon, table).items():
                found[fold(word)][table][language] = str(target)
        for gender, words in lexicon.gender.items():
            for word in words:
                found[fold(word)]["gender"][language] = gender
    return found


def collisions() -> list[str]:
    lines = []
    for word, tables in sorted(meanings().items()):
        for table, by_language in sorted(tables.items()):
            if len(set(by_language.values())) > 1:
                said = "; ".join(f"{lang} {meaning}" for lang, meaning in sorted(by_language.items()))
                lines.append(f"{word!r} {table}: {said}")
        if len(tables) > 1:
            lines.append(f"{word!r} in several tables: " + "; ".join(
                f"{table} ({', '.join(sorted(by_language))})" for table, by_language in sorted(tables.items())))
    return lines


def corpus_words(language: str) -> set[str]:
    text = " ".join((PROMPTS / name).read_text(encoding="utf-8") for name in CORPORA[language]
                    if (PROMPTS / name).exists())
    return set(re.findall(r"[a-z]+", fold(text)))


def false_friends() -> list[str]:
    """A one-word lexicon entry of some languages that another language writes as one of its own words."""
    words = {language: corpus_words(language) for language in CORPORA}
    lines = []
    for word, tables in sorted(meanings().items()):
        if " " in word or len(word) < 3:
            continue
        holders = {language for by_language in tables.values() for language in by_language}
        others = sorted(language for language in CORPORA if language not in holders and word in words[language])
        if others:
            lines.append(f"{word!r} {'/'.join(sorted(tables))} in {', '.join(sorted(holders))}; "
                         f"a word of {', '.join(others)} text")
    return lines


if __name__ == "__main__":
    for line in [*collisions(), *false_friends()]:
        print(line)  # noqa: T201
