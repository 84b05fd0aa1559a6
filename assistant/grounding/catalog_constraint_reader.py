"""Constraints in natural phrasing ("nothing over $60", "any colour except black", "warm jacket for hiking"),
read in four languages and grounded against the catalog's own values."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache, lru_cache

from assistant.grounding.catalog_amounts import AMOUNT, MONEY, OTHER_CURRENCY, cents, numbers_in_digits
from assistant.grounding.catalog_constraints import CatalogConstraints, CatalogReading
from assistant.grounding.catalog_lexicon import CatalogLexicon, fold, fold_german, fold_german_pattern, load_lexicons
from assistant.grounding.catalog_spelling import respell
from assistant.grounding.catalog_vocabulary import CatalogVocabulary
from assistant.grounding.product_features import feature_words
from assistant.grounding.unsold_kinds import is_sold, unsold_kind_words

_COMPOUND_PART = 4
_COMPOUND_ATTRIBUTE = 6  # "Damenregenjacke" ends in an attribute; "brain" does not end in "rain"
_INFLECTION = r"(?:e|s|es|en|er|em|a|as|os)?"
_PLURAL = r"(?:s|es|n|en)?"
_LETTER_SIZES = re.compile(r"\b(xxs|xs|xxl|xl)\b")
_WAIST = re.compile(r"\bw\s?(\d{2})\b|\b(\d{2})\s?(?:inch(?:es)?\s)?waist\b")
# A clause ends at punctuation or at "but" (unless it is "but not" / "anything but").
_CLAUSE_END = re.compile(r"[,.;!?]|\b(?:but|mais|pero|aber|sondern|instead|rather)\b(?!\s+(?:not|pas|no|nicht)\b)")
_RATHER = r"\b(?:rather|instead|plutot|mejor|eher|lieber|what i (?:really )?need)\b"
_DIRECT_ATTRIBUTES = ("activity", "material")
_GARMENT_NAME_ATTRIBUTES = ("style", "activity")  # catalog values read as words ("yoga", "fleece"); "cool" is not


def read_constraints(text: str, vocabulary: CatalogVocabulary, language: str | None = None) -> CatalogReading:
    """Everything a turn says about the products wanted, in any of the lexicons' languages; a word two languages
    read differently ("top": en tops, es sports tops) is read in `language`, the conversation's (else English)."""
    return _reader(language)(text, vocabulary)


def _alternation(phrases: object, folder: Callable[[str], str] = fold) -> str:
    words = sorted({folder(str(p)) for p in phrases}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(word) for word in words)


