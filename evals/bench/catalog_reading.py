"""Time of reading a turn's product constraints and question (assistant/grounding), on the phrase table.

    python -m evals.bench.catalog_reading
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import yaml

from assistant.grounding.catalog_constraint_reader import read_constraints
from assistant.grounding.catalog_questions import read_question
from assistant.grounding.catalog_vocabulary import CatalogVocabulary

TABLE = Path(__file__).resolve().parents[2] / "tests" / "data" / "catalog_constraints.yaml"
ROUNDS = 20
VOCABULARY = CatalogVocabulary(
    colours={"Black", "Blue", "Red", "Green", "Purple", "Orange", "Gray", "Yellow", "White", "Brown", "Lavender"},
    sizes={"XS", "S", "M", "L", "XL", "28", "29", "30", "31", "32", "33", "34", "36"},
    categories={"men", "women", "gear", "tops", "bottoms", "jackets", "hoodies & sweatshirts", "tees", "tanks",
                "bras & tanks", "pants", "shorts", "bags", "watches", "fitness equipment"},
    attributes={"climate": {"Cold", "Wintry", "Warm", "Hot", "Rainy", "Windy"},
                "activity": {"Hiking", "Trail", "Outdoor", "Yoga", "Gym", "Athletic", "Sports", "Travel"},
                "material": {"Wool", "Cotton", "Organic Cotton", "Fleece", "Nylon", "Polyester", "Mesh"}},
)


def main() -> None:
    texts = [case["text"] for case in yaml.safe_load(TABLE.read_text(encoding="utf-8"))]
    read_constraints(texts[0], VOCABULARY)  # compile the lexicons once, as start-up does
    timings = []
    for _ in range(ROUNDS):
        for text in texts:
            started = time.perf_counter()
            read_constraints(text, VOCABULARY)
            read_question(text)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    print(f"{len(texts)} phrases x {ROUNDS}: p50 {statistics.median(timings):.3f} ms, "  # noqa: T201
          f"p95 {timings[int(len(timings) * 0.95)]:.3f} ms")


if __name__ == "__main__":
    main()
