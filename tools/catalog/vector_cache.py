"""Photo vectors kept on disk by the photo's content, so a catalog photo goes through the network once.

The learned photo embedder costs about 0.2-0.4 s a photo on a small CPU, and the same catalog photos are indexed
again whenever a store is built afresh: a new demo directory, each test store, a rebuilt index. The cache keys each
vector by the embedder's identity (name, size, version: a retrained head changes it) and the photo file's bytes,
so a changed photo or embedder never reads an old vector. Only photos given as files are cached; a customer's
photo (bytes or an image) goes straight to the embedder.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from tools.catalog.photos import ImageInput


def default_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/vitrine/photo-vectors` (`~/.cache/...` when unset)."""
    root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(root) / "vitrine" / "photo-vectors"


class CachedPhotoEmbedder:
    """`inner` with its vectors of photo files kept under `directory`; everything else is `inner`'s own."""

    def __init__(self, inner: Any, directory: Path) -> None:
        self.inner = inner
        self.directory = directory
        self.identity = f"{inner.name}/{inner.dim}/{getattr(inner, 'version', '')}"

    def __getattr__(self, name: str) -> Any:  # name, dim, version, supports_*, embed_texts, the embedder's extras
        return getattr(self.inner, name)

    def embed_images(self, images: Sequence[ImageInput]) -> np.ndarray:
        keys = [self._key(image) for image in images]
        vectors: list[np.ndarray | None] = [self._load(key) if key else None for key in keys]
        missing = [i for i, vector in enumerate(vectors) if vector is None]
        if missing:
            computed = self.inner.embed_images([images[i] for i in missing])
            for i, vector in zip(missing, computed, strict=True):
                vectors[i] = vector
                key = keys[i]
                if key:
                    self._save(key, vector)
        if not vectors:
            return np.zeros((0, self.inner.dim), dtype=np.float32)
        return np.stack([vector for vector in vectors if vector is not None]).astype(np.float32)

    def _key(self, image: ImageInput) -> str | None:
        if not isinstance(image, (str, Path)) or not Path(image).is_file():
            return None
        digest = hashlib.sha256(self.identity.encode())
        digest.update(Path(image).read_bytes())
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.npy"

    def _load(self, key: str) -> np.ndarray | None:
        try:
            vector = np.load(self._path(key))
        except (OSError, ValueError):
            return None
        return vector if vector.shape == (self.inner.dim,) else None

    def _save(self, key: str, vector: np.ndarray) -> None:
        """Written to a temporary file and renamed: a reader never sees half a vector; a failure only costs the
        next run the computation."""
        target = self._path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=target.parent, suffix=".tmp", delete=False) as handle:
                np.save(handle, np.asarray(vector, dtype=np.float32))
            os.replace(handle.name, target)
        except OSError:
            return
