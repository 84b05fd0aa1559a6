"""Redaction time per photo, today's redactor beside the one of an earlier commit, in one process.

    python -m evals.bench.redaction_bench [--baseline a8f29db,ce54f3d] [--garments 40] [--labelled 20]
                                          [--out evals/bench/results/redaction.md]

Each baseline's intake modules (assistant/intake/*.py at that commit) are read from git into a temporary
package of their own. Both redact the same JPEGs (catalog photos at their full size, and catalog photos with a shipping
label, a note or a code pasted on: `evals.redaction.synth`), photo by photo in turn, so load on a shared host
hits both alike. Reported per redactor: wall time and the thread's CPU time per photo (p50, p90), and how many
garment photos lost pixels to a text mask.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "bench" / "results" / "redaction.md"
def baseline_redactor(commit: str, into: Path) -> Any:
    """The Redactor class of `commit`, imported from its own copy of assistant/intake (its data files, such as
    prompts/, read from this tree)."""
    name = f"baseline_{commit}"
    package = into / name
    package.mkdir()
    (package / "__init__.py").write_text("")
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", commit, "assistant/intake/"],
                            check=True, capture_output=True, text=True).stdout.split()
    for path in listed:
        if not path.endswith(".py") or path.endswith("__init__.py"):
            continue
        source = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{path}"],
                                check=True, capture_output=True, text=True).stdout
        source = source.replace("assistant.intake.", f"{name}.").replace(
            "Path(__file__).resolve().parents[2]", f"Path({str(ROOT)!r})")
        (package / Path(path).name).write_text(source)
    if str(into) not in sys.path:
        sys.path.insert(0, str(into))
    return importlib.import_module(f"{name}.redaction").Redactor()


def _jpeg(rgb: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(rgb).save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def photos(catalog: Path, garments: int, labelled: int, seed: int) -> list[tuple[str, bytes]]:
    from evals.redaction.synth import labelled_photos

    paths = sorted(catalog.rglob("*.jpg"))
    rng = random.Random(seed)
    chosen = rng.sample(paths, garments)
    plain = [("garment", path.read_bytes()) for path in chosen]
    pasted = [("labelled", _jpeg(item.rgb)) for item in labelled_photos(paths, seed, labelled)]
    return plain + pasted


def _time(redactor: Any, jpeg: bytes) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), time.thread_time()
    _, report = redactor.redact(jpeg)
    return time.perf_counter() - wall, time.thread_time() - cpu, report


def run(redactors: dict[str, Any], batch: list[tuple[str, bytes]]) -> dict[str, dict[str, list[float]]]:
    results: dict[str, dict[str, list[float]]] = {
        name: {"wall": [], "cpu": [], "garment_text": []} for name in redactors}
    for kind, jpeg in batch:
        for name, redactor in redactors.items():
            wall, cpu, report = _time(redactor, jpeg)
            results[name]["wall"].append(wall)
            results[name]["cpu"].append(cpu)
            if kind == "garment":
                results[name]["garment_text"].append(float(report.text_regions > 0))
    return results


def _ms(values: list[float], q: float) -> str:
    return f"{1000 * float(np.percentile(values, q)):.0f}"


def report(results: dict[str, dict[str, list[float]]], args: argparse.Namespace, elapsed: float) -> str:
    rows = [f"| {name} | {_ms(r['wall'], 50)} | {_ms(r['wall'], 90)} | {_ms(r['cpu'], 50)} | {_ms(r['cpu'], 90)} "
            f"| {int(sum(r['garment_text']))}/{len(r['garment_text'])} |" for name, r in results.items()]
    load = os.getloadavg()
    return "\n".join([
        "# Redaction time per photo", "",
        f"`python -m evals.bench.redaction_bench --baseline {args.baseline} --garments {args.garments} "
        f"--labelled {args.labelled}` — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()}, "
        f"{os.cpu_count()} cores, load average {load[0]:.1f} at the end (a shared host), {elapsed:.0f} s.", "",
        f"Baselines: the redactor at each of `{args.baseline}`; current: this tree. {args.garments} catalog "
        "photos at full "
        f"size ({args.garments} garment photos) and {args.labelled} with a label, note or code pasted on, "
        "interleaved photo by photo. CPU: the redacting thread's own CPU time (what one core spends, without the "
        "waiting a loaded host adds to the wall time).", "",
        "| redactor | wall p50 ms | wall p90 ms | CPU p50 ms | CPU p90 ms | garment photos with text blurred |",
        "|---|---|---|---|---|---|", *rows, "", *_ratios(results), ""])


def _ratios(results: dict[str, dict[str, list[float]]]) -> list[str]:
    """Current over each baseline, CPU p50 (the same photos in the same run, so the host's load hits both)."""
    current = float(np.percentile(results["current"]["cpu"], 50))
    return [f"- current / {name}: CPU p50 x{current / float(np.percentile(r['cpu'], 50)):.2f}"
            for name, r in results.items() if name != "current"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", default="a8f29db",
                        help="git commits of the redactors to compare with, comma-separated")
    parser.add_argument("--catalog", type=Path, default=ROOT.parent / "shared" / "data" / "magento-catalog" / "images")
    parser.add_argument("--garments", type=int, default=40)
    parser.add_argument("--labelled", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    from assistant.intake.redaction import Redactor

    with tempfile.TemporaryDirectory() as folder:
        redactors = {f"baseline {commit}": baseline_redactor(commit, Path(folder))
                     for commit in args.baseline.split(",")}
        redactors["current"] = Redactor()
        batch = photos(args.catalog, args.garments, args.labelled, args.seed)
        for redactor in redactors.values():
            redactor.warm_up()
            redactor.redact(batch[0][1])  # first-call costs (allocations, lazy sessions) out of the figures
        started = time.perf_counter()
        results = run(redactors, batch)
    text = report(results, args, time.perf_counter() - started)
    args.out.write_text(text)
    print(text)  # noqa: T201
    print({name: statistics.fmean(r["cpu"]) for name, r in results.items()})  # noqa: T201


if __name__ == "__main__":
    main()
