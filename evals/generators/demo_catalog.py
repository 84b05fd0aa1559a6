"""The demo catalog's configurable products as the shopping case generators filter them: name, price, first
category (without "Default Category/"), materials, climates and colour codes of its variants.

Generators run from the repository root: `python -m evals.generators.<name>`."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PRODUCTS_CSV = ROOT / "data" / "demo-catalog" / "ConfigurableSampleData__products.csv"


def catalog_products(path: Path = PRODUCTS_CSV) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    products = []
    for row in rows:
        if row["product_type"] != "configurable":
            continue
        attributes = dict(kv.split("=", 1) for kv in row["additional_attributes"].split(",") if "=" in kv)
        colours = sorted({r["sku"].rsplit("-", 1)[-1] for r in rows if r["sku"].startswith(row["sku"] + "-")})
        products.append({"sku": row["sku"], "name": " ".join(row["name"].split()), "price": float(row["price"]),
                         "category": row["categories"].split(",")[0].removeprefix("Default Category/"),
                         "material": attributes.get("material", "").split("|"),
                         "climate": attributes.get("climate", "").split("|"), "colours": colours})
    return products
