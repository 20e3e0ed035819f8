"""Printable A4 posters, one PDF per institution: its name, the permanent QR code of its survey scene
(``survey:<code>``) and one line of why answering matters (region data). The CJK font is embedded, so
the file prints the same anywhere (Debian's fonts-wqy-microhei or fonts-noto-cjk)."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import segno
from fpdf import FPDF

from kernel.progress import NoProgress, Progress
from surveys.errors import SurveyError

FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)
TITLE = "医保满意度评价"
HOW = "微信扫一扫 · 点一下即可完成评价"


@dataclass(frozen=True)
class PosterSpec:
    code: str
    name: str
    qr_url: str  # what the QR code holds: WeChat's URL of the permanent parametric code


def cjk_font(candidates: Sequence[str] = FONTS) -> str:
    for path in candidates:
        if Path(path).is_file():
            return path
    raise SurveyError("no_font")


def poster_pdf(spec: PosterSpec, *, line: str, font: str) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_title(f"{spec.name} {TITLE}")
    pdf.add_font("cjk", fname=font)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    width = pdf.w - 2 * pdf.l_margin
    pdf.set_font("cjk", size=34)
    pdf.set_y(28)
    pdf.cell(width, 16, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=22)
    pdf.ln(6)
    pdf.multi_cell(width, 11, spec.name, align="C", new_x="LMARGIN", new_y="NEXT")
    qr = io.BytesIO()
    segno.make(spec.qr_url, error="m").save(qr, kind="png", scale=12, border=2)
    qr.seek(0)
    side = 120
    pdf.image(qr, x=(pdf.w - side) / 2, y=pdf.get_y() + 8, w=side, h=side)
    pdf.set_y(pdf.get_y() + side + 16)
    pdf.set_font("cjk", size=20)
    pdf.cell(width, 12, HOW, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=14)
    pdf.ln(4)
    pdf.multi_cell(width, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-24)
    pdf.set_font("cjk", size=10)
    pdf.cell(width, 6, f"机构编码 {spec.code}", align="C")
    return bytes(pdf.output())


def subset_font(font: str, text: str, into: Path) -> Path:
    """The CJK font cut down to ``text``'s characters, written to ``into``: parsing a 5 MB collection
    per poster cost over a second each; the cut font parses in milliseconds and embeds the same."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    face = TTFont(font, fontNumber=0, lazy=False)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]  # FontForge's timestamps: nothing to print
    cutter = subset.Subsetter(options)
    cutter.populate(text=text)
    cutter.subset(face)
    face.save(str(into))
    return into


def write_posters(
    specs: Sequence[PosterSpec], out_dir: Path, *, line: str, font: str, progress: Progress | None = None
) -> list[Path]:
    """One ``<code>.pdf`` per institution in ``out_dir`` (created); the paths written, in order."""
    bar = progress or NoProgress()
    out_dir.mkdir(parents=True, exist_ok=True)
    bar.start("海报", len(specs))
    written = []
    texts = [TITLE, HOW, line, "机构编码 ", *(s.name + s.code for s in specs)]
    with tempfile.TemporaryDirectory() as work:
        cut = subset_font(font, "".join(texts), Path(work) / "poster-font.ttf")
        for spec in specs:
            path = out_dir / f"{spec.code}.pdf"
            path.write_bytes(poster_pdf(spec, line=line, font=str(cut)))
            written.append(path)
            bar.advance(1)
    return written
