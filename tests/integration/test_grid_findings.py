"""Supervisors' findings stored (both backends): intake flagged outside the supervisor's grids, routed
to the institution's grid, and triage — a finding becomes a named report of channel ``grid`` with the
supervisor as the reporter, which the existing reward flow rewards; merged; closed with a reason."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from tortoise.transactions import in_transaction

from grid import findings, service, supervisors
from grid.errors import GridError
from grid.findings import FindingDraft, Media
from grid.models import Finding, FindingPhoto, GridStaff
from kernel.actors import Actor
from kernel.errors import DomainError
from registry.rows import InstitutionRow
from registry.service import upsert_institutions
from reports import lifecycle
from reports.models import Report, ReportEvidence
from reports.rules import ReportRules, load_rules
from reward.models import Reward
from reward.policy import load_policy
from reward.workflow import Exclusions, approve, propose
from storage.crypto import FieldCipher
from tests.grid_kit import collection, id_number

NOW = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)  # Mon 2 Nov 2026, 10:00 in China
CIPHER = FieldCipher(b"f" * 32)
INTAKE = Actor(1, "受理员", frozenset({"intake"}), frozenset({"demo"}))
HEAD = Actor(2, "科长", frozenset({"head"}), frozenset({"demo"}))
OTHER_HEAD = Actor(6, "副局长", frozenset({"head"}), frozenset({"demo"}))
INVESTIGATOR = Actor(3, "调查员", frozenset({"investigator"}), frozenset({"demo"}))
SUPERVISOR_ID = id_number("19780512", "336")
SAW = "晚上九点药店店员用医保卡给顾客刷了两桶食用油，小票打印为感冒灵颗粒。"


@pytest.fixture
def rules() -> ReportRules:
    return load_rules(receipt_key=b"r" * 32)


def inst(code: str, lat: float, lng: float) -> InstitutionRow:
    return InstitutionRow(
        code=code, name=f"康泰药房{code[-1]}号店", kind="retail_pharmacy", address="示范市某路1号",
        latitude=lat, longitude=lng, agreement_start=date(2020, 1, 1),
    )  # fmt: skip


async def appointed(openid: str = "o-sup") -> int:
    """Grids, two pharmacies (P0001 in G1, P0002 in G2) and a supervisor of G1."""
    async with in_transaction() as conn:
        await upsert_institutions(
            conn,
            region="demo",
            rows=[inst("P0001", 28.005, 113.005), inst("P0002", 28.001, 113.019)],
            now=NOW,
        )
        await service.import_boundaries(conn, region="demo", text=collection(), by="t", now=NOW)
        row = await supervisors.apply(
            conn, region="demo", openid=openid, name="周监督", id_number=SUPERVISOR_ID, phone="13700137000",
            pool="7", preferred_grid=None, practitioner_code=None, declaration=True, cipher=CIPHER, now=NOW,
        )  # fmt: skip
        await supervisors.approve(conn, row.id, grids=["G1"], actor=HEAD, now=NOW)
    return row.id


async def found(rules: ReportRules, openid: str = "o-sup", **changes: object) -> Finding:
    fields: dict[str, object] = {
        "institution_code": "P0001",
        "category": "daily_goods_on_card",
        "description": SAW,
    }
    async with in_transaction() as conn:
        return await findings.submit(
            conn,
            FindingDraft.model_validate(fields | changes),
            openid=openid,
            rules=rules,
            cipher=CIPHER,
            now=NOW,
        )


async def substantiated_and_proposed(rid: int, rules: ReportRules) -> Reward:
    """The case through the usual lifecycle to 查实, and its reward proposed under the Sichuan policy."""
    async with in_transaction() as conn:
        await lifecycle.accept(conn, rid, actor=INTAKE, rules=rules, now=NOW)
        await lifecycle.assign(conn, rid, assignee=INVESTIGATOR, actor=HEAD, now=NOW)
        await lifecycle.start_investigation(conn, rid, actor=INVESTIGATOR, now=NOW)
        await lifecycle.conclude(
            conn, rid, conclusion="substantiated", verified_amount_fen=2_000_000, summary="查实",
            actor=INVESTIGATOR, rules=rules, now=NOW,
        )  # fmt: skip
        return await propose(
            conn, rid, policy=load_policy("sichuan"), exclusions=Exclusions(), actor=INVESTIGATOR, now=NOW
        )


async def test_a_finding_is_routed_to_the_institutions_grid_and_flagged_outside_the_supervisors(
    database: str, rules: ReportRules
) -> None:
    await appointed()
    here = await found(rules, location={"lat": 28.004, "lng": 113.004, "label": ""}, media=[
        Media(kind="image", ref="m-1"), Media(kind="image", ref="m-2")])  # fmt: skip
    assert (here.grid_code, here.outside_grid, here.status) == ("G1", False, "new")
    assert await FindingPhoto.filter(finding_id=here.id).count() == 2
    away = await found(rules, location={"lat": 28.001, "lng": 113.019, "label": ""})  # sent from G2
    assert (away.grid_code, away.outside_grid) == ("G1", True)
    other = await found(rules, institution_code="P0002")  # no location: the institution's grid is not theirs
    assert (other.grid_code, other.outside_grid) == ("G2", True)

    for changes, code in (
        ({"institution_code": "P9999"}, "unknown_institution"),
        ({"description": "太短"}, "bad_description"),
        ({"category": "no_such"}, "unknown_category"),
    ):
        with pytest.raises(DomainError) as err:
            await found(rules, **changes)
        assert err.value.code == code
    with pytest.raises(GridError) as gerr:
        await found(rules, openid="o-stranger")
    assert gerr.value.code == "not_supervisor"
    assert await Finding.all().count() == 3

    # The grid's staff see their grid's findings.
    async with in_transaction() as conn:
        await GridStaff.create(
            using_db=conn, region="demo", grid_code="G2", staff_id=INTAKE.id, assigned_at=NOW, assigned_by="t"
        )
    mine = await findings.queue_json("demo", actor=INTAKE, status="new", mine=True)
    assert [f["id"] for f in mine] == [other.id]
    assert len(await findings.queue_json("demo", actor=INTAKE, status=None, mine=False)) == 3


async def test_a_finding_becomes_a_named_report_of_the_supervisor_and_is_rewarded(
    database: str, rules: ReportRules
) -> None:
    await appointed()
    finding = await found(rules, media=[Media(kind="image", ref="m-9")])
    async with in_transaction() as conn:
        await findings.attach(conn, finding_id=finding.id, ref="m-9", attachment_id="att-9")
        opened = await findings.open_case(conn, finding.id, actor=INTAKE, rules=rules, cipher=CIPHER, now=NOW)
    report = await Report.get(id=opened.report_id)
    assert (report.channel, report.anonymous, report.target_code, report.category) == (
        "grid", False, "P0001", "daily_goods_on_card",
    )  # fmt: skip
    assert report.reporter_index == CIPHER.blind_index("o-sup")
    identity = json.loads(CIPHER.decrypt(report.identity_enc or "", context="report.identity"))
    assert identity == {"name": "周监督", "id_number": SUPERVISOR_ID, "phone": "13700137000"}
    assert [(e.source, e.attachment_id) for e in await ReportEvidence.filter(report_id=report.id)] == [
        ("upload", "att-9")
    ]
    with pytest.raises(GridError) as err:
        async with in_transaction() as conn:
            await findings.open_case(conn, finding.id, actor=INTAKE, rules=rules, cipher=CIPHER, now=NOW)
    assert err.value.code == "bad_state"
    assert "已转为举报案件（案件编号" in await findings.mine_text("o-sup", cipher=CIPHER)

    # The same lifecycle and reward rules as any report.
    reward = await substantiated_and_proposed(report.id, rules)
    async with in_transaction() as conn:
        offered = await approve(conn, reward.id, actor=OTHER_HEAD, now=NOW)
    assert offered.status == "offered" and offered.amount_fen > 0
    assert await Reward.filter(report_id=report.id).count() == 1


async def test_a_finding_is_merged_into_a_case_or_closed_with_a_reason_the_supervisor_sees(
    database: str, rules: ReportRules
) -> None:
    await appointed()
    a, b, c = [await found(rules) for _ in range(3)]
    async with in_transaction() as conn:
        opened = await findings.open_case(conn, a.id, actor=INTAKE, rules=rules, cipher=CIPHER, now=NOW)
        merged = await findings.merge(conn, b.id, report_id=opened.report_id or 0, actor=INTAKE, now=NOW)
        with pytest.raises(GridError) as err:
            await findings.merge(conn, c.id, report_id=99999, actor=INTAKE, now=NOW)
        assert err.value.code == "unknown_case"
        closed = await findings.close(
            conn, c.id, reason="经核实为正常购药，未发现违规", actor=INTAKE, now=NOW
        )
    assert (merged.status, merged.report_id) == ("merged", opened.report_id)
    assert closed.status == "closed"
    text = await findings.mine_text("o-sup", cipher=CIPHER)
    assert "已办结（经核实为正常购药，未发现违规）" in text and "已并入举报案件" in text
    elsewhere = Actor(9, "外地", frozenset({"intake"}), frozenset({"other"}))
    with pytest.raises(GridError) as err:
        async with in_transaction() as conn:
            await findings.close(conn, a.id, reason="无关", actor=elsewhere, now=NOW)
    assert err.value.code == "unknown_finding"


async def test_per_grid_figures_and_the_yearly_assessment_follow_the_cases(
    database: str, rules: ReportRules
) -> None:
    from grid import figures

    sid = await appointed()
    a, b, c = [await found(rules) for _ in range(3)]
    other = await found(rules, institution_code="P0002")
    async with in_transaction() as conn:
        opened = await findings.open_case(conn, a.id, actor=INTAKE, rules=rules, cipher=CIPHER, now=NOW)
        await findings.merge(conn, b.id, report_id=opened.report_id or 0, actor=INTAKE, now=NOW)
        await findings.close(conn, c.id, reason="正常购药", actor=INTAKE, now=NOW)
    reward = await substantiated_and_proposed(opened.report_id or 0, rules)
    before = {g["grid"]: g for g in await figures.grid_figures("demo", actor=HEAD)}
    assert before["G1"]["rewards_fen"] == 0  # proposed, not yet granted
    async with in_transaction() as conn:
        await approve(conn, reward.id, actor=OTHER_HEAD, now=NOW)
    grids = {g["grid"]: g for g in await figures.grid_figures("demo", actor=HEAD)}
    assert {k: grids["G1"][k] for k in ("findings", "cases_opened", "merged", "closed", "substantiated")} == {
        "findings": 3, "cases_opened": 1, "merged": 1, "closed": 1, "substantiated": 1,
    }  # fmt: skip
    assert grids["G1"]["rewards_fen"] == reward.amount_fen > 0
    assert (grids["G2"]["findings"], grids["G2"]["outside_grid"], grids["G3"]["findings"]) == (1, 1, 0)
    year = await figures.assessment(sid, year=2026, actor=HEAD)
    assert (year["findings"], year["substantiated"], year["closed_without_case"], year["rewarded_fen"]) == (
        4, 2, 1, reward.amount_fen,
    )  # fmt: skip
    assert (await figures.assessment(sid, year=2025, actor=HEAD))["findings"] == 0
    assert other.grid_code == "G2"
