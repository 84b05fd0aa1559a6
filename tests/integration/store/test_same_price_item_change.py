"""A same-price item change moves no money: no payment row, no gift-card movement (attack20 A22: a $0 "refund"
row), while the tau export still writes the zero settlement tau-retail's tool records, so replays stay exact."""

import pytest
from sqlalchemy import func, select

from evals.tau_replay.replay import replay_tasks
from evals.tau_replay.tasks import load_tasks
from tests.conftest import Store, tau_retail_dir
from tools import orders
from tools.arguments import ModifyPendingOrderItems
from tools.confirmations import ProposedAction, record_confirmation
from tools.context import Actor, ToolContext
from tools.store.tables import GiftCardMovement, PaymentMethod, PaymentTransaction
from tools.store.tau_export import export_orders, export_users

LUCAS = "lucas_muller_4380"  # pending #W3206099; train-008 swaps its mouse for the same item on gift_card_2748512
SAME_PRICE = ModifyPendingOrderItems(
    order_id="#W3206099", item_ids=["3330317167"], new_item_ids=["3330317167"], payment_method_id="gift_card_2748512"
)
# The training tasks whose item change costs the same, paid by card, gift card and PayPal.
SAME_PRICE_TASKS = {"train-005", "train-008", "train-022"}


async def _rows(store: Store, model: type, *where: object) -> int:
    async with store.sessions() as session:
        return int((await session.execute(select(func.count()).select_from(model).where(*where))).scalar_one())


async def test_a_same_price_item_change_writes_no_money_movement(store: Store) -> None:
    payments_before = await _rows(store, PaymentTransaction, PaymentTransaction.order_id == SAME_PRICE.order_id)
    async with store.sessions() as session, session.begin():
        ctx = ToolContext(session, Actor.customer(LUCAS))
        token = await record_confirmation(ctx, ProposedAction.of("modify_pending_order_items", SAME_PRICE))
        view = await orders.modify_pending_order_items(ctx, SAME_PRICE, confirmation=token)

    assert view.status.value == "pending (item modified)"
    assert [a.price_difference_cents for a in view.adjustments] == [0]
    assert len(view.payment_history) == payments_before
    assert await _rows(store, PaymentTransaction, PaymentTransaction.order_id == SAME_PRICE.order_id) == payments_before
    assert await _rows(store, GiftCardMovement, GiftCardMovement.payment_method_id == SAME_PRICE.payment_method_id) == 0
    async with store.sessions() as session:
        card = await session.get(PaymentMethod, SAME_PRICE.payment_method_id)
        exported_order = (await export_orders(session, [SAME_PRICE.order_id]))[SAME_PRICE.order_id]
        exported_user = (await export_users(session, [LUCAS]))[LUCAS]
    assert card is not None and card.balance_cents is not None
    # tau's ledger: a zero refund on the method named, and the card's balance rounded (a float) though unchanged.
    assert exported_order["payment_history"][-1] == {
        "transaction_type": "refund", "amount": 0.0, "payment_method_id": SAME_PRICE.payment_method_id
    }
    assert len(exported_order["payment_history"]) == payments_before + 1
    balance = exported_user["payment_methods"][SAME_PRICE.payment_method_id]["balance"]
    assert isinstance(balance, float) and balance == card.balance_cents / 100


async def test_same_price_training_tasks_replay_to_the_reference_state(store: Store) -> None:
    train = tau_retail_dir() / "tasks-train.json"
    if not train.exists():
        pytest.skip(f"{train} is not there (the vendored data has no training tasks)")
    tasks = [task for task in load_tasks(train) if task.id in SAME_PRICE_TASKS]
    assert {task.id for task in tasks} == SAME_PRICE_TASKS

    summary = await replay_tasks(store.engine, tasks)

    assert summary.failures == []
    assert summary.passed == len(SAME_PRICE_TASKS)
