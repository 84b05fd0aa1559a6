"""Which variant of a product the customer asks for, by option values in their words ("size 34 in black",
"the green version", "navy" → Blue, "medium" → M): options not named are kept; the variant must exist and be
available, or the answer says why not."""

from __future__ import annotations

import html
import re
from typing import Any, Literal

from pydantic import BaseModel

from assistant.grounding.catalog_phrases import value_word
from assistant.grounding.kept_options import (
    keep_clauses,
    kept_options,
    options_named_to_keep,
    ruled_out_spans,
    without_ruled_out,
)
from assistant.grounding.lexicon import lexicon
from assistant.grounding.measures import measure_of
from assistant.grounding.option_labels import has_label, option_name, option_value, other_values_line
from assistant.grounding.option_words import has_vocabulary, part_named, part_of, values_left, wanted_value
from assistant.grounding.relative_sizes import lies_that_way, next_size, size_step, without_relative_size

# Ids in the words are references to items, not option values ("MH07-M-Gray" is not a request for Gray).
_IDS = re.compile(r"\b[A-Z]{2}\d{2}(?:-[\w.]+)*\b|#?\b[A-Za-z]?\d{7,10}\b")
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:[.,]\d)?)(?!\w|\.\w)")  # "I need a 9." ends a sentence
_SHORT_SIZES = {"xs", "s", "m", "l", "xl"}

Problem = Literal["not_named", "unavailable", "same", "several"]


class VariantChoice(BaseModel):
    """The grounded variant, or why there is none (with the option values the customer asked for)."""

    variant: dict[str, Any] | None = None
    wanted: dict[str, str] = {}
    kept: dict[str, str] = {}  # the item's values the words say to keep ("it has to stay red"): they hold too
    ruled_out: dict[str, str] = {}  # values the words rule out ("but not navy"): never the only one offered
    problem: Problem | None = None
    alternatives: list[dict[str, Any]] = []


def values_by_option(product: dict[str, Any]) -> dict[str, list[str]]:
    """Each option's values across the product's variants, in the order first listed."""
    values: dict[str, list[str]] = {}
    for variant in product["variants"]:
        for key, value in variant["options"].items():
            if str(value) not in values.setdefault(key, []):
                values[key].append(str(value))
    return values


def _kind(key: str) -> str:
    key = key.lower()
    return "colours" if "colo" in key else "sizes" if "size" in key else key


def _colour(text: str, values: list[str], current: str) -> str | None:
    """The product's colour the words name (one different from the current one wins), or the word itself."""
    found: list[tuple[int, str]] = []
    for pattern in lexicon().grouped["colours"].values():
        found.extend((match.start(), match.group(0).lower()) for match in pattern.finditer(text)
                     if not _kept_as_is(text, match.start()))
    own = {value.lower() for value in values}
    for _, word in sorted(found):
        if _names_current(word, current) and (word not in own or word == current.lower()):
            # "la mochila azul marino" when it is navy: the colour it has, not the one wanted; a value of the
            # product's own ("beige" beside its brown) is that value, whatever colour family it belongs to
            continue
        fits = _colour_values(word, values)
        if fits and fits[0].lower() != current.lower():
            return fits[0]
        if not fits:
            return word  # a colour the product does not come in
    return None


def _uncoloured(key: str, values: list[str], current: str, text: str) -> str | None:
    """A colour option's value that is no colour ("wood", "stainless steel", "RGB"), said in the customer's words
    ("en bois", "de acero inoxidable", "aus Holz") as other options' values are."""
    colours = lexicon().grouped["colours"].values()
    others = [v for v in values if not any(pattern.fullmatch(v) for pattern in colours)]
    return wanted_value(key, others, current, text) if others else None


