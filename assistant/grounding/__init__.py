"""Grounding: what a customer said (a model's or the resolver's slots, and their words) resolved against the
store and the catalog — one order, item, variant or payment method, or the candidates to ask about, never a
guess. Every model backend goes through it: models propose, grounding resolves."""
