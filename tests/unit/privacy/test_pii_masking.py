"""Personal data never reaches log lines or audit rows; ids, dates and amounts stay readable."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from assistant.privacy.log_masking import install_pii_masking
from tests.conftest import Store
from tools.audit import record_audit
from tools.context import Actor, ToolContext
from tools.pii import mask_payload, mask_text
from tools.store.tables import AuditEvent


@pytest.mark.parametrize(("text", "secret"), [
    ("reach me at mia.novak+shop@example.co.uk", "mia.novak"),
    ("my number is +1 415-555-0132", "555-0132"),
    ("call (415) 555-0199 after six", "555-0199"),
    ("Rufen Sie 030 12345678 an", "12345678"),
    ("+44 20 7946 0958", "7946"),
    ("my phone is 4155550132", "4155550132"),
    ("card 4111 1111 1111 1111 please", "4111 1111"),
    ("card 5500-0000-0000-0004", "5500-0000"),
    ("send it to 42 Linden Street Apt 7, Springfield", "Linden"),
    ("new address: 1600 Pennsylvania Ave", "Pennsylvania"),
])
def test_personal_data_is_masked_in_text(text: str, secret: str) -> None:
    assert secret not in mask_text(text)


@pytest.mark.parametrize("text", [
    "order #W2378156 placed 2026-11-23 12:30:47",
    "payment credit_card_4190576 refunded 12345.67",
    "tracking 1Z999AA10123456784",
    "item 8384507844 in size M",
    "1234 5678 9012 3456 is not a card (Luhn fails)",
])
def test_ids_dates_and_amounts_stay_readable(text: str) -> None:
    assert mask_text(text) == text


def test_known_names_are_masked_whole_and_in_parts() -> None:
    masked = mask_text("Mia Novak says hi; novak again", names=["Mia Novak", "Novak"])
    assert "Mia" not in masked and "novak" not in masked.lower()


def test_payload_keys_that_are_personal_are_blanked_whatever_their_value() -> None:
    payload = {"arguments": {"order_id": "#W2378156", "address1": "12 Oak Rd", "city": "Austin",
                             "zip": "78701", "note": "email me at a@b.io"}, "item_ids": ["8384507844"]}
    assert mask_payload(payload) == {"arguments": {"order_id": "#W2378156", "address1": "[masked]",
                                                   "city": "[masked]", "zip": "[masked]",
                                                   "note": "email me at [email]"}, "item_ids": ["8384507844"]}


@pytest.fixture
def masked_logging() -> Iterator[None]:
    original = logging.getLogRecordFactory()
    install_pii_masking()
    install_pii_masking()  # idempotent
    yield
    logging.setLogRecordFactory(original)


def test_log_lines_from_any_logger_are_masked(masked_logging: None, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    logging.getLogger("assistant.steps.deep.child").info("customer %s wrote from %s", "mia@example.com",
                                                         "+1 415-555-0132")
    try:
        raise ValueError("bad card 4111111111111111")
    except ValueError:
        # (not uvicorn's own logger: an app started earlier in the process may have reconfigured it)
        logging.getLogger("vitrine.tests.server").exception("request failed for order %s", "#W2378156")
    text = caplog.text
    assert "mia@example.com" not in text and "555-0132" not in text and "4111111111111111" not in text
    assert "[email]" in text and "[phone]" in text and "#W2378156" in text and "ValueError" in text


async def test_audit_events_store_masked_payloads(store: Store) -> None:
    async with store.sessions() as session, session.begin():
        ctx = ToolContext(session=session, actor=Actor.customer("demo_mia_novak"))
        record_audit(ctx, action="confirmation_recorded", subject_type="confirmation",
                     subject_id="modify_pending_order_address",
                     data={"arguments": {"order_id": "#D9000002", "address1": "42 Linden Street",
                                         "zip": "62704", "comment": "text me on +1 415-555-0132"}})
    async with store.sessions() as session:
        event = (await session.scalars(select(AuditEvent))).one()
    assert event.data == {"arguments": {"order_id": "#D9000002", "address1": "[masked]", "zip": "[masked]",
                                        "comment": "text me on [phone]"}}


def test_uvicorns_access_lines_are_written_masked(masked_logging: None) -> None:
    """uvicorn's access formatter unpacks the record's arguments itself; every request used to log a
    TypeError traceback instead of its access line."""
    from uvicorn.logging import AccessFormatter

    record = logging.getLogger("uvicorn.access").makeRecord(
        "uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
        ("203.0.113.9:5123", "GET", "/api/customers?email=mia@example.com", "1.1", 200), None)
    line = AccessFormatter('%(client_addr)s - "%(request_line)s" %(status_code)s', use_colors=False).format(record)
    assert line.startswith("203.0.113.9:5123") and '"GET /api/customers?email=[email] HTTP/1.1" 200' in line
    assert "mia@example.com" not in line
