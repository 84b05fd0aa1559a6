"""Browser bench: one customer's photo complaint in the storefront widget, end to end, as the customer waits.

Each run is a fresh visit to /shop (Mia, signed in): open the widget, attach the wrong-colour hoodie photo, send
"I got the Chaz Kangeroo hoodie in the wrong colour", wait for the Yes button (the verdict), press it, wait for
the ticket number. Timed in the browser from the send click: verdict, ticket, and (where the code shows progress
in words) how long "Checking your photo" stayed up, i.e. the photo intake. The store is put back to its
prepared state before each run (same order, same proposal every time).

Several code trees can be measured in one go on copies of the same prepared store, alternating runs, e.g.
before and after a change:

    python -m evals.bench.photo_turn_browser --tree after=. --tree before=../chat-surface-base --runs 20

Writes `evals/bench/results/photo_turn_browser.{json,md}`.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evals.app_process import free_port, wait_until_serving

REPO_ROOT = Path(__file__).resolve().parents[2]
RESULTS = REPO_ROOT / "evals" / "bench" / "results"
PHOTO = REPO_ROOT / "data" / "demo-catalog" / "images" / "m" / "h" / "mh01-orange_main.jpg"
TEXT = "I got the Chaz Kangeroo hoodie in the wrong colour"
TIMEOUT_MS = 120_000
# Times (ms after the send click) the widget first showed, then stopped showing, a text.
RECORD = """() => { const root = document.querySelector('#chainlit-copilot').shadowRoot;
  window.benchStart = performance.now(); window.benchSeen = {};
  const watch = ['Checking your photo', 'Reading your message', 'Comparing with your order'];
  new MutationObserver(() => { const text = root.textContent, now = performance.now() - window.benchStart;
    for (const label of watch) { const seen = window.benchSeen[label] || (window.benchSeen[label] = {});
      if (text.includes(label)) { if (seen.from === undefined) seen.from = now; }
      else if (seen.from !== undefined && seen.to === undefined) seen.to = now; } })
    .observe(root, {subtree: true, childList: true, characterData: true}); }"""


@dataclass
class Server:
    name: str
    tree: Path
    url: str
    database: Path
    process: subprocess.Popen[bytes]
    runs: list[dict[str, float]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def _env(directory: Path) -> dict[str, str]:
    return {"VITRINE_DATABASE_URL": f"sqlite+aiosqlite:///{directory / 'vitrine.db'}",
            "VITRINE_DATA_DIR": str(directory), "VITRINE_CATALOG__QDRANT_PATH": str(directory / "qdrant"),
            "VITRINE_MODEL__BACKEND": "resolver", "VITRINE_ENVIRONMENT": "test",
            "VITRINE_SECRET_KEY": secrets.token_hex(24), "VITRINE_INTAKE__QUOTA_PHOTOS": "10000",
            "LANGGRAPH_STRICT_MSGPACK": "true", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def prepare(directory: Path) -> None:
    """The demo store and index, made once by this tree's code; each server gets a copy."""
    from assistant.commands.demo import prepare_demo
    from assistant.settings import CatalogSettings, Settings

    env = _env(directory)
    settings = Settings(database_url=env["VITRINE_DATABASE_URL"], data_dir=directory, environment="test",
                        catalog=CatalogSettings(qdrant_path=directory / "qdrant"))
    import asyncio

    asyncio.run(prepare_demo(settings))


def start(name: str, tree: Path, template: Path, work: Path) -> Server:
    directory = work / name
    shutil.copytree(template, directory)
    port = free_port()
    code = ("from assistant.commands.serve import run_server; from assistant.settings import load_settings; "
            f"run_server(load_settings(), '127.0.0.1', {port}, log_level='warning')")
    log = (work / f"{name}.log").open("wb")
    process = subprocess.Popen([sys.executable, "-c", code], cwd=tree, stdout=log, stderr=subprocess.STDOUT,
                               env={**os.environ, **_env(directory), "PYTHONPATH": str(tree)})
    return Server(name, tree, f"http://127.0.0.1:{port}", directory / "vitrine.db", process)


def reset_store(database: Path, pristine: Path) -> None:
    """Every table back to the prepared copy, in one transaction beside the running server."""
    with sqlite3.connect(database, timeout=30, isolation_level=None) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("ATTACH DATABASE ? AS pristine", (str(pristine),))
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM pristine.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        connection.execute("BEGIN IMMEDIATE")
        for table in tables:
            connection.execute(f'DELETE FROM main."{table}"')  # noqa: S608 - names from the schema itself
            connection.execute(f'INSERT INTO main."{table}" SELECT * FROM pristine."{table}"')  # noqa: S608
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE pristine")


def shop_cookies(browser: Any, server: Server) -> list[dict[str, Any]]:
    page = browser.new_context().new_page()
    page.goto(f"{server.url}/shop")
    page.fill("#login", "demo_mia_novak")
    page.fill("#password", "mia-demo-pass")
    page.click("form.login button[type=submit]")
    page.wait_for_selector("article.product")
    cookies = [cookie for cookie in page.context.cookies() if cookie["name"] == "vitrine_shop"]
    page.context.close()
    return cookies


