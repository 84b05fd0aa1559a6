"""One module per step of a conversation flow; each step is `async (state, runtime) -> state update`."""
