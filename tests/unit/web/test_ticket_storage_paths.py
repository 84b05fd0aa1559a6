"""The ticket API names a photo by its hash and the URL serving it, never by where the server keeps the file
(attack10, F6: `var/evidence/<sha>.jpg` was in the agents' `GET /api/tickets/{id}` events)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from assistant.web.api.schemas import TicketOut
from tools.store.enums import ActorKind, TicketCategory, TicketEventKind, TicketPriority, TicketStatus
from tools.ticket_views import EvidenceRef, TicketEventView, TicketView

NOW = datetime(2026, 12, 6, tzinfo=UTC)
SHA = "ab" * 32
STORED = EvidenceRef(uri=f"/srv/vitrine/var/evidence/{SHA}.jpg", sha256=SHA)


def _view() -> TicketView:
    event = TicketEventView(kind=TicketEventKind.CUSTOMER_MESSAGE, actor_kind=ActorKind.CUSTOMER, actor_id="c1",
                            body="(photo)", data={"dedupe_key": "m1", "evidence": STORED.model_dump()}, created_at=NOW)
    return TicketView(id=7, number="T-7", status=TicketStatus.OPEN, category=TicketCategory.OTHER,
                      priority=TicketPriority.NORMAL, customer_id="c1", conversation_id="conv", order_id=None,
                      item_ids=[], summary="s", evidence=[EvidenceRef(uri="/srv/other.jpg"), STORED], verdict=None,
                      assignee=None, version=1, created_at=NOW, updated_at=NOW, resolved_at=None, events=[event])


@pytest.mark.parametrize("for_agent", [True, False])
def test_no_storage_path_in_a_ticket_as_the_api_shows_it(for_agent: bool) -> None:
    shown = TicketOut.of(_view(), now=NOW, for_agent=for_agent)
    text = json.dumps(shown.model_dump(mode="json"))
    assert "var/evidence" not in text and "/srv/" not in text and '"uri"' not in text
    photo = shown.events[0].data["evidence"]  # type: ignore[index]
    assert photo["sha256"] == SHA
    assert photo["url"] == ("/api/tickets/7/evidence/1" if for_agent else None)
