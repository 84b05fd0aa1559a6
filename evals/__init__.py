"""Offline evaluations, conformance replays and benchmarks. Nothing in the product imports this package."""
