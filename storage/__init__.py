"""Storage: database, Redis, blob store, field encryption and the audit log."""
