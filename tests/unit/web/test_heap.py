"""The start-up heap is frozen out of later garbage collections (each full collection stops the event loop)."""

from __future__ import annotations

import gc

from assistant.web.heap import freeze_startup_heap


def test_objects_alive_at_start_up_are_no_longer_walked_by_the_collector() -> None:
    long_lived = [{"catalog": "index"}]  # tracked by the collector, as the loaded models and indexes are
    assert any(o is long_lived for o in gc.get_objects())
    try:
        assert freeze_startup_heap() > 0
        assert not any(o is long_lived for o in gc.get_objects())
        allocated_later = [{"turn": 1}]
        assert any(o is allocated_later for o in gc.get_objects())
    finally:
        gc.unfreeze()
