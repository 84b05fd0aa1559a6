"""What a reply inside an item-change flow says of the shipping address: the address alone kept, the account's own
address, another person's, a correction between two addresses, the address named at all. Read in code from
`prompts/address_in_flow.v1.yaml`, every language at once, for every backend (fresh18 F1, attack18 A18-2..A18-4)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.lexicon import LANGUAGES, WordsPerLanguage

WORDS_FILE = Path(__file__).resolve().parents[2] / "prompts" / "address_in_flow.v1.yaml"


class AddressWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    only_address: WordsPerLanguage
    account_address: WordsPerLanguage
    another_persons_address: WordsPerLanguage
    correction: WordsPerLanguage
    address_named: WordsPerLanguage
    item_refused: WordsPerLanguage


def _joined(words: WordsPerLanguage) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for language in LANGUAGES for p in getattr(words, language)))


@cache
def _patterns(path: Path = WORDS_FILE) -> dict[str, list[re.Pattern[str]]]:
    words = AddressWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    by_name_field = "another_persons_address"
    by_name = words.another_persons_address
    patterns = {name: [_joined(getattr(words, name))] for name in AddressWords.model_fields if name != by_name_field}
    # a name is told by its capitals (read on the text as typed): each pattern on its own, each with its group `name`
    patterns["another_persons_address"] = [re.compile(p) for language in LANGUAGES for p in getattr(by_name, language)]
    return patterns


def _says(name: str, text: str) -> bool:
    return any(pattern.search(fold(text)) for pattern in _patterns()[name])


def keeps_the_address_only(text: str) -> bool:
    """"only the address please", "oui pour l'adresse", "solo la dirección", "nur die Adresse ändern"."""
    return _says("only_address", text)


def without_address_only(text: str) -> str:
    """The words (folded) less those that keep the address alone: "yes, only the address" → "yes, "."""
    folded = fold(text)
    for pattern in _patterns()["only_address"]:
        folded = pattern.sub(" ", folded)
    return folded


def names_account_address(text: str) -> bool:
    """"the address on my account", "l'adresse de mon compte", "la dirección de mi cuenta", "Adresse im Konto"."""
    return _says("account_address", text)


def names_the_address(text: str) -> bool:
    """The words speak of where the order goes ("first change the shipping address to …", "livrez", "envíen")."""
    return _says("address_named", text)


def refuses_the_item_change(text: str) -> bool:
    """"no, don't change the jacket, just ship it to …", "ne changez pas la veste", "no cambies", "nicht tauschen"."""
    return _says("item_refused", text)


def corrects_itself(words_between: str) -> bool:
    """Words that take back what came before ("- no wait,", "non attendez", "no, espera", "nein warte")."""
    return _says("correction", words_between)


def another_persons_address(text: str, own_name: str | None) -> str | None:
    """The name of the person whose address the words name ("Leo Martin's address"), never the customer's own;
    None when no one's."""
    for pattern in _patterns()["another_persons_address"]:
        for match in pattern.finditer(text):
            name = " ".join(match["name"].split())
            if fold(name) != own_name:
                return name
    return None
