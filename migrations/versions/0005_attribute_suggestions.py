"""attribute suggestions: values read from product photos, kept beside the catalog's attributes for review

Revision ID: 0005
Revises: 0004_decode_entities
Create Date: 2026-12-05 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004_decode_entities'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('attribute_suggestions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('product_id', sa.String(length=64), nullable=False),
    sa.Column('attribute', sa.String(length=64), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.Column('value_key', sa.String(length=200), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('photo', sa.String(length=300), nullable=True),
    sa.Column('model_version', sa.String(length=100), nullable=False),
    sa.Column('status', sa.Enum('pending', 'accepted', 'rejected', 'superseded', name='suggestion_status',
                                native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reviewed_by', sa.String(length=100), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'],
                            name=op.f('fk_attribute_suggestions_product_id_products')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attribute_suggestions')),
    sa.UniqueConstraint('product_id', 'attribute', 'value_key',
                        name='uq_attribute_suggestions_product_attribute_value')
    )
    with op.batch_alter_table('attribute_suggestions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attribute_suggestions_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attribute_suggestions_status'), ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('attribute_suggestions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attribute_suggestions_status'))
        batch_op.drop_index(batch_op.f('ix_attribute_suggestions_product_id'))
    op.drop_table('attribute_suggestions')
