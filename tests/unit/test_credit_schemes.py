"""Scheme files: every built-in loads, and a broken file is refused with the field named."""

from __future__ import annotations

import json
from typing import Any, get_args

import pytest

from credit.engine import facts as credit_facts
from credit.engine.schemes import builtin_names, load_scheme, parse_scheme
from credit.errors import CreditError
from registry import models as registry_models

BUILT_IN = ["inner-mongolia", "shaoxing", "shenzhen", "shizuishan", "suzhou", "zhenjiang"]


def test_the_six_built_in_schemes_load_under_their_own_names_and_carry_notes() -> None:
    assert builtin_names() == BUILT_IN
    for name in BUILT_IN:
        scheme = load_scheme(name)
        assert scheme.name == name and scheme.notes


def test_facts_use_the_registry_vocabulary() -> None:
    assert set(get_args(credit_facts.Kind)) == set(registry_models.KINDS)
    assert set(get_args(credit_facts.Level)) == set(registry_models.LEVELS)
    assert set(get_args(credit_facts.Status)) == set(registry_models.INSTITUTION_STATUSES)


def _shizuishan(**changes: Any) -> str:
    data = json.loads(load_scheme("shizuishan").model_dump_json())
    data.update(changes)
    return json.dumps(data)


def test_a_scheme_file_may_be_given_by_path(tmp_path: Any) -> None:
    path = tmp_path / "variant.json"
    path.write_text(_shizuishan(name="variant", title="试算"), encoding="utf-8")
    assert load_scheme(str(path)).title == "试算"


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        (
            {
                "bands": [
                    {"grade": "AAA", "min": 80},
                    {"grade": "AA", "min": 90},
                    {"grade": "A", "min": 70},
                    {"grade": "B", "min": None},
                ]
            },
            "严格递减",
        ),
        ({"bands": [{"grade": "AAA", "min": 90}, {"grade": "B", "min": None}]}, "bands"),
        ({"grade_meanings": {"S": "超级"}}, "不在 grades 中"),
        ({"type": "stars"}, "type"),
        ({"window": "forever"}, "window"),
    ],
)
def test_a_broken_scheme_is_refused_naming_the_problem(changes: dict[str, Any], words: str) -> None:
    with pytest.raises(CreditError) as caught:
        parse_scheme(_shizuishan(**changes))
    assert caught.value.code == "bad_scheme" and words in "\n".join(caught.value.lines)


def test_composite_weights_must_sum_to_one() -> None:
    data = json.loads(load_scheme("shenzhen").model_dump_json())
    data["components"][1]["weight"] = "0.3"
    with pytest.raises(CreditError) as caught:
        parse_scheme(json.dumps(data))
    assert "weight 之和须等于 1" in "\n".join(caught.value.lines)


def test_an_unknown_scheme_name_is_its_own_error() -> None:
    with pytest.raises(CreditError) as caught:
        load_scheme("atlantis")
    assert caught.value.code == "unknown_scheme" and "zhenjiang" in caught.value.lines[0]
