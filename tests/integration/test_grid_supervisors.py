"""Social supervisors stored (both backends): application refusals (age, ID number, blacklist,
twice), approval with grids, a term and a certificate, the term ending by itself, suspension and exit."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from tortoise.transactions import in_transaction

from credit.models import BlacklistEntry
from grid import service, supervisors
from grid.errors import GridError
from grid.models import Supervisor
from kernel.actors import Actor
from kernel.errors import DomainError
from storage.crypto import FieldCipher
from storage.models import AuditEntry
from tests.grid_kit import collection, id_number

NOW = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # 10:00 in China
HEAD = Actor(id=7, name="张科长", roles=frozenset({"head"}), regions=frozenset({"demo"}))
FIELD = FieldCipher(b"g" * 32)


async def grids() -> None:
    async with in_transaction() as conn:
        await service.import_boundaries(conn, region="demo", text=collection(), by="t", now=NOW)


async def apply(openid: str = "o-1", **changes: Any) -> Supervisor:
    fields: dict[str, Any] = {
        "region": "demo", "openid": openid, "name": "赵 监督", "id_number": id_number("19800101"),
        "phone": "+86 138 0013 8000", "pool": "6", "preferred_grid": "g1", "practitioner_code": None,
        "declaration": True, "cipher": FIELD, "now": NOW,
    } | changes  # fmt: skip
    async with in_transaction() as conn:
        return await supervisors.apply(conn, **fields)


async def refused(**changes: Any) -> DomainError:
    with pytest.raises(DomainError) as err:
        await apply(**changes)
    return err.value


async def test_an_application_is_stored_encrypted_and_refusals_store_nothing(database: str) -> None:
    await grids()
    assert (await refused(id_number=id_number("20070101"))).code == "too_young"  # 19 on 2026-03-02
    young = await refused(id_number=id_number("20040303"))  # 21 until tomorrow
    assert young.code == "too_young" and "22–65周岁" in young.message
    assert (await refused(id_number=id_number("19600301"))).code == "too_old"  # 66 yesterday
    assert (await refused(id_number=id_number("19800101")[:-1] + "0")).code == "bad_id_number"
    assert (await refused(pool="9")).code == "bad_pool"
    assert (await refused(pool="institution")).field == "pool"  # an institution's applicant gives a code
    assert (await refused(declaration=False)).code == "declaration_required"
    assert (await refused(preferred_grid="G9")).code == "unknown_grid"
    assert await Supervisor.all().count() == 0

    row = await apply(id_number=id_number("19600303"))  # 66 tomorrow: still 65 today
    assert (row.status, row.name, row.pool, row.preferred_grid) == ("applied", "赵监督", "insured", "G1")
    stored = json.loads(FIELD.decrypt(row.identity_enc, context="grid.supervisor"))
    assert stored["phone"] == "13800138000" and stored["id_number"] == id_number("19600303")
    assert id_number("19600303") not in row.identity_enc
    # The same person again (another WeChat user), or the same user again: refused while open.
    assert (await refused(openid="o-2", id_number=id_number("19600303"))).code == "already_applied"
    assert (await refused(id_number=id_number("19900101"))).code == "already_applied"
    assert await Supervisor.all().count() == 1


async def test_a_practitioner_on_the_public_blacklist_is_refused_with_the_reason(database: str) -> None:
    await grids()
    await BlacklistEntry.create(
        region="demo", subject_kind="practitioner", subject_code="Y0000001", subject_name="某",
        severity="serious", reason="串换药品骗取医保基金", listed_on=date(2025, 6, 1),
        repair_from=date(2026, 6, 1), publish_until=date(2028, 6, 1), created_by="t", created_at=NOW,
    )  # fmt: skip
    err = await refused(pool="4", practitioner_code="y0000001")
    assert err.code == "blacklisted" and "2025-06-01列入，原因：串换药品骗取医保基金" in err.message
    # A repaired listing no longer bars anyone.
    await BlacklistEntry.filter(subject_code="Y0000001").update(repaired_on=date(2026, 1, 5))
    assert (await apply(pool="4", practitioner_code="y0000001")).status == "applied"


async def test_approval_appoints_for_the_regions_term_and_the_term_ends_by_itself(database: str) -> None:
    await grids()
    row = await apply()
    async with in_transaction() as conn:
        with pytest.raises(GridError) as err:
            await supervisors.approve(conn, row.id, grids=["G1", "X"], actor=HEAD, now=NOW)
    assert err.value.code == "unknown_grid"
    elsewhere = Actor(id=8, name="x", roles=frozenset({"head"}), regions=frozenset({"other"}))
    async with in_transaction() as conn:
        with pytest.raises(GridError) as err:
            await supervisors.approve(conn, row.id, grids=["G1"], actor=elsewhere, now=NOW)
    assert err.value.code == "unknown_supervisor"

    async with in_transaction() as conn:
        made = await supervisors.approve(conn, row.id, grids=["G2", "G1"], actor=HEAD, now=NOW)
    assert (made.status, made.grids, made.term_start, made.term_end) == (
        "active", ["G1", "G2"], date(2026, 3, 2), date(2028, 3, 2),
    )  # fmt: skip
    assert made.certificate_no == f"JD2026{row.id:06d}" and made.certificate_token
    card = await supervisors.certificate(made.certificate_token, today=date(2026, 3, 2))
    assert card is not None and card["current"] and card["grids"] == ["G1名", "G2名"]
    assert await supervisors.certificate("not-a-token", today=date(2026, 3, 2)) is None
    async with in_transaction() as conn:
        with pytest.raises(GridError) as err:
            await supervisors.approve(conn, row.id, grids=["G1"], actor=HEAD, now=NOW)
    assert err.value.code == "bad_state"

    day_before = datetime(2028, 3, 1, 15, 0, tzinfo=UTC)  # 23:00 on 1 March in China
    async with in_transaction() as conn:
        assert await supervisors.expire_terms(conn, now=day_before) == 0
    async with in_transaction() as conn:
        assert await supervisors.expire_terms(conn, now=day_before + timedelta(hours=1)) == 1
    ended = await Supervisor.get(id=row.id)
    assert (ended.status, ended.status_reason) == ("expired", "任期届满")
    card = await supervisors.certificate(made.certificate_token, today=date(2028, 3, 2))
    assert card is not None and not card["current"] and card["status_title"] == "任期届满"
    # Once the term is over, the person may apply again.
    assert (await apply()).status == "applied"


async def test_suspension_and_exit_need_a_reason_and_are_audited(database: str) -> None:
    await grids()
    row = await apply()
    async with in_transaction() as conn:
        await supervisors.approve(conn, row.id, grids=["G1"], actor=HEAD, now=NOW)
        with pytest.raises(GridError) as err:
            await supervisors.suspend(conn, row.id, reason=" ", actor=HEAD, now=NOW)
        assert err.value.code == "bad_reason"
        await supervisors.suspend(
            conn, row.id, reason="涉嫌借监督之名索要财物，调查期间暂停", actor=HEAD, now=NOW
        )
    token = (await Supervisor.get(id=row.id)).certificate_token
    assert token is not None
    assert not (await supervisors.certificate(token, today=date(2026, 3, 3)) or {})["current"]
    async with in_transaction() as conn:
        await supervisors.reinstate(conn, row.id, actor=HEAD, now=NOW)
        out = await supervisors.exit_(conn, row.id, reason="本人申请退出", actor=HEAD, now=NOW)
    assert (out.status, out.status_reason) == ("exited", "本人申请退出")
    actions = (
        await AuditEntry.filter(subject=f"grid_supervisor:{row.id}")
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == [
        "grid.supervisor_applied", "grid.supervisor_approved", "grid.supervisor_suspended",
        "grid.supervisor_reinstated", "grid.supervisor_exited",
    ]  # fmt: skip
