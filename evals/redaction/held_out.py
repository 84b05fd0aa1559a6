"""The held-out sets of the text eval, pinned: a seed's labelled photos are recorded (kind, personal strings and a
hash of the pixels) before the redaction code is changed, so the set scored at the end is the one chosen first.

    python -m evals.redaction.held_out --seed 3 --photos 60    # writes evals/redaction/held_out_seed3.json

`evals.redaction.text` checks a pinned seed's photos against this record and refuses to score a set that changed
(a generator or catalog change would quietly swap the held-out photos)."""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

from evals.redaction.faces import CATALOG
from evals.redaction.synth import LabelledPhoto

HERE = Path(__file__).resolve().parent


def record_path(seed: int) -> Path:
    return HERE / f"held_out_seed{seed}.json"


def record(items: list[LabelledPhoto]) -> list[dict[str, Any]]:
    return [{"kind": item.kind, "personal": item.personal,
             "sha256": hashlib.sha256(item.rgb.tobytes()).hexdigest()[:16]} for item in items]


def check(seed: int, items: list[LabelledPhoto]) -> bool:
    """True when `seed` is pinned (its record exists); raises when the photos differ from the record."""
    path = record_path(seed)
    if not path.exists():
        return False
    pinned = json.loads(path.read_text())["photos"]
    made = record(items)
    if made != pinned[:len(made)] or len(made) > len(pinned):
        raise SystemExit(f"seed {seed}'s photos differ from {path.name}: the held-out set changed")
    return True


def main() -> None:
    from evals.redaction.synth import labelled_photos
    from evals.redaction.text import _split

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--catalog", type=Path, default=CATALOG)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--photos", type=int, default=60)
    args = parser.parse_args()
    positives, _ = _split(args.catalog, args.seed)
    items = labelled_photos(positives, args.seed, args.photos)
    path = record_path(args.seed)
    path.write_text(json.dumps({"seed": args.seed, "photos": record(items)}, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(items)} photos pinned in {path}")  # noqa: T201


if __name__ == "__main__":
    main()
