"""The server's garbage collector: the heap built at start-up is frozen out of every later collection.

Start-up imports torch, transformers, LangGraph, Chainlit and the catalog index: millions of long-lived
objects that a full (generation 2) collection walks each time, stopping the event loop, and every turn in
flight, for as long as the walk takes (650-700 ms per collection under load, evals/bench/load/REPORT.md).
`gc.freeze()` moves them to a permanent generation the collector no longer scans, so a full collection only
walks what the conversations themselves allocated since.
"""

from __future__ import annotations

import gc


def freeze_startup_heap() -> int:
    """Collect once, then freeze what survived; returns the number of objects frozen."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