class _Reader:
    def __init__(self, lexicons: list[CatalogLexicon], german: bool = False, language: str | None = None) -> None:
        self.language = language
        # German text is read with its umlauts however they are typed, and so are the words it is matched against
        self.fold, fold_pattern = (fold_german, fold_german_pattern) if german else (fold, fold)
        self.colour_words = {self.fold(w): t for lex in lexicons for w, t in lex.colours.items()}
        self.size_words = {self.fold(w): s for lex in lexicons for w, s in lex.sizes.items()}
        self.gender_words = {self.fold(w): g for lex in lexicons for g, ws in lex.gender.items() for w in ws}
        self.category_words = {self.fold(w): t for lex in lexicons for w, t in lex.categories.items()}
        self.attribute_words = {self.fold(w): t for lex in lexicons for w, t in lex.attributes.items()}
        self.kind_words = {self.fold(w): t for lex in lexicons for w, t in lex.kinds.items()}
        # the words a slip of the keyboard is corrected to: kinds of product, singular and plural
        single = [w for w in (*self.category_words, *self.kind_words) if " " not in w]
        self.spelled = frozenset(single + [w + ending for w in single for ending in ("s", "es", "n", "en")])
        kind_tails = [w for w in self.kind_words if len(w) >= _COMPOUND_ATTRIBUTE and " " not in w]
        # a gender word heading a kind of any length is one word in German ("Herrenuhr", "Damenuhren")
        heads = _alternation([w for w in self.gender_words if len(w) >= _COMPOUND_PART and " " not in w], self.fold)
        single_kinds = [w for w in self.kind_words if " " not in w]
        self.kind = re.compile(rf"\b(?:({_alternation(self.kind_words, self.fold)})"
                               rf"|\w{{3,}}?({_alternation(kind_tails, self.fold)})"
                               rf"|(?:{heads})({_alternation(single_kinds, self.fold)})){_PLURAL}\b")
        self.colour = re.compile(rf"\b({_alternation(self.colour_words, self.fold)}){_INFLECTION}\b")
        self.size = re.compile(rf"\b({_alternation(self.size_words, self.fold)})\b")
        # the word after a cue is looked at, not consumed: "in größe 30" has two cues, and the size follows the second
        size_cues = [c for lex in lexicons for c in lex.size_cues]
        self.size_cue = re.compile(rf"\b(?:{_alternation(size_cues, self.fold)})\s+(?=(\w+)\b)")
        # German writes compounds ("Herrenhose", "Damenregenjacke"): a long gender word may head a word and a
        # long kind may end one; short words ("top", "man") must stand alone ("laptop" is not a top).
        gender_heads = [w for w in self.gender_words if len(w) >= _COMPOUND_PART]
        tails = [w for w in self.category_words if len(w) >= _COMPOUND_PART]
        single_categories = [w for w in self.category_words if " " not in w]
        self.gender = re.compile(rf"(?<![\w'])(?:({_alternation(self.gender_words, self.fold)})(?![\w'])"
                                 rf"|({_alternation(gender_heads, self.fold)})\w{{3,}})")
        self.category = re.compile(rf"\b(?:({_alternation(self.category_words, self.fold)})"
                                   rf"|\w{{3,}}?({_alternation(tails, self.fold)})"
                                   rf"|(?:{heads})({_alternation(single_categories, self.fold)})){_PLURAL}\b")
        long_attributes = [w for w in self.attribute_words if len(w) >= _COMPOUND_ATTRIBUTE]
        self.attribute = re.compile(rf"\b(?:({_alternation(self.attribute_words, self.fold)})"
                                    rf"|\w+?({_alternation(long_attributes, self.fold)})){_INFLECTION}\b")
        # a dismissal and the words after it up to the clause's end ("never mind the shorts,", "olvídalo,")
        dismissals = "|".join(f"(?:{fold_pattern(c)})" for lex in lexicons for c in lex.dismissal_cues)
        self.dismissal = re.compile(rf"\b(?:{dismissals})\b(?:[^,.;!?]*?(?=[,.;!?]|{_RATHER})|(?:\s+\w+){{0,3}})"
                                    if dismissals else r"(?!)")
        after = _alternation([c for lex in lexicons for c in lex.exclusion_after_cues], self.fold)
        self.exclusion_after = re.compile(rf"\s*(?:{after})\s*(?:[,.;!?]|$)" if after else r"(?!)")
        self.exclusion_fillers = {self.fold(w) for lex in lexicons for w in lex.exclusion_fillers}
        senses = _alternation([s for lex in lexicons for s in lex.other_senses], self.fold)
        self.other_senses = re.compile(rf"\b(?:{senses})\b" if senses else r"(?!)")
        cues = [c for lex in lexicons for c in lex.exclusion_cues]
        self.exclusion = re.compile(rf"\b(?:{_alternation(cues, self.fold)})\b")
        but = _alternation([w for lex in lexicons for w in lex.any_colour_but], self.fold)
        self.any_colour_but = re.compile(rf"\s*(?:{but})\b[^,.;!?]*" if but else r"(?!)")
        self.ops = {name: re.compile("|".join(f"(?:{fold_pattern(p)})" for lex in lexicons
                                              for p in getattr(lex, name)))
                    for name in ("any_colour", "another_colour", "cheaper")}
        self.prices = [(kind, re.compile(fold_pattern(p).replace("{amount}", AMOUNT).replace("{money}", MONEY)))
                       for kind in ("range", "below", "max", "min") for lex in lexicons
                       for p in getattr(lex.price, kind)]

    def __call__(self, text: str, vocabulary: CatalogVocabulary) -> CatalogReading:
        # masked as spans are consumed, so a word is read once; a kind of product typed with a slip is read
        folded = [numbers_in_digits(respell(self.fold(text), self.spelled))]
        reading = CatalogReading()
        c = reading.constraints
        reading.reset = bool(_consume(folded, self.dismissal))
        self._prices(folded, reading)
        _consume(folded, self.other_senses)
        colours_ruled_out: list[tuple[int, int]] = []  # "any colour but grey": where a colour said is ruled out
        for name, pattern in self.ops.items():
            if matches := _consume(folded, pattern):
                setattr(reading, name, True)
            if name == "any_colour":
                after = [self.any_colour_but.match(folded[0], m.end()) for m in matches]
                colours_ruled_out = [but.span() for but in after if but]
        # "Laufschuhe", "des chaussettes": a kind the catalog does not sell is no word of another kind or size
        reading.unsold_kinds = self._unsold_kinds(folded, vocabulary)
        c.size = self._size(folded, vocabulary)
        self._colours(folded, c, colours_ruled_out)
        kind_spans = self._kinds(folded, c, vocabulary)
        # before categories: "mit Taschen" asks for pockets, not bags; after kinds: "sweat à capuche" is a hoodie
        self._features(folded, c, vocabulary)
        genders = [self.gender_words[m.group(1) or m.group(2)] for m in self.gender.finditer(folded[0])]
        c.gender = genders[-1] if genders else None
        # A kind and an attribute may share words ("rain jacket", "Regenjacke"): each reads the same text.
        categories = list(self.category.finditer(folded[0]))
        ruled_out = [m for m in categories if self._excluded(folded[0], m.start(), strict=True)
                     or self.exclusion_after.match(folded[0], m.end())]
        c.exclude_categories = _category_names(ruled_out, self.category_words, vocabulary)
        reading.broader_categories = sorted({parent for m in categories if m not in ruled_out
                                             for name in self.category_words[_said(m)]
                                             for parent in vocabulary.category_parents.get(name, ())})
        wanted = [m for m in categories if m not in ruled_out]
        c.categories = [name for name in _category_names(wanted, self.category_words, vocabulary)
                        if name not in c.exclude_categories]
        if any(not any(s < m.end() and m.start() < e for s, e in kind_spans) for m in wanted):
            c.kinds = []  # "un débardeur ou une brassière": a kind of product said beside a category widens to it
        garments = [m.span() for m in categories if re.search(r"[\s-]", m.group(0).strip())]  # "sport-bh" too
        c.attributes, c.exclude_attributes = self._attributes(folded, vocabulary, garments)
        return reading

    def _prices(self, folded: list[str], reading: CatalogReading) -> None:
        c = reading.constraints
        for kind, pattern in self.prices:
            for match in _consume(folded, pattern):
                reading.other_currency = reading.other_currency or bool(OTHER_CURRENCY.search(match.group(0)))
                amounts = [cents(g) for g in match.groups() if g]
                if kind == "range" and len(amounts) >= 2:
                    c.min_price_cents, c.max_price_cents = min(amounts[:2]), max(amounts[:2])
                elif kind in ("below", "max") and amounts:
                    c.max_price_cents, c.max_price_strict = amounts[0], kind == "below"
                elif kind == "min" and amounts and c.min_price_cents is None:
                    c.min_price_cents = amounts[0]

    def _size(self, folded: list[str], vocabulary: CatalogVocabulary) -> str | None:
        by_key = {size.lower(): size for size in vocabulary.sizes}
        found = [m.group(1) for m in _consume(folded, _LETTER_SIZES)]
        found += [m.group(1) or m.group(2) for m in _consume(folded, _WAIST)]
        found += [m.group(1) for m in self.size_cue.finditer(folded[0]) if m.group(1) in by_key]
        found += [self.size_words[m.group(1)] for m in _consume(folded, self.size)]
        return next((by_key[s.lower()] for s in found if s.lower() in by_key), None)

    def _colours(self, folded: list[str], c: CatalogConstraints, ruled_out: list[tuple[int, int]]) -> None:
        text = folded[0]
        for match in _consume(folded, self.colour):
            targets = self.colour_words[match.group(1)]
            if self._excluded(text, match.start()) or any(s <= match.start() < e for s, e in ruled_out):
                c.exclude_colours = _unique([*c.exclude_colours, *targets])
            else:
                c.colours = _unique([*c.colours, *targets])
        c.colours = [colour for colour in c.colours if colour not in c.exclude_colours]

    def _kinds(self, folded: list[str], c: CatalogConstraints, vocabulary: CatalogVocabulary
               ) -> list[tuple[int, int]]:
        """Kinds of product finer than a category ("a backpack, not a duffle"), read before the categories so
        "sac à dos" is not also "sac"; a kind none of the catalog's names uses is no filter. The spans of the kinds
        wanted are returned."""
        text = folded[0]
        spans: list[tuple[int, int]] = []
        for match in self.kind.finditer(text):
            names = [n for n in self.kind_words[_said(match)] if n in vocabulary.name_words]
            if not names:
                continue
            if self._excluded(text, match.start()):
                c.exclude_kinds = _unique([*c.exclude_kinds, *names])
            else:
                c.kinds = _unique([*c.kinds, *names])
                spans.append(match.span())
            start, end = match.span()
            if self._excluded(text, match.start()):  # "not a duffle" says nothing of the category wanted
                folded[0] = folded[0][:start] + " " * (end - start) + folded[0][end:]
        c.kinds = [k for k in c.kinds if k not in c.exclude_kinds]
        return spans

    def _unsold_kinds(self, folded: list[str], vocabulary: CatalogVocabulary) -> list[str]:
        named = [next(key for key, value in m.groupdict().items() if value)
                 for m in _consume(folded, unsold_kind_words(self.language))]
        return _unique(kind for kind in named if not is_sold(kind, vocabulary))

    def _features(self, folded: list[str], c: CatalogConstraints, vocabulary: CatalogVocabulary) -> None:
        """Features asked for ("with pockets") and ruled out ("sin cremallera", "pas de capuche"); a feature word
        inside a product's name ("the Riona Full Zip Jacket") is that name, no feature."""
        text = folded[0]
        for match in feature_words().finditer(text):
            if _in_a_name(text, match, vocabulary):
                continue  # left for the other readings ("full zip" is also the catalog's style)
            start, end = match.span()
            folded[0] = folded[0][:start] + " " * (end - start) + folded[0][end:]
            name = next(key for key, value in match.groupdict().items() if value)
            ruled_out = self._excluded(text, match.start()) or self.exclusion_after.match(text, match.end())
            if ruled_out:
                c.exclude_features = _unique([*c.exclude_features, name])
            else:
                c.features = _unique([*c.features, name])
        c.features = [f for f in c.features if f not in c.exclude_features]

    def _excluded(self, text: str, start: int, *, strict: bool = False) -> bool:
        """A cue ("not", "sans", "ohne") shortly before `start` in the same clause; `strict`: only articles and
        the like between them ("sin shorts", "pas de t-shirt", "no tank tops"), so "no sé, una chaqueta" or "I'm
        not sure, a jacket" rule nothing out."""
        before = text[max(0, start - 40):start]
        cues = list(self.exclusion.finditer(before))
        if not cues:
            return False
        between = before[cues[-1].end():]
        if strict:
            return all(word in self.exclusion_fillers for word in between.split())
        return not _CLAUSE_END.search(between) and len(between.split()) <= 3

    def _attributes(self, folded: list[str], vocabulary: CatalogVocabulary, garments: list[tuple[int, int]]
                    ) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """Attribute values said, and those ruled out ("sin poliéster", "no wool"); a style or an activity said
        inside a garment's longer name ("sweat à capuche", "pantalon de jogging") names that garment and is no
        filter (the weather of "rain jacket" still is)."""
        said: dict[str, list[list[str]]] = {}
        excluded: dict[str, list[str]] = {}
        text = folded[0]

        def add(match: re.Match[str], name: str, values: list[str]) -> None:
            ruled_out = self._excluded(text, match.start(), strict=True) or self.exclusion_after.match(
                text, match.end())
            if ruled_out:
                excluded[name] = _unique([*excluded.get(name, []), *values])
            else:
                said.setdefault(name, []).append(values)

        def names_a_garment(match: re.Match[str], name: str) -> bool:
            return name in _GARMENT_NAME_ATTRIBUTES and any(
                start <= match.start() and match.end() <= end and match.end() - match.start() < end - start
                for start, end in garments)

        for match in _consume(folded, self.attribute):
            for name, values in self.attribute_words[match.group(1) or match.group(2)].items():
                if names_a_garment(match, name):
                    continue
                grounded = [v for v in (vocabulary.attribute_value(name, value) for value in values) if v]
                if grounded:
                    add(match, name, grounded)
        for direct in _DIRECT_ATTRIBUTES:
            known = {_folded(self.fold, value): value for value in vocabulary.attributes.get(direct, ())}
            if not known:
                continue
            for match in _consume(folded, _words_pattern(tuple(sorted(known)))):
                if names_a_garment(match, direct):
                    continue
                add(match, direct, [known[match.group(1)]])
        found = {name: _narrowest(readings) for name, readings in said.items()}
        kept = {name: [v for v in values if v not in excluded.get(name, [])] for name, values in found.items()}
        return {name: values for name, values in kept.items() if values}, excluded


