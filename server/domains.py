"""The installed domains, in one list, and everything central derived from it: Tortoise's model
modules, the worker's job table and schedule, event delivery, the attachment owners, the chat
entries, the error vocabularies and the CLI groups.

Adding a domain is one package with a ``module.py`` manifest (``kernel.module.Domain``) and one line
below.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from bot import module as bot
from credit import module as credit
from feedback import module as feedback
from kernel import events
from kernel.attachments import AttachTo
from kernel.errors import DomainError
from kernel.module import ChatEntry, Command, Domain
from points import module as points
from registry import module as registry
from reports import module as reports
from reward import module as reward
from staff import module as staff
from storage import module as storage
from storage.jobs import JobHandler

if TYPE_CHECKING:
    from server.resources import Resources

INSTALLED: tuple[Domain, ...] = (
    storage.DOMAIN,
    bot.DOMAIN,
    feedback.DOMAIN,
    registry.DOMAIN,
    reports.DOMAIN,
    reward.DOMAIN,
    credit.DOMAIN,
    points.DOMAIN,
    staff.DOMAIN,
)


def model_modules(domains: Iterable[Domain] = INSTALLED) -> list[str]:
    return [m for d in domains for m in d.models]


def job_table(resources: Resources, domains: Iterable[Domain] = INSTALLED) -> dict[str, JobHandler]:
    """Every job kind → its handler: the domains' own jobs, and one delivery per subscribed event."""
    table: dict[str, JobHandler] = {}
    subscribers: dict[str, list[JobHandler]] = {}
    for d in domains:
        for kind, handler in (d.jobs(resources) if d.jobs else {}).items():
            if kind in table:
                raise ValueError(f"job kind {kind!r} is declared twice (again by {d.name})")
            table[kind] = handler
        for event, handler in (d.subscribes(resources) if d.subscribes else {}).items():
            subscribers.setdefault(event, []).append(handler)
    for event, handlers in subscribers.items():
        if event in table:
            raise ValueError(f"event {event!r} is also a job kind")
        table[event] = events.delivery(handlers)
    return table


def schedule(domains: Iterable[Domain] = INSTALLED) -> dict[str, int]:
    return {kind: period for d in domains for kind, period in d.schedule.items()}


def attachment_owners(domains: Iterable[Domain] = INSTALLED) -> dict[str, AttachTo]:
    return {name: attach for d in domains for name, attach in d.attachment_owners.items()}


def chat_entries(domains: Iterable[Domain] = INSTALLED) -> list[ChatEntry]:
    return [entry for d in domains for entry in d.chat]


def error_classes(domains: Iterable[Domain] = INSTALLED) -> list[type[DomainError]]:
    return [cls for d in domains for cls in d.errors]


def commands(domains: Iterable[Domain] = INSTALLED) -> Mapping[str, list[Command]]:
    """CLI group → the commands that add actions to it, in installation order."""
    groups: dict[str, list[Command]] = {}
    for d in domains:
        for command in d.commands:
            groups.setdefault(command.group, []).append(command)
    return groups
