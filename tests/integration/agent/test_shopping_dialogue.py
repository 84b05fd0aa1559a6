"""Shopping conversations through `ConversationService` (resolver, demo catalog index): constraints as hard
filters, refined across turns and reset on a new subject, product answers from data, in four languages.

Every card is checked against the catalog records read straight from the CSVs, not against the index."""

from __future__ import annotations

from functools import cache

import pytest

from tests.integration.agent.conftest import DEMO_CATALOG
from tests.integration.agent.photos import customer_photo
from tests.integration.agent.reply_text import texts
from tools.catalog.magento import read_magento_catalog
from tools.catalog.records import ProductRecord, index_documents


@cache
def catalog() -> dict[str, ProductRecord]:
    return {product.id: product for product in read_magento_catalog(DEMO_CATALOG)}


def cards(result) -> list[dict]:
    return [card for message in result.messages for card in message["cards"]]




def facts(card: dict) -> dict:
    """The card's product in the card's colour, as the catalog records it."""
    product = catalog()[card["product_id"]]
    document = next(d for d in index_documents(product) if d.colour == card["colour"])
    return {"kind": (product.category_path or "").lower(), "gender": product.gender, "colour": document.colour,
            "price_cents": document.price_cents, "attributes": document.attributes(), "name": product.name}


def assert_all(result, *, kind: str | None = None, gender: str | None = None, colours: set[str] | None = None,
               not_colours: set[str] = frozenset(), max_cents: int | None = None) -> list[dict]:
    shown = [facts(card) for card in cards(result)]
    assert shown, texts(result)
    for item in shown:
        assert kind is None or kind in item["kind"], item
        assert gender is None or item["gender"] == gender, item
        assert colours is None or item["colour"] in colours, item
        assert item["colour"] not in not_colours, item
        assert max_cents is None or item["price_cents"] <= max_cents, item
    return shown


async def test_a_price_refinement_keeps_the_topic(shop_service) -> None:
    async with shop_service() as service:
        first = await service.send("s1", "show me men's hoodies")
        assert_all(first, kind="hoodies", gender="Men")
        refined = await service.send("s1", "only the ones under $50")
    assert_all(refined, kind="hoodies", gender="Men", max_cents=5000)


async def test_a_colour_added_to_a_topic_keeps_the_kind(shop_service) -> None:
    async with shop_service() as service:
        await service.send("s2", "I'm looking for a women's jacket")
        purple = await service.send("s2", "any in purple?")
    assert_all(purple, kind="jackets", gender="Women", colours={"Purple"})


async def test_an_exclusion_then_any_colour_again(shop_service) -> None:
    async with shop_service() as service:
        await service.send("s3", "tees for men")
        no_black = await service.send("s3", "any colour except black")
        assert_all(no_black, kind="tees", gender="Men", not_colours={"Black"})
        navy = await service.send("s3", "do you have navy?")
        assert_all(navy, kind="tees", gender="Men", colours={"Blue"})
        anything = await service.send("s3", "actually any colour is fine")
    assert_all(anything, kind="tees", gender="Men")


async def test_a_new_subject_resets_the_constraints(shop_service) -> None:
    async with shop_service() as service:
        await service.send("s4", "men's hoodies in black under $60")
        pants = await service.send("s4", "now show me women's yoga pants")
    shown = assert_all(pants, kind="pants", gender="Women")
    assert any(item["colour"] != "Black" for item in shown) or len(shown) == 1


def catalog_has(kind: str, gender: str | None, max_cents: int) -> bool:
    return any(kind in (p.category_path or "").lower() and (gender is None or p.gender == gender)
               and min(v.price_cents for v in p.variants) <= max_cents for p in catalog().values())


@pytest.mark.parametrize(("opening", "kind", "gender"), [
    ("black hoodie for men", "hoodies", "Men"), ("women's shorts in black", "shorts", "Women")])
async def test_cheaper_and_another_colour_follow_what_was_shown(shop_service, opening, kind, gender) -> None:
    async with shop_service() as service:
        first = await service.send("s5", opening)
        shown = assert_all(first, kind=kind, gender=gender, colours={"Black"})
        cheaper = await service.send("s5", "anything cheaper?")
        # cheaper than what was shown: under the dearest card (below the cheapest card would always be empty)
        cap = max(item["price_cents"] for item in shown) - 1
        if catalog_has(kind, gender, cap):
            assert_all(cheaper, kind=kind, max_cents=cap)
        else:  # nothing cheaper exists: it must say so rather than pass dearer ones off as cheaper
            assert "cheapest" in texts(cheaper), texts(cheaper)
        other = await service.send("s5", "in another colour?")
    assert_all(other, kind=kind, not_colours={"Black"})


async def test_attributes_are_hard_filters(shop_service) -> None:
    async with shop_service() as service:
        warm = await service.send("s6", "I need a warm jacket for the winter")
    for item in assert_all(warm, kind="jackets"):
        assert {"Cold", "Wintry"} & set(item["attributes"]["climate"]), item


