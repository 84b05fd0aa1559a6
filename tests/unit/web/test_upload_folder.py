"""The chat's upload folders: one per process under the data directory; those of stopped processes are removed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from assistant.web.chat.upload_folder import remove_stale_folders


def test_only_the_folders_of_running_processes_are_kept(tmp_path: Path) -> None:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
    stale, mine, stray = tmp_path / finished.stdout.strip(), tmp_path / str(os.getpid()), tmp_path / "leftover"
    for folder in (stale, mine, stray):
        (folder / "session").mkdir(parents=True)
        (folder / "session" / "upload.jpg").write_bytes(b"raw upload")
    remove_stale_folders(tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == [mine.name]
