"""Benchmarks: speed and memory targets, reported as ratios measured side by side in one run."""
