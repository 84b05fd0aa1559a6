"""Catalog enrichment: attributes of a product read from its photos (category, gender, style, pattern,
colours, gear category), each with a confidence, for a person to review as suggestions."""
