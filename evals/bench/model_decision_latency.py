"""Decision latency per model backend, measured in one run so the ratios compare like with like.

    python -m evals.bench.model_decision_latency [--repeats N] [--threads 1] [--out evals/bench/results/...]

Backends: the resolver alone (intent per turn on every labelled utterance; the whole photo-complaint
decision chain), the vLLM client against the local fake vLLM server (HTTP + JSON-schema request + parsing,
the server answers instantly, so this is client overhead, not model time), and the in-process backend with a
tiny random LLaVA (schema-constrained decoding, image included). The fake server and the tiny model come from
the test suite (tests/contract/fake_vllm.py, tests/unit/models/tiny_llava.py).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import io
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "bench" / "results" / "model_decision_latency.md"


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def _fake_server() -> Iterator[str]:
    """The fake vLLM server in its own process, so its work does not share this process's GIL."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    script = ROOT / "tests" / "contract" / "fake_vllm.py"
    process = subprocess.Popen([sys.executable, str(script), "--port", str(port)], cwd=ROOT)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base_url}/models", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the fake vLLM server did not start") from None
                time.sleep(0.2)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _stats(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))], statistics.fmean(ordered)


async def _time(call: Callable[[], Awaitable[Any]], repeats: int) -> list[float]:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        await call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _photo() -> Any:
    from PIL import Image

    from assistant.models.requests import ImageInput

    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (40, 50, 120)).save(buffer, "JPEG")
    return ImageInput(data=buffer.getvalue())


def _complaint_requests() -> list[tuple[type, Any]]:
    from assistant.models.contracts import ComplaintTarget, PhotoTriage, RemedyProposal, TriageLabel
    from assistant.models.requests import DamageCue, DecisionRequest, OrderLine, OrderSummary, PhotoEvidence

    orders = [
        OrderSummary(
            order_id="#W2378156",
            status="delivered",
            items=[OrderLine(item_id="1008292230", product_name="Typhon Fleece Jacket", colour="Navy")],
        )
    ]
    evidence = PhotoEvidence(
        similarity_to_ordered=0.9,
        same_product=True,
        photo_colour="navy",
        ordered_colour="navy",
        damage_cues=[DamageCue.CRUSHED_PARCEL],
    )
    text = "my jacket arrived in a crushed box"
    return [
        (ComplaintTarget, DecisionRequest(text=text, orders=orders, evidence=evidence)),
        (PhotoTriage, DecisionRequest(text=text, evidence=evidence)),
        (
            RemedyProposal,
            DecisionRequest(
                text=text,
                orders=orders,
                triage=TriageLabel.SHIPPING_DAMAGE,
                triage_confidence=0.9,
                target_order_id="#W2378156",
                target_item_ids=["1008292230"],
            ),
        ),
    ]


