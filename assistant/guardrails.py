"""Guardrails in code: probes for the assistant's instructions get a fixed answer (input), and no links or
images the shop did not put there reach the customer's chat (output)."""

from __future__ import annotations

import re

from assistant.grounding.instruction_probes import probes_set_up

MARKDOWN_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\((?!/)[^)]*\)")
BARE_URL = re.compile(r"\b(?:https?|ftp|file|javascript|data):[^\s)]+", re.I)
HTML_TAG = re.compile(r"<\s*/?\s*(?:script|iframe|img|a|object|embed|style)\b[^>]*>", re.I)
# The characters from which markdown makes emphasis, code, links, images, tables, strikethrough or HTML. Shop values
# (titles, colours, statuses, order ids) hold none of them, so escaping them changes no catalog text ("(…)" or "!"
# in a title make nothing without brackets).
MARKUP_CHARACTERS = re.compile(r"([\\`*_\[\]<>|~])")
# The chat's renderer (Chainlit: remark-directive) reads ':' before a letter as a directive and shows nothing of it:
# "Nota:importante el pedido:urgente" showed "Nota el pedido" (attack16 F8). An escaped colon is a plain colon.
_DIRECTIVE_COLON = re.compile(r":(?=[A-Za-z])")
_LINE_START_HEADING = re.compile(r"(?m)^([ \t]*)#")
# GitHub-flavoured markdown (the chat's renderer) makes a link of a bare address, `https://…`, `www.…` or
# `name@host.tld`, after escapes are read, so no escape stops it. A word joiner (U+2060: no width, no glyph) before
# the ':', the '.' or the '@' breaks the pattern it matches, and the address still reads as typed, as text.
WORD_JOINER = "\u2060"
_AUTOLINK_POINT = re.compile(r"(?i)(?<=\bhttps)(?=:)|(?<=\bhttp)(?=:)|(?<=\bwww)(?=\.)|(?<=[\w.+-])(?=@[\w-])")


def literal_text(text: str) -> str:
    """`text` (a value the customer may have written) as the chat's markdown shows it: character for character."""
    return _DIRECTIVE_COLON.sub(r"\\:", MARKUP_CHARACTERS.sub(r"\\\1", text))


def literal_message(text: str) -> str:
    """A whole message someone typed (a desk reply) shown literally: `literal_text`, no line of it made a
    heading, and no address in it made a link."""
    return _AUTOLINK_POINT.sub(WORD_JOINER, _LINE_START_HEADING.sub(r"\1\\#", literal_text(text)))


def sanitise_markdown(text: str) -> str:
    """Drop external images, unwrap external links, and remove bare URLs and active HTML."""
    text = MARKDOWN_IMAGE.sub(lambda m: m.group(1), text)
    text = MARKDOWN_LINK.sub(lambda m: m.group(1), text)
    text = BARE_URL.sub("[link removed]", text)
    return HTML_TAG.sub("", text)


# Asking for the hidden instructions, or to drop them. Whatever the model would do, such a turn is answered
# with a fixed reply and reaches no tool.
INSTRUCTION_PROBE = re.compile(
    r"\b(?:system|hidden|initial|original|developer)\s+(?:prompt|instructions?|message)\b"
    r"|\b(?:repeat|print|show|reveal|output|display)\b.{0,40}\b(?:text|words|instructions?|prompt)\s+"
    r"(?:above|before|you were given)\b"
    r"|\b(?:ignore|disregard|forget)\b.{0,30}\b(?:previous|prior|above|earlier|all|your)\b.{0,20}"
    r"\b(?:instructions?|rules|prompt)\b"
    r"|\byou are now\b|\bdeveloper mode\b|(?-i:\bDAN\b)|\bjailbreak",  # "DAN" in capitals: Spanish "le dan" is no probe
    re.I,
)


def probes_instructions(text: str) -> bool:
    """English jailbreak phrasings, or a probe of the set-up in any of the four languages."""
    return bool(INSTRUCTION_PROBE.search(text)) or probes_set_up(text)
