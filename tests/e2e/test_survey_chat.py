"""满意度评价 end to end through the simulator: scanning an institution's poster (SCAN, or subscribing
with ``qrscene_``) answers with the overall question as tappable choices; one tap records a rating;
the rest of the questionnaire follows, all of it in at most six taps; and in the chat page in a
browser, tapping a choice is enough."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
from playwright.async_api import expect

from bot.flows.credit import REPLY_BYTES
from surveys.models import SurveyResponse
from tests.conftest import Stack, openid
from tests.e2e.browser import phone_page
from tests.integration.survey_kit import pharmacy

CHOICE = re.compile(r'<a href="weixin://bizmsgmenu\?msgmenucontent=([^&"]+)&msgmenuid=\d+">([^<]+)</a>')


def choices(text: str) -> list[str]:
    """What each tappable choice of a reply sends back."""
    return [unquote(m[1]) for m in CHOICE.finditer(text)]


def last(stack: Stack, user: str) -> str:
    reply = stack.sim.texts_to(user)[-1]
    assert len(reply.encode()) <= REPLY_BYTES  # one WeChat text, choices included
    return reply


async def test_one_tap_after_a_scan_records_a_rating_and_six_taps_finish_it(stack: Stack) -> None:
    code = await pharmacy("P0000001", name="益丰大药房（人民路店）")
    user = openid()
    await stack.sim.scan(user, f"survey:{code}")
    first = last(stack, user)
    assert "益丰大药房（人民路店）" in first and "您对这家药店总体满意吗？" in first
    assert choices(first) == ["非常满意", "满意", "一般", "不满意", "很不满意"]

    taps = 1
    await stack.sim.send_text(user, "满意")  # the one tap
    row = await SurveyResponse.get()
    assert row.answers == {"overall": 4} and row.subject == code and row.channel == "chat"

    reply = last(stack, user)
    while choices(reply):
        taps += 1
        await stack.sim.send_text(user, "跳过" if "跳过" in choices(reply) else "非常满意")
        reply = last(stack, user)
    assert taps <= 6 and "感谢您对益丰大药房（人民路店）的评价" in reply
    row = await SurveyResponse.get()
    assert row.answers == {"overall": 4, "service": 5, "price": 5, "card": 5} and row.comment is None
    assert await SurveyResponse.all().count() == 1


async def test_subscribing_from_the_poster_starts_the_survey_and_leaving_early_keeps_the_tap(
    stack: Stack,
) -> None:
    code = await pharmacy("P0000002")
    user = openid()
    await stack.sim.subscribe(user, f"survey:{code}")
    assert "总体满意吗" in last(stack, user)
    await stack.sim.send_text(user, "5")
    await stack.sim.send_text(user, "结束评价")
    assert "感谢您" in last(stack, user)
    assert (await SurveyResponse.get()).answers == {"overall": 5}
    # Scanning again in the same month replaces the answer rather than adding one.
    await stack.sim.scan(user, f"survey:{code}")
    await stack.sim.send_text(user, "一般")
    rows = await SurveyResponse.all()
    assert len(rows) == 1 and rows[0].answers == {"overall": 3}


async def test_a_comment_is_kept_and_an_unknown_code_or_the_menu_explains(stack: Stack) -> None:
    code = await pharmacy("P0000003")
    user = openid()
    await stack.sim.scan(user, f"survey:{code}")
    for tap in ("满意", "满意", "满意", "满意"):
        await stack.sim.send_text(user, tap)
    await stack.sim.send_text(user, "店员很耐心，价格清楚")
    assert (await SurveyResponse.get()).comment == "店员很耐心，价格清楚"

    await stack.sim.scan(user, "survey:P9999999")
    assert "没有找到这家定点医药机构" in last(stack, user)
    await stack.sim.click(user, "SURVEY")
    assert "扫描" in last(stack, user) and "二维码" in last(stack, user)


@pytest.mark.browser
@pytest.mark.parametrize("backend", ["sqlite"])
async def test_in_the_chat_page_a_scan_and_one_tap_rate_an_institution(stack: Stack) -> None:
    code = await pharmacy("P0000004", name="老百姓大药房（五一路店）")
    async with phone_page(str(stack.sim_server.make_url("/sim/"))) as page:
        tools = page.locator("#tools")
        if not await tools.is_visible():
            await page.get_by_role("button", name="更多").click()
        await page.get_by_label("场景值").fill(f"survey:{code}")
        await page.get_by_role("button", name="扫码").click()
        out = page.locator("#log .msg.out .bubble")
        await expect(out.last).to_contain_text("老百姓大药房（五一路店）")
        await out.last.locator("a.choice", has_text="非常满意").click()
        await expect(page.locator("#log .msg.in .bubble").last).to_have_text("非常满意")
        await expect(out.last).to_contain_text("已记录")
    row = await SurveyResponse.get()
    assert row.answers == {"overall": 5} and row.subject == code
