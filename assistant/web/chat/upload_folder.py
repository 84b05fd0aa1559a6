"""Where Chainlit writes the chat's uploads while a message is read: `<data dir>/chat-uploads/<pid>/<session>`.

Chainlit puts them in `<app root>/.files` (here: the repository) and creates that folder when first imported.
The app's data directory is the place for anything a running app writes, so the folder moves there. Nothing in it
is meant to last: an upload is deleted as soon as it is read (uploads.py; the shop keeps only the intake's redacted
copy), Chainlit removes a session's folder when the session ends, and a process removes its own folder at shutdown
and, at start, those of processes that are no longer running (several workers may share the data directory, so
each has a folder of its own).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

FOLDER_NAME = "chat-uploads"


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_folders(root: Path) -> None:
    """Remove the upload folders of processes that are no longer running (and anything else under `root`)."""
    for folder in root.iterdir() if root.is_dir() else ():
        if not (folder.name.isdigit() and _running(int(folder.name))):
            shutil.rmtree(folder, ignore_errors=True)


def use_upload_folder(data_dir: Path) -> Path:
    """Point Chainlit's uploads at this process's folder in the data directory; call after chainlit is imported."""
    import chainlit.config

    previous = Path(chainlit.config.FILES_DIRECTORY)
    root = (data_dir / FOLDER_NAME).resolve()
    remove_stale_folders(root)
    folder = root / str(os.getpid())
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    chainlit.config.FILES_DIRECTORY = folder  # read at each use (session.files_dir), not bound at import
    if previous.resolve() != folder:
        with contextlib.suppress(OSError):
            previous.rmdir()  # the empty `.files` Chainlit's import created, if nothing else is in it
    return folder


def clear_upload_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
