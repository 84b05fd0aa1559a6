"""Answers to product questions from the catalog record, in the customer's language: options in stock for the
asked colour, a yes or no for a colour and size asked, material as words, suitability from activity/climate
attributes, the description's care line, a reviews summary, price."""

from __future__ import annotations

import re
from typing import Any

from assistant.grounding.catalog_constraints import CatalogReading
from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.catalog_phrases import answer, format_number, join_words, value_word
from assistant.grounding.catalog_questions import (
    QUALITY_OF_CLIMATE,
    ProductQuestion,
    asks_an_option,
    asks_availability,
    description_says,
    names_weather,
    size_said,
)
from assistant.grounding.product_features import feature_label, features_asked, features_in, listed_in_column
from assistant.language import detect_language
from assistant.steps.property_answers import properties_first
from tools.catalog.records import clean_value
from tools.money import format_money

QUOTE_CHARS = 120
WARMTH_DEFAULT = ["Cold", "Wintry"]  # "is it warm enough?" with no other word asks about cold weather


def _list(value: object) -> list[str]:
    values = value if isinstance(value, list) else str(value or "").replace("|", ",").split(",")
    return [clean_value(str(v)) for v in values if clean_value(str(v))]


def _options(product: dict[str, Any], key: str, colours: list[str] | None = None) -> list[str]:
    wanted = {c.lower() for c in colours or []}
    seen: dict[str, None] = {}
    for variant in product["variants"]:
        value, colour = variant["options"].get(key), str(variant["options"].get("color") or "").lower()
        if value and variant["available"] and (not wanted or colour in wanted):
            seen[str(value)] = None
    return list(seen)


def materials_of(product: dict[str, Any]) -> list[str]:
    attribute = _list(product.get("attributes", {}).get("material"))
    if attribute:
        return attribute
    return next((_list(v["options"]["material"]) for v in product["variants"] if v["options"].get("material")), [])


def variant_material(product: dict[str, Any], variant_id: str, reading: CatalogReading, language: str) -> str | None:
    """The material of the one variant an item change would bring, when its options say it ("is it wool?" of the
    black XL T-shirt: that one's, never another variant's); None when they do not."""
    variant = next((v for v in product.get("variants", []) if v.get("item_id") == variant_id), None)
    if variant is None or not variant.get("options", {}).get("material"):
        return None
    return _material({**product, "attributes": {}, "variants": [variant]}, reading, language)


def material_answer(product: dict[str, Any], reading: CatalogReading, language: str) -> str:
    """"Is it wool?" of one product: yes or no with what it is made of (its name and `attributes` suffice)."""
    return _material({"variants": [], **product}, reading, language)


def _material(product: dict[str, Any], reading: CatalogReading, language: str) -> str:
    name, materials = product["name"], materials_of(product)
    if not materials:
        return answer("material_unknown", language, name=name)
    values = join_words(materials, language)
    asked = reading.constraints.attributes.get("material")
    if asked:
        # "is it cotton?" of an Organic Cotton product is a yes: the value asked is a word of the one it has
        has = [m for m in materials for a in asked if re.search(rf"\b{re.escape(a.lower())}\b", m.lower())]
        return answer("material_yes" if has else "material_no", language, name=name, values=values)
    return answer("material", language, name=name, values=values)


def _reviews(product: dict[str, Any], language: str) -> str:
    rated = [r["rating"] for r in product.get("reviews", []) if r.get("rating")]
    if not rated:
        return answer("reviews_none", language, name=product["name"])
    average = sum(rated) / len(rated)
    verdict = "verdict_good" if average >= 4 else "verdict_mixed" if average >= 3 else "verdict_poor"
    facts = {"name": product["name"], "count": len(rated), "average": format_number(average, language),
             "verdict": answer(verdict, language)}
    # A review is quoted only when it is written in the customer's language (the demo's are all English).
    quote = next((text for r in product["reviews"] if (text := r.get("title") or r.get("body"))
                  and detect_language(text) == language), None)
    if quote is None:
        return answer("reviews_unquoted", language, **facts)
    return answer("reviews", language, quote=quote[:QUOTE_CHARS], **facts)


