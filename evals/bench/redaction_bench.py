"""Redaction time per photo, today's redactor beside the one of an earlier commit, in one process.

    python -m evals.bench.redaction_bench [--baseline a8f29db] [--garments 40] [--labelled 20]
                                          [--out evals/bench/results/redaction.md]

The baseline's intake modules (blazeface, faces, redaction) are read from git at `--baseline` into a temporary
package. Both redact the same JPEGs (catalog photos at their full size, and catalog photos with a shipping
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
BASELINE_MODULES = ("blazeface", "faces", "redaction")


def baseline_redactor(commit: str, into: Path) -> Any:
    """The Redactor class of `commit`, imported from its own copy of assistant/intake."""
    package = into / "baseline_intake"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name in BASELINE_MODULES:
        source = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:assistant/intake/{name}.py"],
                                check=True, capture_output=True, text=True).stdout
        (package / f"{name}.py").write_text(source.replace("assistant.intake.", "baseline_intake."))
    sys.path.insert(0, str(into))
    return importlib.import_module("baseline_intake.redaction").Redactor()


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


def run(baseline: Any, current: Any, batch: list[tuple[str, bytes]]) -> dict[str, dict[str, list[float]]]:
    results: dict[str, dict[str, list[float]]] = {
        name: {"wall": [], "cpu": [], "garment_text": []} for name in ("baseline", "current")}
    for kind, jpeg in batch:
        for name, redactor in (("baseline", baseline), ("current", current)):
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
        f"Baseline: the redactor at `{args.baseline}`; current: this tree. {args.garments} catalog photos at full "
        f"size ({args.garments} garment photos) and {args.labelled} with a label, note or code pasted on, "
        "interleaved photo by photo. CPU: the redacting thread's own CPU time (what one core spends, without the "
        "waiting a loaded host adds to the wall time).", "",
        "| redactor | wall p50 ms | wall p90 ms | CPU p50 ms | CPU p90 ms | garment photos with text blurred |",
        "|---|---|---|---|---|---|", *rows, ""])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", default="a8f29db", help="git commit of the redactor to compare with")
    parser.add_argument("--catalog", type=Path, default=ROOT.parent / "shared" / "data" / "magento-catalog" / "images")
    parser.add_argument("--garments", type=int, default=40)
    parser.add_argument("--labelled", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    from assistant.intake.redaction import Redactor

    with tempfile.TemporaryDirectory() as folder:
        baseline = baseline_redactor(args.baseline, Path(folder))
        current = Redactor()
        baseline.warm_up()
        current.warm_up()
        batch = photos(args.catalog, args.garments, args.labelled, args.seed)
        started = time.perf_counter()
        results = run(baseline, current, batch)
    text = report(results, args, time.perf_counter() - started)
    args.out.write_text(text)
    print(text)  # noqa: T201
    print({name: statistics.fmean(r["cpu"]) for name, r in results.items()})  # noqa: T201


if __name__ == "__main__":
    main()
