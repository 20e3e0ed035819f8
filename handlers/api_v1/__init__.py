"""The mini-program JSON API (/api/v1): login, categories, uploads, reports by receipt (issue 3)."""
