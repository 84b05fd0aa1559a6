"""Grounding: what the customer said, linked to the store and the catalog (models propose, grounding resolves)."""