def _suitability(product: dict[str, Any], reading: CatalogReading, language: str, weather: bool = False) -> str:
    name, attributes = product["name"], product.get("attributes", {})
    asked_climate = reading.constraints.attributes.get("climate")
    asked = reading.constraints.attributes.get("activity")
    if asked_climate and asked and all(_in_name(a, name) for a in asked):
        asked = None  # "is the Josie Yoga Jacket ok in the rain?": the weather is asked, "Yoga" is its name
    if asked_climate and not asked:
        return _warmth(product, reading, language, weather)
    made_for = _list(attributes.get("activity"))
    if not asked:  # "wofür taugt das?", "what is it good for?": what the catalog says it is made for
        climate = _list(attributes.get("climate"))
        if made_for or climate:
            return answer("made_for" if made_for else "made_for_weather", language, name=name,
                          values=join_words(made_for or climate, language))
    asked_words = join_words(asked or [], language, conjunction="or")
    if made_for and asked:
        key = "suitable_yes" if {a.lower() for a in made_for} & {a.lower() for a in asked} else "suitable_no"
        return answer(key, language, name=name, values=join_words(made_for, language), asked=asked_words)
    listed = [v for v in _list(attributes.get("style_general")) + _list(attributes.get("style_bottom"))
              if _has_word(v, language)]
    listed = listed or [str(product.get("category_path") or "").split("/")[-1].lower()]
    return answer("suitable_unknown", language, name=name, values=join_words(listed, language),
                  asked=asked_words or "?")


def _in_name(value: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(value.lower())}\b", name.lower()) is not None


def _has_word(value: str, language: str) -> bool:
    """A catalog value the customer's language has a word for (styles are many and English-only)."""
    return language == "en" or value_word(value, language) != value


def _warmth(product: dict[str, Any], reading: CatalogReading, language: str, weather: bool = False) -> str:
    """From the climate attributes, unless they do not say yes and the product's own description does ("keeps you
    warm", "water-resistant"): an answer never contradicts the page the customer reads."""
    climate = _list(product.get("attributes", {}).get("climate"))
    asked = reading.constraints.attributes.get("climate") or WARMTH_DEFAULT
    if (listed := listed_features(product)) and not climate and _only_properties(asked):
        # "is the bag waterproof?": a bag has no weather rating but a features column that says it, yes or no
        has = any(f.lower() == "waterproof" for f in listed)
        return answer("water_listed_yes" if has else "water_listed_no", language, name=product["name"],
                      values=join_words(listed, language))
    rated = bool({c.lower() for c in climate} & {a.lower() for a in asked})
    if rated and not _asks_waterproof(asked, weather):
        return answer("climate_yes", language, name=product["name"], values=join_words(climate, language))
    if styles := styled_for(product, asked):  # "waterproof?" of a jacket the catalog styles a rain coat
        return answer("style_yes", language, name=product["name"], values=join_words(styles, language))
    if rated and not description_says(product, asked):
        # "is it waterproof?" of a jacket rated for rainy weather: the rating said, never "waterproof" claimed
        return answer("climate_rain_rated", language, name=product["name"], values=join_words(climate, language))
    if described := description_says(product, asked):
        quality, sentence = described
        facts = {"name": product["name"], "quality": answer(f"quality_{quality}", language),
                 "quote": f' ("{sentence[:QUOTE_CHARS]}")' if language == "en" else ""}
        if climate and weather:  # "warm enough for winter?": the description says it, the rating does not list it
            return answer("climate_no_described", language, values=join_words(climate, language),
                          asked=join_words(asked, language, conjunction="or"), **facts)
        return answer("described_yes", language, **facts)
    if not climate:  # no weather rating at all: said so, never an empty value shown as "-"
        if unknown := _property_unknown(asked):
            return answer(unknown, language, name=product["name"])
        return answer("climate_unrated", language, name=product["name"],
                      asked=join_words(asked, language, conjunction="or"))
    if near := _near_climates(climate, asked):  # "in the heat?" of one rated for warm weather: no "not really"
        return answer("climate_near", language, name=product["name"], values=join_words(climate, language),
                      asked=join_words(asked, language, conjunction="or"), near=join_words(near, language))
    if (not weather or _only_properties(asked)) and (unknown := _property_unknown(asked)):
        # "waterproof?" is a property of the garment, not a weather: the climate tags do not answer it, nor do they
        # when rain is named with it ("will it keep the rain out?" of one rated "all-weather": no "not really")
        return answer(unknown, language, name=product["name"])
    return answer("climate_no", language, name=product["name"], values=join_words(climate, language))


