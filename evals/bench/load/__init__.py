"""Load scenario: many concurrent customer conversations with photo uploads against the served app."""
