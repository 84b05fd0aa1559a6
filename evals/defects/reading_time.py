"""CPU time of whole damage readings, nothing cached: the photo's maps, the reference's maps afresh, the
comparison and the models, one torch thread, on 20 holdout photos with generator-B drawings and phone
degradations. Run it with two checkouts' PYTHONPATH in turn to compare them side by side:

    PYTHONPATH=$PWD python -m evals.defects.reading_time
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from evals.defects.dataset import main_views, phone_copy
from evals.defects.heldout_generator import draw_heldout_defect
from tools.catalog.defects import read_damage
from tools.catalog.efficientnet_lite import shared_network

KINDS = ("tear", "stain", "hole", "broken", "crushed")


def reading_times(source: Path, count: int = 20) -> dict[str, float]:
    torch.set_num_threads(1)
    network = shared_network()
    times = []
    for i, (_product, path, _sibling) in enumerate(main_views(source, "holdout", count, 21)):
        rng = random.Random(i)
        original = Image.open(source / "images" / path).convert("RGB")
        photo = phone_copy(draw_heldout_defect(original, KINDS[i % len(KINDS)], rng), rng, True)
        started = time.process_time()
        read_damage(photo, reference=original, network=network)
        times.append(1000 * (time.process_time() - started))
    rest = times[1:]  # the first reading warms the network up
    return {"p50_ms": float(np.percentile(rest, 50)), "p90_ms": float(np.percentile(rest, 90))}


if __name__ == "__main__":
    print(json.dumps(reading_times(Path("../shared/data/magento-catalog"))))
