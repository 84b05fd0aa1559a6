"""Vitrine: the conversational agent, its model layer and its surfaces."""
