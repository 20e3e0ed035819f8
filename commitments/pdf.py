"""The signed letter as a PDF: the letter's text, the drawn signature, an evidence page and a QR code
to the public verification page; Chinese in an embedded font (fonts-wqy-microhei, installed by the
project's setup scripts). Pure: bytes in, bytes out (the bureau's PAdES signature is ``seal``'s)."""

from __future__ import annotations

import functools
import hashlib
import io
import json
import logging
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import segno
from fpdf import FPDF

from commitments.signing import mask_name

# fontTools reports every table it prunes at INFO, for each PDF fpdf2 subsets: noise in the job log.
logging.getLogger("fontTools").setLevel(logging.WARNING)
DEFAULT_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
KEYWORD = "fundguard-commitment:"
_FAMILY = "cjk"


@functools.cache
def common_characters() -> frozenset[str]:
    """ASCII and GB 2312 (its 6,763 hanzi and full-width punctuation): nearly every letter's text."""
    chars = {chr(c) for c in range(0x20, 0x7F)}
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


@functools.cache
def common_font(font: Path) -> Path:
    """``font`` cut down to ``common_characters`` (a quarter of its glyphs), made once per machine in the
    temp directory: loading the whole CJK font was most of a PDF's CPU."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    stat = font.stat()
    tag = hashlib.sha256(f"{font}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    target = Path(tempfile.gettempdir()) / "fundguard-fonts" / f"common-{tag}.ttf"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    full = TTFont(str(font), fontNumber=0, lazy=True)
    options = subset.Options()
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.drop_tables += ["FFTM"]
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=[ord(c) for c in common_characters()])
    cutter.subset(full)
    partial = target.with_suffix(f".{os.getpid()}.tmp")
    full.save(str(partial))
    os.replace(partial, target)  # atomic: another process may be making the same file
    return target


def font_for(font: Path, texts: list[str]) -> Path:
    """The cut-down font when it has every character of ``texts`` (a rare one in a name: the full one)."""
    wanted = {c for t in texts for c in t if not c.isspace()}
    return common_font(font) if wanted <= common_characters() else font


def verify_url(base_url: str, code: str) -> str:
    return f"{base_url.rstrip('/')}/verify/commitments/{code}"


def _qr_png(url: str) -> bytes:
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", scale=6, border=2)
    return out.getvalue()


def render(
    *,
    evidence: dict[str, Any],
    body: str,
    image_png: bytes,
    record_hash: str,
    base_url: str,
    font: Path = DEFAULT_FONT,
) -> bytes:
    """The letter (title, body, the signer and the drawn signature), then the evidence page."""
    code = str(evidence["code"])
    template, signer = evidence["template"], evidence["signer"]
    pdf = FPDF(format="A4")
    pdf.set_creator("FundGuard 医保守护")
    pdf.set_title(str(template["title"]))
    pdf.set_keywords(KEYWORD + code)
    # The letter was signed then: the PDF says so (and the same record renders the same bytes).
    pdf.set_creation_date(datetime.fromisoformat(str(evidence["signed_at"])))
    texts = [body, json.dumps(evidence, ensure_ascii=False)]
    pdf.add_font(_FAMILY, fname=str(font_for(font, texts)))
    pdf.set_auto_page_break(auto=True, margin=18)

    pdf.add_page()
    pdf.set_font(_FAMILY, size=18)
    pdf.cell(0, 14, str(template["title"]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(_FAMILY, size=11.5)
    pdf.multi_cell(0, 7.5, body, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 8, f"承诺人：{signer['name']}（{signer['party']}）", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "签名：", new_x="LMARGIN", new_y="NEXT")
    pdf.image(io.BytesIO(image_png), x=pdf.l_margin + 12, w=70)
    pdf.cell(0, 8, f"签署时间：{evidence['signed_at']}", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.set_font(_FAMILY, size=15)
    pdf.cell(0, 12, "电子签署证据页", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(_FAMILY, size=9.5)
    lines = [
        ("核验码", code),
        ("承诺书", f"{template['title']}（第{template['version']}版）"),
        ("承诺书文本 SHA-256", str(template["sha256"])),
        ("签署人", f"{mask_name(str(signer['name']))}（{signer['kind']}:{signer['party']}）"),
        ("身份核验", "姓名与身份证号经医保局名单核验（身份证号以密钥散列比对，不入证据）"),
        ("微信账号（密钥散列）", str(evidence["openid_index"])),
        ("签名图像 SHA-256", str(evidence["image_sha256"])),
        ("客户端地址", str(evidence["client"]["ip"])),
        ("浏览器", str(evidence["client"]["user_agent"])),
        ("会话（散列）", str(evidence["client"]["session"])),
        ("服务器时间", str(evidence["signed_at"])),
        ("记录序号", f"{evidence['region']} #{evidence['seq']}"),
        ("本记录散列", record_hash),
    ]
    for label, value in lines:
        pdf.set_font(_FAMILY, size=9.5)
        pdf.multi_cell(0, 6, f"{label}：{value}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, 6, "事件时间线：", new_x="LMARGIN", new_y="NEXT")
    for event in evidence["timeline"]:
        pdf.multi_cell(
            0, 6, f"  {event['at']}  {event['kind']}  {event.get('ip', '')}", new_x="LMARGIN", new_y="NEXT"
        )
    pdf.ln(2)
    pdf.set_font(_FAMILY, size=7)
    pdf.multi_cell(0, 4, "证据记录（规范 JSON）：" + json.dumps(evidence, ensure_ascii=False, sort_keys=True))
    url = verify_url(base_url, code)
    pdf.ln(3)
    pdf.image(io.BytesIO(_qr_png(url)), w=36)
    pdf.set_font(_FAMILY, size=9)
    pdf.multi_cell(0, 6, f"扫码或打开 {url} 核验", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
