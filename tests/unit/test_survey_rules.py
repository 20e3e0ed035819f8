"""Survey rules as data: every institution kind of the registry has a questionnaire of three to five
five-point items in Chinese, the overall question first, positive weights; a response's score is the
weighted mean of what it answered; region limits fall back to the defaults; a bad file is refused."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from kernel.data import packaged_text
from registry.models import KINDS
from surveys import rules
from surveys.errors import SurveyError

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_registry_kind_has_a_short_chinese_questionnaire_with_the_overall_question_first() -> None:
    table = rules.questionnaires()
    assert set(table.institution_kinds) == set(KINDS)
    assert set(table.questionnaires) == {"pharmacy", "hospital", "clinic", "handling"}
    for q in table.questionnaires.values():
        assert 3 <= len(q.items) <= 5 and q.items[0].id == "overall" and q.version
        assert all(CJK.search(i.label) and CJK.search(i.question) and i.weight > 0 for i in q.items)
    assert table.scale == ("很不满意", "不满意", "一般", "满意", "非常满意")
    assert rules.questionnaire_for_kind("retail_pharmacy")[0] == "pharmacy"
    assert rules.questionnaire_for_kind("outpatient_hospital")[0] == "hospital"


def test_a_score_is_the_weighted_mean_of_the_answered_items() -> None:
    pharmacy = rules.questionnaires().questionnaires["pharmacy"]
    assert rules.score(pharmacy, {"overall": 4}) == Decimal("75.00")  # one tap: its rating alone
    assert rules.score(pharmacy, {"overall": 5, "service": 5, "price": 5, "card": 5}) == Decimal("100.00")
    # overall weighs 0.4 against service's 0.2: (0.4*100 + 0.2*0) / 0.6
    assert rules.score(pharmacy, {"overall": 5, "service": 1}) == Decimal("66.67")


def test_region_limits_override_the_defaults_and_periods_follow_them() -> None:
    demo, county = rules.limits("demo"), rules.limits("demo2")
    assert (demo.period, demo.min_sample) == ("month", 30) and county.period == "year"
    assert rules.period_of(date(2026, 3, 9), demo.period) == "2026-03"
    assert rules.period_of(date(2026, 3, 9), county.period) == "2026"
    with pytest.raises(SurveyError):
        rules.limits("nowhere")


def test_a_questionnaire_without_the_overall_question_first_or_with_six_items_is_refused() -> None:
    data = json.loads(packaged_text("surveys", "data/questionnaires.json"))
    items = data["questionnaires"]["clinic"]["items"]
    data["questionnaires"]["clinic"]["items"] = items[1:] + items[:1]
    with pytest.raises(ValidationError, match="overall"):
        rules.Questionnaires.model_validate(data)
    data["questionnaires"]["clinic"]["items"] = [{**items[0], "id": f"i{n}"} for n in range(6)]
    with pytest.raises(ValidationError):
        rules.Questionnaires.model_validate(data)
