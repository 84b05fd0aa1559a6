"""Round trip and gold-action replay of tau-bench retail on both databases: identity from the conversation,
the profile address change, and the reads a tau trajectory makes around its writes."""

import copy
from pathlib import Path

import pytest
import typer

from evals.tau_replay.commands import select_tasks
from evals.tau_replay.replay import replay_tasks
from evals.tau_replay.tasks import GoldAction, ReplayTask, load_tasks
from evals.tau_replay.trajectories import with_tau_reads
from tests.conftest import Store, tau_retail_dir
from tools.store.tau_export import database_sha256, export_tau_retail
from tools.store.tau_import import read_tau_retail

ORIGINAL_SHA256 = "ae10e8a7f23bedf88c90a528efa2d59d27cae24b5ce1f0d28768b39257bf9f0d"
TAU = read_tau_retail(tau_retail_dir())
OLIVIA, NOAH = "olivia_ito_3591", "noah_brown_6181"  # dev-000 cancels Olivia's pending #W5442520


async def test_import_then_export_is_byte_identical(store: Store) -> None:
    async with store.sessions() as session:
        exported = await export_tau_retail(session)
    assert database_sha256(exported) == ORIGINAL_SHA256


TAU_READS = {
    "find_user_id_by_email",
    "find_user_id_by_name_zip",
    "get_user_details",
    "get_order_details",
    "get_product_details",
    "list_all_product_types",
    "calculate",
    "think",
}


def _sample_tasks() -> list[ReplayTask]:
    """The dev tasks as given (writes only), and every 25th training task with a trajectory's reads added."""
    directory = tau_retail_dir()
    tasks = load_tasks(directory / "tasks-dev.json")
    train_path = Path(directory / "tasks-train.json")
    if train_path.exists():
        # Every 25th training task: all six write tools and refused actions show up in this sample.
        sample = load_tasks(train_path)[::25]
        tasks += [with_tau_reads(task, TAU, by_name=n % 2 == 1) for n, task in enumerate(sample)]
    return tasks


async def test_dev_tasks_and_a_train_sample_replay_to_the_reference_state(store: Store) -> None:
    tasks = _sample_tasks()
    summary = await replay_tasks(store.engine, tasks)
    assert summary.failures == []
    assert summary.passed == len(tasks) >= 20
    if len(tasks) > 20:
        assert {action.name for task in tasks for action in task.actions} >= TAU_READS


def _find(user_id: str | None) -> GoldAction:
    email = TAU["users"][user_id]["email"] if user_id else "nobody@example.com"
    return GoldAction(name="find_user_id_by_email", kwargs={"email": email})


def _dev_cancel() -> ReplayTask:
    task = load_tasks(tau_retail_dir() / "tasks-dev.json")[0]
    assert task.user_id == OLIVIA and [a.name for a in task.actions] == ["cancel_pending_order"]
    return task


async def test_the_customer_is_who_the_conversation_verified_not_the_user_id_field(store: Store) -> None:
    task = _dev_cancel()
    tasks = [
        with_tau_reads(task, TAU, by_name=by_name).model_copy(update={"id": f"verified-{by_name}", "user_id": NOAH})
        for by_name in (False, True)
    ]
    assert all(t.verifies_in_conversation for t in tasks)
    summary = await replay_tasks(store.engine, tasks)
    assert summary.failures == []
    assert (summary.reads, summary.writes) == (2 * 6, 2)  # verify, profile, types, order before + after, profile


async def test_a_write_needs_a_verified_customer_and_is_for_the_last_one_found(store: Store) -> None:
    task = _dev_cancel()
    cancel = task.actions[0]
    variants = {
        "write-before-verifying": [cancel, _find(OLIVIA)],
        "another-found-last": [_find(OLIVIA), _find(NOAH), cancel],
        "failed-find-keeps-olivia": [_find(OLIVIA), _find(None), cancel],
    }
    tasks = [task.model_copy(update={"id": name, "actions": actions}) for name, actions in variants.items()]
    summary = await replay_tasks(store.engine, tasks)
    failed = {f.task_id: [str(p) for p in f.problems] for f in summary.failures}
    assert set(failed) == {"write-before-verifying", "another-found-last"}
    assert "needs a verified customer" in failed["write-before-verifying"][0]
    assert "order #W5442520 not found" in failed["another-found-last"][0]
    # Each failing task: the refused write, its order not as expected, and the final hash.
    assert summary.tally() == {"final state": 4, "cancel_pending_order": 2}


async def test_reads_after_a_write_are_compared_with_tau_after_that_write(store: Store) -> None:
    task = _dev_cancel()
    cancel = task.actions[0]
    order = GoldAction(name="get_order_details", kwargs={"order_id": cancel.kwargs["order_id"]})
    profile = GoldAction(name="get_user_details", kwargs={"user_id": OLIVIA})
    # The replay's first read comes after a write; the next task starts from tau's original database again.
    after_cancel = task.model_copy(update={"id": "after-cancel", "actions": [cancel, order, profile, order]})
    untouched = task.model_copy(
        update={"id": "untouched", "actions": [order, profile], "changed": {}, "final_sha256": ORIGINAL_SHA256}
    )
    summary = await replay_tasks(store.engine, [after_cancel, untouched])
    assert summary.failures == []
    assert (summary.reads, summary.writes) == (5, 1)


async def test_modify_user_address_replays_with_the_customers_yes(store: Store) -> None:
    new = {
        "address1": "123 Main St",
        "address2": "Apt 1",
        "city": "San Francisco",
        "state": "CA",
        "country": "USA",
        "zip": "94105",
    }
    after = copy.deepcopy(TAU)
    after["users"][NOAH]["address"] = new
    profile = GoldAction(name="get_user_details", kwargs={"user_id": NOAH})
    task = ReplayTask(
        id="address",
        user_id=NOAH,
        actions=[
            _find(NOAH),
            profile,
            GoldAction(name="modify_user_address", kwargs={"user_id": NOAH, **new}),
            profile,
            GoldAction(
                name="find_user_id_by_name_zip", kwargs={"first_name": "noah", "last_name": "BROWN", "zip": "94105"}
            ),
        ],
        changed={"users": {NOAH: after["users"][NOAH]}},
        final_sha256=database_sha256(after),
    )
    summary = await replay_tasks(store.engine, [task])
    assert summary.failures == []
    assert (summary.reads, summary.writes) == (4, 1)


def test_only_selects_tasks_by_id_and_refuses_an_unknown_one() -> None:
    tasks = load_tasks(tau_retail_dir() / "tasks-dev.json")
    assert [t.id for t in select_tasks(tasks, ["dev-004", "dev-001"])] == ["dev-001", "dev-004"]
    assert select_tasks(tasks, None) == tasks
    with pytest.raises(typer.BadParameter, match="dev-999"):
        select_tasks(tasks, ["dev-999"])
