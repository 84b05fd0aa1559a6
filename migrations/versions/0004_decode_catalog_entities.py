"""decode HTML entities in catalog text that older imports stored as written in the Magento CSVs

Imports before this revision kept names, attribute values and variant options as the CSVs spell them
(`Lycra&reg;`), and order lines copied them; the importer now decodes them once (tools/catalog/magento.py).
This decodes, once, exactly the fields the old importer left encoded (descriptions were already decoded).
The search index is rebuilt from the store with `vitrine catalog reindex` (only the changed points are written).

Revision ID: 0004_decode_entities
Revises: 0003
Create Date: 2026-12-05 04:00:00
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = '0004_decode_entities'
down_revision: str | Sequence[str] | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, key columns, plain text columns, JSON columns)
FIELDS: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    ("products", ("id",), ("name", "category_path"), ("attributes",)),
    ("variants", ("item_id",), (), ("options",)),
    ("order_items", ("id",), ("name",), ("options",)),
    ("product_reviews", ("id",), ("title", "body", "author"), ()),
]


def decoded(value: Any) -> Any:
    """`value` with the entities of every string in it decoded (JSON lists and objects included)."""
    if isinstance(value, str):
        return html.unescape(value)
    if isinstance(value, list):
        return [decoded(item) for item in value]
    if isinstance(value, dict):
        return {key: decoded(item) for key, item in value.items()}
    return value


def upgrade() -> None:
    connection = op.get_bind()
    for name, keys, texts, documents in FIELDS:
        table = sa.table(name, *(sa.column(c) for c in keys + texts), *(sa.column(c, sa.JSON) for c in documents))
        for row in connection.execute(sa.select(table)).mappings():
            changes = {column: decoded(row[column]) for column in texts + documents
                       if row[column] is not None and decoded(row[column]) != row[column]}
            if changes:
                where = sa.and_(*(table.c[key] == row[key] for key in keys))
                connection.execute(table.update().where(where).values(**changes))


def downgrade() -> None:
    # Decoded text is what the importer writes now; there is nothing to restore.
    pass
