"""The 满意度评价 flow a poster's QR code starts (scene ``survey:<institution code>``): the overall
question as five tappable choices, so one tap records a rating; then the other items and a comment,
each one tap (at most six in all). Every tap saves the answers so far: leaving early loses nothing.

Choices are WeChat's message-menu links (``weixin://bizmsgmenu``): a tap sends the choice's text back
as the user's message, so no page has to load.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import quote

from tortoise.transactions import in_transaction

from bot.dialogue import Flow, Input, Invalid, Step
from storage.crypto import FieldCipher
from surveys import rules, service
from surveys.errors import SurveyError

NAME = "survey"
STOP = "结束评价"
SKIP = "跳过"
# The scale's words, their digits and common short forms all mean the same tap.
WORDS = {"很不满意": 1, "非常不满意": 1, "不满意": 2, "一般": 3, "满意": 4, "非常满意": 5, "很满意": 5}
SCANNED_NOTHING = "二维码中没有机构信息。请扫描机构张贴的“满意度评价”二维码。"
SURVEY_HELP = (
    "请在就医或购药的机构扫描张贴的“满意度评价”二维码，点一下即可完成评价，不记录您的身份。\n"
    "您的评价汇总后计入该机构的医保信用评价。"
)


def choice(text: str, ident: int) -> str:
    return f'<a href="weixin://bizmsgmenu?msgmenucontent={quote(text)}&msgmenuid={ident}">{text}</a>'


def _scale_choices(extra: tuple[str, ...] = ()) -> str:
    scale = rules.questionnaires().scale
    taps = [choice(word, 5 - i) for i, word in enumerate(reversed(scale))]
    return "\n".join(
        [" ".join(taps[:3]), " ".join(taps[3:]), *[choice(e, 90 + i) for i, e in enumerate(extra)]]
    )


def _rating(inp: Input) -> int:
    text = inp.text.strip()
    if text in WORDS:
        return WORDS[text]
    if text in {"1", "2", "3", "4", "5"}:
        return int(text)
    raise Invalid("请点选下面的一个选项（或回复1到5）。")


def _target(data: dict[str, Any]) -> service.Target:
    q = rules.questionnaires().questionnaires[data["questionnaire"]]
    return service.Target(data["region"], "institution", data["code"], data["name"], data["questionnaire"], q)


def _next_item(data: dict[str, Any]) -> dict[str, str] | None:
    q = rules.questionnaires().questionnaires[data["questionnaire"]]
    rest = [i for i in q.items if i.id not in data["answers"]]
    return {"id": rest[0].id, "question": rest[0].question} if rest else None


def _after(value: Any, data: dict[str, Any]) -> str | None:
    if value == STOP:
        return None
    if _next_item(data) is not None:
        return "item"
    return "comment" if rules.questionnaires().questionnaires[data["questionnaire"]].comment else None


def build(*, cipher: FieldCipher, clock: Callable[[], datetime], region: str) -> Flow:
    async def save(openid: str, data: dict[str, Any]) -> None:
        async with in_transaction() as conn:
            await service.answer(
                conn,
                _target(data),
                person=openid,
                answers=data["answers"],
                comment=data.get("note"),
                channel="chat",
                cipher=cipher,
                now=clock(),
            )

    async def prepare(openid: str, data: dict[str, Any]) -> dict[str, Any]:
        code = str(data.get("scene") or "").strip()
        if not code:
            raise Invalid(SCANNED_NOTHING)
        try:
            async with in_transaction() as conn:
                target = await service.institution_target(conn, code=code, region=region)
        except SurveyError as err:
            raise Invalid(err.message) from None
        return {
            "openid": openid,
            "region": region,
            "code": target.subject,
            "name": target.name,
            "questionnaire": target.questionnaire_name,
            "answers": {},
        }

    def overall_prompt(data: dict[str, Any]) -> str:
        q = rules.questionnaires().questionnaires[data["questionnaire"]]
        return f"{data['name']}\n{q.items[0].question}点一下即可：\n{_scale_choices()}"

    async def overall(inp: Input, data: dict[str, Any]) -> int:
        value = _rating(inp)
        data["answers"][rules.OVERALL] = value
        await save(data["openid"], data)  # the one tap is a complete response
        return value

    def item_prompt(data: dict[str, Any]) -> str:
        item = _next_item(data)
        assert item is not None
        return f"已记录，谢谢！愿意再评几项吗？\n{item['question']}\n{_scale_choices((STOP,))}"

    async def item(inp: Input, data: dict[str, Any]) -> Any:
        if inp.text.strip() == STOP:
            return STOP
        current = _next_item(data)
        assert current is not None
        data["answers"][current["id"]] = _rating(inp)
        await save(data["openid"], data)
        return data["answers"][current["id"]]

    async def comment(inp: Input, data: dict[str, Any]) -> str:
        text = inp.text.strip()
        if text in (STOP, SKIP):
            return text
        if len(text) > service.COMMENT_MAX:
            raise Invalid(f"意见最多{service.COMMENT_MAX}字。")
        data["note"] = text
        await save(data["openid"], data)
        return text

    async def finish(openid: str, data: dict[str, Any]) -> str:
        return f"感谢您对{data['name']}的评价！本期内再次评价会替换这次的评价。"

    return Flow(
        name=NAME,
        title="满意度评价",
        steps=(
            Step("overall", overall_prompt, parse=overall, next=_after),
            Step("item", item_prompt, parse=item, next=_after),
            Step(
                "comment",
                f"还有想说的吗？可直接回复文字（{service.COMMENT_MAX}字以内），或点{choice(SKIP, 99)}",
                parse=comment,
            ),
        ),
        finish=finish,
        prepare=prepare,
    )
