"""A message sent as a chat opens waits for the opening (issue 17 F8): greeting and ticket notice first."""

import asyncio

from assistant.web.chat.opening import after_opening, begin_opening


class Session(dict):
    def set(self, key: str, value: object) -> None:
        self[key] = value


async def test_a_message_waits_for_the_opening_under_way() -> None:
    session, said = Session(), []

    async def opening() -> None:
        opened = begin_opening(session)
        await asyncio.sleep(0.05)
        said.append("greeting")
        await asyncio.sleep(0.05)
        said.append("ticket notice")
        opened.set()

    async def message() -> None:
        await after_opening(session, opening_due=True)
        said.append("reply")

    await asyncio.gather(message(), opening())
    assert said == ["greeting", "ticket notice", "reply"]


async def test_a_message_sent_before_the_opening_begins_waits_for_it() -> None:
    session, said = Session(), []

    async def late_opening() -> None:
        await asyncio.sleep(0.1)  # Chainlit had not begun on_chat_start yet
        opened = begin_opening(session)
        await asyncio.sleep(0.05)
        said.append("greeting")
        opened.set()

    async def message() -> None:
        await after_opening(session, opening_due=True)
        said.append("reply")

    await asyncio.gather(message(), late_opening())
    assert said == ["greeting", "reply"]


async def test_no_wait_once_opened_or_when_no_opening_is_due() -> None:
    session = Session()
    begin_opening(session).set()
    await asyncio.wait_for(after_opening(session, opening_due=True), 0.05)
    await asyncio.wait_for(after_opening(Session(), opening_due=False), 0.05)


async def test_an_opening_that_never_ends_delays_the_answer_only_so_long() -> None:
    session = Session()
    begin_opening(session)
    await asyncio.wait_for(after_opening(session, opening_due=True, under_way_s=0.1), 1.0)
    await asyncio.wait_for(after_opening(Session(), opening_due=True, due_s=0.1), 1.0)
