"""How the fitted heads' outputs become a product's reading, compared on the eval's folds (sixth round):

    python -m evals.enrichment.reading_rules --work-dir /work/cache/NAME/eval [--inner] [--json OUT]

The heads and the colour classifier are fitted exactly as the eval fits them (every C chosen by inner
product-grouped folds of the training products); only the rule that reads a held-out product from them changes,
so every rule is scored on the same fits and folds:

- `shipped`: the heads' probabilities pooled over all the product's photos by their normalised geometric mean,
  a style as a mixture over the categories it was seen with, a product's colourways read as different colours;
- `mean-probabilities`: the photos' probabilities averaged instead (the arithmetic mean);
- `mean-features`: the photos' features averaged (features pooled over views) and read once by each head;
- `hard-styles`: the style read only among the styles seen with the one most probable category (a strict
  hierarchy: `style_bottom` only among the styles of the bottom category read) instead of the mixture;
- `named-colours`: each colourway's colour chosen among the catalog's own colour names of the product's
  colourways (an assignment). This uses the catalog's colour labels at reading time: it measures matching
  photos to known names, not reading a colour, and is reported apart (never adoptable for the issue's
  supplier feed without attributes).

`--inner` also compares the rules inside each outer training fold (four inner product-grouped folds of the
training products, the heads refitted there with the C the outer fit chose), and reads each outer fold with
the rule that won its inner folds, per attribute: the nested figure of adopting a rule by inner folds.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np

from evals.enrichment.crossval import NONE, Outcomes, _colourways, _score, folds_of
from evals.enrichment.dataset import PhotoTable
from evals.enrichment.fit import choose_head_c, fit_colour, fit_heads, inner_folds
from evals.enrichment.metrics import macro_recall, score
from tools.catalog.colour_model import ColourModel
from tools.catalog.enrichment import reader
from tools.catalog.enrichment.heads import EnrichmentHeads
from tools.catalog.enrichment.labels import Attribute
from tools.catalog.enrichment.reader import PhotoEvidence, Suggestion, distinct_colours, style_probabilities

SOURCE = Path("../shared/data/magento-catalog")
ADOPTABLE = ("shipped", "mean-probabilities", "mean-features", "hard-styles")
RULES = (*ADOPTABLE, "named-colours")
INNER_FOLDS = 4
Reading = dict[str, list[PhotoEvidence]]


def mean_features(colourways: Mapping[str, Sequence[PhotoEvidence]]) -> Reading:
    """The same photos, each carrying the mean of the product's network features (so every head reads the
    pooled features once; the colour evidence is each photo's own)."""
    everything = [e for photos in colourways.values() for e in photos]
    pooled = np.mean(np.stack([e.network for e in everything]), axis=0)
    return {key: [PhotoEvidence(e.name, pooled, e.colour, e.palette) for e in photos]
            for key, photos in colourways.items()}


def hard_style_probabilities(
    styles: Mapping[str, float], categories: Mapping[str, float], seen_with: Mapping[str, Sequence[str]]
) -> dict[str, float]:
    """The style head's probabilities among the styles seen with the most probable category only."""
    best = max(categories, key=lambda c: categories[c])
    return style_probabilities(styles, {best: 1.0}, seen_with)


def _mean_probabilities(probabilities: np.ndarray) -> np.ndarray:
    p = np.atleast_2d(probabilities).mean(axis=0)
    return p / p.sum()


def named_colour_choice(names: Sequence[str], allowed: Sequence[str]) -> Callable[[Sequence[np.ndarray]], list[int]]:
    """A `distinct_colours` that assigns the product's colourways to its own catalog colour names only."""
    columns = [names.index(name) for name in dict.fromkeys(allowed) if name in names]

    def choose(readings: Sequence[np.ndarray]) -> list[int]:
        if not columns:
            return distinct_colours(readings)
        restricted = [np.asarray(p)[columns] for p in readings]
        # distinct_colours reads each colourway alone where there are more colourways than names
        return [columns[k] for k in distinct_colours(restricted)]

    return choose


def read_with(rule: str, colourways: Reading, heads: EnrichmentHeads, colour: ColourModel,
              names: Sequence[str] = ()) -> list[Suggestion]:
    """One product's suggestions under a reading rule (module docstring)."""
    saved = reader.pooled_views, reader.style_probabilities, reader.distinct_colours
    try:
        if rule == "mean-probabilities":
            reader.pooled_views = _mean_probabilities
        elif rule == "hard-styles":
            reader.style_probabilities = hard_style_probabilities
        elif rule == "mean-features":
            colourways = mean_features(colourways)
        elif rule == "named-colours":
            reader.distinct_colours = named_colour_choice(colour.names, names)  # type: ignore[assignment]
        elif rule != "shipped":
            raise ValueError(f"unknown rule {rule!r}")
        return reader.read_evidence(colourways, heads=heads, colour_model=colour)
    finally:
        reader.pooled_views, reader.style_probabilities, reader.distinct_colours = saved


def _by_product(table: PhotoTable, rows: Sequence[int]) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = defaultdict(list)
    for i in rows:
        grouped[table.photos[i].product_id].append(int(i))
    return grouped


def _names(table: PhotoTable, rows: Sequence[int]) -> list[str]:
    return [c for c in dict.fromkeys(table.photos[i].colour for i in rows) if c]


