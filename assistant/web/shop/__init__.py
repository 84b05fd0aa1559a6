"""The storefront demo at `/shop`: a product listing with the Chainlit Copilot widget, open to guests.

The page's own backend signs the widget's access token for the customer of the shop session (see
`assistant.web.chat.identity.widget_token`), or for the browser's guest, with no customer
(`guest_widget_token`, assistant/web/shop/guests.py); the browser never chooses who it chats as.
"""

from assistant.web.shop.pages import router

__all__ = ["router"]
