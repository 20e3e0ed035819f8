"""The manifest a domain declares once, in its ``module.py``: everything the composition root
(``server.domains``) needs to wire it in — models, jobs and their schedule, the events it subscribes
to, its errors, its chat entries and flows, its attachment owners, its CLI group and console pages.

Factories take the process's resources (``server.resources.Resources``; typed ``Any`` here so the
kernel imports no domain) and are called once per process, when the app, the worker or the CLI starts.
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from kernel.attachments import AttachTo
from kernel.errors import DomainError
from storage.jobs import JobHandler

Factory = Callable[[Any], Mapping[str, JobHandler]]
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
# A chat answer: the reply text for one user (by openid), e.g. the user's reward offers.
Answer = Callable[[str], Awaitable[str]]


@dataclass(frozen=True)
class ChatEntry:
    """Words, menu clicks and QR scenes that start a chat flow or give an answer, named by ``action``
    (a flow's name, or a key of the domain's ``answers``). ``opening`` seeds the flow's data;
    ``with_openid`` adds the user's openid to it (a flow that counts per user)."""

    action: str
    keywords: tuple[str, ...] = ()
    clicks: tuple[str, ...] = ()
    scenes: tuple[str, ...] = ()
    opening: Mapping[str, Any] = field(default_factory=dict)
    with_openid: bool = False


@dataclass(frozen=True)
class Command:
    """Actions of ``fundguard <group> …``: ``add_actions`` adds them to the group's sub-parsers (several
    domains may share a group: points adds its actions to ``credit``); ``run`` gets the parsed arguments
    and the settings. Actions in ``offline`` run on files alone (no settings, no database) through
    ``run_offline``."""

    group: str
    help: str
    add_actions: Callable[[SubParsers], None]
    run: Callable[[argparse.Namespace, Any], Coroutine[Any, Any, int]]
    offline: frozenset[str] = frozenset()
    run_offline: Callable[[argparse.Namespace], Coroutine[Any, Any, int]] | None = None


def on_database(
    run: Callable[[str, argparse.Namespace], Coroutine[Any, Any, int]],
) -> Callable[[argparse.Namespace, Any], Coroutine[Any, Any, int]]:
    """A command's ``run`` for a CLI module whose commands need only the database's URL."""

    def with_settings(args: argparse.Namespace, settings: Any) -> Coroutine[Any, Any, int]:
        return run(str(settings.DATABASE_URL), args)

    return with_settings


@dataclass(frozen=True)
class ConsolePage:
    """A staff console page: its path, the view (an aiohttp handler taking the request and the actor),
    the roles that may open it, and its title in the navigation (None: not in the navigation)."""

    path: str
    view: Callable[..., Awaitable[Any]]
    roles: tuple[str, ...]
    title: str | None = None
    method: str = "GET"


@dataclass(frozen=True)
class Domain:
    name: str
    models: tuple[str, ...] = ()
    jobs: Factory | None = None
    # job kind → period in seconds: enqueued once per period however many workers run
    schedule: Mapping[str, int] = field(default_factory=dict)
    # event name → this domain's handler of it (see kernel.events)
    subscribes: Factory | None = None
    errors: tuple[type[DomainError], ...] = ()
    chat: tuple[ChatEntry, ...] = ()
    # the domain's chat flows (``bot.dialogue.Flow``) built from ``bot.flows.registry.FlowDeps``
    flows: Callable[[Any], Sequence[Any]] | None = None
    answers: Callable[[Any], Mapping[str, Answer]] | None = None
    attachment_owners: Mapping[str, AttachTo] = field(default_factory=dict)
    commands: tuple[Command, ...] = ()
    console: tuple[ConsolePage, ...] = ()
