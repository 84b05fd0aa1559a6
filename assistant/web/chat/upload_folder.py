"""Where Chainlit writes the chat's uploads while a message is read: `<data dir>/chat-uploads/<session>`.

Chainlit puts them in `<app root>/.files` (here: the repository) and creates that folder when first imported.
The app's data directory is the place for anything a running app writes, so the folder moves there. Nothing in it
is meant to last: an upload is deleted as soon as it is read (uploads.py; the shop keeps only the intake's redacted
copy), Chainlit removes a session's folder when the session ends, and what a stopped process left is removed at
the next start and at shutdown.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

FOLDER_NAME = "chat-uploads"


def use_upload_folder(data_dir: Path) -> Path:
    """Point Chainlit's uploads at the data directory (an empty folder); call after chainlit is imported."""
    import chainlit.config

    previous = Path(chainlit.config.FILES_DIRECTORY)
    folder = (data_dir / FOLDER_NAME).resolve()
    shutil.rmtree(folder, ignore_errors=True)  # what a stopped process left: uploads are never kept
    folder.mkdir(parents=True, exist_ok=True)
    chainlit.config.FILES_DIRECTORY = folder  # read at each use (session.files_dir), not bound at import
    if previous != folder:
        with contextlib.suppress(OSError):
            previous.rmdir()  # the empty `.files` Chainlit's import created, if nothing else is in it
    return folder


def clear_upload_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
