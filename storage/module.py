"""The kernel's own tables (audit log, job outbox, attachments, regions), wired like a domain's."""

from __future__ import annotations

from kernel.module import Domain

DOMAIN = Domain(name="storage", models=("storage.models",))
