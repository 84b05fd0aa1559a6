"""What the assistant can do to the world: the store, orders, tickets and the catalog index.

Nothing here imports `assistant`; callers pass every dependency in.
"""
