"""Words that point at the list of products just shown ("which of those come in xl?", "do any come in black?",
"und welche davon gibts in blau?", "lesquels existent en noir ?", "¿y de esos cuáles hay en rojo?"): a refinement
of that list, whose products alone are candidates (never new ones), with the list's own constraints kept."""

from __future__ import annotations

import re

from assistant.grounding.catalog_lexicon import fold

# After fold (lower case, no accents). "them"/"those"/"these" alone, as the English reader always took them.
_OF_THE_LIST = re.compile(
    r"\b(?:those|these|them|any of|which of|ones)\b|\b(?:do|does|are) any\b"
    r"|\b(?:lesquel(?:le)?s|laquelle|lequel|parmi (?:eux|elles|ceux|celles|ces)|d'entre (?:eux|elles)|de ceux-la"
    r"|de celles-la)\b"
    r"|\b(?:cuales? de|cuales|de (?:esos|esas|estos|estas|ellos|ellas|los que|las que)"
    r"|entre (?:esos|esas|estos|estas))\b"
    r"|\b(?:davon|von denen|von diesen|von den(?:en)? da|welche(?:r|s)? (?:von )?(?:denen|diesen))\b")


def refers_to_shown_list(text: str) -> bool:
    """The words point at the products on screen as a group, not at one of them nor at the catalog."""
    return _OF_THE_LIST.search(fold(text)) is not None
