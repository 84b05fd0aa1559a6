"""Attribute suggestions on the desk and the API: agents review (CSRF-protected forms, audited decisions);
customers and other sites get nothing."""

# ruff: noqa: F811  (the fixtures come from desk_app; tests name them as parameters)
from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from assistant.grounding.catalog_vocabulary import read_vocabulary
from tests.integration.catalog.conftest import embedders, small_catalog  # noqa: F401  (fixtures)
from tests.integration.web.desk_app import Web
from tools.catalog.embedders import EmbedderPair
from tools.catalog.importer import import_magento
from tools.catalog.index import IndexConfig, open_catalog_index
from tools.catalog.search import SearchFilters, search_products
from tools.store.attribute_suggestions import AttributeSuggestionIn, record_suggestions
from tools.store.tables import AuditEvent, Product

TSHIRT = "9523456873"  # tau-retail "T-Shirt": no catalog attributes of its own


async def _suggest(web: Web) -> dict[str, int]:
    values = [("pattern", "Striped", 0.93), ("style_general", "Tee", 0.97), ("sleeve", "Long", 0.41)]
    async with web.store.sessions() as session, session.begin():
        await record_suggestions(session, [
            AttributeSuggestionIn(product_sku=TSHIRT, attribute=a, value=v, confidence=c, photo=None,
                                  model_version="reader-v1") for a, v, c in values])
    agent = await web.as_("agent_ana")
    listed = await web.client.get("/api/attribute-suggestions", headers=agent, params={"product_sku": TSHIRT})
    assert listed.status_code == 200, listed.text
    return {s["attribute"]: s["id"] for s in listed.json()}


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]*)"', html).group(1)  # type: ignore[union-attr]


async def test_only_agents_review_over_the_api(web: Web) -> None:
    ids = await _suggest(web)
    ethan = await web.as_("ethan")
    for method, path in [("get", "/api/attribute-suggestions"), ("get", "/api/attribute-suggestions/products"),
                         ("get", f"/api/attribute-suggestions/products/{TSHIRT}"),
                         ("post", f"/api/attribute-suggestions/{ids['pattern']}/accept")]:
        refused = await web.client.request(method, path, headers=ethan)
        assert refused.status_code == 403, (path, refused.text)
    assert (await web.client.get("/api/attribute-suggestions")).status_code == 401

    agent = await web.as_("agent_ana")
    products = (await web.client.get("/api/attribute-suggestions/products", headers=agent)).json()
    assert [(p["product_sku"], p["pending"]) for p in products] == [(TSHIRT, 3)]
    accepted = await web.client.post(f"/api/attribute-suggestions/{ids['pattern']}/accept", headers=agent)
    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted"
    assert accepted.json()["reviewed_by"] == "agent_ana"
    again = await web.client.post(f"/api/attribute-suggestions/{ids['pattern']}/accept", headers=agent)
    assert again.status_code == 200  # a retried request changes nothing
    conflict = await web.client.post(f"/api/attribute-suggestions/{ids['pattern']}/reject", headers=agent)
    assert conflict.status_code == 409
    assert (await web.client.post("/api/attribute-suggestions/999999/reject", headers=agent)).status_code == 404
    confident = await web.client.post(f"/api/attribute-suggestions/products/{TSHIRT}/accept-confident",
                                      headers=agent, json={"min_confidence": 0.9})
    assert [s["value"] for s in confident.json()] == ["Tee"]
    detail = (await web.client.get(f"/api/attribute-suggestions/products/{TSHIRT}", headers=agent)).json()
    statuses = {a["attribute"]: a["suggestions"][0]["suggestion"]["status"] for a in detail["attributes"]}
    assert statuses == {"pattern": "accepted", "sleeve": "pending", "style_general": "accepted"}
    assert detail["pending"] == 1


async def test_an_agent_reviews_on_the_desk_with_csrf_protected_forms(web: Web) -> None:
    ids = await _suggest(web)
    async with web.store.sessions() as session:
        catalog_before = (await session.get(Product, TSHIRT)).attributes
    signed_in = await web.client.post("/desk/login", data={"login": "agent_ana", "password": "ana-pass-12"})
    assert signed_in.status_code == 303

    listing = await web.client.get("/desk/suggestions")
    assert listing.status_code == 200 and f'data-product-sku="{TSHIRT}"' in listing.text
    assert "script-src 'none'" in listing.headers["content-security-policy"]
    page = await web.client.get(f"/desk/suggestions/{TSHIRT}")
    assert page.status_code == 200 and "Striped" in page.text and "93%" in page.text
    assert "— (none)" in page.text  # the catalog's (missing) value is shown beside each suggestion
    accept = f"/desk/suggestions/{TSHIRT}/{ids['pattern']}/accept"

    forged = await web.client.post(accept, data={"csrf_token": "0" * 64})
    assert forged.status_code == 403
    done = await web.client.post(accept, data={"csrf_token": _csrf(page.text)})
    assert done.status_code == 303 and done.headers["location"].endswith("done=accept")
    rejected = await web.client.post(f"/desk/suggestions/{TSHIRT}/{ids['sleeve']}/reject",
                                     data={"csrf_token": _csrf(page.text)})
    assert rejected.status_code == 303
    stale = await web.client.post(f"/desk/suggestions/{TSHIRT}/{ids['sleeve']}/accept",
                                  data={"csrf_token": _csrf(page.text)})
    assert stale.status_code == 409 and "already decided" in stale.text
    wrong_product = await web.client.post(f"/desk/suggestions/8310926033/{ids['style_general']}/accept",
                                          data={"csrf_token": _csrf(page.text)})
    assert wrong_product.status_code == 404

    after = await web.client.get(f"/desk/suggestions/{TSHIRT}")
    assert 'data-attribute="pattern"' in after.text and "by agent_ana" in after.text
    async with web.store.sessions() as session:
        actions = [(e.action, e.actor_id) for e in await session.scalars(
            select(AuditEvent).where(AuditEvent.subject_id == TSHIRT).order_by(AuditEvent.id))]
        assert actions == [("attribute_suggestion_accepted", "agent_ana"),
                           ("attribute_suggestion_rejected", "agent_ana")]
        assert (await session.get(Product, TSHIRT)).attributes == catalog_before


