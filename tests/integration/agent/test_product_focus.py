"""The product a conversation is about: "Ask about this product" names it by id, and follow-ups such as "what
colours does it come in?" are answered about that product, until the customer names another (issue 20)."""


import pytest

from tests.conftest import REPO_ROOT
from tests.integration.agent.reply_text import texts
from tools.catalog.magento import read_magento_catalog
from tools.catalog.records import ProductRecord

MIA = "demo_mia_novak"
CATALOG = sorted(read_magento_catalog(REPO_ROOT / "data" / "demo-catalog"), key=lambda p: p.id)
# Every 37th product of the demo catalog: apparel and gear alike, none picked by hand.
SAMPLE = CATALOG[::37]




def colours(product: ProductRecord) -> set[str]:
    return {v.colour for v in product.variants if v.colour and v.available}


@pytest.mark.parametrize("product", SAMPLE, ids=[p.id for p in SAMPLE])
async def test_follow_ups_are_about_the_product_asked_about(shop_service, product: ProductRecord) -> None:
    async with shop_service() as service:
        asked = await service.send("f-" + product.id, f"Tell me about the {product.name} ({product.id}).",
                                   session_customer_id=MIA)
        follow = await service.send("f-" + product.id, "what colours does it come in?", session_customer_id=MIA)
        price = await service.send("f-" + product.id, "how much is it?", session_customer_id=MIA)
    assert product.name in texts(asked)
    said = texts(follow)
    assert product.name in said and all(c.lower() in said.lower() for c in colours(product)), said
    lowest = min(v.price_cents for v in product.variants if v.available) / 100
    assert f"${lowest:,.2f}" in texts(price), texts(price)
    assert [c["product_id"] for c in follow.messages[-1]["cards"]] == [product.id]


async def test_naming_another_product_moves_the_focus(shop_service) -> None:
    async with shop_service() as service:
        await service.send("g1", "Tell me about the Chaz Kangeroo Hoodie (MH01).", session_customer_id=MIA)
        other = await service.send("g1", "and the Circe fleece, what colours does it come in?",
                                   session_customer_id=MIA)
        again = await service.send("g1", "how much is it?", session_customer_id=MIA)
    assert "Circe Hooded Ice Fleece" in texts(other) and "Chaz" not in texts(other)
    assert again.messages[-1]["cards"][0]["title"] == "Circe Hooded Ice Fleece"
