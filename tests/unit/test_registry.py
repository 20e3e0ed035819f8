"""Registry pure parts: decoding, headers, row validation in Chinese, pinyin keys, distances."""

from __future__ import annotations

from datetime import date

import pytest

from kernel.progress import NoProgress
from registry.errors import RegistryError
from registry.importer import Parsed, decode, parse_rows
from registry.rows import (
    INSTITUTION_HEADERS,
    INSTITUTION_LABELS,
    PRACTITIONER_HEADERS,
    PRACTITIONER_LABELS,
    InstitutionRow,
    PractitionerRow,
)
from registry.search import haversine_m, name_keys, normalize


def institutions(text: str) -> Parsed[InstitutionRow]:
    return parse_rows(
        text,
        model=InstitutionRow,
        aliases=INSTITUTION_HEADERS,
        labels=INSTITUTION_LABELS,
        progress=NoProgress(),
    )


def test_files_are_decoded_as_utf8_with_or_without_bom_else_gbk() -> None:
    text = "机构编码,机构名称\n"
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode(text.encode("gbk")) == (text, "gbk")


def test_utf16_and_binary_files_are_refused_with_a_hint() -> None:
    for data in ("机构编码,机构名称\n".encode("utf-16"), b"PK\x03\x04\x00\x00\xff\xfe"):
        with pytest.raises(RegistryError) as caught:
            decode(data)
        assert caught.value.code == "unknown_encoding" and "UTF-8 或 GBK" in caught.value.message


def test_headers_accept_marks_hints_and_english_names() -> None:
    parsed = institutions(
        "机构编码*,name,类型,地址,纬度(GCJ-02),LONGITUDE,签约日期,备注\n"
        "h43990100001,示范市中医院,医院,解放路1号,28.2,112.9,2015.3.1,无\n"
    )
    assert parsed.problems == {} and parsed.ignored_columns == ["备注"]
    ((line, row),) = parsed.rows
    assert line == 2 and row.code == "H43990100001" and row.kind == "inpatient_hospital"
    assert (row.latitude, row.longitude, row.agreement_start, row.level) == (
        28.2,
        112.9,
        date(2015, 3, 1),
        "none",
    )


def test_missing_and_duplicate_columns_are_named_in_chinese() -> None:
    with pytest.raises(RegistryError) as caught:
        institutions("机构编码,地址\nH1234,x\n")
    assert caught.value.code == "missing_columns"
    assert caught.value.message == "表头缺少必填列。缺少：机构名称、机构类型、协议开始日期"
    with pytest.raises(RegistryError) as caught:
        institutions("机构编码,定点编码,机构名称,机构类型,地址,协议开始日期\n")
    assert caught.value.code == "duplicate_columns" and "「机构编码」和「定点编码」" in caught.value.message
    for empty in ("", "机构编码,机构名称,机构类型,地址,协议开始日期\n,,,,\n"):
        with pytest.raises(RegistryError) as caught:
            institutions(empty)
        assert caught.value.code == "empty_file"


def test_line_numbers_count_quoted_line_breaks_and_extra_cells_are_refused() -> None:
    parsed = institutions(
        "机构编码,机构名称,机构类型,地址,协议开始日期\n"
        'H43990100001,示范市中医院,住院,"解放路\n1号",2015-01-01\n'
        "H43990100002,示范市儿童医院,住院,解放路,2015-01-01,多余,的值\n"
    )
    assert [n for n, _ in parsed.rows] == [2]
    assert parsed.problems == {4: ["比表头多了2列，值里的逗号请用英文双引号括起来"]}


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("kind", "医馆", "机构类型「医馆」无法识别，可填：住院医院、门诊医院、诊所、零售药店"),
        ("level", "特级", "等级「特级」无法识别，可填：三级、二级、一级、无等级"),
        ("latitude", "北纬28度", "纬度「北纬28度」不是数字"),
        ("agreement_start", "2023-02-29", "协议开始日期「2023-02-29」不是有效日期，请写成 2024-01-31 的形式"),
        ("agreement_start", "1900-01-01", "协议开始日期「1900-01-01」年份不合理"),
        ("code", "H4399 0100001", "编码「H4399 0100001」格式不正确，应为4到32位字母或数字"),
        ("name", "院", "名称太短了，至少2个字"),
    ],
)
def test_each_bad_value_gets_a_chinese_reason_naming_the_column(field: str, value: str, reason: str) -> None:
    good = {
        "code": "H43990100001",
        "name": "示范市中医院",
        "kind": "住院",
        "address": "x",
        "agreement_start": "2015-01-01",
    }
    if field == "latitude":
        good["longitude"] = "112.9"
    header = ",".join(good | {field: value})
    parsed = institutions(f"{header}\n" + ",".join((good | {field: value}).values()) + "\n")
    assert parsed.problems == {2: [reason]}


def test_vocabulary_accepts_the_words_a_bureau_uses() -> None:
    row = InstitutionRow.model_validate(
        {
            "code": "p1234",
            "name": "大参林（人民路店）",
            "kind": "定点零售药店",
            "level": "—",
            "address": "x",
            "agreement_start": "20200101",
            "status": "到期未续签",
        }
    )
    assert (row.kind, row.level, row.status) == ("retail_pharmacy", "none", "not_renewed")
    for word, level in [("三级甲等", "3"), ("二甲", "2"), ("一级", "1"), ("未定级", "none")]:
        assert (
            InstitutionRow.model_validate(
                {
                    "code": "H1234",
                    "name": "某医院",
                    "kind": "医院",
                    "level": word,
                    "address": "x",
                    "agreement_start": "2020-1-1",
                }
            ).level
            == level
        )
    person = PractitionerRow.model_validate(
        {"code": "d1234", "name": "王医生", "role": "执业医师", "institution_code": "h1234"}
    )
    assert (person.code, person.role, person.institution_code, person.status) == (
        "D1234",
        "doctor",
        "H1234",
        "active",
    )
    parsed = parse_rows(
        "人员编码,姓名,类别,机构编码,状态\nY1234,李芳,药剂师,P1234,离职\n",
        model=PractitionerRow,
        aliases=PRACTITIONER_HEADERS,
        labels=PRACTITIONER_LABELS,
        progress=NoProgress(),
    )
    assert [(r.role, r.status) for _, r in parsed.rows] == [("pharmacist", "ended")]


def test_search_keys_hold_full_pinyin_initials_and_common_second_readings() -> None:
    assert name_keys("益丰大药房（24小时店）") == ("yifengdayaofang24xiaoshidian", "yfdyf24xsd")
    full, initials = name_keys("大参林（朝阳路店）")
    assert {"dslcyld", "dclcyld"} <= set(initials.split("|")) and len(initials.split("|")) <= 4
    assert "dashenlinchaoyangludian" in full.split("|")
    assert normalize("益丰 大药房（ＡＢＣ店）") == "益丰大药房abc店"


def test_haversine_distances() -> None:
    assert haversine_m(28.0, 112.0, 28.0, 112.0) == 0
    assert abs(haversine_m(28.0, 112.0, 29.0, 112.0) - 111_195) < 1
    assert abs(haversine_m(39.9042, 116.4074, 31.2304, 121.4737) - 1_067_000) < 2_000  # Beijing–Shanghai


def test_a_file_the_csv_reader_cannot_read_is_refused_as_a_whole() -> None:
    with pytest.raises(RegistryError) as caught:
        institutions("机构编码,机构名称\nH1234," + "长" * 200_000 + "\n")
    assert caught.value.code == "unreadable_file" and "第2行附近不是有效的 CSV" in caught.value.message
