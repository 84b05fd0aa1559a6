"""Learn the colour reader's Black/Gray/White cuts from catalog labels, on a train split of the products.

    python -m evals.retrieval.colour_fit [SOURCE]

Products are split by a hash of their id (about 60 % train, 40 % held out), so colourways of one product
never straddle the split. The cuts (tools/catalog/colour.py `AchromaticCuts`) are chosen by grid search on
the train photos only; accuracy is printed for both splits, hand-set and learned. Copy the learned cuts into
`CUTS` by hand (a reviewed change); `vitrine eval retrieval` then reports both splits as well.
"""

from __future__ import annotations

import argparse
import itertools
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from evals.retrieval.runner import QUERY_SIDE, catalog_documents, split_of
from tools.catalog.colour import AchromaticCuts, garment_colours, name_colour, region_for_category
from tools.catalog.photos import cut_out, open_photo

GRID = {
    "chroma": (7.0, 9.0, 11.0, 13.0, 15.0),
    "dark_lightness": (18.0, 22.0, 26.0, 30.0),
    "dark_chroma": (14.0, 18.0, 22.0, 26.0),
    "black_lightness": (22.0, 26.0, 30.0, 34.0, 38.0),
    "white_lightness": (76.0, 79.0, 82.0, 85.0, 88.0),
}
_NO_ACHROMATIC = AchromaticCuts(chroma=-1, dark_lightness=-1, dark_chroma=-1)


@dataclass
class LabelledPhoto:
    label: str
    split: str
    lightness: np.ndarray  # per cluster
    chroma: np.ndarray
    hue_name: list[str]  # each cluster's name if it is read as chromatic
    weights: list[float]


def labelled_photos(source: Path, progress: bool = True) -> list[LabelledPhoto]:
    photos = []
    documents = [d for d in catalog_documents(source) if d.colour and d.image_path]
    for document in tqdm(documents, desc="colour clusters", disable=not progress):
        image = open_photo(source / "images" / str(document.image_path), side=QUERY_SIDE)
        centres, weights = garment_colours(cut_out(image), region_for_category(document.category_path))
        photos.append(
            LabelledPhoto(
                label=str(document.colour),
                split=split_of(document.product_id),
                lightness=centres[:, 0],
                chroma=np.hypot(centres[:, 1], centres[:, 2]),
                hue_name=[name_colour(c, _NO_ACHROMATIC) for c in centres],
                weights=weights,
            )
        )
    return photos


def read(photo: LabelledPhoto, cuts: AchromaticCuts) -> str:
    """The same decision as `tools.catalog.colour.dominant_colour`, on precomputed clusters."""
    totals: dict[str, float] = {}
    for lightness, chroma, hue_name, weight in zip(
        photo.lightness, photo.chroma, photo.hue_name, photo.weights, strict=True
    ):
        name = hue_name
        if chroma < cuts.chroma or (lightness < cuts.dark_lightness and chroma < cuts.dark_chroma):
            dark = lightness < cuts.black_lightness
            name = "Black" if dark else ("White" if lightness > cuts.white_lightness else "Gray")
        totals[name] = totals.get(name, 0.0) + weight
    return max(totals, key=lambda n: totals[n])


def accuracy(photos: list[LabelledPhoto], cuts: AchromaticCuts, split: str) -> float:
    chosen = [p for p in photos if p.split == split]
    return sum(read(p, cuts) == p.label for p in chosen) / max(len(chosen), 1)


def fit(photos: list[LabelledPhoto]) -> AchromaticCuts:
    """The grid point with the best train accuracy; ties go to the point nearest the hand-set cuts."""
    hand = np.array(list(asdict(AchromaticCuts()).values()))
    best: tuple[float, float, AchromaticCuts] | None = None
    for values in itertools.product(*GRID.values()):
        cuts = AchromaticCuts(**dict(zip(GRID, values, strict=True)))
        score = accuracy(photos, cuts, "train")
        distance = float(np.abs(np.array(values) - hand).sum())
        if best is None or (score, -distance) > (best[0], -best[1]):
            best = (score, distance, cuts)
    assert best is not None
    return best[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, nargs="?", default=Path("../shared/data/magento-catalog"))
    args = parser.parse_args()
    photos = labelled_photos(args.source)
    learned = fit(photos)
    counts = {split: sum(p.split == split for p in photos) for split in ("train", "holdout")}
    print(f"| cuts | train ({counts['train']}) | holdout ({counts['holdout']}) |\n|---|---|---|")  # noqa: T201
    for label, cuts in (("hand-set", AchromaticCuts()), ("learned on train", learned)):
        train, holdout = accuracy(photos, cuts, "train"), accuracy(photos, cuts, "holdout")
        print(f"| {label} | {train:.3f} | {holdout:.3f} |")  # noqa: T201
    print(f"\nlearned: {learned}")  # noqa: T201


if __name__ == "__main__":
    main()