async def run(repeats: int) -> list[tuple[str, str, list[float]]]:
    from assistant.models.breaker import CircuitBreaker
    from assistant.models.contracts import PhotoTriage, TurnIntent
    from assistant.models.embedder import MiniLmEmbedder
    from assistant.models.local.backend import LocalBackend
    from assistant.models.prompts import PromptLibrary
    from assistant.models.requests import DecisionRequest
    from assistant.models.resolver.backend import ResolverBackend
    from assistant.models.resolver.patterns import extract_slots, pattern_intent
    from assistant.models.vllm import VllmBackend
    from assistant.settings import ModelSettings
    from evals.intent.run import SPLITS, load_split

    prompts = PromptLibrary(ROOT / "prompts")
    resolver = ResolverBackend(prompts, MiniLmEmbedder())
    rows: list[tuple[str, str, list[float]]] = []

    utterances = [text for split in SPLITS for _, text in load_split(split)]
    per_turn = []
    for text in utterances:  # every utterance is new to the embedding cache: cold per-turn cost
        started = time.perf_counter()
        resolver.decide_now(TurnIntent, DecisionRequest(text=text))
        per_turn.append((time.perf_counter() - started) * 1000)
    rows.append(("resolver", f"intent, {len(utterances)} distinct utterances", per_turn))
    by_pattern = [pattern_intent(text, extract_slots(text)) is not None for text in utterances]
    rows.append(
        (
            "resolver",
            "  of which decided by patterns",
            [t for t, p in zip(per_turn, by_pattern, strict=True) if p],
        )
    )
    rows.append(
        (
            "resolver",
            "  of which needed an embedding",
            [t for t, p in zip(per_turn, by_pattern, strict=True) if not p],
        )
    )
    chain = _complaint_requests()

    async def complaint_chain() -> None:
        for kind, request in chain:
            await resolver.decide(kind, request)

    rows.append(
        ("resolver", "complaint chain: target + triage + remedy", await _time(complaint_chain, repeats))
    )

    photo = _photo()
    with _fake_server() as base_url:
        settings = ModelSettings(backend="vllm", vllm_base_url=base_url, timeout_s=10)
        vllm = VllmBackend(settings, prompts, breaker=CircuitBreaker())
        intent_request = DecisionRequest(text="where is my order #W2378156?")
        triage_request = DecisionRequest(text="the box arrived crushed", image=photo)
        await vllm.decide(TurnIntent, intent_request)  # connection warm-up
        rows.append(
            (
                "vllm client + fake server",
                "intent (text)",
                await _time(lambda: vllm.decide(TurnIntent, intent_request), repeats),
            )
        )
        rows.append(
            (
                "vllm client + fake server",
                "triage (640x480 JPEG)",
                await _time(lambda: vllm.decide(PhotoTriage, triage_request), repeats),
            )
        )
        await vllm.aclose()

    tiny = _load(ROOT / "tests" / "unit" / "models" / "tiny_llava.py")
    model, processor = tiny.build_tiny_llava()
    local = LocalBackend(model, processor, prompts, model_name="tiny-random-llava", timeout_s=120)
    local_repeats = max(3, repeats // 10)
    rows.append(
        (
            "local tiny LLaVA",
            "intent (text)",
            await _time(lambda: local.decide(TurnIntent, intent_request), local_repeats),
        )
    )
    rows.append(
        (
            "local tiny LLaVA",
            "triage (640x480 JPEG)",
            await _time(lambda: local.decide(PhotoTriage, triage_request), local_repeats),
        )
    )
    return rows


def report(rows: list[tuple[str, str, list[float]]], threads: int) -> str:
    base = _stats(rows[0][2])[0]
    lines = [
        "# Decision latency per model backend",
        "",
        f"Generated by `python -m evals.bench.model_decision_latency --threads {threads}` on "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {platform.machine()}, {os.cpu_count()} CPUs, "
        f"{threads} torch thread(s), load average at the end {os.getloadavg()[0]:.1f} (a shared host).",
        "",
        "| backend | decision | n | p50 ms | p95 ms | mean ms | p50 / resolver intent p50 |",
        "|---|---|---|---|---|---|---|",
    ]
    for backend, decision, samples in rows:
        p50, p95, mean = _stats(samples)
        lines.append(
            f"| {backend} | {decision} | {len(samples)} | {p50:.2f} | {p95:.2f} | {mean:.2f} | "
            f"{p50 / base:.1f}x |"
        )
    lines += [
        "",
        "The fake server (own process) answers from recordings, so its rows are the client's cost plus a "
        "minimal server's checks (prompt, schema, base64 image, HTTP, jsonschema, validation); a real "
        "vLLM adds model time. The tiny LLaVA has random weights: its rows show the "
        "cost of schema-constrained decoding in-process (one forward pass per choice or string token, no KV "
        "cache), not answer quality.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch

    torch.set_num_threads(args.threads)
    text = report(asyncio.run(run(args.repeats)), args.threads)
    args.out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
