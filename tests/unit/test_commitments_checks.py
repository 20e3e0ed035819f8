"""Pure parts of commitments: the USCC check character (GB 32100), the ID number's (GB 11643), the
drawn-signature check, the letter's text hash and the evidence chain walk."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image, ImageDraw

from commitments import drawing, uscc
from commitments.errors import CommitmentError
from commitments.evidence import GENESIS, Link, record_hash, walk
from commitments.rows import EnterpriseRow, id_number_valid
from commitments.templates import text_hash


def test_uscc_published_example_and_check_character() -> None:
    # The example code printed in GB 32100-2015 itself, and a real company's code.
    assert uscc.is_valid("91350100M000100Y43")
    assert uscc.check_character("91350100M000100Y4") == "3"
    assert uscc.is_valid("91110000600037341L")
    assert uscc.is_valid(" 91350100m000100y43 ")  # case and spacing as clerks type it
    assert not uscc.is_valid("91350100M000100Y44")  # wrong check character
    assert not uscc.is_valid("91350100M000100I43")  # I is not in the alphabet
    assert not uscc.is_valid("91350100M000100Y4")  # 17 characters


def test_enterprise_row_refuses_a_bad_check_character() -> None:
    row = EnterpriseRow.model_validate(
        {
            "uscc": "91350100m000100y43",
            "name": "示范制药",
            "kind": "药品生产企业",
            "legal_rep": "王五",
        }
    )
    assert (row.uscc, row.kind) == ("91350100M000100Y43", "drug_maker")
    with pytest.raises(ValueError, match="GB 32100"):
        EnterpriseRow.model_validate(
            {"uscc": "91350100M000100Y44", "name": "示范制药", "kind": "配送企业", "legal_rep": "王五"}
        )


def test_id_number_check_character() -> None:
    assert id_number_valid("11010519491231002X")  # GB 11643's own example
    assert not id_number_valid("110105194912310021")
    assert not id_number_valid("11010519491231002")


def _png(draw: str) -> bytes:
    image = Image.new("RGBA", (600, 200), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    if draw == "name":
        pen.line([(40, 60), (200, 150), (320, 50), (540, 160)], fill=(0, 0, 0, 255), width=6)
    elif draw == "dot":
        pen.ellipse([(300, 100), (306, 106)], fill=(0, 0, 0, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_drawn_signature_refused_when_empty_a_dot_or_not_a_png() -> None:
    good = _png("name")
    assert drawing.check(good) == hashlib.sha256(good).hexdigest()
    for bad in (_png("empty"), _png("dot"), b"\x89PNG\r\n\x1a\nnot really", b"GIF89a"):
        with pytest.raises(CommitmentError) as err:
            drawing.check(bad)
        assert err.value.code == "bad_signature"


def test_text_hash_is_over_the_exact_text() -> None:
    assert text_hash("标题", "正文") == hashlib.sha256("标题\n正文".encode()).hexdigest()
    assert text_hash("标题", "正文 ") != text_hash("标题", "正文")


def _chain(n: int) -> list[Link]:
    links, prev = [], GENESIS
    for seq in range(1, n + 1):
        evidence = {"seq": seq, "image_sha256": f"img{seq}"}
        digest = record_hash(prev, evidence)
        links.append(Link(seq, f"c{seq}", evidence, f"img{seq}", prev, digest))
        prev = digest
    return links


def test_chain_walk_finds_a_changed_record_a_removed_one_and_a_changed_image() -> None:
    assert walk("demo", _chain(3)).valid
    changed = _chain(3)
    changed[1].evidence["seq"] = 9
    assert [b["problems"] for b in walk("demo", changed).broken] == [["record_hash"]]
    removed = _chain(3)
    del removed[1]
    assert walk("demo", removed).broken[0]["problems"] == ["sequence_gap", "prev_hash"]
    image = _chain(2)
    image[0] = Link(1, "c1", image[0].evidence, "other", image[0].prev_hash, image[0].record_hash)
    assert walk("demo", image).broken[0]["problems"] == ["image_sha256"]


def test_the_cut_down_font_serves_common_text_and_a_rare_name_gets_the_full_font() -> None:
    from pathlib import Path

    from commitments import pdf

    source = Path(pdf.__file__).read_text("utf-8")
    labels = {c for c in source if "\u4e00" <= c <= "\u9fff"}
    assert labels and labels <= pdf.common_characters()  # the page's own words
    full = pdf.DEFAULT_FONT
    assert pdf.font_for(full, ["张三 承诺", "13800138000"]) == pdf.common_font(full)
    assert pdf.font_for(full, ["王䶮"]) == full  # U+4DAE, outside GB 2312
