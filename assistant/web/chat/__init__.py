"""The customer chat at `/chat`: a Chainlit app (`app.py`) over the conversation service."""