def one_run(browser: Any, server: Server, cookies: list[dict[str, Any]]) -> dict[str, float]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies(cookies)
    page = context.new_page()
    try:
        page.goto(f"{server.url}/shop")
        page.click("#chainlit-copilot-button")
        widget = page.locator("#chainlit-copilot")
        widget.get_by_text("I'm the Vitrine assistant").wait_for(timeout=TIMEOUT_MS)
        page.wait_for_timeout(1500)  # the customer looks at the greeting; the chat session settles
        widget.locator("input[type=file]").first.set_input_files(str(PHOTO))
        widget.locator("#chat-input").fill(TEXT)
        widget.locator("#chat-submit").wait_for(state="visible")
        page.wait_for_function("() => !document.querySelector('#chainlit-copilot').shadowRoot"
                               ".querySelector('#chat-submit').disabled", timeout=TIMEOUT_MS)
        page.evaluate(RECORD)
        widget.locator("#chat-submit").click()
        yes = widget.get_by_role("button", name="Yes", exact=True)
        yes.wait_for(timeout=TIMEOUT_MS)
        verdict = page.evaluate("() => performance.now() - window.benchStart")
        yes.click()
        widget.get_by_text("VT-").first.wait_for(timeout=TIMEOUT_MS)
        ticket = page.evaluate("() => performance.now() - window.benchStart")
        seen = page.evaluate("() => window.benchSeen")
    finally:
        context.close()
    photo = seen.get("Checking your photo", {})
    run = {"verdict_s": verdict / 1000, "ticket_s": ticket / 1000, "yes_to_ticket_s": (ticket - verdict) / 1000}
    if photo.get("to") is not None:
        run["photo_intake_s"] = (photo["to"] - photo.get("from", 0)) / 1000
    return run


def summary(runs: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    keys = sorted({key for run in runs for key in run})
    out = {}
    for key in keys:
        values = sorted(run[key] for run in runs if key in run)
        p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
        out[key] = {"p50": round(statistics.median(values), 2), "p95": round(p95, 2), "n": len(values)}
    return out


def report(servers: list[Server], runs: int, started: str) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    data = {"runs": runs, "started": started, "trees": {
        s.name: {"tree": str(s.tree), "commit": _commit(s.tree), "summary": summary(s.runs), "runs": s.runs,
                 "failures": s.failures}
        for s in servers}}
    (RESULTS / "photo_turn_browser.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    lines = ["# Photo complaint in the widget, end to end (browser bench)", "",
             f"`python -m evals.bench.photo_turn_browser` — {runs} runs per tree, alternating, {started} UTC, "
             f"this host ({os.cpu_count()} cores, shared). Seconds from the send click.", "",
             "| tree | commit | photo → verdict p50 / p95 | Yes → ticket p50 / p95 | total p50 / p95 | "
             "\"Checking your photo\" p50 | runs that never finished |", "|---|---|---|---|---|---|---|"]
    for server in servers:
        s = summary(server.runs)
        if not s:
            lines.append(f"| {server.name} | `{_commit(server.tree)}` | — | — | — | — | {len(server.failures)} |")
            continue
        intake = s.get("photo_intake_s", {}).get("p50", "—")
        lines.append(f"| {server.name} | `{_commit(server.tree)}` | {s['verdict_s']['p50']} / {s['verdict_s']['p95']} "
                     f"| {s['yes_to_ticket_s']['p50']} / {s['yes_to_ticket_s']['p95']} "
                     f"| {s['ticket_s']['p50']} / {s['ticket_s']['p95']} | {intake} | {len(server.failures)} |")
    (RESULTS / "photo_turn_browser.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _commit(tree: Path) -> str:
    result = subprocess.run(["git", "-C", str(tree), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, check=False)
    return result.stdout.strip() or "?"


def main() -> None:
    parser = argparse.ArgumentParser(description="Time a photo complaint in the storefront widget in Chromium.")
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=PATH",
                        help="a code tree to serve (repeat to compare); default: this one, as 'current'")
    parser.add_argument("--runs", type=int, default=20, help="runs per tree")
    parser.add_argument("--chromium", default=os.environ.get("VITRINE_CHROMIUM", "/usr/bin/chromium"))
    args = parser.parse_args()
    trees = [(name, Path(path).resolve()) for name, path in (t.split("=", 1) for t in args.tree)] or \
        [("current", REPO_ROOT)]
    from playwright.sync_api import sync_playwright

    started = time.strftime("%Y-%m-%d %H:%M", time.gmtime())
    with tempfile.TemporaryDirectory(prefix="photo-bench-") as tmp, ExitStack() as stack:
        work = Path(tmp)
        template = work / "template"
        template.mkdir()
        prepare(template)
        pristine = work / "pristine.db"
        shutil.copy(template / "vitrine.db", pristine)
        servers = [start(name, tree, template, work) for name, tree in trees]
        for server in servers:
            stack.callback(server.process.terminate)
        for server in servers:
            wait_until_serving(server.url, server.process, name=server.name, timeout_s=600, poll_s=1)
        playwright = stack.enter_context(sync_playwright())
        browser = playwright.chromium.launch(executable_path=args.chromium, headless=True,
                                             args=["--no-sandbox", "--disable-dev-shm-usage"])
        cookies = {server.name: shop_cookies(browser, server) for server in servers}
        for server in servers:  # a first, untimed run warms each server (models, caches)
            reset_store(server.database, pristine)
            with suppress(Exception):  # only a warm-up
                one_run(browser, server, cookies[server.name])
        for number in range(args.runs):
            for server in servers:
                reset_store(server.database, pristine)
                try:
                    server.runs.append(one_run(browser, server, cookies[server.name]))
                except Exception as error:  # noqa: BLE001 - a run that never finishes is counted, not timed
                    server.failures.append(f"{type(error).__name__}: {str(error)[:200]}")
                    print(server.name, number, "FAILED", server.failures[-1], flush=True)  # noqa: T201
                    continue
                print(server.name, number, server.runs[-1], flush=True)  # noqa: T201 - progress of a long run
        browser.close()
        report(servers, args.runs, started)


if __name__ == "__main__":
    main()
