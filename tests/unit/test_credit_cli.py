"""``fundguard credit simulate`` as an officer runs it: one JSON object out, no settings, no database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FUNDGUARD = str(Path(sys.executable).with_name("fundguard"))

FACTS = {
    "as_of": "2025-06-30",
    "institutions": [
        {
            "code": "HQ",
            "kind": "retail_pharmacy",
            "level": "none",
            "chain_parent": None,
            "agreement_start": "2020-01-01",
            "status": "active",
            "events": [],
            "indicators": {"satisfaction": 92.5},
        },
        {
            "code": "B1",
            "kind": "retail_pharmacy",
            "level": "none",
            "chain_parent": "HQ",
            "agreement_start": "2020-01-01",
            "status": "active",
            "events": [
                {"kind": "violation", "date": "2025-01-05"},
                {"kind": "violation", "date": "2025-02-05"},
            ],
        },
        {
            "code": "NEW",
            "kind": "clinic",
            "level": "1",
            "chain_parent": "",
            "agreement_start": "2025-01-01",
            "status": "active",
            "events": [],
        },
    ],
}


def _simulate(tmp_path: Path, facts_text: str, scheme: str = "zhenjiang") -> subprocess.CompletedProcess[str]:
    path = tmp_path / "facts.json"
    path.write_text(facts_text, encoding="utf-8")
    # Settings that could not load (PostgreSQL without a field key): simulate must not read them.
    env = {**os.environ, "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none", "FIELD_ENCRYPTION_KEY": ""}
    return subprocess.run(
        [FUNDGUARD, "credit", "simulate", "--scheme", scheme, "--facts", str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )


def test_simulate_prints_one_json_object_with_a_grade_per_institution_and_touches_nothing(
    tmp_path: Path,
) -> None:
    done = _simulate(tmp_path, json.dumps(FACTS))
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip().splitlines()) == 1
    grades = json.loads(done.stdout)["grades"]
    assert list(grades) == ["HQ", "B1", "NEW"]
    assert grades["HQ"]["grade"] == "★★" and grades["B1"]["grade"] == "★"
    assert (
        set(grades["NEW"]) == {"grade", "not_rated_reason", "explanation"} and grades["NEW"]["grade"] is None
    )
    assert "不满1年" in grades["NEW"]["not_rated_reason"]
    assert all(isinstance(line, str) for g in grades.values() for line in g["explanation"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.json"]  # no var/, no key, no database


def test_every_built_in_scheme_simulates_the_same_file(tmp_path: Path) -> None:
    for scheme in ("shizuishan", "zhenjiang", "shaoxing", "suzhou", "inner-mongolia", "shenzhen"):
        done = _simulate(tmp_path, json.dumps(FACTS), scheme)
        assert done.returncode == 0, (scheme, done.stderr)
        assert set(json.loads(done.stdout)["grades"]) == {"HQ", "B1", "NEW"}


def test_a_malformed_facts_file_exits_2_naming_the_field_and_prints_nothing(tmp_path: Path) -> None:
    bad = json.loads(json.dumps(FACTS))
    bad["institutions"][1]["events"][0]["date"] = "2025/01/05"
    bad["institutions"][2]["status"] = "closed"
    done = _simulate(tmp_path, json.dumps(bad))
    assert done.returncode == 2 and done.stdout == ""
    assert "institutions[1]（编码 B1）.events[0].date" in done.stderr
    assert "institutions[2]（编码 NEW）.status" in done.stderr and "事实文件有误" in done.stderr


def test_a_file_that_is_not_json_exits_2(tmp_path: Path) -> None:
    done = _simulate(tmp_path, '{"as_of": "2025-06-30", "institutions": [')
    assert done.returncode == 2 and done.stdout == "" and "不是有效的 JSON" in done.stderr


def test_an_unknown_scheme_exits_2_listing_the_built_in_ones(tmp_path: Path) -> None:
    done = _simulate(tmp_path, json.dumps(FACTS), "atlantis")
    assert done.returncode == 2 and done.stdout == "" and "shizuishan" in done.stderr