async def test_nothing_matching_is_said_with_the_nearest_relaxation(shop_service) -> None:
    async with shop_service() as service:
        result = await service.send("s7", "a pink backpack")
    said = texts(result)
    assert "pink" in said.lower() and ("closest" in said or "couldn't find" in said)
    assert all(item["colour"] != "Pink" for item in assert_all(result, kind="bags"))


@pytest.mark.parametrize(("text", "kind", "gender", "cap", "language_word"), [
    ("Je cherche une veste pour femme à moins de 60 $", "jackets", "Women", 6000, "Voici"),
    ("Busco sudaderas de hombre, como máximo 55 dólares", "hoodies", "Men", 5500, "Estos"),
    ("Ich suche eine Herrenhose, höchstens 50 Dollar", "pants", None, 5000, "Diese"),
])
async def test_constraints_in_other_languages(shop_service, text, kind, gender, cap, language_word) -> None:
    async with shop_service() as service:
        result = await service.send("s8", text)
    assert_all(result, kind=kind, gender=gender, max_cents=cap)
    assert language_word in texts(result)
    assert all("$" in card["price"] and "," in card["price"] for card in cards(result))


async def test_spanish_refinement_excludes_a_colour(shop_service) -> None:
    async with shop_service() as service:
        await service.send("s9", "Quiero ver chaquetas de mujer")
        result = await service.send("s9", "¿y alguna que no sea negra?")
    assert_all(result, kind="jackets", gender="Women", not_colours={"Black"})


async def test_like_this_but_in_green_after_a_product(shop_service) -> None:
    async with shop_service() as service:
        await service.send("s10", "show me the Chaz Kangeroo Hoodie")
        green = await service.send("s10", "like this but in green")
    assert_all(green, colours={"Green"})


async def test_questions_about_shown_products_are_answered_from_their_records(shop_service) -> None:
    async with shop_service() as service:
        shown = await service.send("q1", "men's jackets please")
        listed = [facts(card) for card in cards(shown)]
        cheapest = await service.send("q1", "which is the cheapest?")
        # the cheapest of every men's jacket, not only of the four cards shown
        named = [p for p in catalog().values() if p.name in texts(cheapest)]
        assert len(named) == 1 and "jackets" in (named[0].category_path or "").lower(), texts(cheapest)
        assert named[0].gender == "Men"
        named_price = min(d.price_cents for d in index_documents(named[0]))
        assert named_price <= min(item["price_cents"] for item in listed)
        second = await service.send("q1", "what is the second one made of?")
        product = catalog()[cards(shown)[1]["product_id"]]
        assert product.name in texts(second) and "[" not in texts(second)
        reviews = await service.send("q1", "are the reviews any good?")
    assert product.name in texts(reviews) and ("of 5" in texts(reviews) or "no reviews" in texts(reviews))


async def test_sizes_in_stock_follow_the_asked_colour(shop_service) -> None:
    async with shop_service() as service:
        result = await service.send("q2", "which sizes do you have in gray?",
                                    photo_bytes=customer_photo("m/h/mh01-gray_main.jpg"))
    product = catalog()["MH01"]
    gray = {v.options["size"] for v in product.variants if v.colour == "Gray" and v.available}
    said = texts(result)
    assert "gray" in said.lower() and all(size in said for size in gray)


async def test_product_answers_in_spanish_and_german(shop_service) -> None:
    async with shop_service() as service:
        await service.send("q3", "Quiero ver sudaderas de hombre")
        spanish = await service.send("q3", "¿De qué material es la primera?")
        await service.send("q4", "Ich suche Herren Jacken")
        german = await service.send("q4", "Ist die erste warm genug für den Winter?")
    assert " es de " in texts(spanish) and "made of" not in texts(spanish)
    # in German, from the record: the climate it is made for, or the insulation its style says
    assert "Modell" in texts(german) and ("Wetter" in texts(german) or "isoliert" in texts(german)), texts(german)


async def test_a_question_about_several_shown_products_answers_each(shop_service) -> None:
    async with shop_service() as service:
        shown = await service.send("q5", "women's jackets for the rain")
        names = [catalog()[card["product_id"]].name for card in cards(shown)]
        warm = await service.send("q5", "are they good for running?")
    said = texts(warm)
    assert names and all(name in said for name in names), said


async def test_a_common_word_of_another_name_does_not_switch_product(shop_service) -> None:
    async with shop_service() as service:
        about = await service.send("q6", "tell me about the Proteus Fitness Jackshirt")
        trek = await service.send("q6", "is it good for trekking?")
    assert "Proteus Fitness Jackshirt" in texts(about)
    assert "Proteus Fitness Jackshirt" in texts(trek) and "Trek Jacket" not in texts(trek)
