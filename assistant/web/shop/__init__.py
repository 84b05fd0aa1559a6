"""The storefront demo at `/shop`: a product listing with the Chainlit Copilot widget for the signed-in customer.

The page's own backend signs the widget's access token for the customer of the shop session (see
`assistant.web.chat.identity.widget_token`); the browser never chooses who it chats as.
"""

from assistant.web.shop.pages import router

__all__ = ["router"]
