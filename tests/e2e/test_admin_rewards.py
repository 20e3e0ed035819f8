"""The staff reward API over real HTTP: the quote (the CLI's calculation), proposal with a joint split,
approval by another head only, the queue, the masked detail with its ledger, and bank transfers by finance."""

from __future__ import annotations

import argparse
import base64
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from tortoise.transactions import in_transaction

from handlers import keys
from reward import cli as reward_cli
from reward.claim import Claimant, claim
from reward.models import BankTransfer
from storage import audit
from storage.models import AuditEntry
from tests.conftest import Stack
from tests.e2e.admin_client import ID_NUMBER, Console, console, make_staff, named

CO_ID = "110105194912310038"


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def team(stack: Stack) -> dict[str, int]:
    return await make_team()


async def make_team() -> dict[str, int]:
    """Intake, two heads, an investigator and finance of the demo region: their ids by role."""
    people = {
        "intake": await make_staff("intake1", ["intake"], name="受理员小陈"),
        "head": await make_staff("head1", ["head"], name="王科长"),
        "head2": await make_staff("head2", ["head"], name="李副局长"),
        "inv": await make_staff("inv1", ["investigator"], name="调查员小李"),
        "finance": await make_staff("fin1", ["finance"], name="财务小周"),
    }
    return {k: v.id for k, v in people.items()}


async def substantiated(
    c: dict[str, Console], team: dict[str, int], *, amount_fen: int, **report: Any
) -> tuple[int, str]:
    """A named phone report taken, investigated and found true through the staff API: (id, receipt)."""
    entered = await c["intake"].ok("POST", "/admin/api/reports", named(**report), status=201)
    await investigate(c, team, entered["report_id"], amount_fen=amount_fen)
    return entered["report_id"], entered["receipt_code"]


async def investigate(c: dict[str, Console], team: dict[str, int], rid: int, *, amount_fen: int) -> None:
    """Accepted, assigned, investigated and concluded substantiated with ``amount_fen`` of fund loss."""
    await c["intake"].ok("POST", f"/admin/api/reports/{rid}/accept", {})
    await c["head"].ok("POST", f"/admin/api/reports/{rid}/assign", {"assignee_id": team["inv"]})
    await c["inv"].ok("POST", f"/admin/api/reports/{rid}/start", {})
    conclusion = {"conclusion": "substantiated", "verified_amount_fen": amount_fen, "summary": "查实串换"}
    await c["inv"].ok("POST", f"/admin/api/reports/{rid}/conclude", conclusion)


async def consoles(stack: Stack, http: aiohttp.ClientSession) -> dict[str, Console]:
    names = {"intake": "intake1", "head": "head1", "head2": "head2", "inv": "inv1", "finance": "fin1"}
    return {k: await console(stack, http, u) for k, u in names.items()}


