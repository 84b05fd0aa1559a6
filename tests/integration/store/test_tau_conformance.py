"""Round trip and gold-action replay of tau-bench retail on both databases."""

from pathlib import Path

from evals.tau_replay.replay import replay_tasks
from evals.tau_replay.tasks import load_tasks
from tests.conftest import Store, tau_retail_dir
from tools.store.tau_export import database_sha256, export_tau_retail

ORIGINAL_SHA256 = "ae10e8a7f23bedf88c90a528efa2d59d27cae24b5ce1f0d28768b39257bf9f0d"


async def test_import_then_export_is_byte_identical(store: Store) -> None:
    async with store.sessions() as session:
        exported = await export_tau_retail(session)
    assert database_sha256(exported) == ORIGINAL_SHA256


def _sample_tasks() -> list:
    directory = tau_retail_dir()
    tasks = load_tasks(directory / "tasks-dev.json")
    train_path = Path(directory / "tasks-train.json")
    if train_path.exists():
        # Every 25th training task: all six write tools and refused actions show up in this sample.
        tasks += load_tasks(train_path)[::25]
    return tasks


async def test_dev_tasks_and_a_train_sample_replay_to_the_reference_state(store: Store) -> None:
    tasks = _sample_tasks()
    summary = await replay_tasks(store.engine, tasks)
    assert summary.failures == []
    assert summary.passed == len(tasks) >= 20