def _in_a_name(text: str, match: re.Match[str], vocabulary: CatalogVocabulary) -> bool:
    """The matched word and the word beside it are two words next to each other in a product name."""
    before = re.findall(r"[a-z]+", text[:match.start()])[-1:]
    after = re.findall(r"[a-z]+", text[match.end():])[:1]
    word = match.group(0).strip()
    return bool(before and (before[0], word) in vocabulary.name_pairs
                or after and (word, after[0]) in vocabulary.name_pairs)


def _narrowest(readings: list[list[str]]) -> list[str]:
    """The values several words give one attribute, less a reading that another one narrows: "summers are crazy
    hot" is Hot (not the Warm a summer also allows), "winter, snow" Wintry; readings apart ("rain and wind") add up."""
    kept = [r for r in readings if not any(set(other) < set(r) for other in readings)]
    return _unique(value for reading in kept for value in reading)


def _category_names(matches: list[re.Match[str]], words: dict[str, list[str]],
                    vocabulary: CatalogVocabulary) -> list[str]:
    return _unique(name for m in matches for name in words[_said(m)] if name in vocabulary.categories)


def _said(match: re.Match[str]) -> str:
    """The lexicon word a match read: whole, at a compound's end, or after a gender word ("herren|uhr")."""
    return next(group for group in match.groups() if group)


