"""Console pages for rewards: the proposal with a live quote and its explanation, the queue (a head
approves others' proposals only), each share's payout state, bank transfers with their voucher file and
voiding a transfer WeChat Pay refused, over the same reward services as ``handlers.admin_rewards``."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from tortoise.transactions import in_transaction

from handlers import keys
from handlers.console.web import Ctx, FormError, form_values, now_of, parse, refusal, render, see_other
from handlers.kit.errors import ApiError
from handlers.staff_api.guard import wake_jobs
from handlers.staff_api.reward_schemas import BankTransferIn, RewardQueueQuery
from handlers.staff_api.rewards import store_voucher
from handlers.staff_api.schemas import PurposeIn
from reports import casework as cases
from reports.rules import CONCLUSIONS
from reward import queries, workflow
from reward.bank import record_bank_transfer, reveal_payee
from reward.calculate import PARTY_TITLES
from reward.calculate import quote as calculate
from reward.errors import RewardError
from reward.payout import REJECTED, void_rejected
from reward.policy import region_policy
from reward.reconcile import reconcile as run_reconcile

GRADES = {"1": "一级（证据充分）", "2": "二级", "3": "三级"}
DONE = {"proposed": "奖励已提出，等待另一位负责人审批。", "approved": "已批准，已通知举报人领取。"}
DONE |= {"bank": "银行转账已登记。", "voided": "转账已作废，举报人可重新领取。"}


def reward_refusal(err: RewardError) -> FormError:
    return refusal(err)


def _reward_id(request: web.Request) -> int:
    return int(request.match_info["reward_id"])


def _choices(values: dict[str, Any]) -> dict[str, str | None]:
    return {
        "evidence_grade": values.get("evidence_grade") if values.get("evidence_grade") in GRADES else None,
        "target_party": values.get("target_party") if values.get("target_party") in PARTY_TITLES else None,
    }


async def _quote(case: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """The amount the region's policy gives this case with the choices made so far, or why not yet."""
    try:
        policy = region_policy(case["region"])
        found = calculate(policy, case_value_fen=case["verified_amount_fen"] or 0, **_choices(values))
    except RewardError as err:
        return {"error": err.message}
    return {"policy": policy.name, "amount_fen": found.amount_fen, "explanation": found.explanation}


async def proposal_form(
    request: web.Request, ctx: Ctx, *, error: FormError | None = None, values: dict[str, Any] | None = None
) -> web.Response:
    case = await cases.case_view(ctx.me, int(request.match_info["id"]), rules=request.app[keys.REPORT_RULES])
    values = values or dict(request.query)
    context = {
        "case": case,
        "quote": await _quote(case, values),
        "grades": GRADES,
        "conclusions": CONCLUSIONS,
        "parties": PARTY_TITLES,
        "values": values,
        "errors": error.fields if error else {},
        "message": error.message if error else None,
    }
    return render(request, ctx, "rewards/propose.html", context, status=error.status if error else 200)


async def quote(request: web.Request, ctx: Ctx) -> web.Response:
    """The live quote (htmx posts the form as it changes): only the quote fragment."""
    case = await cases.case_view(ctx.me, int(request.match_info["id"]), rules=request.app[keys.REPORT_RULES])
    found = await _quote(case, form_values(await request.post()))
    return render(request, ctx, "rewards/_quote.html", {"quote": found})


async def propose(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post(), lists=("exclusions",))
    excluded, choices = set(values.get("exclusions", [])), _choices(values)
    try:
        async with in_transaction() as conn:
            reward = await workflow.propose(
                conn,
                int(request.match_info["id"]),
                exclusions=workflow.Exclusions(
                    **{k: k in excluded for k in workflow.Exclusions.__dataclass_fields__}
                ),
                cipher=request.app[keys.CIPHER],
                actor=ctx.me,
                now=now_of(request),
                evidence_grade=choices["evidence_grade"],
                target_party=choices["target_party"],
            )
    except RewardError as err:
        return await proposal_form(request, ctx, error=reward_refusal(err), values=values)
    raise see_other(f"/admin/rewards/{reward.id}?done=proposed")


async def queue(request: web.Request, ctx: Ctx) -> web.Response:
    values = {k: v for k, v in request.query.items() if v and k in RewardQueueQuery.model_fields}
    errors: dict[str, str] = {}
    try:
        q = parse(RewardQueueQuery, values)
        rows = await queries.queue(ctx.me, status=q.status, region=q.region)
    except FormError as err:
        rows, errors = [], err.fields
    except RewardError as err:
        rows, errors = [], reward_refusal(err).fields
    context = {"rows": rows, "values": values, "errors": errors, "statuses": queries.REWARD_TITLES}
    return render(request, ctx, "rewards/queue.html", context)


