"""What a first-time citizen tripped over in chat (issue 16 items 1–8), through the simulator: a menu tap
mid-report asks first and keeps the draft, global words work inside flows, numbered lists take their
numbers, bad input is re-asked briefly, too-long text is kept, a free-text target is checked against the
registry first, evidence is added after submitting (chat and /api/v1), anonymous reporters hear of
rewards."""

from __future__ import annotations

import json

import aiohttp

from bot.flows.reward import MINE_MENU
from handlers import keys
from reports.models import Report, ReportEvent, ReportEvidence, ReportMessage
from storage.models import Attachment
from tests.conftest import Stack, openid
from tests.e2e.test_admin_rewards import consoles
from tests.e2e.test_api_v1 import Api
from tests.e2e.test_report_chat import AMR, JPEG, RECEIPT, STORY, last, say, seed_registry, settle
from tests.e2e.test_reward_claim import http, offered, team
from tests.integration.test_credit_lookup import seed_lookup

__all__ = ["http", "team"]  # fixtures, used by name


async def flow_of(stack: Stack, user: str) -> str | None:
    raw = await stack.app[keys.KV_KEY].get(stack.app[keys.BOT].dialogue.state_key(user))
    return json.loads(raw)["flow"] if raw else None


async def anonymous_receipt(stack: Stack, user: str) -> str:
    await seed_registry()
    reply = await say(stack, user, "举报", "9", "益丰 人民路", "1", STORY, "跳过", "跳过", "1", "确认")
    found = RECEIPT.search(reply)
    assert found, reply
    return found.group(1)


async def test_a_menu_tap_mid_report_asks_first_keeps_the_draft_and_offers_to_resume_it(stack: Stack) -> None:
    await seed_registry()
    user = openid()
    await say(stack, user, "举报", "9", "益丰 人民路", "1", STORY)
    await stack.sim.click(user, "CREDIT_PHARMACY")
    question = last(stack, user)
    assert "您正在填写举报，要放弃吗？" in question and "药店信用" in question
    assert await flow_of(stack, user) == "report"
    assert "请发送照片或截图" in await say(stack, user, "2")  # stay: the step it was at

    await stack.sim.click(user, "CREDIT_PHARMACY")
    assert "请发送药店名称" in await say(stack, user, "1")  # leave: the tapped item answers
    assert await flow_of(stack, user) == "credit_lookup"

    offer = await say(stack, user, "举报")
    assert "您有一份未提交的举报草稿" in offer
    assert "请发送照片或截图" in await say(stack, user, "1")
    reply = await say(stack, user, "跳过", "跳过", "1", "确认")
    assert RECEIPT.search(reply)
    report = await Report.get()
    assert report.description == STORY and report.target_code == "P439901000001"


async def test_a_draft_can_be_dropped_for_a_fresh_start_and_cancel_still_drops_everything(
    stack: Stack,
) -> None:
    await seed_registry()
    user = openid()
    await say(stack, user, "举报", "9", "益丰 人民路")
    assert "要放弃吗" in await say(stack, user, "进度")  # a global word asks as a tap does
    assert "回执码" in await say(stack, user, "1")
    assert "未提交的举报草稿" in await say(stack, user, "我要举报")
    assert "请选择举报类别" in await say(stack, user, "2")  # start again
    assert "已退出" in await say(stack, user, "9", "取消")
    assert "请选择举报类别" in await say(stack, user, "举报")  # nothing parked after 取消


async def test_words_the_bot_suggests_work_inside_any_flow(stack: Stack) -> None:
    user = openid()
    assert await say(stack, user, "我的") == MINE_MENU
    assert "回执码" in await say(stack, user, "我的举报")
    rewards = await say(stack, user, "奖励")  # as 我的 suggests: not read as a receipt code
    assert "没有查到您的实名举报奖励" in rewards and "回执码有误" not in rewards
    assert await flow_of(stack, user) is None

    await say(stack, user, "留言")
    help_text = await say(stack, user, "帮助")
    assert "回复“留言”" in help_text and "您正在进行“意见建议”" in help_text
    assert "请发送药店名称" in await say(stack, user, "药店信用")  # a menu item's name, typed
    assert await flow_of(stack, user) == "credit_lookup"


async def test_a_numbered_list_of_pharmacies_takes_its_numbers(stack: Stack) -> None:
    await seed_lookup()
    user = openid()
    listing = await say(stack, user, "查药店 yfdyf")
    assert "2. 益丰大药房（解放路店）" in listing and "回复序号查看详情" in listing
    detail = await say(stack, user, "2")
    assert "益丰大药房（解放路店）" in detail and "地址：" in detail and "人民路店" not in detail
    assert "没有理解" in await say(stack, user, "2")  # the list has been answered

    await say(stack, user, "查药店 yfdyf")
    assert "老百姓大药房（五一路店）" in await say(stack, user, "查药店 lbxdyf")  # a new query still works


async def test_bad_input_is_re_asked_briefly_with_how_to_see_the_prompt_again(stack: Stack) -> None:
    user = openid()
    await stack.sim.send_text(user, "举报")
    reply = await say(stack, user, "100")
    assert "没有这个举报类别" in reply and "重看" in reply
    assert "【欺诈骗保】" not in reply and len(reply) < 200
    assert "【欺诈骗保】" in await say(stack, user, "重看")

    receipt = await anonymous_receipt(stack, openid())
    await say(stack, user, "取消", "进度", receipt)
    reply = await say(stack, user, "随便写点什么")
    assert "回执码有误" in reply and "查看" in reply and "办理经过" not in reply
    assert "办理经过" in await say(stack, user, "查看")


