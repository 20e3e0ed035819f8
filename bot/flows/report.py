"""The 我要举报 flow (issue 3, POLICY §1 §2 §9): category → target → what happened → evidence →
place → anonymous or named (consent, name, ID number, phone) → confirm → receipt code."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from bot.dialogue import Flow, Input, Invalid, Step
from kernel.clock import china_day
from registry.models import INSTITUTION_STATUSES, KINDS
from registry.search import closest_institutions, search_institutions
from reports.errors import ReportError
from reports.identity import mask_id, mask_phone, parse_id_number, parse_mobile
from reports.intake import MAX_EVIDENCE, EvidenceRef, Identity, ReportDraft, submit_report
from reports.provisional import marked
from reports.rules import CONSENT_TEXT, ReportRules
from reports.taxonomy import GROUP_TITLES, Category, Taxonomy, find_category
from storage import jobs
from storage.crypto import FieldCipher
from storage.kv import KV
from storage.ratelimit import allow, refund

NAME = "report"
# Accepted reports per WeChat account per hour, as the mini-program API allows (ApiConfig.reports_per_user).
REPORTS_PER_HOUR = 10
TOO_MANY = "您一小时内提交的举报已达{n}件，请稍后再提交；情况紧急请拨打医保服务热线12393。"


def quota_key(cipher: FieldCipher, openid: str) -> str:
    return f"chat-reports:{cipher.blind_index(openid)}"  # a keyed hash: no openid in a Redis key name
MATCHES = 5
CLOSEST = 3  # "您是不是要找…" when nothing in the registry matches the name
DESCRIPTION = (10, 2000)  # submit_report's bounds
USE_FIRST_PART = frozenset({"继续", "用前面部分", "保留前面"})
REGISTRY_PARTIES = frozenset({"institution", "pharmacy"})
VOICE_DESCRIPTION = "（语音举报，经过详见所附语音）"
# The reporter's sensitive values live in the Redis state only as ciphertext under these contexts
# (POLICY §9); they are decrypted once, at submission, and the state is deleted right after.
SECRET_FIELDS = {
    "name": "dialogue.report.name",
    "id_number": "dialogue.report.id",
    "phone": "dialogue.report.phone",
}
CONFIRM_WORDS = frozenset({"确认", "提交", "确定", "1"})
RESTART_WORDS = frozenset({"重填", "修改", "重新填写", "2"})
NONE_OF_THESE = frozenset({"0", "都不是", "不是", "没有"})
# Anonymous reports are rewarded too (POLICY §3; reward/claim.py proves the receipt): say so at intake.
ANONYMOUS_REWARD = (
    "查实后如有举报奖励，会显示在“举报进度”里；凭回执码在领奖页面核验身份即可领取，身份信息只用于发放奖励。"
)
SEARCH_AGAIN = frozenset({"重搜", "重新搜索", "换一个", "重新输入"})


def _plain(inp: Input) -> str:
    # Full-width digits and letters from Chinese IMEs count as the ASCII ones.
    return unicodedata.normalize("NFKC", inp.text).strip()


def _category_menu(taxonomy: Taxonomy) -> str:
    lines, group = ["请选择举报类别，回复序号："], ""
    for c in taxonomy.categories:
        if c.group != group:
            group = c.group
            lines.append(f"【{GROUP_TITLES[c.group]}】")
        lines.append(f"{c.number}. {c.title}")
    return "\n".join(lines)


def _pick_category(taxonomy: Taxonomy, text: str) -> Category:
    try:
        return find_category(taxonomy, text)
    except ReportError as err:
        # People also type the words instead of the number (挂床, 生活用品): accept one clear hit.
        hits = [c for c in taxonomy.categories if len(text) >= 2 and text in c.title]
        if len(hits) == 1:
            return hits[0]
        raise Invalid(err.message) from None


def _searches_registry(category: Category) -> bool:
    return bool(REGISTRY_PARTIES & set(category.targets))


def _registry_kind(category: Category) -> str | None:
    # Daily goods on the card, lent terminals: only pharmacies can be meant, so search only them.
    return "retail_pharmacy" if set(category.targets) & REGISTRY_PARTIES == {"pharmacy"} else None


def _kind_label(kind: str, status: str) -> str:
    # Suspended or ended institutions stay pickable (a lent terminal is reported exactly there).
    label = KINDS.get(kind, kind)
    return label if status == "active" else f"{label}（{INSTITUTION_STATUSES.get(status, status)}）"


def _description(value: Any) -> str:
    if isinstance(value, dict):  # a voice note: the recording is the evidence (see _evidence)
        said = str(value.get("text") or "").strip()
        return (VOICE_DESCRIPTION + said)[: DESCRIPTION[1]]
    return str(value)


def _evidence(data: dict[str, Any]) -> list[EvidenceRef]:
    items = [data["what"]] if isinstance(data.get("what"), dict) else []
    items += data.get("photos") or []
    return [EvidenceRef(kind=i["kind"], source="wechat_media", ref=i["media_id"]) for i in items]


async def fetch_media(
    conn: BaseDBAsyncClient, report_id: int, evidence: list[EvidenceRef], *, now: datetime
) -> None:
    """WeChat media expire after 3 days: a job fetches each piece into the blob store now."""
    for ev in evidence:
        await jobs.enqueue(
            conn,
            "wechat.fetch_media",
            {"media_id": ev.ref, "owner": "report", "owner_id": report_id},
            now=now,
            dedup_key=f"media:{ev.ref}",
        )


def _mask_name(name: str) -> str:
    return name[:1] + "*" * max(1, len(name) - 1)


def build(
    *,
    cipher: FieldCipher,
    clock: Callable[[], datetime],
    wake_jobs: Callable[[], None],
    rules: ReportRules,
    region: str,
    kv: KV,
) -> Flow:
    taxonomy = rules.taxonomy(region)
    menu = _category_menu(taxonomy)

    def secret(field: str, value: str) -> str:
        return cipher.encrypt(value, context=SECRET_FIELDS[field])

    def reveal(data: dict[str, Any], field: str) -> str:
        return cipher.decrypt(data[field], context=SECRET_FIELDS[field])

    def category_of(data: dict[str, Any]) -> Category:
        return taxonomy.by_code(data["category"])

    # -- parsers ---------------------------------------------------------------------------------

    def parse_category(inp: Input, data: dict[str, Any]) -> str:
        return _pick_category(taxonomy, _plain(inp)).code

    async def parse_target(inp: Input, data: dict[str, Any]) -> str:
        text = " ".join(_plain(inp).split())
        if not 2 <= len(text) <= 128:
            raise Invalid(ReportError("bad_target").message)
        category = category_of(data)
        found = []
        data["unsure"] = False
        if _searches_registry(category):
            kind = _registry_kind(category)
            found = await search_institutions(region=region, query=text, kind=kind, limit=MATCHES)
            if not found:  # a name nothing resembles (qqqzzz): offer the nearest names first
                found = await closest_institutions(region=region, query=text, kind=kind, limit=CLOSEST)
                data["unsure"] = bool(found)
        data["matches"] = [
            {"code": m.code, "name": m.name, "kind": _kind_label(m.kind, m.status), "address": m.address}
            for m in found
        ]
        data["chosen"] = {"code": None, "name": text}  # the free text, unless a match is picked
        return text

    def parse_pick(inp: Input, data: dict[str, Any]) -> str:
        text, matches = _plain(inp), data.get("matches") or []
        if text in SEARCH_AGAIN:
            return "again"
        if text in NONE_OF_THESE:
            return "own"
        if text.isdigit() and 1 <= int(text) <= len(matches):
            m = matches[int(text) - 1]
            data["chosen"] = {"code": m["code"], "name": m["name"]}
            return str(m["code"])
        raise Invalid(f"请回复序号1–{len(matches)}；都不是请回复0，换个名称搜索请回复“重搜”。")

    def parse_what(inp: Input, data: dict[str, Any]) -> Any:
        if inp.kind == "voice":
            return inp.as_value()
        text = inp.text.strip()
        shortest, longest = DESCRIPTION
        kept = data.get("long_what")
        if kept and _plain(inp) in USE_FIRST_PART:
            del data["long_what"]
            data["what_rest"] = kept[longest:]  # submitted as the reporter's first messages
            return kept[:longest]
        if len(text) > longest:
            # Too long is not too vague: keep it, say how long it was, and offer two ways on.
            data["long_what"] = text
            raise Invalid(
                f"您发送的内容共{len(text)}字，超过了{longest}字的上限，已为您保留。\n"
                f"回复“继续”：用前{longest}字作为举报经过，其余{len(text) - longest}字提交时作为补充说明"
                "一并转交承办人；\n"
                f"或者分几次发送：先重新发送不超过{longest}字的主要经过，提交后在“举报进度”里留言补充。"
            )
        if len(text) < shortest:
            raise Invalid(
                f"请具体描述发生了什么：时间、地点、经过（{shortest}–{longest}字），"
                f"您这次发送了{len(text)}个字。"
            )
        data.pop("long_what", None)
        return text

    def parse_photo(inp: Input, data: dict[str, Any]) -> Any:
        voice = 1 if isinstance(data.get("what"), dict) else 0
        if len(data.get("photos") or []) + voice >= MAX_EVIDENCE:
            raise Invalid(f"证据材料最多{MAX_EVIDENCE}个（含语音），这张没有收下。请回复“完成”继续。")
        return inp.as_value()

    def parse_mode(inp: Input, data: dict[str, Any]) -> str:
        text = _plain(inp)
        if text in ("1", "匿名", "匿名举报"):
            return "anonymous"
        if text in ("2", "实名", "实名举报"):
            return "named"
        raise Invalid("请回复1（匿名）或2（实名）。")

    def parse_consent(inp: Input, data: dict[str, Any]) -> str:
        text = _plain(inp)
        if text in ("同意", "我同意"):
            return "agreed"
        if text in ("匿名", "匿名举报"):
            data["mode"] = "anonymous"  # CONSENT_TEXT offers this way out
            return "anonymous"
        raise Invalid("没有您的单独同意，不能实名举报。请回复“同意”，或回复“匿名”改为匿名举报。")

    def parse_name(inp: Input, data: dict[str, Any]) -> str:
        name = "".join(_plain(inp).split())
        if not 2 <= len(name) <= 32 or any(ch.isdigit() for ch in name):
            raise Invalid("请输入您的真实姓名（2–32个字）。")
        return secret("name", name)

    def parse_id(inp: Input, data: dict[str, Any]) -> str:
        try:
            citizen = parse_id_number(inp.text, today=china_day(clock()))
        except ReportError as err:
            raise Invalid(err.message) from None  # the message never echoes the number
        return secret("id_number", citizen.number)

    def parse_phone(inp: Input, data: dict[str, Any]) -> str:
        try:
            return secret("phone", parse_mobile(inp.text))
        except ReportError as err:
            raise Invalid(err.message) from None

    def parse_confirm(inp: Input, data: dict[str, Any]) -> str:
        text = _plain(inp)
        if text in CONFIRM_WORDS:
            return "confirm"
        if text in RESTART_WORDS:
            data.clear()  # nothing from the first attempt, ciphertexts included, is carried over
            return "restart"
        raise Invalid("请回复“确认”提交，或回复“重填”从头填写。")

    # -- prompts ---------------------------------------------------------------------------------

    def target_prompt(data: dict[str, Any]) -> str:
        category = category_of(data)
        head = f"已选：{category.number}. {category.title}\n"
        if _searches_registry(category):
            return head + (
                "请输入被举报的医院、诊所或药店名称，可以只写关键字（如“益丰 人民路”）或拼音首字母；"
                "举报个人请写姓名和单位。"
            )
        return head + "请输入被举报人的姓名，以及能帮助核实的信息（如工作单位、住址）。"

    def pick_prompt(data: dict[str, Any]) -> str:
        lines = ["在定点医药机构名录中找到以下机构，请回复序号："]
        if data.get("unsure"):
            lines = [f"定点医药机构名录中没有“{data['chosen']['name']}”。您是不是要找以下机构？请回复序号："]
        for i, m in enumerate(data.get("matches") or [], 1):
            lines.append(f"{i}. {m['name']}\n    {m['kind']} · {m['address']}")
        lines.append(f"0. 都不是，按“{data['chosen']['name']}”提交")
        lines.append("想换个名称搜索，请回复“重搜”。")
        return "\n".join(lines)

    def what_prompt(data: dict[str, Any]) -> str:
        chosen = data["chosen"]
        note = ""
        if not chosen["code"] and _searches_registry(category_of(data)):
            note = "（未关联定点机构名录，按您填写的名称提交）"
        return (
            f"被举报对象：{chosen['name']}{note}\n"
            "请描述发生了什么：时间、地点、经过、涉及金额（至少10个字）。也可以直接发一段语音。"
        )

    def summary(data: dict[str, Any]) -> str:
        category, chosen = category_of(data), data["chosen"]
        what = data["what"]
        text = "（语音，见附件）" if isinstance(what, dict) else what
        photos = len(data.get("photos") or [])
        voice = "、语音1段" if isinstance(what, dict) else ""
        place = data.get("place")
        lines = [
            "请核对您的举报：",
            f"类别：{category.title}",
            f"对象：{chosen['name']}" + (f"（定点编码 {chosen['code']}）" if chosen["code"] else ""),
            f"经过：{text[:60]}{'…' if len(text) > 60 else ''}",
            f"证据：图片{photos}张{voice}",
            f"位置：{(place.get('label') or '已发送位置') if place else '未提供'}",
        ]
        if data.get("mode") == "named":
            lines += [
                "方式：实名",
                f"姓名：{_mask_name(reveal(data, 'name'))}",
                f"身份证：{mask_id(reveal(data, 'id_number'))}",
                f"手机：{mask_phone(reveal(data, 'phone'))}",
            ]
        else:
            lines.append("方式：匿名（不留任何身份信息）")
        lines.append("回复“确认”提交；回复“重填”从头填写。")
        return "\n".join(lines)

    # -- finish ----------------------------------------------------------------------------------

    async def finish(openid: str, data: dict[str, Any]) -> str:
        named = data.get("mode") == "named" and data.get("consent") == "agreed"
        evidence = _evidence(data)
        quota = quota_key(cipher, openid)
        if not await allow(kv, quota, limit=REPORTS_PER_HOUR, window_seconds=3600):
            return TOO_MANY.format(n=REPORTS_PER_HOUR)
        try:
            # Decrypted here only, straight into the draft; the state holding the ciphertexts is deleted
            # by the engine as soon as this returns.
            identity = Identity(**{f: reveal(data, f) for f in SECRET_FIELDS}) if named else None
            draft = ReportDraft(
                region=region,
                category=data["category"],
                target_code=data["chosen"]["code"],
                target_name=data["chosen"]["name"],
                description=_description(data["what"]),
                supplement=data.get("what_rest") or "",
                evidence=evidence,
                location=data.get("place"),
                anonymous=not named,
                identity=identity,
                sensitive_consent=named,
                channel="wechat",
            )
            now = clock()
            async with in_transaction() as conn:
                # An anonymous report must hold nothing leading back to the sender: no openid at all.
                done = await submit_report(
                    conn, draft, reporter=openid if named else None, rules=rules, cipher=cipher, now=now
                )
                await fetch_media(conn, done.report_id, evidence, now=now)
        except ReportError as err:
            await refund(kv, quota)  # only accepted reports count
            return f"举报未能提交：{err.message}\n请回复“举报”重新填写，或拨打医保服务热线12393。"
        except ValidationError:
            await refund(kv, quota)
            return "举报未能提交：填写的信息格式有误。请回复“举报”重新填写，或拨打医保服务热线12393。"
        wake_jobs()
        # Shown only now: the transaction has committed, so the receipt opens a stored report.
        lines = ["举报已提交，感谢您守护医保基金！", f"回执码：{done.receipt_code}"]
        if named:
            lines.append("请保存好回执码，凭它可随时查询进度、与承办人留言沟通。")
        else:
            lines.append(
                "【重要】请立即截图或抄下回执码。匿名举报不保存您的任何身份信息，回执码是查询进度、"
                "与承办人沟通的唯一凭证，丢失后无法找回，我们也无法补发。"
            )
        accept_by = marked(date.fromisoformat(done.accept_by), calendar=rules.calendar)
        lines.append(f"医保部门将在{accept_by}前决定是否受理。")
        if named:
            lines.append("受理和办理结果会通过服务通知告诉您；也可回复“进度”查看。")
        else:
            lines.append("查询进度：点击菜单“举报进度”或回复“进度”，再发送回执码。")
            lines.append(ANONYMOUS_REWARD)
        return "\n".join(lines)

    return Flow(
        name=NAME,
        title="我要举报",
        steps=(
            Step(
                "category",
                menu,
                parse=parse_category,
                next="target",
                brief=f"请回复类别序号（1–{len(taxonomy.categories)}）或类别名称中的词（如“挂床”）；"
                "回复“重看”再看一遍类别列表。",
            ),
            Step(
                "target",
                target_prompt,
                parse=parse_target,
                next=lambda v, d: "pick" if d.get("matches") else "what",
            ),
            Step(
                "pick",
                pick_prompt,
                parse=parse_pick,
                next=lambda v, d: "target" if v == "again" else "what",
                brief="回复“重看”再看一遍名单。",
            ),
            Step(
                "what",
                what_prompt,
                accepts=frozenset({"text", "voice"}),
                parse=parse_what,
                next="photos",
            ),
            Step(
                "photos",
                "请发送照片或截图作为证据（最多9张），如收费单据、药品包装、现场照片；"
                "发完回复“完成”，没有请回复“跳过”。",
                accepts=frozenset({"image"}),
                parse=parse_photo,
                optional=True,
                collect=MAX_EVIDENCE,
                next="place",
            ),
            Step(
                "place",
                "如知道发生地点，请发送位置（点输入框旁的“+”→“位置”）；不需要请回复“跳过”。",
                accepts=frozenset({"location"}),
                optional=True,
                next="mode",
            ),
            Step(
                "mode",
                "请选择举报方式，回复序号：\n"
                "1. 匿名举报：不留任何身份信息，凭回执码查询进度；"
                "查实后符合条件的，同样可凭回执码领取举报奖励\n"
                "2. 实名举报：填写姓名、身份证号和手机号，可收到进度通知，符合条件可领取举报奖励",
                parse=parse_mode,
                next=lambda v, d: "consent" if v == "named" else "confirm",
            ),
            Step(
                "consent",
                CONSENT_TEXT,
                parse=parse_consent,
                next=lambda v, d: "name" if v == "agreed" else "confirm",
            ),
            Step("name", "请输入您的真实姓名。", parse=parse_name, next="id_number"),
            Step(
                "id_number",
                "请输入您的18位居民身份证号码（加密保存，仅用于核实身份）。",
                parse=parse_id,
                next="phone",
            ),
            Step("phone", "请输入您的手机号码，便于承办人联系您。", parse=parse_phone, next="confirm"),
            Step(
                "confirm",
                summary,
                parse=parse_confirm,
                next=lambda v, d: None if v == "confirm" else "category",
            ),
        ),
        finish=finish,
        draft_noun="举报",
    )