async def test_customers_have_no_desk_review(web: Web) -> None:
    await _suggest(web)
    signed_in = await web.client.post("/desk/login", data={"login": "ethan", "password": "ethan-pass-1"})
    assert signed_in.status_code == 403
    page = await web.client.get(f"/desk/suggestions/{TSHIRT}")
    assert page.status_code == 303 and page.headers["location"] == "/desk/login"


async def test_accepting_over_the_api_changes_what_search_and_the_assistant_find(
    web: Web, small_catalog: Path, embedders: EmbedderPair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = open_catalog_index(IndexConfig(path=tmp_path / "qdrant", collection="web"), embedders)
    await import_magento(small_catalog, session_factory=web.store.sessions, index=index, progress=False)
    monkeypatch.setattr(web.runtime.service.deps, "catalog", index)
    hooded = SearchFilters(attributes={"style": ["Hooded"]})
    assert "MH01" not in [c.product_id for c in search_products(index, text="hoodie", filters=hooded)]
    assert "Striped" not in read_vocabulary(index).attributes.get("pattern", set())
    async with web.store.sessions() as session, session.begin():
        await record_suggestions(session, [
            AttributeSuggestionIn(product_sku="MH01", attribute=a, value=v, confidence=0.9, photo=None,
                                  model_version="reader-v1") for a, v in [("style_general", "Hooded"),
                                                                          ("pattern", "Striped")]])
    agent = await web.as_("agent_ana")
    pending = (await web.client.get("/api/attribute-suggestions", headers=agent,
                                    params={"product_sku": "MH01"})).json()
    for suggestion in pending:
        response = await web.client.post(f"/api/attribute-suggestions/{suggestion['id']}/accept", headers=agent)
        assert response.status_code == 200, response.text

    assert "MH01" in [c.product_id for c in search_products(index, text="hoodie", filters=hooded)]
    assert "Striped" in read_vocabulary(index).attributes["pattern"]  # the shopper's words can ground on it now


async def test_the_desk_flags_suggestions_that_contradict_the_catalog(web: Web) -> None:
    """A suggestion the catalog contradicts is flagged on the queue and on the product's page; one that fills
    a gap or repeats the catalog is not."""
    async with web.store.sessions() as session, session.begin():
        product = await session.get(Product, TSHIRT)
        product.category_path = "Men/Tops/Tees"
        product.attributes = {**(product.attributes or {}), "pattern": "Solid", "style_general": "Tee|Crew"}
        await record_suggestions(session, [
            AttributeSuggestionIn(product_sku=TSHIRT, attribute=a, value=v, confidence=c, photo=None,
                                  model_version="reader-v1")
            for a, v, c in [("pattern", "Striped", 0.8), ("gender", "Women", 0.7), ("style_general", "Tee", 0.9),
                            ("category", "Men/Tops/Tees", 0.95), ("sleeve", "Long", 0.5)]])
    agent = await web.as_("agent_ana")
    queued = (await web.client.get("/api/attribute-suggestions/products", headers=agent)).json()
    assert [(p["product_sku"], p["pending"], p["disagreements"]) for p in queued] == [(TSHIRT, 5, 2)]
    detail = (await web.client.get(f"/api/attribute-suggestions/products/{TSHIRT}", headers=agent)).json()
    flags = {a["attribute"]: a["suggestions"][0]["disagrees_with_catalog"] for a in detail["attributes"]}
    assert flags == {"pattern": True, "gender": True, "style_general": False, "category": False, "sleeve": False}

    signed_in = await web.client.post("/desk/login", data={"login": "agent_ana", "password": "ana-pass-12"})
    assert signed_in.status_code == 303
    listing = await web.client.get("/desk/suggestions")
    assert f'data-product-sku="{TSHIRT}" data-disagreements="2"' in listing.text and "2 differ" in listing.text
    page = await web.client.get(f"/desk/suggestions/{TSHIRT}")
    flagged = re.findall(r'data-disagrees="true" data-suggestion-id="\d+" data-attribute="(\w+)"', page.text)
    assert sorted(flagged) == ["gender", "pattern"]
    assert page.text.count("differs from catalog") == 2 and 'title="The catalog says Solid"' in page.text
