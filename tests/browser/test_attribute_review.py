"""An agent reviews attribute suggestions read from product photos (issue 19), on a phone: the product's photos
load, each suggestion shows the catalog's own value and its confidence, one is accepted and one rejected.
The suggestions are recorded straight into the running app's store, as `vitrine catalog enrich --apply` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.browser.conftest import DemoServer
from tests.browser.test_shop_and_desk import Screens, desk_sign_in
from tests.conftest import run_blocking
from tools.store.attribute_suggestions import AttributeSuggestionIn, record_suggestions
from tools.store.engine import create_engine, create_session_factory
from tools.store.tables import AttributeSuggestion, AuditEvent

pytestmark = pytest.mark.browser
HOODIE = "MH01"  # Chaz Kangeroo Hoodie: the catalog says pattern Color-Blocked and gives no style
PHONE = {"width": 390, "height": 844}
NO_OVERFLOW = "() => document.documentElement.scrollWidth <= window.innerWidth"
PHOTOS_LOADED = ("() => { const all = [...document.querySelectorAll('img.product-photo')];"
                 " return all.length > 0 && all.every(img => img.complete && img.naturalWidth > 0); }")


async def _record(url: str) -> None:
    engine = create_engine(url)
    try:
        async with create_session_factory(engine)() as session, session.begin():
            await record_suggestions(session, [
                AttributeSuggestionIn(product_sku=HOODIE, attribute=attribute, value=value, confidence=confidence,
                                      photo="m/h/mh01-black_main.jpg", model_version="reader-browser-test")
                for attribute, value, confidence in [("style_general", "Hooded", 0.94), ("pattern", "Striped", 0.58),
                                                     ("gender", "Men", 0.99)]])
    finally:
        await engine.dispose()


async def _decisions(url: str) -> tuple[dict[str, tuple[str, str | None]], list[tuple[str, str | None]]]:
    engine = create_engine(url)
    try:
        async with create_session_factory(engine)() as session:
            rows = await session.scalars(select(AttributeSuggestion).where(AttributeSuggestion.product_id == HOODIE))
            decided = {row.attribute: (row.status.value, row.reviewed_by) for row in rows}
            events = await session.scalars(select(AuditEvent).where(AuditEvent.subject_id == HOODIE)
                                           .order_by(AuditEvent.id))
            return decided, [(event.action, event.actor_id) for event in events]
    finally:
        await engine.dispose()


def test_an_agent_accepts_one_suggestion_and_rejects_another_on_a_phone(  # noqa: ANN001
        browser, demo_server: DemoServer, artifacts: Path) -> None:
    url = demo_server.env["VITRINE_DATABASE_URL"]
    run_blocking(_record(url))
    screens = Screens(artifacts, "attribute-review")
    desk = desk_sign_in(browser, demo_server)
    desk.set_viewport_size(PHONE)
    desk.wait_for_selector("#queue, #queue-empty")
    desk.click("header.top a:text-is('Suggestions')")
    desk.wait_for_selector(f"[data-product-sku='{HOODIE}']")
    queued = desk.locator(f"[data-product-sku='{HOODIE}']")
    assert queued.get_attribute("data-disagreements") == "1"  # Striped against the catalog's Color-Blocked
    assert queued.locator(".disagreements").inner_text() == "1 differs"
    screens.shot(desk, "products")
    assert desk.evaluate(NO_OVERFLOW)

    desk.click(f"a:text-is('{HOODIE}')")
    desk.wait_for_selector("#suggestions")
    desk.wait_for_function(PHOTOS_LOADED, timeout=15_000)
    pattern = desk.locator("tr.suggestion[data-attribute='pattern']")
    assert pattern.locator(".catalog-value").inner_text() == "Color-Blocked"
    assert pattern.locator(".confidence").inner_text() == "58%"
    assert pattern.get_attribute("data-disagrees") == "true"
    assert "differs from catalog" in pattern.locator(".suggested-value").inner_text()
    style = desk.locator("tr.suggestion[data-attribute='style_general']")
    assert style.locator(".catalog-value").inner_text() == "— (none)"
    gender = desk.locator("tr.suggestion[data-attribute='gender']")
    assert "same as catalog" in gender.locator(".suggested-value").inner_text()
    assert gender.get_attribute("data-disagrees") == style.get_attribute("data-disagrees") == "false"
    desk.locator("#suggestions").scroll_into_view_if_needed()
    screens.shot(desk, "product-pending")
    assert desk.evaluate(NO_OVERFLOW)

    style.get_by_role("button", name="Accept style_general Hooded").click()
    desk.wait_for_selector("#notice")
    assert "accepted" in desk.inner_text("#notice")
    desk.locator("tr.suggestion[data-attribute='pattern']").get_by_role("button", name="Reject pattern Striped").click()
    desk.wait_for_selector("#notice:has-text('rejected')")
    assert "accepted" in desk.locator("tr.suggestion[data-attribute='style_general'] .decision").inner_text()
    assert "rejected" in desk.locator("tr.suggestion[data-attribute='pattern'] .decision").inner_text()
    assert desk.inner_text("#pending-count") == "1"
    desk.locator("#suggestions").scroll_into_view_if_needed()
    screens.shot(desk, "product-reviewed")
    desk.screenshot(path=str(artifacts / "attribute-review-04-product-reviewed-full.png"), full_page=True)
    assert desk.evaluate(NO_OVERFLOW)

    decided, audit = run_blocking(_decisions(url))
    assert decided == {"style_general": ("accepted", "agent_ana"), "pattern": ("rejected", "agent_ana"),
                       "gender": ("pending", None)}
    assert audit == [("attribute_suggestion_accepted", "agent_ana"), ("attribute_suggestion_rejected", "agent_ana")]