# Climates next to each other: a product rated for one is neither a yes nor a "not really" for the other.
NEAR_CLIMATES = {"hot": ("Warm",), "warm": ("Hot",)}


def _near_climates(climate: list[str], asked: list[str]) -> list[str]:
    near = {value for a in asked for value in NEAR_CLIMATES.get(a.lower(), ())}
    return [c for c in climate if c in near]


def _asks_waterproof(asked: list[str], weather: bool) -> bool:
    """"is it waterproof?": keeping water out is asked as the garment's property, no weather named ("ok in the
    rain?" names one: a rainy rating answers it)."""
    return not weather and bool(asked) and all(QUALITY_OF_CLIMATE.get(a.lower()) == "water" for a in asked)


def _only_properties(asked: list[str]) -> bool:
    """Every climate asked is a garment's property (rain or wind kept out), none a season's warmth."""
    return all(QUALITY_OF_CLIMATE.get(a.lower()) in ("water", "wind") for a in asked)


def _property_unknown(asked: list[str]) -> str | None:
    """The answer that the data says nothing of a property asked ("waterproof?", "windproof?") its description
    and style were searched for."""
    qualities = [QUALITY_OF_CLIMATE.get(a.lower()) for a in asked]
    return next((f"unknown_{q}" for q in qualities if q in ("water", "wind")), None)


# Styles of the catalog that make a garment fit a weather its climate tags may not list: a rain coat or a hard
# shell keeps the rain out, a windbreaker the wind, an insulated one the cold.
WEATHER_STYLES = {"rainy": ("Rain Coat", "Hard Shell"), "windy": ("Windbreaker", "Hard Shell"),
                  "cold": ("Insulated",), "wintry": ("Insulated",)}


def styled_for(product: dict[str, Any], climates: list[str]) -> list[str]:
    """The product's styles that make it fit one of `climates` ("Rain Coat" for "Rainy"), in the catalog's order."""
    wanted = {style for climate in climates for style in WEATHER_STYLES.get(climate.lower(), ())}
    return [s for s in _list(product.get("attributes", {}).get("style_general")) if s in wanted]


COLD_WEATHER = ("cold", "wintry")


def climates(product: dict[str, Any]) -> list[str]:
    return _list(product.get("attributes", {}).get("climate"))


def warmth_rank(product: dict[str, Any]) -> int:
    """How much cold the catalog says a product is made for: its cold-weather climates, and an insulated style."""
    cold = sum(c.lower() in COLD_WEATHER for c in climates(product))
    return cold + len(styled_for(product, ["Cold"]))


def _price(product: dict[str, Any], language: str) -> str:
    prices = sorted({v["price_cents"] for v in product["variants"]})
    if prices[0] == prices[-1]:
        return answer("price", language, name=product["name"], amount=format_money(prices[0], language))
    return answer("price_range", language, name=product["name"], low=format_money(prices[0], language),
                  high=format_money(prices[-1], language))


def _sizes(product: dict[str, Any], reading: CatalogReading, language: str) -> str:
    colours = reading.constraints.colours
    sizes = _options(product, "size", colours)
    name = product["name"]
    if colours:
        colour = join_words(colours[:1], language)
        if sizes:
            return answer("sizes_colour", language, name=name, colour=colour, values=", ".join(sizes))
        made = _options(product, "color")
        if made and not {c.lower() for c in made} & {c.lower() for c in colours}:
            # "is it available in blue?" of a product never made in blue: not "no sizes in stock" but its colours
            return answer("available_no_colour", language, name=name, values=join_words(made, language),
                          colour=join_words(colours[:2], language, conjunction="or"))
        return answer("sizes_colour_none", language, name=name, colour=colour)
    return answer("sizes", language, name=name, values=", ".join(sizes)) if sizes else answer(
        "sizes_none", language, name=name)


