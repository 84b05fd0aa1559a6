"""Fit the colour classifier on the labelled catalog photos and write the shipped parameters.

    python -m evals.retrieval.colour_fit [SOURCE]           # prints the grouped CV, writes the model file
    python -m evals.retrieval.colour_fit [SOURCE] --dry-run # prints only

It reads every labelled main photo of the catalog plus one perturbed copy of it per perturbation (crop,
tilt, backdrop, lighting; drawn with seeds the eval never scores), prints the product-grouped cross-validated
accuracy for a few ridge strengths (catalog photos, out of fold), then fits `tools/catalog/colour_model.py`'s
classifier on all of them with the shipped ridge strength `L2` and writes `tools/catalog/colour_model.json`.
`vitrine eval retrieval` reports the out-of-fold accuracy on the catalog photos and the scored perturbed copies.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from evals.retrieval.colour_samples import (
    CATALOG_PHOTO,
    FOLDS,
    colour_samples,
    fit_on,
    labelled_documents,
    out_of_fold_names,
    palette_swatches,
)
from evals.retrieval.runner import catalog_documents
from tools.catalog.colour_model import L2, MODEL_PATH, save_colour_model

SEED = 7  # the eval's seed: the training copies are drawn AUGMENT_SEED_OFFSET away from its scored draws
L2_GRID = (10.0, 50.0, 200.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, nargs="?", default=Path("../shared/data/magento-catalog"))
    parser.add_argument("--dry-run", action="store_true", help="Print the cross-validation, write nothing.")
    args = parser.parse_args()
    documents = labelled_documents(catalog_documents(args.source))
    samples = colour_samples(args.source, documents, SEED, kinds=(CATALOG_PHOTO,))
    catalog = [i for i, s in enumerate(samples) if s.kind == CATALOG_PHOTO]
    print(f"| ridge L2 | catalog photos, out of fold ({FOLDS} folds by product, {len(catalog)} photos) |")  # noqa: T201
    print("|---|---|")  # noqa: T201
    for l2 in L2_GRID:
        names = out_of_fold_names(samples, l2=l2)
        accuracy = sum(names[i] == samples[i].label for i in catalog) / len(catalog)
        print(f"| {l2:g}{' (shipped)' if l2 == L2 else ''} | {accuracy:.3f} |")  # noqa: T201
    if args.dry_run:
        return
    products = len({s.product_id for s in samples})
    model = fit_on(
        samples + palette_swatches(),
        fitted_on=(
            f"{len(catalog)} labelled catalog photos of {products} products and one perturbed copy of each per "
            f"perturbation (seed offset), "
            f"{len(palette_swatches())} palette swatches; L2={L2:g}; command: python -m evals.retrieval.colour_fit"
        ),
    )
    save_colour_model(model)
    print(f"\nwrote {MODEL_PATH}")  # noqa: T201


if __name__ == "__main__":
    main()
