"""The resolver's use of the product-only reading: it lives in the grounding layer
(`assistant/grounding/product_cues.py`) so the understand step applies it to every backend's decision."""

from __future__ import annotations

from assistant.grounding.product_cues import ORDER_READINGS, PRODUCT_ONLY, asks_about_the_product, product_reading

__all__ = ["ORDER_READINGS", "PRODUCT_ONLY", "asks_about_the_product", "product_reading"]