def _availability(product: dict[str, Any], reading: CatalogReading, language: str, text: str = "") -> str | None:
    """"Does it come in white, in a medium?", "in XXL?": yes or no for this product, with what it has when not
    (None when the turn names no colour or size the product's options could have)."""
    asked_colours, size = reading.constraints.colours, reading.constraints.size or size_said(text)
    name, colours = product["name"], _options(product, "color")
    wanted = {c.lower() for c in asked_colours}
    colour = next((c for c in colours if c.lower() in wanted), None) if colours and wanted else None
    if colours and wanted and colour is None:
        return answer("available_no_colour", language, name=name, values=join_words(colours, language),
                      colour=join_words(asked_colours[:2], language, conjunction="or"))
    sizes = _options(product, "size", [colour] if colour else None) if size else []
    if size and sizes and size.lower() not in {s.lower() for s in sizes}:
        return answer("available_no_size", language, name=name, values=", ".join(sizes),
                      option=_option(colour, size, language))
    size = size if sizes else None
    if colour is None and size is None:
        return None
    return answer("available_yes", language, name=name, option=_option(colour, size, language))


def _option(colour: str | None, size: str | None, language: str) -> str:
    colour_word = value_word(colour, language) if colour else ""
    key = "option_both" if colour and size else "option_colour" if colour else "option_size"
    return answer(key, language, colour=colour_word, size=size or "")


# The care line of a description: "Machine wash/dry.", "Machine wash cold, tumble dry low."
_CARE = re.compile(r"[^.•]*\b(?:machine wash|hand wash|washable|dry clean|tumble dry|line dry|hang to dry)[^.•]*", re.I)


def _care(product: dict[str, Any], language: str) -> str:
    text = re.sub(r"<[^>]+>", " ", str(product.get("description") or ""))
    lines = [" ".join(m.group(0).split()) for m in _CARE.finditer(text)]
    line = next((x for x in lines if len(x) <= 60), None)  # the short care line, not a sentence on wash cycles
    if line is None:
        return answer("care_unknown", language, name=product["name"])
    return answer("care", language, name=product["name"], care=line)


def _fit(product: dict[str, Any], language: str) -> str:
    """"Does it run small?": the catalog has no fit notes, so that is said with the sizes in stock (never a yes
    about a size nobody asked for stock of)."""
    return answer("fit_unknown", language, name=product["name"], values=", ".join(_options(product, "size")) or "-")


def _features(product: dict[str, Any], asked: list[str], language: str) -> str:
    """"Does it have a hood?": yes where the product's own name, description or style says so; otherwise that the
    catalog does not mention it (its silence is no "no": a page may leave a hood unsaid)."""
    attributes = product.get("attributes", {})
    listed = listed_features(product)
    texts = [product["name"], str(product.get("description") or ""),
             *(str(attributes[key]) for key in ("style_general", "style_bottom") if attributes.get(key))]
    has, in_column = features_in(texts), features_in(listed)
    # the catalog's features column answers what it lists, yes or no ("Laptop Sleeve" listed or not)
    from_column = [f for f in asked if listed and listed_in_column(f)]
    said = [f for f in asked if f in has and f not in from_column]
    unsaid = [f for f in asked if f not in has and f not in from_column]
    parts = []
    for feature in from_column:
        label = feature_label(feature, language)
        parts.append(answer("feature_listed", language, name=product["name"], feature=label) if feature in in_column
                     else answer("feature_no", language, name=product["name"], feature=label,
                                 values=join_words(listed, language)))
    if said:
        parts.append(answer("feature_yes", language, name=product["name"],
                            feature=join_words([feature_label(f, language) for f in said], language)))
    if unsaid:
        parts.append(answer("feature_unsaid", language, name=product["name"],
                            feature=join_words([feature_label(f, language) for f in unsaid], language,
                                               conjunction="or")))
    return " ".join(parts)


def listed_features(product: dict[str, Any]) -> list[str]:
    """The features the catalog's features column lists for the product ("Waterproof", "Laptop Sleeve"), if any."""
    return _list(product.get("attributes", {}).get("features"))


def side_by_side(products: list[dict[str, Any]], language: str) -> str:
    """"Compare X and Y", "the first or the second?": each product's price, rating and material, from its record."""
    items = []
    for product in products:
        rated = [r["rating"] for r in product.get("reviews", []) if r.get("rating")]
        rating = answer("compared_rating", language, average=format_number(sum(rated) / len(rated), language),
                        count=len(rated)) if rated else answer("compared_unrated", language)
        materials = materials_of(product)
        items.append(answer("compared_item", language, name=product["name"],
                            amount=format_money(min(v["price_cents"] for v in product["variants"]), language),
                            rating=rating, materials=join_words(materials, language) if materials else answer(
                                "compared_material_unknown", language)))
    return answer("side_by_side", language, items="; ".join(items))


