"""With the model server down, a turn with several replies shows the fallback notice once, beside the
messages, and never inside them."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from assistant.checkpoints import open_checkpointer
from assistant.context import Deps
from assistant.conversation import ConversationService
from assistant.intake.evidence import EvidenceStore
from assistant.models.backend import BackendError
from assistant.models.fallback import FallbackBackend
from tools.verification import GuestRule


class _Down:
    name = "vllm"

    async def decide(self, kind, request):  # type: ignore[no-untyped-def]
        raise BackendError("connection", "refused")

    async def stream_reply(self, request) -> AsyncIterator:  # type: ignore[no-untyped-def, type-arg]
        raise BackendError("connection", "refused")
        yield  # an async generator that fails on its first piece

    async def aclose(self) -> None:
        return None


async def test_the_fallback_notice_is_shown_once_per_turn(store, resolver, redactor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    notice = resolver.templates.notice()

    @asynccontextmanager
    async def service() -> AsyncIterator[ConversationService]:
        async with open_checkpointer(f"sqlite:///{tmp_path / 'checkpoints.db'}") as saver:
            backend = FallbackBackend(_Down(), resolver, notice, hold_off_s=0.0)  # every call tries, and fails
            deps = Deps(sessions=store.sessions, backend=backend, secret_key=b"test-secret", catalog=None,
                        guest_rule=GuestRule.TAU)
            yield ConversationService(deps, saver, EvidenceStore(tmp_path / "evidence", redactor))

    async with service() as chat:
        await chat.send("n1", "where is order #W6779827?")
        result = await chat.send("n1", "I'm ethan.lopez8943@example.com")
    assert len(result.messages) >= 2  # verified, then the order's status: two replies fell back
    assert result.notices.count(notice) == 1
    assert all(notice not in message["text"] for message in result.messages)
