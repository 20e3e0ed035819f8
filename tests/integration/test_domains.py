"""The installed domains' wiring: every model migrated on both dialects and emptied between tests, and
the derived tables (jobs, chat entries, errors, commands) consistent."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from types import SimpleNamespace

from tortoise import Tortoise, connections

from bot.flows.registry import FlowDeps
from kernel.errors import DomainError
from kernel.module import Command
from reports.events import REPORT_CONCLUDED
from reports.rules import load_rules
from server import domains
from server.metrics import Metrics
from storage import kv
from storage.crypto import FieldCipher
from tests.conftest import installed_tables


async def _tables_in_database() -> set[str]:
    conn = connections.get("default")
    if conn.schema_generator.DIALECT == "postgres":
        rows = await conn.execute_query_dict(
            "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'"
        )
    else:
        rows = await conn.execute_query_dict("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {str(r["name"]) for r in rows}


async def test_every_model_of_every_installed_domain_is_migrated_and_emptied(database: str) -> None:
    models = {m._meta.db_table for m in Tortoise.apps["models"].values()} - {"aerich"}
    declared = {m.__module__ for m in Tortoise.apps["models"].values()} - {"aerich.models"}
    assert declared == set(domains.model_modules())  # Tortoise knows exactly the installed domains' models
    missing = models - await _tables_in_database()
    assert not missing, f"models without a migration: {sorted(missing)}"
    assert set(installed_tables()) == models
    assert {"report", "reward", "credit_run", "point_record", "staff_account", "job"} <= models


def test_each_scheduled_kind_and_subscribed_event_has_a_handler() -> None:
    # The factories only capture what they are given; nothing here is called.
    settings = SimpleNamespace(WECHAT_REPORT_NOTICE_TEMPLATE="t", PUBLIC_BASE_URL="http://127.0.0.1")
    resources = SimpleNamespace(
        settings=settings, client=None, blobs=None, cipher=None, kv=None, rules=None, wechatpay=None,
        clock=lambda: None, metrics=Metrics(), attachment_owners=domains.attachment_owners(),
    )  # fmt: skip
    table = domains.job_table(resources)  # type: ignore[arg-type]
    assert set(domains.schedule()) <= set(table)
    assert REPORT_CONCLUDED in table  # credit subscribes; reports publishes without naming it
    assert {"wechat.fetch_media", "report.notice", "reward.transfer_sweep"} <= set(table)
    assert {"report", "suggestion"} <= set(domains.attachment_owners())


def test_every_chat_entry_names_a_flow_or_an_answer_of_its_domain_and_no_word_is_claimed_twice() -> None:
    deps = FlowDeps(
        cipher=FieldCipher(b"k" * 32),
        clock=lambda: datetime.now(UTC),
        wake_jobs=lambda: None,
        rules=load_rules(receipt_key=b"r" * 32),
        kv=kv.connect(None),
        region="demo",
        public_base_url="http://127.0.0.1",
    )
    words: dict[str, str] = {}
    for d in domains.INSTALLED:
        names = {f.name for f in d.flows(deps)} if d.flows else set()
        names |= set(d.answers(deps)) if d.answers else set()
        for entry in d.chat:
            assert entry.action in names, (d.name, entry.action)
            for word in (*entry.keywords, *(f"click:{c}" for c in entry.clicks)):
                owner = words.setdefault(word, d.name)
                assert owner == d.name, f"{word} claimed by {owner} and {d.name}"


def test_every_error_code_has_a_chinese_message_and_a_known_status() -> None:
    classes = domains.error_classes()
    assert len(classes) >= 6 and all(issubclass(c, DomainError) for c in classes)
    for cls in classes:
        for code in (*cls.STATUS, *cls.FIELDS):
            assert code in cls.MESSAGES or not cls.MESSAGES, (cls.__name__, code)
        assert all(status in (401, 403, 404, 409, 413, 422, 429, 503) for status in cls.STATUS.values())


def test_every_domain_command_group_parses_its_actions() -> None:
    groups = domains.commands()
    assert {"import", "staff", "credit", "reward"} <= set(groups)
    for name, group in groups.items():
        parser = argparse.ArgumentParser()
        what = parser.add_subparsers(dest="action")
        for command in group:
            command.add_actions(what)
        assert what.choices, name
    assert {"simulate", "points", "points-record"} <= set(_actions(groups["credit"]))


def _actions(group: list[Command]) -> list[str]:
    what = argparse.ArgumentParser().add_subparsers(dest="action")
    for command in group:
        command.add_actions(what)
    return list(what.choices)
