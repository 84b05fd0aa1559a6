"""Checks over the customer-vocabulary files (prompts/catalog_lexicon)."""
