"""The chat face of the credit lookup without a database: 查药店 parsing, periods, replies within one
WeChat text."""

from __future__ import annotations

from datetime import date

from bot.flows.credit import REPLY_BYTES, fit, query_in, render_matches, render_nearest
from credit.lookup import UNPUBLISHED, InstitutionCredit, PublicGrade, period_label, plain_meaning, plain_text


def test_查药店_takes_the_name_after_it() -> None:
    assert query_in("查药店 益丰 人民路") == "益丰 人民路"
    assert query_in("查药店：yfdyf") == "yfdyf"
    assert query_in("查药店益丰") == "益丰"
    assert query_in("  查药店　老百姓 ") == "老百姓"  # a full-width space from a Chinese IME
    assert query_in("查药店") is None and query_in("查药店  ") is None
    assert query_in("我想查药店") is None and query_in("留言") is None


def test_periods_read_as_people_say_them() -> None:
    assert period_label("2025") == "2025年度"
    assert period_label("2025-06") == "2025年6月"
    assert period_label("2025Q2") == "2025年第2季度"
    assert period_label("2025H1") == "2025年上半年"
    assert period_label("第一期") == "第一期"


def _pharmacy(n: int, grade: PublicGrade, *, status: str = "active") -> InstitutionCredit:
    return InstitutionCredit(
        code=f"P{n:012d}",
        name=f"老百姓大药房（芙蓉中路第{n}分店连锁经营部）",
        kind="retail_pharmacy",
        status=status,
        address="示范市东城区芙蓉中路一段88号",
        latitude=28.2,
        longitude=112.9,
        distance_m=120.0 * n,
        credit=grade,
    )


STARS = PublicGrade(
    grade="★★★",
    label="信用优秀",
    meaning="信用优秀（三(一)1：1年之内未发现违法违规）；监管措施：" + "减少检查频次，" * 30,
    not_rated_reason=None,
    period="2025",
    published_on=date(2026, 1, 15),
    scheme="zhenjiang",
    scheme_title="镇江市定点医药机构信用分级分类监管（★★★/★★/★）",
)


def test_every_reply_fits_one_wechat_text_with_whole_entries() -> None:
    many = [_pharmacy(n, STARS if n % 2 else UNPUBLISHED) for n in range(1, 21)]
    for text in (render_matches("老百姓", many), render_nearest("示范路1号" * 20, many)):
        assert len(text.encode()) <= REPLY_BYTES
        assert text.endswith("发送位置可查附近药店。")  # the closing line always stays
        shown = [line for line in text.split("\n") if line[:1].isdigit()]
        assert 5 <= len(shown) < 20 and all("   " in block for block in text.split("\n")[1:-1][1::2])
    assert "未评级：尚未公布信用评价结果" in render_matches("老百姓", many)
    assert "约240米" in render_nearest("", many) and "约1.2公里" in render_nearest("", many)
    one = render_matches("芙蓉", [_pharmacy(1, STARS, status="suspended")])
    assert (
        "【暂停】" in one
        and "等级含义：信用优秀。主要原因：" in one
        and "三(一)" not in one
        and "评价办法：镇江市" in one
    )
    assert len(fit("头", ["甲" * 600, "乙" * 600], "尾").encode()) <= REPLY_BYTES
    assert fit("头", ["甲" * 600, "乙" * 600], "尾") == "头\n" + "甲" * 600 + "\n尾"


def test_citizens_read_grades_without_rule_references() -> None:
    assert plain_meaning("信用一般（三(一)2：一年内约谈不超过一次）；监管措施：约谈") == (
        "信用一般。主要原因：一年内约谈不超过一次。监管措施：约谈。"
    )
    assert plain_meaning("B级（分数 < 60）") == "B级。主要原因：评分不到60分。"
    assert plain_meaning("A级（90 ≤ 分数 < 100）") == "A级。主要原因：评分90分及以上、不到100分。"
    assert plain_text("主动解除服务协议的，不参与评测（镇医保〔2024〕82号 三(一)5(2)）") == (
        "主动解除服务协议的，不参与评测"
    )
