"""`vitrine eval run`: every case × trial on its own store copy, `workers` at a time, with a progress bar."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from assistant.intake.redaction import Redactor
from assistant.models.backend import ModelBackend
from assistant.settings import PROJECT_ROOT, Settings
from evals.conversations.case_run import CaseDeps, eval_turn_deadline_s, run_trial
from evals.conversations.metering import MeteredBackend
from evals.conversations.results import RunResults, TrialResult, summarise
from evals.conversations.shop import DEFAULT_CACHE, cache_lock, prepare_shop
from evals.conversations.suite import Case
from evals.tau_replay.tasks import load_tasks

TAU_TASKS = PROJECT_ROOT / "data" / "tau-retail" / "tasks-dev.json"


def build_eval_backend(settings: Settings) -> ModelBackend:
    from assistant.wiring import build_backend

    return MeteredBackend(build_backend(settings))


def model_hooks(settings: Settings) -> dict:
    """The simulated user and the LLM judge, when a model endpoint is configured (else cases needing them
    fail with the reason, and rubrics are reported as skipped)."""
    if not settings.model.vllm_base_url:
        return {}
    from evals.conversations.simulated_user import ChatEndpoint, judge_rubric, play_goal

    endpoint = ChatEndpoint.from_settings(settings.model)
    return {"play_goal": lambda case, send, tasks: play_goal(endpoint, case, send, tasks),
            "judge": lambda rubric, transcript: judge_rubric(endpoint, rubric, transcript)}


async def run_cases(
    cases: list[Case], settings: Settings, *, backend_name: str, target: str, trials: int = 1, workers: int = 2,
    cache: Path = DEFAULT_CACHE, rebuild: bool = False, progress: Callable[[TrialResult], None] | None = None,
    backend: ModelBackend | None = None, hooks: dict | None = None,
) -> RunResults:
    with cache_lock(cache):
        return await _run_cases(cases, settings, backend_name=backend_name, target=target, trials=trials,
                                workers=workers, cache=cache, rebuild=rebuild, progress=progress, backend=backend,
                                hooks=hooks)


async def _run_cases(
    cases: list[Case], settings: Settings, *, backend_name: str, target: str, trials: int, workers: int,
    cache: Path, rebuild: bool, progress: Callable[[TrialResult], None] | None, backend: ModelBackend | None,
    hooks: dict | None,
) -> RunResults:
    started = time.perf_counter()
    template = await prepare_shop(cache, rebuild=rebuild)
    model = backend or build_eval_backend(settings)
    work_dir = Path(tempfile.mkdtemp(prefix="vitrine-eval-"))
    deps = CaseDeps(template=template, backend=model, redactor=Redactor(), work_dir=work_dir,
                    tasks={t.id: t for t in load_tasks(TAU_TASKS)},
                    turn_deadline_s=eval_turn_deadline_s(settings.model),
                    **(hooks if hooks is not None else model_hooks(settings)))
    gate = asyncio.Semaphore(workers)

    async def one(case: Case, trial: int) -> TrialResult:
        async with gate:
            result = await run_trial(case, trial, deps)
        if progress:
            progress(result)
        return result

    try:
        results = await asyncio.gather(*(asyncio.create_task(one(c, t)) for t in range(trials) for c in cases))
    finally:
        if backend is None:
            await model.aclose()
        template.index.client.close()
        shutil.rmtree(work_dir, ignore_errors=True)
    ordered = sorted(results, key=lambda r: (r.case, r.trial))
    return RunResults(summary=summarise(ordered, backend=backend_name, target=target, k=trials,
                                        wall_seconds=time.perf_counter() - started), trials=ordered)