async def test_too_long_text_is_kept_with_its_length_and_the_limit(stack: Stack) -> None:
    await seed_registry()
    user = openid()
    story = (STORY * 100)[:2600]
    await say(stack, user, "举报", "9", "益丰 人民路", "1")
    reply = await say(stack, user, story)
    assert "2600字" in reply and "2000字" in reply and "具体描述" not in reply
    assert "请发送照片或截图" in await say(stack, user, "继续")
    reply = await say(stack, user, "跳过", "跳过", "1", "确认")
    assert RECEIPT.search(reply)
    report = await Report.get()
    assert report.description == story[:2000]
    rest = await ReportMessage.get(report_id=report.id)
    assert rest.sender == "reporter" and rest.body.endswith(story[2000:])


async def test_a_free_text_target_is_offered_the_nearest_registry_names_first(stack: Stack) -> None:
    await seed_registry()
    user = openid()
    reply = await say(stack, user, "举报", "9", "qqqzzz")
    assert "您是不是要找" in reply and "1. 益丰大药房" in reply and "0. 都不是，按“qqqzzz”提交" in reply
    assert "未关联定点机构名录" in await say(stack, user, "0")  # the reporter insists
    await say(stack, user, STORY, "跳过", "跳过", "1", "确认")
    report = await Report.get()
    assert report.target_code is None and report.target_name == "qqqzzz"


async def test_evidence_is_added_in_progress_after_submitting_within_the_intakes_limit(stack: Stack) -> None:
    reporter = openid()
    receipt = await anonymous_receipt(stack, reporter)
    report = await Report.get()
    await say(stack, reporter, "进度", receipt)
    await stack.sim.send_image(reporter, JPEG)
    reply = last(stack, reporter)
    assert "已收到补充材料" in reply and "共1个" in reply and "补充证据材料（图片1个）" in reply
    await stack.sim.send_voice(reporter, AMR)
    assert "共2个" in last(stack, reporter)
    await settle(stack)
    held = await ReportEvidence.filter(report_id=report.id).order_by("id")
    assert [e.kind for e in held] == ["image", "voice"] and all(e.attachment_id for e in held)
    blob = await Attachment.get(id=held[0].attachment_id)
    assert await stack.app[keys.BLOBS].get(blob.blob_key) == JPEG
    assert await ReportEvent.filter(report_id=report.id, kind="evidence_added").count() == 2

    for n in range(7):  # the intake's limit: 9 pieces per report in all
        await stack.sim.send_image(reporter, JPEG + bytes([n]))
    assert "共9个" in last(stack, reporter)
    await stack.sim.send_image(reporter, JPEG + b"late")
    assert "证据材料最多9个" in last(stack, reporter) and "还能补充0个" in last(stack, reporter)
    assert await ReportEvidence.filter(report_id=report.id).count() == 9


async def test_evidence_is_added_through_the_api_by_receipt(
    stack: Stack, http: aiohttp.ClientSession
) -> None:
    receipt = await anonymous_receipt(stack, openid())
    api = Api(stack, http)
    await api.login("o-evidence")
    status, photo, _ = await api.upload(JPEG)
    assert status == 201
    path = f"/api/v1/reports/{receipt}/evidence"
    status, body, _ = await api.call("POST", path, json={"attachments": [photo["id"]]})
    assert status == 201 and body == {"evidence_count": 1}
    status, body, _ = await api.call("POST", path, json={"attachments": [photo["id"]]})  # used once
    assert status == 422 and "attachments.0" in body["fields"]
    status, body, _ = await api.call("POST", path, json={"attachments": []})
    assert status == 422
    status, body, _ = await api.call(
        "POST", "/api/v1/reports/2345-6789-ABCD-EFGH/evidence", json={"attachments": [photo["id"]]}
    )
    assert status == 404
    status, doc, _ = await api.call("GET", "/api/v1/openapi.json", auth=False)
    assert "/api/v1/reports/{receipt_code}/evidence" in doc["paths"]
    report = await Report.get()
    ev = await ReportEvidence.get(report_id=report.id)
    assert ev.source == "upload" and ev.ref == photo["id"]


async def test_an_anonymous_reporter_hears_of_rewards_at_intake_and_sees_the_offer_in_progress(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    await seed_registry()
    user = openid()
    mode = await say(stack, user, "举报", "9", "益丰 人民路", "1", STORY, "跳过", "跳过")
    assert "同样可凭回执码领取举报奖励" in mode.split("2. 实名")[0]
    done = await say(stack, user, "1", "确认")
    assert "举报奖励" in done and "凭回执码" in done

    c, api = await consoles(stack, http), Api(stack, http)
    await api.login("o-anon-sender")
    receipt, _ = await offered(stack, c, team, api, target="P-CHAT-1", anonymous=True)
    view = await say(stack, user, "进度", receipt)
    assert "举报奖励：2,000.00元，待领取" in view
    assert "/h5/rewards/claim" in view and "输入本件的回执码" in view


async def test_help_advertises_only_what_works_and_menu_names_answer_as_taps(stack: Stack) -> None:
    user = openid()
    help_text = await say(stack, user, "帮助")
    for pending in ("满意度评价", "信用承诺", "社会监督员"):  # not built yet: not promised
        assert pending not in help_text
    await stack.sim.click(user, "SURVEY")
    tapped = last(stack, user)
    assert await say(stack, user, "满意度评价") == tapped
    await stack.sim.click(user, "MINE")
    assert await say(stack, user, "我的") == last(stack, user)
    assert "满意度评价" in await say(stack, user, "参与")