def _about(product: dict[str, Any], language: str) -> str:
    colours = _options(product, "color")
    text = answer("about", language, name=product["name"])
    description = (product.get("description") or "").split(". ")[0].strip().rstrip(".")
    if description:  # the catalog's descriptions are written in English only: other languages say so
        text += " " + answer("about_description", language, description=f"{description}.")
    if colours:
        text += " " + answer("about_colours", language, values=join_words(colours, language))
    return text


def _features_asked(product: dict[str, Any], reading: CatalogReading, text: str) -> list[str]:
    """The features a question asks of the product, less those only its own name says ("Riona Full Zip Jacket":
    the zip of its name is no question)."""
    name = str(product.get("name") or "")
    said = fold(re.sub(re.escape(name), " ", text, flags=re.I)) if name else fold(text)
    in_name, asked_now = set(features_asked(fold(name))), set(features_asked(said))
    return [f for f in (reading.constraints.features or features_asked(fold(text)))
            if f in asked_now or f not in in_name]


def _with_other_colours(asks: set[str], reading: CatalogReading) -> set[str]:
    """"does it come in other colours?", "¿lo tenéis en otros colores?": the product's colours are asked."""
    return asks | {"colours"} if reading.another_colour and not reading.constraints.colours else asks


def _weather_still_asked(asks: set[str], question: ProductQuestion, reading: CatalogReading) -> set[str]:
    """"taugt die zum Laufen bei Regen?": the activity answered from the product's page leaves the weather it is
    asked for still to answer (from its climate and its words for rain or cold)."""
    climate = reading.constraints.attributes.get("climate")
    if "suitability" in question.asks and "suitability" not in asks and climate:
        return asks | {"warmth"}
    return asks


def answer_question(product: dict[str, Any], question: ProductQuestion, reading: CatalogReading,
                    language: str = "en", text: str = "") -> str:
    """One or more grounded sentences; every fact comes from `product` (a `get_product_details` result)."""
    # "is it breathable?", "¿es elástico?": from its own page, never a material's "no"
    parts, asks = properties_first(product, set(question.asks), language, fold(text))
    asks = _weather_still_asked(asks, question, reading)
    if parts and not asks:
        return " ".join(parts)
    feature_question = _features_asked(product, reading, text)
    if feature_question:  # "does it have a hood?": from the product's own text
        parts.append(_features(product, list(feature_question), language))
        if not asks:
            return " ".join(parts)
    # a colour or size named with a question about them (or alone: "gibt es die X in grau in 28?") asks whether
    # the product has it; "which sizes in red?" still lists the sizes
    if "fit" in asks:  # "does it run small? I'm usually an M": how it fits, not whether an M is in stock
        parts.append(_fit(product, language))
        asks -= {"fit", "sizes"}
        if not asks:
            return " ".join(parts)
    asks = _with_other_colours(asks, reading)
    # "gibt es den X auch in grau? was kostet er?": the colour named with an availability cue is asked too (desk19)
    size = reading.constraints.size or size_said(text)
    named_with_cue = bool(reading.constraints.colours or size) and (asks_availability(text) or asks_an_option(text))
    options_asked = bool(asks & {"colours", "sizes"}) or not asks or named_with_cue
    specific = size is not None or "sizes" not in asks
    if options_asked and specific and (available := _availability(product, reading, language, text)):
        parts.append(available)
        asks -= {"colours", "sizes"}
    if "colours" in asks:
        colours = _options(product, "color")
        parts.append(answer("colours", language, name=product["name"], values=join_words(colours, language))
                     if colours else answer("colours_none", language, name=product["name"]))
    if "sizes" in asks:
        parts.append(_sizes(product, reading, language))
    if "material" in asks:
        parts.append(_material(product, reading, language))
    if "suitability" in asks:
        parts.append(_suitability(product, reading, language, names_weather(text)))
    both = reading.constraints.attributes.get("activity") and reading.constraints.attributes.get("climate")
    if "warmth" in asks or ("suitability" in asks and both):  # "good for hiking in the cold?": both answered
        parts.append(_warmth(product, reading, language, names_weather(text)))
    if "price" in asks:
        parts.append(_price(product, language))
    if "reviews" in asks:
        parts.append(_reviews(product, language))
    if "care" in asks:
        parts.append(_care(product, language))
    return " ".join(parts) or _about(product, language)