@lru_cache(maxsize=4096)
def _folded(folder: Callable[[str], str], value: str) -> str:
    """A catalog value folded as the reader folds text: the same few hundred values are looked up on every turn,
    and folding is a pure function of the value."""
    return folder(value)


@cache
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b({_alternation(words)})\b")


@cache
def _reader(language: str | None) -> _Reader:
    return _Reader(lexicons_for(language), german=language == "de", language=language)


def lexicons_for(language: str | None) -> list[CatalogLexicon]:
    """Every language's lexicon, the message's language last and English just before it (the reader's tables keep
    the last language's meaning of a word), without the words the message's language uses otherwise."""
    lexicons = load_lexicons()
    last = list(dict.fromkeys(code for code in ("en", language) if code in lexicons))
    order = [code for code in lexicons if code not in last] + last
    own = lexicons.get(language or "")
    unread = {fold(word) for word in own.false_friends} if own else set()
    return [lexicons[code] if code == language else _without(lexicons[code], unread) for code in order]


def _without(lexicon: CatalogLexicon, unread: set[str]) -> CatalogLexicon:
    """`lexicon` less the words in `unread` (a word of its tables of words)."""
    if not unread:
        return lexicon

    def kept(table: Mapping[str, object]) -> dict[str, object]:
        return {word: value for word, value in table.items() if fold(word) not in unread}

    return lexicon.model_copy(update={
        "colours": kept(lexicon.colours), "sizes": kept(lexicon.sizes), "categories": kept(lexicon.categories),
        "attributes": kept(lexicon.attributes), "kinds": kept(lexicon.kinds),
        "gender": {g: [w for w in words if fold(w) not in unread] for g, words in lexicon.gender.items()}})


def _consume(folded: list[str], pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of `pattern`, blanked out of the text so no other reading takes the same words."""
    matches = list(pattern.finditer(folded[0]))
    for match in matches:
        start, end = match.span()
        folded[0] = folded[0][:start] + " " * (end - start) + folded[0][end:]
    return matches


def _unique(values: object) -> list[str]:
    return list(dict.fromkeys(values))  # type: ignore[call-overload]
