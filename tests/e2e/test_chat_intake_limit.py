"""Chat intake is limited like the API: accepted reports per WeChat account per hour."""

from __future__ import annotations

from bot.flows.report import REPORTS_PER_HOUR, quota_key
from handlers import keys
from reports.models import Report
from storage.ratelimit import allow
from tests.conftest import Stack, openid
from tests.e2e.test_report_chat import report_named, say


async def test_an_account_past_its_hourly_reports_is_refused_in_chat_and_nothing_is_stored(
    stack: Stack,
) -> None:
    busy, other = openid(), openid()
    await report_named(stack, busy)  # one accepted report counts
    kv, cipher = stack.app[keys.KV_KEY], stack.app[keys.CIPHER]
    for _ in range(REPORTS_PER_HOUR - 1):  # the rest of the hour's allowance, spent
        assert await allow(kv, quota_key(cipher, busy), limit=REPORTS_PER_HOUR, window_seconds=3600)
    before = await Report.all().count()
    refused = await say(stack, busy, "举报", "9", "益丰 人民路", "1")
    refused = await say(
        stack, busy, "药店允许用医保卡购买鸡蛋和洗发水，收银时按药品结算。", "跳过", "跳过", "1", "确认"
    )
    assert "一小时内提交的举报已达10件" in refused and "回执码" not in refused
    assert await Report.all().count() == before
    await report_named(stack, other)  # another account is not affected
    assert await Report.all().count() == before + 1
