"""The ASGI surfaces: one FastAPI app (`app.create_app`) serving the chat (`/chat`), the storefront (`/shop`),
the agent desk (`/desk`) and the REST API (`/api`)."""
