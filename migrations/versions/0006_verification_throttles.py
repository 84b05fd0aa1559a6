"""verification throttles: attempts also counted per claimed order, per order and zip, and per account

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 01:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXED = ('order_digest', 'order_zip_digest', 'requester_digest')


def upgrade() -> None:
    with op.batch_alter_table('verification_attempts', schema=None) as batch_op:
        for column in INDEXED:
            batch_op.add_column(sa.Column(column, sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('customer_id', sa.String(length=64), nullable=True))
        for column in INDEXED:
            batch_op.create_index(batch_op.f(f'ix_verification_attempts_{column}'), [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('verification_attempts', schema=None) as batch_op:
        for column in INDEXED:
            batch_op.drop_index(batch_op.f(f'ix_verification_attempts_{column}'))
        batch_op.drop_column('customer_id')
        for column in INDEXED:
            batch_op.drop_column(column)
