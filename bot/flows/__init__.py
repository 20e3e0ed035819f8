"""Chat flows: each module declares one flow over a domain package's service functions."""
