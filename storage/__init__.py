"""Storage: database and migrations, Redis, blob store, field encryption, the audit log, the job outbox."""
