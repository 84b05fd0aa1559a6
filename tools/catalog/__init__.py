"""Catalog import, index (Qdrant), embedders, product search, photo colour and photo comparison."""
