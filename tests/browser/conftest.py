"""Browser tests: the real app (`vitrine serve`'s `run_server`) on a private demo store, driven by Playwright
through Debian's headless Chromium (`/usr/bin/chromium`; no browser download).

They run by default where Chromium and the Playwright package are present and are skipped with the reason
otherwise; `VITRINE_REQUIRE_BROWSER=1` (CI) turns that skip into a failure. Screenshots of each screen go to
`var/test-artifacts/browser/` (or `$VITRINE_TEST_ARTIFACTS`).
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from evals.app_process import free_port, wait_until_serving
from tests.conftest import REPO_ROOT, run_blocking

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
START_TIMEOUT_S = 180


def chromium_path() -> str | None:
    configured = os.environ.get("VITRINE_CHROMIUM")
    candidates = (configured,) if configured else CHROMIUM_CANDIDATES
    return next((path for path in candidates if path and Path(path).is_file()), None)


def missing_browser_reason() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    if chromium_path() is None:
        return "no Chromium at /usr/bin/chromium (apt-get install chromium, or set VITRINE_CHROMIUM)"
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    reason = missing_browser_reason()
    for item in items:
        if "tests/browser" in item.nodeid.replace("\\", "/") or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.browser)
            if reason and os.environ.get("VITRINE_REQUIRE_BROWSER") != "1":
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def browser_required() -> None:
    reason = missing_browser_reason()
    if reason:
        pytest.fail(f"VITRINE_REQUIRE_BROWSER=1 but {reason}")


@dataclass
class DemoServer:
    url: str
    env: dict[str, str]
    log: Path


def _demo_env(directory: Path) -> dict[str, str]:
    return {
        "VITRINE_DATABASE_URL": f"sqlite+aiosqlite:///{directory / 'vitrine.db'}",
        "VITRINE_DATA_DIR": str(directory),
        "VITRINE_CATALOG__QDRANT_PATH": str(directory / "qdrant"),
        "VITRINE_MODEL__BACKEND": "resolver",
        "VITRINE_ENVIRONMENT": "test",
        "VITRINE_SECRET_KEY": secrets.token_hex(24),
        "LANGGRAPH_STRICT_MSGPACK": "true",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    }


def _prepare(env: dict[str, str]) -> None:
    from assistant.commands.demo import prepare_demo
    from assistant.settings import CatalogSettings, Settings

    settings = Settings(database_url=env["VITRINE_DATABASE_URL"], data_dir=Path(env["VITRINE_DATA_DIR"]),
                        catalog=CatalogSettings(qdrant_path=Path(env["VITRINE_CATALOG__QDRANT_PATH"])),
                        environment="test")
    run_blocking(prepare_demo(settings))


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory, artifacts: Path, browser_required: None
                ) -> Iterator[DemoServer]:
    """The whole app on a free port, on a fresh demo store (demo catalog, shop, accounts), resolver model.
    Its log is kept with the screenshots (`server.log`)."""
    directory = tmp_path_factory.mktemp("browser-demo")
    env = _demo_env(directory)
    _prepare(env)
    port = free_port()
    log = artifacts / "server.log"
    code = ("import logging; from assistant.commands.serve import run_server; "
            "from assistant.settings import load_settings; logging.basicConfig(level=logging.WARNING); "
            "logging.getLogger('assistant.web.chat').setLevel(logging.DEBUG); "
            f"run_server(load_settings(), '127.0.0.1', {port}, log_level='warning')")
    with log.open("wb") as sink:
        process = subprocess.Popen([sys.executable, "-c", code], cwd=REPO_ROOT, env={**os.environ, **env},
                                   stdout=sink, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url, process, name="the app", timeout_s=START_TIMEOUT_S, log=log)
        yield DemoServer(url=url, env=env, log=log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    directory = Path(os.environ.get("VITRINE_TEST_ARTIFACTS", REPO_ROOT / "var" / "test-artifacts")) / "browser"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True, exist_ok=True)
    return directory


@pytest.fixture(scope="module")
def browser(browser_required: None) -> Iterator[object]:
    """Playwright's sync API runs an event loop in this thread while it is open: module scope closes it
    before any asyncio test could run beside it (they also run first, see tests/conftest.py)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), headless=True,
                                              args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield chromium
        chromium.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # noqa: ANN201
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture(autouse=True)
def close_pages(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each browser test: screenshots of every open page if it failed, then close its contexts."""
    yield
    if "browser" not in request.fixturenames:
        return
    chromium = request.getfixturevalue("browser")
    failed = getattr(request.node, "report_call", None) is not None and request.node.report_call.failed
    directory = request.getfixturevalue("artifacts")
    for number, context in enumerate(list(chromium.contexts)):
        for position, page in enumerate(context.pages):
            if failed:
                page.screenshot(path=str(directory / f"FAILED-{request.node.name}-{number}-{position}.png"))
        context.close()
