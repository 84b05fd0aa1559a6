"""What the chat shows when Chainlit fails to handle a customer's event: a fixed line in the customer's language,
never the exception's text.

Chainlit answers any exception in a socket event or a callback with `ErrorMessage(content=str(exception))`
(chainlit/socket.py and chainlit/utils.py): a crafted `client_message` (`{"message": null}`, an id that is not a
UUID) showed "'NoneType' object is not subscriptable" to the customer. `install()` puts `PlainErrorMessage` in
its place where Chainlit looks it up; the exception itself is still logged by Chainlit, for the operator.
"""

from __future__ import annotations

import chainlit.message
import chainlit.socket
from chainlit.context import context
from chainlit.message import ErrorMessage
from chainlit.user_session import user_sessions

from assistant.chat_lines import chat_word
from assistant.web.chat.message_text import ASSISTANT


def _language() -> str | None:
    """The conversation's language as the chat last read it, else the browser's; None outside a session."""
    try:
        session = context.session
    except Exception:  # noqa: BLE001 - no chat context: the default language
        return None
    chosen = user_sessions.get(session.id, {}).get("language")
    return chosen or getattr(session, "language", None)


class PlainErrorMessage(ErrorMessage):
    """Chainlit's error message, saying only that the message could not be handled; `content` is ignored."""

    def __init__(self, content: str = "", author: str = ASSISTANT, fail_on_persist_error: bool = False) -> None:
        super().__init__(content=chat_word("not_handled", _language()), author=ASSISTANT,
                         fail_on_persist_error=fail_on_persist_error)


def install() -> None:
    """Make Chainlit build `PlainErrorMessage` wherever it shows an exception (idempotent)."""
    chainlit.socket.ErrorMessage = PlainErrorMessage  # type: ignore[misc]
    chainlit.message.ErrorMessage = PlainErrorMessage  # type: ignore[misc]
