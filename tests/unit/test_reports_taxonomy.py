"""Report categories: the packaged national list (POLICY §1), lookup, and region changes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from reports.errors import ReportError
from reports.taxonomy import (
    GROUP_TITLES,
    PARTY_TITLES,
    Taxonomy,
    find_category,
    load_taxonomy,
    load_taxonomy_file,
    region_taxonomy,
)


@pytest.fixture(scope="module")
def national() -> Taxonomy:
    return load_taxonomy()


def test_national_list_follows_policy_section_1(national: Taxonomy) -> None:
    groups = [c.group for c in national.categories]
    assert (groups.count("fraud"), groups.count("violation"), groups.count("insured")) == (9, 9, 4)
    assert national.categories[-1].code == "other" and national.categories[-1].number == 99
    numbers = [c.number for c in national.categories]
    assert numbers == sorted(set(numbers))
    assert all(c.targets and c.description and c.title for c in national.categories)
    assert set(GROUP_TITLES) == {c.group for c in national.categories}


def test_each_category_names_the_party_it_targets(national: Taxonomy) -> None:
    assert national.by_code("daily_goods_on_card").targets == ["pharmacy"]
    assert national.by_code("ghost_bed").targets == ["institution"]
    assert national.by_code("impersonation").targets == ["insured_person"]
    assert "practitioner" in national.by_code("card_misuse").targets
    assert set(national.by_code("other").targets) == set(PARTY_TITLES)
    insured = [c.code for c in national.targeting("insured_person")]
    assert insured == ["impersonation", "drug_reselling", "duplicate_benefits", "forged_materials", "other"]


def test_lookup_by_number_or_code_as_typed(national: Taxonomy) -> None:
    assert find_category(national, 9).title == "医保卡购买生活用品"
    assert find_category(national, " 3 ").code == "ghost_bed"
    assert find_category(national, "３").code == "ghost_bed"  # full-width digit from a Chinese IME
    assert find_category(national, "Swap_Items").number == 1


@pytest.mark.parametrize("choice", [0, 23, 100, "abc", "", "1.5", "-1"])
def test_unknown_choices_are_refused_with_a_chinese_message(national: Taxonomy, choice: str | int) -> None:
    with pytest.raises(ReportError) as caught:
        find_category(national, choice)
    assert caught.value.code == "unknown_category"
    assert "类别" in caught.value.message


def _write(tmp_path: Path, regions: dict[str, Any]) -> Path:
    data = json.loads(load_taxonomy_file().model_dump_json())
    data["regions"] = regions
    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def _category(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "number": 23,
        "code": "fake_elderly_care",
        "group": "fraud",
        "title": "以养老名义骗保",
        "description": "借养老院名义虚构住院。",
        "examples": [],
        "targets": ["institution"],
        "source": "test",
    }
    return base | changes


def test_a_region_adds_replaces_and_retires_categories(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {
            "640200": {
                "categories": [
                    _category(),
                    _category(number=3, code="ghost_bed", title="挂床住院（含空床）", group="fraud"),
                ],
                "retired": ["terminal_lending"],
            }
        },
    )
    local = load_taxonomy("640200", path=path)
    assert local.by_number(23).code == "fake_elderly_care"
    assert local.by_code("ghost_bed").title == "挂床住院（含空床）"
    with pytest.raises(ReportError):
        local.by_code("terminal_lending")
    assert len(local.categories) == 23
    # Other regions and the national list are untouched.
    data = load_taxonomy_file(path)
    assert region_taxonomy("630100", data=data).by_code("terminal_lending").number == 8
    assert len(region_taxonomy(data=data).categories) == 23


def test_region_data_that_breaks_numbering_is_refused_at_load(tmp_path: Path) -> None:
    clash = _write(tmp_path, {"640200": {"categories": [_category(number=9)]}})
    with pytest.raises(ValidationError, match="duplicate category numbers"):
        load_taxonomy_file(clash)
    unknown = _write(tmp_path, {"640200": {"retired": ["no_such_code"]}})
    with pytest.raises(ValidationError, match="retires unknown"):
        load_taxonomy_file(unknown)
    no_target = _write(tmp_path, {"640200": {"categories": [_category(targets=[])]}})
    with pytest.raises(ValidationError):
        load_taxonomy_file(no_target)
    bad_party = _write(tmp_path, {"640200": {"categories": [_category(targets=["hospital"])]}})
    with pytest.raises(ValidationError):
        load_taxonomy_file(bad_party)