def _kept_as_is(text: str, at: int) -> bool:
    """The colour at `at` is said in a clause that calls something fine as it is ("the white one is fine")."""
    start = max((text.rfind(mark, 0, at) for mark in ",;.!?"), default=-1) + 1
    ends = [i for i in (text.find(mark, at) for mark in ",;.!?") if i >= 0]
    end = min(ends, default=len(text))
    for turn in lexicon().patterns["clause_turns"].finditer(text, start, end):  # "X is fine but I want it in Y"
        if turn.end() <= at:
            start = turn.end()
        elif turn.start() >= at:
            end = turn.start()
            break
    return lexicon().patterns["content_words"].search(text, start, end) is not None


def _names_current(word: str, current: str) -> bool:
    """The word says the item's current colour value in other words ("azul marino" for navy, "dorado" for gold)."""
    current = current.lower()
    if not current or word == current:
        return bool(current)
    return any(p.fullmatch(word) and (current == colour.lower() or current in lexicon().colours[colour])
               for colour, p in lexicon().grouped["colours"].items())


def _colour_values(word: str, values: list[str]) -> list[str]:
    """The product's colour values a word can mean, its own name first ("lavender" → Lavender, else Purple)."""
    by_name = [v for v in values if v.lower() == word]
    meant = [c for c, p in lexicon().grouped["colours"].items() if p.fullmatch(word)]
    by_colour = [v for c in meant for v in values if v.lower() == c.lower() and v not in by_name]
    # the product's own spelling of that colour ("grey" where the word reads Gray, "navy" for Blue)
    by_word = [v for c in meant for v in values
               if v.lower() in lexicon().colours[c] and v not in by_name and v not in by_colour]
    return by_name + by_colour + by_word


def _size(text: str, values: list[str], current: str = "") -> str | None:
    """The size the words ask for: the product's own value, or the size as said when the product lacks it
    (then it is unavailable, never silently another). Said with the size the item has now ("it's an M, I need
    an L", "Größe 32, ich bräuchte 34"), the other one is asked for."""
    if step := size_step(text):  # "one size bigger", "una talla más grande": from the item's own size
        said = [size for size in _sizes_said(without_relative_size(text), values)
                if size.lower() != current.lower() and (not current or lies_that_way(current, size, step))]
        return next(iter(said), None) or next_size(values, current, step)
    said = _sizes_said(text, values)
    return next((size for size in said if size.lower() != current.lower()), said[0] if said else None)


def _are_sizes(values: list[str]) -> bool:
    """Some of an option's values are sizes: a size's name ("M", "large"), or a number ("32", "8.5")."""
    names = {word.lower() for words in lexicon().sizes.values() for word in words} | {
        code.lower() for code in lexicon().sizes}
    return any(str(v).lower() in names or re.fullmatch(r"\d+(?:[.,]\d+)?", str(v)) for v in values)


def _sizes_said(text: str, values: list[str]) -> list[str]:
    """Sizes the words name: after a size word first, then size names, then bare numbers the product has."""
    lowered = {v.lower(): v for v in values}
    said: list[str] = []
    size_word = lexicon().patterns["size_words"]
    for match in size_word.finditer(text):
        token = re.match(r"\s*([\w.,]+%?)", text[match.end():])  # "taille 60%": the keyboard's size is "60%"
        if token and (token.group(1).lower() in lowered or token.group(1).isdigit()):
            said.append(lowered.get(token.group(1).lower(), token.group(1)))
    # The longest phrase wins where two overlap ("extra grande" is XL, not the L of "grande").
    found = sorted(((m.end(), -len(m.group(0)), canonical, m) for canonical, pattern in
                    lexicon().grouped["sizes"].items() for m in pattern.finditer(text)), key=lambda f: (f[0], f[1]))
    for _, _, canonical, match in found:
        word = match.group(0)
        # "s", "m", "l" alone are sizes only when written as such ("an M"), never inside "I'm"
        if word.lower() in _SHORT_SIZES and (
                word != word.upper() or text[max(0, match.start() - 1):match.start()] == "'"):
            continue
        said.append(lowered.get(canonical.lower()) or _spelled(canonical, lowered) or canonical)
    said.extend(lowered[n] for n in _NUMBER.findall(text) if n in lowered)
    # a value written with its digits, alone ("la A5", "die 100ml"): only the product's own can be meant
    said.extend(lowered[w.lower()] for w in re.findall(r"[\w%]+", text)
                if w.lower() in lowered and re.search(r"\d", w) and re.search(r"[^\d]", w))
    return list(dict.fromkeys(said))