async def detail(
    request: web.Request,
    ctx: Ctx,
    *,
    error: FormError | None = None,
    form: str | None = None,
    payee: dict[str, Any] | None = None,
) -> web.Response:
    try:
        found = await queries.detail(ctx.me, _reward_id(request), cipher=request.app[keys.CIPHER])
    except RewardError as err:
        raise web.HTTPForbidden(text=err.message) if err.code == "forbidden" else web.HTTPNotFound() from None
    context = {
        "reward": found,
        "done": DONE.get(request.query.get("done", "")),
        "form": form,
        "message": error.message if error else None,
        "errors": error.fields if error else {},
        "payouts": keys.WECHATPAY in request.app,
        "rejected_state": REJECTED,
        "payee": payee,
    }
    return render(request, ctx, "rewards/detail.html", context, status=error.status if error else 200)


async def approve(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    try:
        async with in_transaction() as conn:
            await workflow.approve(conn, _reward_id(request), actor=ctx.me, now=now_of(request))
    except RewardError as err:
        return await detail(request, ctx, error=reward_refusal(err), form="approve")
    wake_jobs(request)
    raise see_other(f"/admin/rewards/{_reward_id(request)}?done=approved")


async def bank_transfer(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    form = await request.post()
    values = form_values(form)
    upload = form.get("voucher_file")
    seq = int(request.match_info["seq"])
    try:
        body = parse(BankTransferIn, {"voucher_no": values.get("voucher_no", "")})
        blob = None
        if isinstance(upload, web.FileField) and upload.filename:
            blob = await store_voucher(request.app, upload.file.read(), upload.content_type)
        async with in_transaction() as conn:
            await record_bank_transfer(
                conn, _reward_id(request), seq, voucher_no=body.voucher_no, voucher_blob=blob, actor=ctx.me,
                now=now_of(request),
            )  # fmt: skip
    except (FormError, ApiError, RewardError) as err:
        shown = reward_refusal(err) if isinstance(err, RewardError) else err
        return await detail(request, ctx, error=_form_error(shown), form=f"bank-{seq}")
    raise see_other(f"/admin/rewards/{_reward_id(request)}?done=bank")


def _form_error(err: FormError | ApiError) -> FormError:
    return err if isinstance(err, FormError) else refusal(err)


async def void_transfer(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    seq = int(request.match_info["seq"])
    gateway = request.app.get(keys.WECHATPAY)
    try:
        if gateway is None:
            raise RewardError("payouts_disabled")
        share = await queries.share_id_of(_reward_id(request), seq)
        await void_rejected(
            share, gateway=gateway, cipher=request.app[keys.CIPHER], actor=ctx.me, now=now_of(request)
        )
    except RewardError as err:
        return await detail(request, ctx, error=reward_refusal(err), form=f"void-{seq}")
    raise see_other(f"/admin/rewards/{_reward_id(request)}?done=voided")


async def reconcile_page(
    request: web.Request, ctx: Ctx, *, result: dict[str, Any] | None = None, error: FormError | None = None
) -> web.Response:
    context = {
        "regions": sorted(ctx.me.regions),
        "result": result,
        "payouts": keys.WECHATPAY in request.app,
        "message": error.message if error else None,
    }
    return render(request, ctx, "rewards/reconcile.html", context, status=error.status if error else 200)


async def reconcile(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    """Every transfer bill of the region queried at WeChat Pay and compared with our ledger."""
    values = form_values(await request.post())
    region = str(values.get("region", ""))
    gateway = request.app.get(keys.WECHATPAY)
    if region not in ctx.me.regions:
        return await reconcile_page(request, ctx, error=FormError("请选择您负责的统筹地区。", status=403))
    if gateway is None:
        return await reconcile_page(request, ctx, error=reward_refusal(RewardError("payouts_disabled")))
    found = await run_reconcile(gateway, now=now_of(request), region=region)
    return await reconcile_page(request, ctx, result={"region": region, **found.as_dict()})


async def payee(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    """The claimant's identity to pay by bank; asks a purpose, and every view is audited."""
    seq = int(request.match_info["seq"])
    values = form_values(await request.post())
    try:
        body = parse(PurposeIn, values)
        async with in_transaction() as conn:
            shown = await reveal_payee(
                conn, _reward_id(request), seq, actor=ctx.me, cipher=request.app[keys.CIPHER],
                purpose=body.purpose, now=now_of(request),
            )  # fmt: skip
    except FormError as err:
        return await detail(request, ctx, error=err, form=f"payee-{seq}")
    except RewardError as err:
        return await detail(request, ctx, error=reward_refusal(err), form=f"payee-{seq}")
    if shown is None:  # the refused attempt is committed in the audit log
        raise RewardError("forbidden", detail="只有财务人员和负责人可以查看领奖人身份，本次请求已记录。")
    return await detail(request, ctx, form=f"payee-{seq}", payee={"seq": seq, **shown})
