"""Starting an app process for a test or a bench (`vitrine serve` or the demo): a free port, and waiting for
it to answer."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

import httpx


def free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_serving(url: str, process: subprocess.Popen[bytes], *, name: str, timeout_s: float,
                       log: Path | None = None, poll_s: float = 0.5) -> None:
    """Return once `url`/shop answers 200; raise (with the end of `log`, if given) when the process exits first
    or `timeout_s` passes."""

    def tail() -> str:
        return f":\n{log.read_text()[-3000:]}" if log is not None else ""

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}{tail()}")
        try:
            if httpx.get(f"{url}/shop", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(poll_s)
    raise RuntimeError(f"{name} did not start in {timeout_s}s{tail()}")
