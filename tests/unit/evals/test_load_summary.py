"""The load report's figures: added latency over the whole run and while every session is open."""

import argparse

from evals.bench.load.run import summarise

ARGS = argparse.Namespace(users=2, spawn_rate=1, duration=60, wait_min=1.0, wait_max=2.0, photo_every=5)


def test_added_latency_is_split_by_photo_and_by_whether_every_session_was_open() -> None:
    spawned_at = 1000.0
    turns = [  # "at" is when locust saw the reply; the turn started `ms` earlier
        {"name": "POST message", "ms": 900.0, "ok": True, "at": 999.0},  # ramp-up: slow
        {"name": "POST message", "ms": 230.0, "ok": True, "at": 1001.0},  # started 1000.77, every session open
        {"name": "POST message", "ms": 250.0, "ok": True, "at": 1002.0},
        {"name": "POST message+photo", "ms": 5200.0, "ok": True, "at": 1010.0},
        {"name": "POST message", "ms": 30000.0, "ok": False, "at": 1040.0},  # failed: counted as an error only
    ]
    server = {"turns": [[998.0, 880.0, 300], [1000.8, 220.0, 300], [1001.8, 240.0, 300], [1004.9, 5100.0, 5300]],
              "cpu_s": 0.08}
    report = summarise({"turns": turns, "peak_users": 2, "all_spawned_at": spawned_at}, server, 100.0, 8, ARGS)

    assert report["errors"] == 1 and report["turns"] == 5 and report["model_calls_per_ok_turn"] == 2.0
    assert report["added_latency"]["text"]["n"] == 3 and report["added_latency"]["text"]["p95_ms"] == 700.0
    held = report["added_latency_all_sessions_held"]
    assert held["text"]["n"] == 2 and held["text"]["p95_ms"] == 50.0 and held["with_photo"]["p50_ms"] == 5000.0
    assert report["server_timed"]["text_all_sessions_held"]["p95_ms"] == 40.0
    assert report["server_timed"]["with_photo"]["n"] == 1
    assert report["server_cpu_ms_per_turn"] == 20.0
    assert report["all_sessions_held_s"] == 40.0
