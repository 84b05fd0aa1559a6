"""Demo sign-ins for the web surfaces (demo only: refused in production).

| login             | password        | role     | acts as                          |
|-------------------|-----------------|----------|----------------------------------|
| `demo_mia_novak`  | `mia-demo-pass` | customer | customer `demo_mia_novak`        |
| `demo_leo_martin` | `leo-demo-pass` | customer | customer `demo_leo_martin`       |
| `agent_ana`       | `ana-desk-demo` | agent    | the desk (Ana, customer service) |
| `shopper_noah`    | `noah-demo-pass`| customer | nobody yet: no desk role, no orders |

Customer accounts are added only where their customer is in the store (after `seed_demo_shop`).
"""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from tools.accounts import NewAccount, create_account, find_account
from tools.errors import PolicyViolation
from tools.store.tables import AccountRole, Customer


class DemoAccount(BaseModel):
    login: str
    password: str
    role: AccountRole
    customer_id: str | None = None
    display_name: str


DEMO_ACCOUNTS = [
    DemoAccount(login="demo_mia_novak", password="mia-demo-pass", role=AccountRole.CUSTOMER,
                customer_id="demo_mia_novak", display_name="Mia Novak"),
    DemoAccount(login="demo_leo_martin", password="leo-demo-pass", role=AccountRole.CUSTOMER,
                customer_id="demo_leo_martin", display_name="Leo Martin"),
    DemoAccount(login="agent_ana", password="ana-desk-demo", role=AccountRole.AGENT, display_name="Ana (desk)"),
    DemoAccount(login="shopper_noah", password="noah-demo-pass", role=AccountRole.CUSTOMER,
                display_name="Noah (no orders, no desk role)"),
]
DEMO_AGENT = DEMO_ACCOUNTS[2]


def is_demo_credential(login: str, password: str) -> bool:
    """True for a documented demo login+password pair, which production refuses."""
    return any(a.login == login.strip().lower() and a.password == password for a in DEMO_ACCOUNTS)


async def seed_demo_accounts(session: AsyncSession, *, production: bool = False) -> list[str]:
    """Add the missing demo accounts (idempotent); returns the logins added. Refused in production."""
    if production:
        raise PolicyViolation("demo accounts have published passwords; they are not created in production")
    added = []
    for demo in DEMO_ACCOUNTS:
        if await find_account(session, demo.login) is not None:
            continue
        if demo.customer_id is not None and await session.get(Customer, demo.customer_id) is None:
            continue
        await create_account(session, NewAccount(login=demo.login, password=demo.password, role=demo.role,
                                                 customer_id=demo.customer_id, display_name=demo.display_name))
        added.append(demo.login)
    return added
