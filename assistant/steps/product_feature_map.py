"""Each catalog product's features (a hood, a zip, pockets), read once per store from the product's own name,
description and style (`assistant/grounding/product_features.py`), for the recommendation filters."""

from __future__ import annotations

from collections.abc import Mapping

from assistant.context import Deps
from assistant.grounding.catalog_constraints import CatalogConstraints
from assistant.grounding.product_features import feature_map
from tools.products import product_texts
from tools.store.engine import read_session

_maps: dict[int, Mapping[str, frozenset[str]]] = {}


async def features_for(deps: Deps, constraints: CatalogConstraints) -> Mapping[str, frozenset[str]] | None:
    """The products' features when the constraints ask for one or rule one out; None otherwise (nothing read)."""
    if not (constraints.features or constraints.exclude_features):
        return None
    key = id(deps.sessions)
    if key not in _maps:
        async with read_session(deps.sessions) as session:
            _maps[key] = feature_map(await product_texts(session))
    return _maps[key]