def _spelled(canonical: str, lowered: dict[str, str]) -> str | None:
    """The product's own spelling of a size ("grande" reads L; a backpack's sizes are "large", "small")."""
    return next((lowered[word] for word in lexicon().sizes.get(canonical, []) if word in lowered), None)


def wanted_options(product: dict[str, Any], item: dict[str, Any], text: str) -> dict[str, str]:
    """Option values the words ask for that differ from the ordered item's (keys as the catalog has them).
    How the item fits now ("me queda grande", "too large") is not a size asked for, nor a value ruled out ("size S,
    but not navy")."""
    text = lexicon().patterns["fit_complaints"].sub(" ", _IDS.sub(" ", text))
    if ruled_out_spans(text):
        text, _ = _without_ruled_out(product, text)
    return _options_named(product, item, text)


def _without_ruled_out(product: dict[str, Any], text: str) -> tuple[str, dict[str, str]]:
    """The words without the values they rule out, and those values ("pero no en azul marino": color navy)."""
    return without_ruled_out(text, lambda said: _options_named(product, {"options": {}}, said))


def _options_named(product: dict[str, Any], item: dict[str, Any], text: str) -> dict[str, str]:
    wanted: dict[str, str] = {}
    options = values_by_option(product)
    # A colour said with a part ("das schwarze Gestell", "brown lenses") is that part's colour only.
    parts = {key for key in options if part_named(key, text)}
    for key, values in options.items():
        current = str(item["options"].get(key, ""))
        kind = _kind(key)
        measured = all(measure_of(value) is not None for value in values)  # "screen size": 6-inch, 8-inch
        if has_vocabulary(key) or kind not in ("colours", "sizes") or measured:
            value = wanted_value(key, values, current, text)  # "wired", "für kleine Räume", "brillo medio"
        elif kind == "colours":
            value = None if parts and key not in parts and part_of(key) else (
                _colour(text, values, current) or _uncoloured(key, values, current, text))
        elif not _are_sizes(values):  # "kit size": basic, professional: "teint moyen" asks no size M of it
            value = wanted_value(key, values, current, text)
        else:  # a size, or else a value of a "size" option no size word says ("kit size": professional)
            value = _size(text, values, current) or wanted_value(key, values, current, text)
        if not value and kind == "sizes" and (step := size_step(text)):
            value = next_size(values, current, step)  # "a size smaller" (large → medium), "un écran plus grand"
        if value and value.lower() != current.lower():
            wanted[key] = value
    return _one_reading_per_size_word(wanted, text)


def names_a_size_word(text: str) -> bool:
    """The words name a size by a word ("medium", "mediana", "groß"), not by a letter ("the l of l'adresse")."""
    return any(len(word) > 2 and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I)
               for words in lexicon().sizes.values() for word in words)


def _one_reading_per_size_word(wanted: dict[str, str], text: str) -> dict[str, str]:
    """"the helmet in a medium": one size word is the size asked for, not also another option's value of the same
    word (ventilation "medium"); said twice ("size M with medium ventilation"), both hold."""
    if not any(_kind(key) == "sizes" for key in wanted):
        return wanted
    sizes = lexicon().grouped["sizes"].values()
    spans = {match.span() for pattern in sizes for match in pattern.finditer(text)}
    if len(spans) > 1:
        return wanted
    return {key: value for key, value in wanted.items()
            if _kind(key) == "sizes" or not any(pattern.fullmatch(value) for pattern in sizes)}