async def test_the_quote_is_the_clis_calculation(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    inv = await console(stack, http, "inv1")
    args = argparse.Namespace(policy="sichuan", case_value="1000000", evidence_grade=None, target_party=None)
    assert await reward_cli.run(args) == 0
    expected = json.loads(capsys.readouterr().out)
    got = await inv.ok(
        "POST", "/admin/api/rewards/quote", {"case_value_fen": 1_000_000_00, "policy": "sichuan"}
    )
    assert got == expected and got["amount_fen"] == 15_500_00
    # Without a policy, the region's (the demo region applies Sichuan's bands).
    assert (await inv.ok("POST", "/admin/api/rewards/quote", {"case_value_fen": 5_000_00}))[
        "amount_fen"
    ] == 200_00
    status, body = await inv.call(
        "POST", "/admin/api/rewards/quote", {"case_value_fen": 100, "policy": "guangdong"}
    )
    assert status == 422 and body["code"] == "evidence_grade_required" and "evidence_grade" in body["fields"]
    status, body = await inv.call(
        "POST", "/admin/api/rewards/quote", {"case_value_fen": 100, "policy": "nowhere"}
    )
    assert status == 422 and body["code"] == "unknown_policy"
    intake = await console(stack, http, "intake1")
    assert (await intake.call("POST", "/admin/api/rewards/quote", {"case_value_fen": 1}))[0] == 403


async def test_a_joint_reward_is_proposed_approved_by_another_head_and_shown_masked(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    c = await consoles(stack, http)
    rid, _ = await substantiated(c, team, amount_fen=100_000_00)
    split = [{"percent": 60}, {"name": "李四", "id_number": CO_ID, "percent": 40}]
    bad = await c["inv"].call(
        "POST", f"/admin/api/reports/{rid}/reward", {"split": [{"percent": 60}, {"percent": 40}]}
    )
    assert bad[0] == 422 and bad[1]["code"] == "bad_split" and "split" in bad[1]["fields"]
    row = await c["inv"].ok("POST", f"/admin/api/reports/{rid}/reward", {"split": split}, status=201)
    assert (row["status"], row["amount_fen"], row["policy"]) == ("proposed", 2_000_00, "sichuan")
    again = await c["head"].call("POST", f"/admin/api/reports/{rid}/reward", {})
    assert again[0] == 409 and again[1]["code"] == "already_proposed"

    queue = await c["head"].ok("GET", "/admin/api/rewards?status=proposed")
    assert [r["id"] for r in queue["rewards"]] == [row["id"]]
    assert (await c["inv"].call("POST", f"/admin/api/rewards/{row['id']}/approve", {}))[0] == 403
    approved = await c["head"].ok("POST", f"/admin/api/rewards/{row['id']}/approve", {})
    assert (
        approved["status"] == "offered" and approved["claim_by"] and approved["approved_by"] == team["head"]
    )

    detail = await c["finance"].ok("GET", f"/admin/api/rewards/{row['id']}")
    assert [(s["seq"], s["amount_fen"], s["status"]) for s in detail["shares"]] == [
        (0, 1_200_00, "offered"),
        (1, 800_00, "offered"),
    ]
    assert (
        detail["shares"][1]["payee_name"] == "李*" and detail["shares"][1]["payee_id"] == "110***********0038"
    )
    assert CO_ID not in json.dumps(detail, ensure_ascii=False) and "李四" not in json.dumps(
        detail, ensure_ascii=False
    )
    assert [e["kind"] for e in detail["ledger"]] == ["proposed", "offered"]
    assert any("2%" in line for line in detail["explanation"])


async def test_the_proposer_cannot_approve_through_the_api(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    c = await consoles(stack, http)
    rid, _ = await substantiated(c, team, amount_fen=50_000_00)
    row = await c["head"].ok("POST", f"/admin/api/reports/{rid}/reward", {}, status=201)
    status, body = await c["head"].call("POST", f"/admin/api/rewards/{row['id']}/approve", {})
    assert status == 403 and body["code"] == "self_approval" and "提出人以外" in body["message"]
    assert (await c["head2"].ok("POST", f"/admin/api/rewards/{row['id']}/approve", {}))["status"] == "offered"
    status, body = await c["head2"].call("POST", f"/admin/api/rewards/{row['id']}/approve", {})
    assert status == 409 and body["code"] == "bad_transition"
    assert await AuditEntry.filter(action="staff.forbidden").count() == 0  # refused by the rule, not the role
    assert (await c["head"].call("GET", "/admin/api/rewards/999999"))[0] == 404


async def test_finance_records_a_bank_transfer_once_with_its_voucher(
    stack: Stack, http: aiohttp.ClientSession, team: dict[str, int]
) -> None:
    c = await consoles(stack, http)
    rid, receipt = await substantiated(c, team, amount_fen=100_000_00)
    row = await c["inv"].ok("POST", f"/admin/api/reports/{rid}/reward", {}, status=201)
    await c["head"].ok("POST", f"/admin/api/rewards/{row['id']}/approve", {})
    path = f"/admin/api/rewards/{row['id']}/shares/0/bank-transfer"
    status, body = await c["finance"].call("POST", path, {"voucher_no": "BK-1"})
    assert status == 409 and body["code"] == "not_claimed"  # nobody has claimed it yet

    # A phone report has no WeChat account to claim from: a claim with its receipt and identity is
    # refused, and finance claims it with the reporter at the counter.
    async with in_transaction() as conn:
        who = Claimant(openid="o-zhang", name="张三丰", id_number=ID_NUMBER, receipt_code=receipt)
        app = stack.app
        outcome = await claim(
            conn,
            who,
            rail="bank",
            rules=app[keys.REPORT_RULES],
            cipher=app[keys.CIPHER],
            now=datetime.now(UTC),
        )
    assert outcome.refusal is not None and outcome.refusal.code == "claim_refused"
    counter = f"/admin/api/rewards/{row['id']}/shares/0/in-person-claim"
    seen = {"name": "张三丰", "id_number": ID_NUMBER, "document": "居民身份证原件"}
    assert (await c["head"].call("POST", counter, seen))[0] == 403
    status, body = await c["finance"].call("POST", counter, {**seen, "name": "张三"})
    assert status == 403 and body["code"] == "claim_refused"
    claimed = await c["finance"].ok("POST", counter, seen)
    assert claimed["shares"][0]["status"] == "claimed" and claimed["shares"][0]["rail"] == "bank"
    assert await AuditEntry.filter(action="reward.in_person_claim").count() == 1
    payee_path = f"/admin/api/rewards/{row['id']}/shares/0/payee"
    shown = await c["finance"].ok("POST", payee_path, {"purpose": "银行转账核对收款人"})
    assert shown["name"] == "张三丰" and shown["id_number"] == ID_NUMBER and shown["phone"].startswith("138")
    assert (await c["inv"].call("POST", payee_path, {"purpose": "看看"}))[0] == 403
    reveals = await AuditEntry.filter(action="reward.payee_reveal", subject=f"reward:{row['id']}")
    assert len(reveals) == 1 and reveals[0].detail["purpose"] == "银行转账核对收款人"
    assert (await c["head"].call("POST", path, {"voucher_no": "BK-1"}))[0] == 403
    pdf = base64.b64encode(b"%PDF-1.4 voucher").decode()
    bad = await c["finance"].call("POST", path, {"voucher_no": "BK-1", "voucher_file": {
        "content_type": "application/pdf", "data_base64": base64.b64encode(b"<html>").decode()}})  # fmt: skip
    assert bad[0] == 422 and "voucher_file" in bad[1]["fields"]
    done = await c["finance"].ok(
        "POST", path, {"voucher_no": "BK-2026-0001", "voucher_file": {"content_type": "application/pdf",
                                                                       "data_base64": pdf}}, status=201,
    )  # fmt: skip
    assert done["amount_fen"] == 2_000_00 and done["voucher_stored"] and done["reward_status"] == "paid"
    status, body = await c["finance"].call("POST", path, {"voucher_no": "BK-2026-0002"})
    assert status == 409 and body["code"] == "already_paid"
    assert await BankTransfer.all().count() == 1
    blob = (await BankTransfer.get()).voucher_blob
    assert blob and await stack.app[keys.BLOBS].get(blob) == b"%PDF-1.4 voucher"
    detail = await c["head"].ok("GET", f"/admin/api/rewards/{row['id']}")
    assert detail["shares"][0]["voucher_no"] == "BK-2026-0001" and detail["shares"][0]["rail"] == "bank"
    assert detail["shares"][0]["payee_phone"] == "138****8000"
    assert [e["kind"] for e in detail["ledger"]] == ["proposed", "offered", "claimed", "paid", "reward_paid"]
    assert (await c["head"].ok("GET", "/admin/api/rewards?status=paid"))["rewards"][0]["id"] == row["id"]
    assert (await audit.verify()).ok
