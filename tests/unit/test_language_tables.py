"""Per-language tables of fixed lines (assistant.language_tables): complete in every language, read by tag."""

from pathlib import Path

import pytest

from assistant.language_tables import language_table, supported_language
from assistant.settings import PROJECT_ROOT


@pytest.mark.parametrize("name", ["chat_lines.v1.yaml", "progress_labels.v1.yaml"])
def test_every_language_gives_every_line_and_none_is_left_in_english(name: str) -> None:
    table = language_table(PROJECT_ROOT / "prompts" / name)
    for language in ("fr", "es", "de"):
        assert set(table[language]) == set(table["en"])
        assert all(table[language][key] != table["en"][key] for key in table["en"])


def test_a_missing_translation_is_refused_when_the_table_is_read(tmp_path: Path) -> None:
    path = tmp_path / "lines.yaml"
    path.write_text("en: {greeting: Hi, bye: Bye}\nfr: {greeting: Salut, bye: Au revoir}\n"
                    "es: {greeting: Hola}\nde: {greeting: Hallo, bye: Tschüss}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="es must give exactly"):
        language_table(path)


@pytest.mark.parametrize(("tag", "language"), [
    ("fr-FR", "fr"), ("de", "de"), ("es_ES", "es"), ("EN-gb", "en"), ("it-IT", "en"), (None, "en"), ("", "en")])
def test_a_browser_language_tag_gives_a_supported_language(tag: str | None, language: str) -> None:
    assert supported_language(tag) == language