_NAME_AS_VALUE = frozenset({"yes", "no", "none"})


def ground_variant(product: dict[str, Any], item: dict[str, Any], text: str,
                   named_ids: list[str] | None = None, kept: dict[str, Any] | None = None,
                   said_kept: dict[str, str] | None = None, said_ruled: dict[str, str] | None = None
                   ) -> VariantChoice:
    """The variant replacing `item`: one named by id, else the one with the asked values and the item's others.
    `kept`: values this change already set (a proposal's new size while the customer adds a colour), which hold
    unless the words name another value of the same option. `said_kept`: the item's values the customer said
    earlier in this change to keep ("it has to stay red"), which hold unless the words now ask another value;
    `said_ruled`: the values ruled out earlier ("but not navy"), likewise."""
    by_id = [v for v in product["variants"] if v["item_id"] in (named_ids or []) and v["item_id"] != item["item_id"]]
    if by_id:
        variant = by_id[0]
        if not variant["available"]:
            return VariantChoice(problem="unavailable", wanted=variant["options"])
        return VariantChoice(variant=variant, wanted=variant["options"])
    # an option a keep clause names is not asked for, even where its name reads as a value ("oubliez l'étanche":
    # waterproof stays as ordered, never "waterproof yes")
    named_kept = options_named_to_keep(item, text)
    if named_kept:  # "the same ones in a size 8", "das gleiche Modell mit hoher Helligkeit": a value asked in the
        # keep clause itself is asked for, never kept
        # (a yes/no option's name is its value's word too: "oubliez l'étanche" keeps it, asks no "waterproof yes")
        asked_there = {key: value for clause in keep_clauses(text)
                       for key, value in wanted_options(product, item, clause).items()
                       if value.lower() not in _NAME_AS_VALUE}
        named_kept = {key for key in named_kept if key not in asked_there}
    wanted = {key: value for key, value in wanted_options(product, item, text).items() if key not in named_kept}
    if not wanted:
        return _left_to_choose(product, item, text)
    target = {**item["options"], **_still_kept(product, item, text, kept or {}), **wanted}
    ruled = {key: value for key, value in {**(said_ruled or {}), **_ruled_out(product, text)}.items()
             if key not in wanted}
    exact = [v for v in product["variants"] if _same(v["options"], target) and not holds_any(v, ruled)]
    if exact and exact[0]["available"] and exact[0]["item_id"] != item["item_id"]:
        return VariantChoice(variant=exact[0], wanted=wanted)
    said = {**(said_kept or {}), **_said_to_keep(product, item, text)}
    return VariantChoice(problem="unavailable", wanted=wanted, ruled_out=ruled,
                         kept={key: value for key, value in said.items() if key not in wanted and key not in ruled},
                         alternatives=_closest(product, item, target, wanted))


def _ruled_out(product: dict[str, Any], text: str) -> dict[str, str]:
    return _without_ruled_out(product, text)[1] if ruled_out_spans(text) else {}


def holds_any(variant: dict[str, Any], values: dict[str, str]) -> bool:
    """The variant has one of `values` (option → value)."""
    return any(str(variant["options"].get(key, "")).lower() == value.lower() for key, value in values.items())





def _said_to_keep(product: dict[str, Any], item: dict[str, Any], text: str) -> dict[str, str]:
    """The item's values the words keep ("same colour", "que siga siendo rojo"): read only when the exact variant
    asked for is not sold, where they rule out the variants changing them."""
    unvalued = {**item, "options": {}}  # every value a clause names, the item's own included
    return kept_options(item, text, lambda clause: wanted_options(product, unvalued, clause))


