"""What a turn streams from LangGraph: the chat sees steps start; `send` keeps every progress signal but the task
payloads (a turn's no-progress deadline reads step ends and reply tokens, `assistant/progress.py`)."""

from assistant.conversation import LIVE_MODES, RESULT_MODES


def test_send_streams_every_progress_signal_but_task_payloads() -> None:
    assert set(LIVE_MODES) - set(RESULT_MODES) == {"tasks"}
    assert {"updates", "custom", "values"} <= set(RESULT_MODES)
