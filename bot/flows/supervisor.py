"""The 监督员 chat entries: the menu click answers with the user's standing (how to apply, the
application's state, or the appointment with the certificate link and what to do next); 申请监督员
runs the application: name → ID number → phone → pool → preferred grid → practitioner code →
declaration → confirm. Every step checks with the grid services, so a refusal (age, ID number,
blacklist) comes at the step it is about; the services check everything again on submit."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from bot.dialogue import Flow, Input, Invalid, Step
from grid import supervisors
from grid.supervisors import POOLS, STATUSES
from kernel.clock import china_day
from kernel.errors import DomainError
from reports.identity import mask_id, mask_phone, parse_mobile
from storage.crypto import FieldCipher

APPLY = "supervisor_apply"
HOME = "supervisor_home"
APPLY_WORDS = ("申请监督员", "申请成为监督员")
DECLARATION = "我承诺"
SEALED = "dlg.supervisor"  # the ID number and phone are kept encrypted in the dialogue state


def _checked(fn: Callable[[str], Any]) -> Callable[[Input, dict[str, Any]], Any]:
    def parse(inp: Input, data: dict[str, Any]) -> Any:
        try:
            return fn(inp.text)
        except DomainError as err:
            raise Invalid(err.message) from None

    return parse


def _checked_async(fn: Callable[[str], Awaitable[Any]]) -> Callable[[Input, dict[str, Any]], Awaitable[Any]]:
    async def parse(inp: Input, data: dict[str, Any]) -> Any:
        try:
            return await fn(inp.text)
        except DomainError as err:
            raise Invalid(err.message) from None

    return parse


def _declared(inp: Input, data: dict[str, Any]) -> bool:
    if inp.text.strip() != DECLARATION:
        raise Invalid(f"须声明本人未受过刑事处罚，请回复“{DECLARATION}”；不能声明请回复“取消”。")
    return True


def _confirm(inp: Input, data: dict[str, Any]) -> str:
    answer = inp.text.strip()
    if answer in ("确认", "提交", "1"):
        return "confirm"
    if answer in ("重填", "修改", "2"):
        data.clear()
        return "restart"
    raise Invalid("请回复“确认”提交申请，或“重填”重新填写。")


def _summary(data: dict[str, Any], cipher: FieldCipher) -> str:
    return "\n".join(
        [
            "请核对您的申请：",
            f"姓名：{data['name']}",
            f"身份证号：{mask_id(cipher.decrypt(data['id_number'], context=SEALED))}",
            f"手机：{mask_phone(cipher.decrypt(data['phone'], context=SEALED))}",
            f"来源：{POOLS[data['pool']]}",
            f"意向网格：{data.get('grid') or '不限'}",
            "回复“确认”提交，回复“重填”重新填写。",
        ]
    )


def build(*, cipher: FieldCipher, clock: Callable[[], datetime], region: str, public_base_url: str) -> Flow:
    pools = "\n".join(f"{i}. {label}" for i, label in enumerate(POOLS.values(), 1))

    def id_number(text: str) -> str:
        number = supervisors.check_id_number(text, region=region, today=china_day(clock())).number
        return cipher.encrypt(number, context=SEALED)

    def phone(text: str) -> str:
        return cipher.encrypt(parse_mobile(text), context=SEALED)

    async def grid(text: str) -> str:
        return await supervisors.check_grid(region, text)

    async def practitioner(text: str) -> str:
        code = text.strip().upper()
        await supervisors.check_not_listed(region, code, today=china_day(clock()))
        return code

    async def finish(openid: str, data: dict[str, Any]) -> str:
        try:
            async with in_transaction() as conn:
                row = await supervisors.apply(
                    conn, region=region, openid=openid, name=data["name"],
                    id_number=cipher.decrypt(data["id_number"], context=SEALED),
                    phone=cipher.decrypt(data["phone"], context=SEALED), pool=data["pool"],
                    preferred_grid=data.get("grid"),
                    practitioner_code=data.get("practitioner"), declaration=bool(data.get("declaration")),
                    cipher=cipher, now=clock(),
                )  # fmt: skip
        except DomainError as err:
            return f"申请未能提交：{err.message}"
        return f"申请已提交（编号 {row.id}），工作人员审核后会在这里告知结果。点击菜单“监督员”可查看进度。"

    return Flow(
        name=APPLY,
        title="申请社会监督员",
        steps=(
            Step(
                "name",
                "社会监督员是公益、无报酬的，由医保部门聘任，任期届满自动终止。\n请输入您的真实姓名。",
                parse=_checked(supervisors.check_name),
                next="id_number",
            ),
            Step("id_number", "请输入您的18位身份证号码。", parse=_checked(id_number), next="phone"),
            Step("phone", "请输入您的手机号码。", parse=_checked(phone), next="pool"),
            Step(
                "pool",
                f"您来自哪一类，回复数字：\n{pools}",
                parse=_checked(supervisors.check_pool),
                next="grid",
            ),
            Step(
                "grid",
                "希望在哪个网格监督？回复网格编号或名称（如 DC01）；不限请回复“跳过”。",
                parse=_checked_async(grid),
                optional=True,
                next="practitioner",
            ),
            Step(
                "practitioner",
                "如您在定点医药机构工作，请回复本人医保人员编码；不是请回复“跳过”。",
                parse=_checked_async(practitioner),
                optional=True,
                next="declaration",
            ),
            Step(
                "declaration",
                f"请声明：本人未受过刑事处罚，所填信息真实。回复“{DECLARATION}”。",
                parse=_declared,
                next="confirm",
            ),
            Step(
                "confirm",
                lambda d: _summary(d, cipher),
                parse=_confirm,
                next=lambda v, d: None if v == "confirm" else "name",
            ),
        ),
        finish=finish,
    )


def home(
    *, cipher: FieldCipher, clock: Callable[[], datetime], public_base_url: str
) -> Callable[[str], Awaitable[str]]:
    """The 监督员 click: what this user can do now."""

    async def answer(openid: str) -> str:
        row = await supervisors.of_user(openid, cipher=cipher)
        if row is None or row.status in ("exited", "expired", "rejected"):
            before = "" if row is None else f"您上次的记录：{STATUSES[row.status]}（{row.status_reason}）。\n"
            return (
                f"{before}医保基金社会监督员由人大代表、政协委员、媒体、机构、专家、参保群众和志愿者中选聘，"
                f"公益无报酬，在所分网格内监督定点医药机构。\n回复“{APPLY_WORDS[0]}”开始申请。"
            )
        if row.status == "applied":
            return f"您的监督员申请（编号 {row.id}）正在审核中，请耐心等待。"
        if row.status == "suspended":
            return f"您的监督员资格已暂停：{row.status_reason}。如有疑问请联系医保部门。"
        url = f"{public_base_url}/h5/grid/certificates/{row.certificate_token}"
        return (
            f"您是在任社会监督员（证号 {row.certificate_no}，任期至 {row.term_end}），"
            f"监督网格：{'、'.join(row.grids)}。\n"
            "回复“提交发现”上报监督发现，回复“我的发现”查看处理情况。\n"
            f'<a href="{url}">我的监督员证</a>'
        )

    return answer