def _left_to_choose(product: dict[str, Any], item: dict[str, Any], text: str) -> VariantChoice:
    """The item's value ruled out and nothing else named ("without the clicky switches", "sin lo de pelo de
    mascota"): the one available variant with another value of that option and the rest kept, or the several to
    ask about."""
    for key, values in values_by_option(product).items():
        current = str(item["options"].get(key, ""))
        left = {v.lower() for v in values_left(values, current, text)}
        if not left:
            continue
        fitting = [v for v in product["variants"] if v["available"] and str(v["options"].get(key, "")).lower() in left
                   and all(str(v["options"].get(k, "")).lower() == str(value).lower()
                           for k, value in item["options"].items() if k != key)]
        if len(fitting) == 1:
            return VariantChoice(variant=fitting[0], wanted={key: str(fitting[0]["options"][key])})
        if fitting:
            return VariantChoice(problem="several", alternatives=fitting)
    return VariantChoice(problem="not_named")


def _still_kept(product: dict[str, Any], item: dict[str, Any], text: str, kept: dict[str, Any]) -> dict[str, Any]:
    """The kept values the words do not undo by naming the ordered value again ("ja, aber doch lieber schwarz
    lassen" after a proposed white: black stays)."""
    if not kept:
        return {}
    current = {k: str(v).lower() for k, v in item["options"].items()}
    named_again = {key for key, value in wanted_options(product, {**item, "options": {**item["options"], **kept}},
                                                        text).items() if current.get(key) == value.lower()}
    # "no, keep the black, just size 34" after a proposed grey 34: the item's own colour, said to keep (fresh18 F4)
    named_again |= kept_as_ordered(item, text, product)
    return {key: value for key, value in kept.items() if key not in named_again}


def kept_as_ordered(item: dict[str, Any], text: str, product: dict[str, Any] | None = None) -> set[str]:
    """The options whose value the item has now a keep clause names ("keep the black", "je garde le noir", "ich
    behalte Rot"), or whose name it says ("keep the colour", "Größe lassen"): that value stays, whatever the change
    under way had set."""
    kept: set[str] = options_named_to_keep(item, text)
    if product:  # the item's value said in the customer's words ("garde le dossier haut": high-back)
        unvalued = {**item, "options": {}}
        kept |= set(kept_options(item, text, lambda clause: wanted_options(product, unvalued, clause), rest=False))
    for clause in keep_clauses(text):
        for key, value in item["options"].items():
            if _kind(key) == "colours":
                said = [m.group(0).lower() for p in lexicon().grouped["colours"].values() for m in p.finditer(clause)]
                if any(_names_current(word, str(value)) for word in said):
                    kept.add(key)
            elif re.search(rf"(?<!\w){re.escape(str(value))}(?!\w)", clause, re.I):
                kept.add(key)
    return kept


def _closest(product: dict[str, Any], item: dict[str, Any], target: dict[str, Any],
             wanted: dict[str, str]) -> list[dict[str, Any]]:
    """Available variants sharing at least one asked value, the closest to what was asked first."""
    def matches(variant: dict[str, Any], keys: Any) -> int:
        return sum(str(variant["options"].get(k, "")).lower() == str(target[k]).lower() for k in keys)

    available = [v for v in product["variants"] if v["available"] and v["item_id"] != item["item_id"]]
    near = [v for v in available if matches(v, wanted) > 0]
    if not near:  # a value the product never has ("in XL"): the other values it has, the rest kept as it is
        kept = [k for k in item["options"] if k not in wanted]
        near = [v for v in available if all(str(v["options"].get(k, "")).lower() == str(item["options"][k]).lower()
                                            for k in kept)]
    return sorted(near, key=lambda v: (-matches(v, wanted), -matches(v, target)))


def _same(options: dict[str, Any], target: dict[str, Any]) -> bool:
    return {k: str(v).lower() for k, v in options.items()} == {k: str(v).lower() for k, v in target.items()}


