"""Customer messages over the API: photos are type- and size-checked, and a refused photo keeps the message."""

# ruff: noqa: F811  (the fixtures come from desk_app; tests name them as parameters)
from __future__ import annotations

from tests.integration.agent.photos import customer_photo
from tests.integration.web.desk_app import Web


async def test_photo_types_and_sizes_are_checked_before_the_assistant_sees_them(web: Web) -> None:
    ethan = await web.as_("ethan")
    gif = await web.client.post("/api/conversations/photos-1/messages", headers=ethan,
                                data={"text": "look"}, files={"photo": ("a.gif", b"GIF89a....", "image/gif")})
    assert gif.status_code == 415
    web.runtime.settings.intake.max_bytes = 2048
    big = await web.client.post("/api/conversations/photos-1/messages", headers=ethan, data={"text": "look"},
                                files={"photo": ("big.jpg", customer_photo("m/h/mh01-orange_main.jpg"), "image/jpeg")})
    assert big.status_code == 413
    empty = await web.client.post("/api/conversations/photos-1/messages", headers=ethan, data={"text": "  "})
    assert empty.status_code == 422


async def test_a_photo_that_is_not_an_image_is_refused_but_the_text_is_answered(web: Web) -> None:
    ethan = await web.as_("ethan")
    sent = await web.client.post("/api/conversations/photos-2/messages", headers=ethan,
                                 data={"text": "what is the status of order #W6779827?", "message_id": "m1"},
                                 files={"photo": ("fake.jpg", b"this is not a jpeg at all", "image/jpeg")})
    assert sent.status_code == 200
    body = sent.json()
    assert body["notices"] and "#W6779827 is pending" in " ".join(m["text"] for m in body["messages"])
    assert not any(web.evidence.directory.glob("*.jpg"))  # nothing was stored


async def test_a_signed_in_customer_skips_email_verification(web: Web) -> None:
    sent = await web.client.post("/api/conversations/photos-3/messages", headers=await web.as_("ethan"),
                                 data={"text": "what is the status of order #W6779827?"})
    assert sent.json()["customer_id"] == "ethan_lopez_6291" and "verify" not in sent.text.lower()


async def test_a_new_conversation_gets_its_id_from_the_server(web: Web) -> None:
    ethan = await web.as_("ethan")
    started = await web.client.post("/api/conversations", headers=ethan, data={"text": "hello"})
    conversation_id = started.json()["conversation_id"]
    assert started.status_code == 200 and conversation_id.startswith("api-")
    history = await web.client.get(f"/api/conversations/{conversation_id}", headers=ethan)
    assert history.json()["transcript"][0] == {"role": "customer", "text": "hello"}
