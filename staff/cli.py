"""``fundguard staff add|list|set``: staff accounts from the command line (the first admin included).

Passwords are read from standard input (``--password-stdin``, first line) or typed twice at a prompt;
never from an argument, which would leave them in the shell history and the process list.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from kernel.actors import ROLES
from staff import service
from staff.errors import StaffError
from staff.models import StaffAccount
from storage import db


def add_actions(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = what.add_parser("add", help="create a staff account")
    p.add_argument("--username", required=True)
    p.add_argument("--name", required=True, help="display name, e.g. 张三")
    p.add_argument("--roles", required=True, help=f"comma-separated: {','.join(ROLES)}")
    p.add_argument("--regions", required=True, help="comma-separated region codes, e.g. demo")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    what.add_parser("list", help="list staff accounts")
    p = what.add_parser("set", help="change a staff account (every change is audited)")
    p.add_argument("--username", required=True)
    p.add_argument("--roles")
    p.add_argument("--regions")
    p.add_argument("--disable", action="store_true", help="deactivate and end its sessions")
    p.add_argument("--enable", action="store_true")
    p.add_argument("--unlock", action="store_true", help="clear a lockout after failed logins")
    p.add_argument("--password", action="store_true", help="set a new password (prompt or stdin)")
    p.add_argument("--password-stdin", action="store_true")


def _split(text: str | None) -> list[str] | None:
    return None if text is None else [part for part in text.split(",") if part.strip()]


def _who() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name in a bare container
        return "cli"


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("密码：")
    if getpass.getpass("再输入一次：") != first:
        raise StaffError("weak_password", detail="两次输入的密码不一致。")
    return first


def _row(a: StaffAccount, now: datetime) -> str:
    state = "启用" if a.active else "停用"
    if a.locked_until and a.locked_until > now:
        state += f"，锁定至{a.locked_until.astimezone().strftime('%H:%M')}"
    return f"{a.id}\t{a.username}\t{a.display_name}\t{','.join(a.roles)}\t{','.join(a.regions)}\t{state}"


async def run(database_url: str, args: argparse.Namespace) -> int:
    policy, now = service.StaffPolicy(), datetime.now(UTC)
    try:
        password = None
        if args.action == "add" or (args.action == "set" and (args.password or args.password_stdin)):
            password = read_password(args.password_stdin)
        await db.init_db(database_url)
        try:
            if args.action == "list":
                print("编号\t用户名\t姓名\t角色\t地区\t状态")
                for account in await service.list_staff():
                    print(_row(account, now))
                return 0
            async with in_transaction() as conn:
                if args.action == "add":
                    assert password is not None
                    account = await service.create_staff(
                        conn, username=args.username, display_name=args.name, password=password,
                        roles=_split(args.roles) or [], regions=_split(args.regions) or [], by=_who(),
                        policy=policy, now=now,
                    )  # fmt: skip
                else:
                    account = await service.update_staff(
                        conn, args.username, by=_who(), policy=policy, now=now, roles=_split(args.roles),
                        regions=_split(args.regions), password=password, unlock=args.unlock,
                        active=True if args.enable else False if args.disable else None,
                    )  # fmt: skip
        finally:
            await db.close_db()
    except StaffError as err:
        print(f"fundguard: {err.message}", file=sys.stderr)
        return 1
    out = {"id": account.id, "username": account.username, "name": account.display_name}
    print(json.dumps(out | {"roles": account.roles, "regions": account.regions}, ensure_ascii=False))
    return 0
