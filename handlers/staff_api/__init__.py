"""The staff JSON API (/admin/api): sessions to actors, the role guard, and the bureau's casework,
rewards, credit and points endpoints."""
