"""The agent desk, mounted by the app at `/desk`: server-rendered pages for customer-service agents.

Include it with `app.include_router(router, prefix="/desk")`. Demo agent: `agent_ana` / `ana-desk-demo`
(see tools/demo_accounts.py). Stable hooks for browser tests: login fields `login`, `password` and the
"Sign in" button; queue rows link to `/desk/tickets/{id}`; the ticket page has `<textarea name="text">`,
buttons "Send reply", "Hand back", "Resolve", and each redacted photo is an `<img class="evidence">`.
Attribute suggestions: `/desk/suggestions` lists products (rows `[data-product-sku]`); a product's page has
rows `tr.suggestion[data-attribute][data-value]` with "Accept" / "Reject" buttons and an "Accept all above" form.
"""

from fastapi import APIRouter

from assistant.web.desk import login, pages, suggestions

router = APIRouter()
router.include_router(login.router)
router.include_router(pages.router)
router.include_router(suggestions.router)

__all__ = ["router"]