def read_rows(table: PhotoTable, fold: int, rows: Sequence[int], heads: EnrichmentHeads, colour: ColourModel,
              rules: Sequence[str]) -> dict[str, Outcomes]:
    """Outcomes of each rule on the products among `rows`, each product read from all its photos."""
    out = {rule: Outcomes() for rule in rules}
    for product_rows in _by_product(table, rows).values():
        evidence = _colourways(table, product_rows)
        for rule in rules:
            _score(table, fold, product_rows, read_with(rule, evidence, heads, colour, _names(table, product_rows)),
                   out[rule])
    return out


def _colour_c(model: ColourModel) -> float:
    found = re.search(r"C=([0-9.]+)", model.fitted_on)
    return float(found.group(1)) if found else 0.03


def inner_winners(table: PhotoTable, train: Sequence[int], head_c: Mapping[str, float], colour_c: float,
                  rules: Sequence[str] = ADOPTABLE) -> dict[str, dict[str, float]]:
    """Attribute -> rule -> macro recall on the inner held-out products of `train` (heads refitted with the
    outer fit's C on each inner training part)."""
    pooled: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for inner, (part, held) in enumerate(inner_folds(table, train, INNER_FOLDS)):
        heads = fit_heads(table, part, model_version=f"inner-{inner}", fitted_on="inner", c=dict(head_c))
        colour = fit_colour(table, part, colour_c)
        for rule, outcomes in read_rows(table, inner, held, heads, colour, rules).items():
            for attribute, outcome_rows in outcomes.rows.items():
                pooled[f"{attribute.value}|{rule}"] += [(r.truth, r.hit) for r in outcome_rows]
    scores: dict[str, dict[str, float]] = defaultdict(dict)
    for key, hits in pooled.items():
        name, rule = key.split("|")
        scores[name][rule] = round(macro_recall(hits), 4)
    return dict(scores)


def choose(scores: Mapping[str, float]) -> str:
    """The rule with the best inner macro recall; the shipped rule keeps a tie."""
    return max(scores, key=lambda rule: (scores[rule], rule == "shipped"))


def compare(table: PhotoTable, inner: bool) -> dict[str, object]:
    everything = set(range(len(table.photos)))
    results = {rule: Outcomes() for rule in RULES}
    nested = Outcomes()
    inner_log: list[dict[str, object]] = []
    for fold, held in enumerate(folds_of(table)):
        train = sorted(everything - set(held.tolist()))
        head_c = choose_head_c(table, train)
        heads = fit_heads(table, train, model_version=f"cv-fold-{fold}", fitted_on="cross-validation", c=head_c)
        colour = fit_colour(table, train)
        outer = read_rows(table, fold, held.tolist(), heads, colour, RULES)
        for rule, outcomes in outer.items():
            for attribute, rows in outcomes.rows.items():
                results[rule].rows[attribute] += rows
        print(f"fold {fold}: C {head_c}, colour {colour.fitted_on}", flush=True)  # noqa: T201
        if inner:
            scores = inner_winners(table, train, head_c, _colour_c(colour))
            chosen = {attribute: choose(by_rule) for attribute, by_rule in scores.items()}
            inner_log.append({"fold": fold, "inner_macro_recall": scores, "chosen": chosen})
            print(f"  inner: {json.dumps(scores)}\n  chosen: {chosen}", flush=True)  # noqa: T201
            for attribute in outer["shipped"].rows:
                rule = chosen.get(attribute.value, "shipped")
                nested.rows[attribute] += outer[rule].rows[attribute]
    figures = {rule: _figures(outcomes) for rule, outcomes in results.items()}
    if inner:
        figures["chosen by inner folds"] = _figures(nested)
    return {"figures": figures, "inner": inner_log}


def _figures(outcomes: Outcomes) -> dict[str, dict[str, object]]:
    out = {}
    for attribute, rows in outcomes.rows.items():
        s = score(rows)
        out[attribute.value] = {"macro_recall": s.macro_recall, "accuracy": s.accuracy,
                                "fold_sd": s.fold_macro_recall_std, "folds": s.fold_macro_recall,
                                "none": sum(r.predicted == NONE for r in rows)}
    return out


def table_markdown(figures: Mapping[str, Mapping[str, Mapping[str, object]]]) -> str:
    attributes = [a.value for a in (Attribute.CATEGORY, Attribute.GENDER, Attribute.STYLE_GENERAL,
                                    Attribute.STYLE_BOTTOM, Attribute.PATTERN, Attribute.COLOUR, Attribute.LENGTH,
                                    Attribute.GEAR_CATEGORY)]
    lines = ["| rule | " + " | ".join(attributes) + " |", "|---|" + "---|" * len(attributes)]
    for rule, by_attribute in figures.items():
        cells = []
        for attribute in attributes:
            f = by_attribute.get(attribute)
            cells.append(f"{f['macro_recall']:.3f} ({f['accuracy']:.3f}), sd {f['fold_sd']:.3f}" if f else "-")
        lines.append(f"| {rule} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    import torch
    from threadpoolctl import threadpool_limits

    from evals.enrichment.dataset import photo_table

    torch.set_num_threads(1)
    threadpool_limits(1)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work-dir", type=Path, required=True)
    parser.add_argument("--inner", action="store_true", help="also choose the rule by inner folds (nested)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    result = compare(photo_table(SOURCE, args.work_dir), args.inner)
    print(table_markdown(result["figures"]))  # type: ignore[arg-type]  # noqa: T201
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