def describe_options(options: dict[str, Any], language: str = "en", keys: set[str] | None = None) -> str:
    """Option values in words, size first: "size 34, colour Black" (fr "taille 34, couleur noir").

    Without `keys`: colour and size where the product has them (a catalog's long material lists say nothing
    about which variant it is), else every option; with `keys`, those options too."""
    shown = {k for k in options if _kind(k) in ("colours", "sizes")} or set(options)
    shown |= (keys or set()) & options.keys()
    ordered = sorted(shown, key=lambda k: (_kind(k) != "sizes", _kind(k) != "colours", k))
    return ", ".join(_option_text(k, options[k], language) for k in ordered)


def _option_text(name: str, value: Any, language: str) -> str:
    """"size 34", "colour black"; the value alone where the option's name lists its values ("bagged/bagless":
    "bagless", de "beutellos", never "Beutel beutellos")."""
    said = _value_text(name, value, language)
    if str(value).strip().lower() in {part.strip().lower() for part in name.split("/")} and "/" in name:
        return said
    return f"{_name_text(name, language)} {said}"


def other_values(product: dict[str, Any], item: dict[str, Any], language: str) -> str:
    """The values the item's product also comes in (available variants only), option by option, as one line in
    the customer's language ("Autres options : couleur blanc, bois ; diamètre 10 inches."), or "" when none."""
    available = [v for v in product.get("variants", []) if v.get("available") and v["item_id"] != item["item_id"]]
    parts = []
    for key in values_by_option(product):
        current = str(item.get("options", {}).get(key, "")).lower()
        others = list(dict.fromkeys(str(v["options"][key]) for v in available
                                    if key in v["options"] and str(v["options"][key]).lower() != current))
        if others:
            values = [_value_text(key, other, language) for other in others]
            parts.append(", ".join(values) if "/" in key and all(
                str(other).lower() in key.lower().split("/") for other in others) else (
                f"{_name_text(key, language)} {', '.join(values)}"))
    return other_values_line("; ".join(parts), language) if parts else ""


def colour_text(text: str, language: str) -> str:
    """A colour value in the customer's language: the catalog lexicon's word ("noir"), else the option labels'
    ("argent", "gris sidéral", "bois"), else the word of the colour the lexicon reads it as ("grey" → gris)."""
    if language == "en":
        return text
    word = value_word(text, language)
    if word == text and text.islower():
        word = value_word(text.capitalize(), language)
    if word in (text, text.capitalize()):
        if has_label(text, language):  # "beige" is beige in French, never the brown its colour family is
            return option_value(text, language)
        word = option_value(text, language)
    if word == text:
        meant = [c for c, p in lexicon().grouped["colours"].items() if p.fullmatch(text)]
        word = value_word(meant[0], language) if meant else text
    return text if word == text.capitalize() else word


def _name_text(key: str, language: str) -> str:
    """An option's name in the reply's language: colour and size from the lexicon, the others ("screen size",
    "material", "switch type") from the option labels, else as the catalog writes it."""
    if key.lower() in ("color", "colour", "size"):
        return lexicon().in_language("option_names", language).get(_kind(key)[:-1].replace("colour", "color"), key)
    # "dial color", "frame size": the variant's own option name ("Zifferblattfarbe"), never a bare "colour"
    return option_name(key, language) or key


def _value_text(key: str, value: object, language: str) -> str:
    """An option value as the customer reads it: colours in their language ("couleur noir"), the values of other
    options than size from the option labels ("matériau verre", "tipo robot"), the rest as is."""
    text = html.unescape(str(value))
    if _kind(key) == "colours":  # tau-retail writes them in lower case ("black"), the demo catalog capitalised
        return colour_text(text, language)
    if language == "en" or (key.lower() == "size" and not (text.isalpha() and len(text) > 2)):
        return text  # sizes as codes ("M", "34", "A4") are read alike in every language; "large" is a word
    return option_value(text, language)


def changed_keys(old: dict[str, Any], new: dict[str, Any]) -> set[str]:
    return {k for k in old.keys() | new.keys() if str(old.get(k, "")).lower() != str(new.get(k, "")).lower()}
