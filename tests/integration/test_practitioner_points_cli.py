"""``fundguard credit points-record|points|points-code`` against the test database (both backends)."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

from points import service as pp
from points.models import PointRecord
from tests.conftest import TEST_FIELD_KEY
from tests.integration.test_credit_cli import fundguard
from tests.integration.test_practitioner_points import people

FUNDGUARD = str(Path(sys.executable).with_name("fundguard"))


async def explained(database: str, tmp_path: Path, *args: str) -> tuple[int, list[str]]:
    """Exit code and every stdout line (``credit points`` prints the explanation before its JSON)."""
    env = {**os.environ, "DATABASE_URL": database, "FIELD_ENCRYPTION_KEY": TEST_FIELD_KEY}
    proc = await asyncio.create_subprocess_exec(
        FUNDGUARD, *args, env={**env, "VAR_DIR": str(tmp_path)}, cwd=tmp_path, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return proc.returncode or 0, out.decode().strip().splitlines()


async def test_an_officer_records_points_and_reads_the_standing_from_the_command_line(
    database: str, tmp_path: Path
) -> None:
    await people()
    record = ("credit", "points-record", "--region", "demo", "--practitioner", "Y0000001")
    code, made, err = await fundguard(
        database, tmp_path, *record, "--kind", "moderate", "--points", "6", "--decided-on", "2025-03-01",
        "--summary", "超量开药",
    )  # fmt: skip
    assert code == 0, err
    assert (made["points"], made["kind_title"], made["institution_code"]) == (
        6,
        "情节较重的违法违规行为",
        "P0000001",
    )
    code, refused, err = await fundguard(
        database, tmp_path, *record, "--kind", "minor", "--points", "3", "--decided-on", "2025-06-10",
        "--institution", "P0000002",
    )  # fmt: skip
    assert code == 1 and refused is None and "须由经办人员在1–6个月内确定暂停月数" in err
    assert await PointRecord.all().count() == 1
    code, _, err = await fundguard(
        database, tmp_path, *record, "--kind", "minor", "--points", "3", "--decided-on", "2025-06-10",
        "--institution", "P0000002", "--months", "2",
    )  # fmt: skip
    assert code == 0, err

    code, lines = await explained(
        database, tmp_path, "credit", "points", "--practitioner", "y0000001", "--as-of", "2025-07-01"
    )
    assert code == 0
    standing = json.loads(lines[-1])
    assert standing == {
        "as_of": "2025-07-01",
        "status": "suspended",
        "until": "2025-08-10",
        "points_this_year": 9,
        "remaining": None,
        "reregister_from": None,
    }
    assert lines[0].startswith("记分办法：定点医药机构相关人员医保支付资格记分（12分制）")
    assert any("暂停医保支付资格2个月" in line for line in lines)

    code, issued, err = await fundguard(
        database, tmp_path, "credit", "points-code", "--practitioner", "Y0000001"
    )
    assert code == 0, err
    assert await pp.check_access_code("Y0000001", issued["access_code"]) == "Y0000001"
