"""Locust scenario: each simulated customer (sharing one sign-in per demo customer) opens one conversation
and keeps it going with text messages and, every third message (LOAD_PHOTO_EVERY), a photo upload through the
REST API. Every message, the first one included, comes after a think time: locust starts users in batches of
`spawn rate` at once every second, and without a think time before the first message each batch would send
that many first messages in the same instant, an arrival pattern no storefront sees.

    locust -f evals/bench/load/locustfile.py --host http://127.0.0.1:8765 --headless -u 500 -r 25 -t 3m

Environment: LOAD_WAIT_MIN_S / LOAD_WAIT_MAX_S (think time between messages, default 5-15 s),
LOAD_RESULTS (a JSON file for every turn's latency; written when the run stops), LOAD_REPLICAS (comma-separated
base URLs of app replicas: each message goes to the next one, as a round-robin balancer without stickiness
would send it; default: `--host` only). `evals/bench/load/run.py`
starts the server, runs this, and writes the report.
"""

from __future__ import annotations

import itertools
import json
import os
import time
import urllib.request
import uuid
from typing import Any

from locust import FastHttpUser, between, events, task

from evals.bench.load.photos import scenario_photo

CUSTOMERS = itertools.cycle([("demo_mia_novak", "mia-demo-pass"), ("demo_leo_martin", "leo-demo-pass")])
ORDERS = {"demo_mia_novak": ["#D9000001", "#D9000002"], "demo_leo_martin": ["#D9000003", "#D9000004"]}
PHOTO_EVERY = int(os.environ.get("LOAD_PHOTO_EVERY", 3))
REPLICAS = [url.rstrip("/") for url in os.environ.get("LOAD_REPLICAS", "").split(",") if url]
NEXT_REPLICA = itertools.cycle(REPLICAS or [""])  # "": locust's --host
TURNS: list[dict[str, Any]] = []
TOKENS: dict[str, str] = {}
PEAK_USERS: list[int] = []
SPAWNED_AT: list[float] = []  # when every user had started


class Customer(FastHttpUser):
    wait_time = between(float(os.environ.get("LOAD_WAIT_MIN_S", 5)), float(os.environ.get("LOAD_WAIT_MAX_S", 15)))
    connection_timeout = 60.0
    network_timeout = 120.0

    def on_start(self) -> None:
        self.login, _password = next(CUSTOMERS)
        self.headers = {"Authorization": f"Bearer {TOKENS[self.login]}"}
        self.conversation = f"load-{uuid.uuid4().hex[:16]}"
        self.sent = 0
        self.photo = scenario_photo(hash(self.conversation) & 0xFFFF)
        self.wait()  # the customer writes their first message

    @task
    def message(self) -> None:
        order = ORDERS[self.login][self.sent % 2]
        with_photo = self.sent % PHOTO_EVERY == PHOTO_EVERY - 1
        fields = {"text": f"here is a photo of my parcel from order {order}" if with_photo
                  else f"where is my order {order}?", "message_id": f"{self.conversation}-{self.sent}"}
        files = {"photo": ("parcel.jpg", self.photo, "image/jpeg")} if with_photo else None
        name = "POST message+photo" if with_photo else "POST message"
        replica = next(NEXT_REPLICA)
        with self.client.post(f"{replica}/api/conversations/{self.conversation}/messages", data=fields, files=files,
                              headers=self.headers, name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
            elif '"held":true' in response.text:
                response.failure("held: a dependency stalled past the turn deadline")
            elif order not in response.text:
                response.failure("the reply does not mention the order")
        self.sent += 1


@events.test_start.add_listener
def _sign_in(environment: Any, **_: Any) -> None:
    """One sign-in per demo customer before any session starts, shared by that customer's sessions: the
    scenario measures conversations, and a burst of argon2 password checks (slow by design) is not a turn."""
    for login, password in dict(itertools.islice(CUSTOMERS, 2)).items():
        request = urllib.request.Request(f"{environment.host}/api/token", method="POST",
                                         data=json.dumps({"login": login, "password": password}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 - the bench host
            TOKENS[login] = json.loads(response.read())["access_token"]


@events.request.add_listener
def _record(request_type: str, name: str, response_time: float, exception: Any, **_: Any) -> None:
    if name.startswith("POST message"):
        TURNS.append({"name": name, "ms": response_time, "ok": exception is None, "at": time.time()})


@events.spawning_complete.add_listener
def _spawned(user_count: int, **_: Any) -> None:
    PEAK_USERS.append(user_count)
    SPAWNED_AT.append(time.time())


@events.quitting.add_listener
def _dump(environment: Any, **_: Any) -> None:
    path = os.environ.get("LOAD_RESULTS")
    if path:
        with open(path, "w") as file:
            json.dump({"turns": TURNS, "peak_users": max(PEAK_USERS, default=0),
                       "all_spawned_at": min(SPAWNED_AT, default=None)}, file)
