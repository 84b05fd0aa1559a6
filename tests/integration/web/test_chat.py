"""The chat's server side: who a chat user is, photo uploads re-checked, live desk events, chat history."""

# ruff: noqa: F811  (the fixtures come from desk_app; tests name them as parameters)
from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.intake.validation import PhotoRefused
from assistant.web.chat.uploads import photo_bytes
from assistant.web.live import QUEUE_LIMIT, LiveHub
from tests.conftest import REPO_ROOT
from tests.integration.web.desk_app import ETHAN, Web

PHOTO = REPO_ROOT / "data" / "demo-catalog" / "images" / "m" / "h" / "mh01-orange_main.jpg"


@pytest.fixture
def chainlit_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHAINLIT_APP_ROOT", str(REPO_ROOT))
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", "test-chainlit-secret-0123456789abcdef")


async def test_password_sign_in_gives_customers_their_own_customer_id(web: Web, chainlit_env: None) -> None:
    from assistant.web.chat.identity import customer_of, password_user

    ethan = await password_user(web.runtime, "ethan", "ethan-pass-1")
    assert ethan is not None and ethan.identifier == "ethan" and customer_of(ethan) == ETHAN
    noah = await password_user(web.runtime, "shopper_noah", "noah-pass-1")  # a customer account, no customer
    assert noah is not None and customer_of(noah) is None
    assert await password_user(web.runtime, "ethan", "wrong-password") is None
    assert await password_user(web.runtime, "agent_ana", "ana-pass-12") is None  # agents use the desk
    assert await password_user(web.runtime, "agent_off", "off-pass-12") is None


def test_only_a_customer_users_metadata_names_a_customer(chainlit_env: None) -> None:
    from assistant.web.chat.identity import customer_of

    assert customer_of(SimpleNamespace(metadata={"role": "agent", "customer_id": ETHAN})) is None
    assert customer_of(SimpleNamespace(metadata={})) is None
    assert customer_of(None) is None


def upload(path: Path, mime: str) -> SimpleNamespace:
    return SimpleNamespace(path=str(path), mime=mime)


def test_uploads_are_checked_again_on_the_server(tmp_path: Path) -> None:
    assert photo_bytes([upload(PHOTO, "image/jpeg")], max_bytes=10_000_000) == PHOTO.read_bytes()
    assert photo_bytes([], max_bytes=10_000_000) is None
    assert photo_bytes([SimpleNamespace(path=None, mime=None)], max_bytes=10_000_000) is None
    gif = tmp_path / "x.gif"
    gif.write_bytes(b"GIF89a" + b"\0" * 64)
    refusals = {
        "JPEG, PNG or WebP": [upload(gif, "image/gif")],
        "one photo at a time": [upload(PHOTO, "image/jpeg"), upload(PHOTO, "image/jpeg")],
        "larger than": [upload(PHOTO, "image/jpeg")],
    }
    for message, elements in refusals.items():
        with pytest.raises(PhotoRefused, match=message):
            photo_bytes(elements, max_bytes=1024 if message == "larger than" else 10_000_000)


async def test_the_live_hub_delivers_to_each_chat_of_the_conversation_only() -> None:
    hub = LiveHub()
    async with hub.subscribe("c1") as first, hub.subscribe("c1") as second, hub.subscribe("c2") as other:
        assert await hub.publish("c1", {"text": "hello"}) == 2
        assert first.get_nowait() == second.get_nowait() == {"text": "hello"}
        assert other.empty()
    assert hub.subscriber_count("c1") == 0
    assert await hub.publish("c1", {"text": "nobody listens"}) == 0


async def test_a_slow_chat_keeps_the_newest_events() -> None:
    hub = LiveHub()
    async with hub.subscribe("c1") as queue:
        for number in range(QUEUE_LIMIT + 5):
            await hub.publish("c1", {"n": number})
        kept = [queue.get_nowait()["n"] for _ in range(queue.qsize())]
    assert kept[0] == 5 and kept[-1] == QUEUE_LIMIT + 4


async def test_a_subscriber_waiting_for_an_event_gets_it() -> None:
    hub = LiveHub()
    async with hub.subscribe("c1") as queue:
        waiting = asyncio.create_task(queue.get())
        await asyncio.sleep(0)
        await hub.publish("c1", {"text": "reply"})
        assert await asyncio.wait_for(waiting, 1) == {"text": "reply"}


async def test_chat_history_keeps_threads_and_catalog_images_but_not_uploads(tmp_path: Path,
                                                                            chainlit_env: None) -> None:
    import chainlit as cl
    from chainlit.context import init_http_context

    from assistant.web.chat.history import default_history_url, open_history, prepare_history

    url = default_history_url(tmp_path)
    await prepare_history(url)
    await prepare_history(url)  # idempotent
    init_http_context(thread_id="t-1")
    history = open_history(url)
    try:
        user = await history.create_user(cl.User(identifier="ethan", metadata={"customer_id": ETHAN}))
        assert user is not None
        await history.update_thread("t-1", name="hoodie colour", user_id=user.id)
        await history.create_step({"id": "s-1", "threadId": "t-1", "name": "Vitrine", "type": "assistant_message",
                                   "output": "Done: an exchange.", "streaming": False,
                                   "createdAt": "2026-01-01T00:00:00Z"})
        await history.create_element(cl.Image(name="Hoodie", url="/catalog-images/m/h/mh01-black_main.jpg",
                                              for_id="s-1", thread_id="t-1"))
        await history.create_element(cl.Image(name="upload", path=str(PHOTO), for_id="s-1", thread_id="t-1"))
        thread = await history.get_thread("t-1")
        assert await history.get_thread_author("t-1") == "ethan"
    finally:
        await history.engine.dispose()
    assert thread is not None and thread["name"] == "hoodie colour"
    assert [step["output"] for step in thread["steps"]] == ["Done: an exchange."]
    assert [element["url"] for element in thread["elements"] or []] == ["/catalog-images/m/h/mh01-black_main.jpg"]


async def test_uploaded_originals_are_deleted_once_read(tmp_path: Path) -> None:
    from assistant.web.chat.uploads import read_photo

    kept, refused = tmp_path / "photo.jpg", tmp_path / "x.gif"
    kept.write_bytes(PHOTO.read_bytes())
    refused.write_bytes(b"GIF89a")
    assert await read_photo([upload(kept, "image/jpeg")], max_bytes=10_000_000) == PHOTO.read_bytes()
    with pytest.raises(PhotoRefused):
        await read_photo([upload(refused, "image/gif")], max_bytes=10_000_000)
    assert not kept.exists() and not refused.exists()


async def test_chat_sign_in_is_throttled_like_every_sign_in(web: Web, chainlit_env: None) -> None:
    from assistant.web.chat.identity import password_user

    for _ in range(5):
        assert await password_user(web.runtime, "ethan", "wrong-password", client="10.0.0.9") is None
    assert await password_user(web.runtime, "ethan", "ethan-pass-1", client="10.0.0.9") is None
    assert await password_user(web.runtime, "ethan", "ethan-pass-1", client="10.0.0.10") is not None
    # One count for every surface: wrong passwords in the chat block the same pair at the API too.
    for _ in range(5):
        await password_user(web.runtime, "omar", "wrong-password", client="127.0.0.1")  # the test client's address
    blocked = await web.client.post("/api/token", json={"login": "omar", "password": "omar-pass-1"})
    assert blocked.status_code == 429
