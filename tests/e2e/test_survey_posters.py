"""``fundguard surveys posters``: one A4 PDF per active institution of the region, with the CJK font
embedded and the QR code of its permanent survey scene (created at the simulated WeChat API)."""

from __future__ import annotations

import argparse
import io
import re
from pathlib import Path

import pytest

from handlers import keys
from kernel.progress import TqdmProgress
from surveys import cli
from tests.conftest import Stack
from tests.integration.survey_kit import NOW, pharmacy

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


async def test_posters_are_a4_pdfs_with_the_font_embedded_and_a_permanent_scene_each(
    stack: Stack, tmp_path: Path
) -> None:
    await pharmacy("P0000001", name="益丰大药房（人民路店）")
    await pharmacy("P0000002", status="revoked")  # no longer designated: no poster
    await pharmacy("Q0000001", region="demo2")  # another region
    client = stack.app[keys.CLIENT]

    async def qr_url(scene: str) -> str:
        return str((await client.create_qrcode(scene, expire_seconds=None))["url"])

    args = argparse.Namespace(action="posters", region="demo", out=str(tmp_path / "posters"), code=None)
    bar = io.StringIO()
    with TqdmProgress(file=bar) as progress:
        result = await cli.run(args, qr_url=qr_url, now=NOW, progress=progress)
    assert result["posters"] == 1
    pdf = (tmp_path / "posters" / "P0000001.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf  # the TrueType font travels with the file
    assert re.search(rb"/MediaBox \[0 0 595\.28 841\.89\]", pdf)  # A4 in points
    assert sorted(p.name for p in (tmp_path / "posters").iterdir()) == ["P0000001.pdf"]
    made = list(stack.sim.state.qrcodes.values())
    assert made == [{"scene": "survey:P0000001", "action": "QR_LIMIT_STR_SCENE"}]
    assert "海报" in bar.getvalue() and "1/1" in bar.getvalue()
