"""``fundguard surveys aggregate`` as an officer runs it (both backends): one JSON object with each
institution's satisfaction, sample, held-out count and interval; its event, once delivered, gives
the Shenzhen-scheme institution its grade in ``fundguard credit evaluate``; bad input exits 1."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.integration.survey_kit import many, pharmacy
from tests.integration.test_credit_cli import fundguard
from tests.integration.test_survey_aggregation import runner

START = datetime(2026, 2, 1, 2, 0, tzinfo=UTC)


async def test_aggregate_prints_the_figures_and_its_indicator_reaches_credit_evaluate(
    database: str, tmp_path: Path
) -> None:
    await pharmacy("Z0000001", region="demo3")
    await pharmacy("Z0000002", region="demo3")
    await many("Z0000001", 30, region="demo3", score=4, start=START)
    await many("Z0000002", 5, region="demo3", score=5, start=START)

    code, out, err = await fundguard(
        database, tmp_path, "surveys", "aggregate", "--region", "demo3", "--period", "2026"
    )
    assert code == 0, err
    assert out["min_sample"] == 30 and set(out["institutions"]) == {"Z0000001", "Z0000002"}
    full, few = out["institutions"]["Z0000001"], out["institutions"]["Z0000002"]
    assert (full["satisfaction"], full["responses"], full["indicator"]) == ("75.00", 30, True)
    assert full["interval"] == ["75.00", "75.00"]  # every answer the same
    assert few["indicator"] is False and "少于本地区最低样本量30份" in few["reason"]

    await runner(datetime(2027, 1, 10, 2, 0, tzinfo=UTC)).run_until_idle()  # the worker delivers the event
    code, run, err = await fundguard(
        database, tmp_path, "credit", "evaluate", "--region", "demo3", "--period", "2026"
    )
    assert code == 0, err
    assert run["institutions"] == 2 and run["not_rated"] == 1  # Z0000002: no satisfaction indicator

    code, out, err = await fundguard(
        database, tmp_path, "surveys", "aggregate", "--region", "demo3", "--period", "26"
    )
    assert code == 1 and out is None and "YYYY" in err
