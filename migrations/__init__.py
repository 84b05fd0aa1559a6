"""Alembic migrations of the Vitrine store (the only way the schema is created)."""
