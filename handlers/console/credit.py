"""Console pages for credit: evaluation runs (started as a task, its progress shown), a run's grades
and each grade's explanation, the diff of two runs, publication, the objections queue with answer
forms and deadlines, events (record; CSV import as a task) and the progress page of any task.

Over the credit services the staff API's ``handlers.admin_credit`` uses; never grading in a request.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field
from tortoise.transactions import in_transaction

from credit import blacklist, evaluation, events, objections, run_diff
from credit import tasks as credit_tasks
from credit.access import CREDIT_ROLES, region_of
from credit.engine.facts import EVENT_LABELS
from credit.errors import CreditError
from credit.regions import region_credit
from handlers import keys
from handlers.console.web import Ctx, FormError, form_values, now_of, parse, refusal, render, see_other
from handlers.staff_api.console import TASK_READERS
from handlers.staff_api.credit import AnswerIn, DecideIn, EventIn, ListingIn, RepairIn
from handlers.staff_api.points import PointsIn, ReviewAnswerIn
from kernel.actors import Actor
from kernel.clock import china_day
from points import service as practitioner_points
from points.service import points_scheme_for
from storage import tasks

DONE = {
    "published": "评价结果已发布，公众查询即显示新等级。",
    "answered": "异议已答复。",
    "recorded": "信用事件已记录。",
}
RUN_STATUS = {"draft": "草稿（未发布）", "published": "已发布", "superseded": "已被替代"}
DECISIONS = {"upheld": "异议成立（更正等级）", "rejected": "异议不成立（维持等级）"}
OBJECTION_STATUS = {"open": "待答复", "upheld": "成立", "rejected": "不成立"}
TASK_STATUS = {"pending": "排队中", "running": "进行中", "done": "已完成", "failed": "失败"}


class EvaluateForm(BaseModel):
    model_config = ConfigDict(extra="forbid")
    region: str | None = Field(default=None, max_length=32)
    period: str = Field(min_length=4, max_length=7, pattern=r"^\d{4}(-\d{2})?$")
    publish: bool = False


def credit_refusal(err: CreditError, field: str | None = None) -> FormError:
    return refusal(err, field)


def _region(ctx: Ctx, raw: str | None) -> str:
    """The region asked for, else the first the actor does credit work in (they may switch)."""
    mine = sorted(r for r in ctx.me.regions if ctx.me.has_any(CREDIT_ROLES, r))
    return region_of(ctx.me, raw or (mine[0] if mine else None))


def _regions(actor: Actor) -> list[str]:
    return sorted(r for r in actor.regions if actor.has_any(CREDIT_ROLES, r))


# -- runs -----------------------------------------------------------------------------------------


async def runs(
    request: web.Request, ctx: Ctx, *, error: FormError | None = None, values: dict[str, Any] | None = None
) -> web.Response:
    region = _region(ctx, request.query.get("region"))
    found = await evaluation.runs(region, actor=ctx.me)
    context = {
        "region": region,
        "regions": _regions(ctx.me),
        "runs": found,
        "statuses": RUN_STATUS,
        "values": values or {"period": str(china_day(now_of(request)).year)},
        "errors": error.fields if error else {},
        "message": error.message if error else None,
    }
    return render(request, ctx, "credit/runs.html", context, status=error.status if error else 200)


async def evaluate(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    """Start an evaluation as a task (a job grades; the browser follows its progress)."""
    values = form_values(await request.post())
    try:
        body = parse(EvaluateForm, {**values, "publish": values.get("publish") == "yes"})
        region = _region(ctx, body.region)
        async with in_transaction() as conn:
            task = await credit_tasks.start_evaluation(
                conn,
                actor=ctx.me,
                region=region,
                period=body.period,
                publish=body.publish,
                now=now_of(request),
            )
    except FormError as err:
        return await runs(request, ctx, error=err, values=values)
    except CreditError as err:
        return await runs(request, ctx, error=credit_refusal(err, "period"), values=values)
    request.app[keys.JOBS].wake()
    raise see_other(f"/admin/tasks/{task.id}")


async def run_page(request: web.Request, ctx: Ctx, *, error: FormError | None = None) -> web.Response:
    run_id = int(request.match_info["id"])
    raw = request.query.get("offset", "0")
    offset = int(raw) if raw.isdigit() else 0
    run, grades, total = await evaluation.run_grades(
        run_id, actor=ctx.me, offset=offset, limit=100, grade=None
    )
    others = [r for r in await evaluation.runs(run.region, actor=ctx.me) if r.id != run.id]
    context = {
        "run": run,
        "grades": grades,
        "total": total,
        "offset": offset,
        "others": others,
        "statuses": RUN_STATUS,
        "done": DONE.get(request.query.get("done", "")),
        "errors": error.fields if error else {},
        "message": error.message if error else None,
    }
    return render(request, ctx, "credit/run.html", context, status=error.status if error else 200)


async def explain(request: web.Request, ctx: Ctx) -> web.Response:
    found = await evaluation.explain(
        int(request.match_info["id"]), request.match_info["code"].upper(), actor=ctx.me
    )
    return render(request, ctx, "credit/explain.html", {"found": found})


async def diff(request: web.Request, ctx: Ctx) -> web.Response:
    run_id = int(request.match_info["id"])
    against = request.query.get("against", "")
    if not against.isdigit():
        return await run_page(
            request, ctx, error=FormError("请选择要比较的另一次评价。", {"against": "请选择。"})
        )
    try:
        found = await run_diff.diff_runs(run_id, int(against), actor=ctx.me, offset=0, limit=500)
    except CreditError as err:
        return await run_page(request, ctx, error=credit_refusal(err, "against"))
    return render(request, ctx, "credit/diff.html", {"diff": found})


async def publish(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    run_id = int(request.match_info["id"])
    try:
        await evaluation.publish(run_id, actor=ctx.me, now=now_of(request))
    except CreditError as err:
        return await run_page(request, ctx, error=credit_refusal(err))
    raise see_other(f"/admin/credit/runs/{run_id}?done=published")


# -- tasks ----------------------------------------------------------------------------------------


async def _task(request: web.Request, ctx: Ctx) -> dict[str, Any]:
    found = await tasks.readable(int(request.match_info["id"]), actor=ctx.me, roles=TASK_READERS)
    if found is None:
        raise CreditError("not_found", ["没有这项任务，或您无权查看"])
    return tasks.task_json(found)


async def task_page(request: web.Request, ctx: Ctx) -> web.Response:
    return render(request, ctx, "task.html", {"task": await _task(request, ctx), "statuses": TASK_STATUS})


async def task_progress(request: web.Request, ctx: Ctx) -> web.Response:
    """The progress fragment htmx polls while the task runs (it stops polling once finished)."""
    return render(request, ctx, "_task.html", {"task": await _task(request, ctx), "statuses": TASK_STATUS})


# -- objections -----------------------------------------------------------------------------------


async def objection_queue(
    request: web.Request, ctx: Ctx, *, error: FormError | None = None, form: int | None = None
) -> web.Response:
    region = _region(ctx, request.query.get("region"))
    found = await objections.objection_queue(region, actor=ctx.me, today=china_day(now_of(request)))
    context = {
        "region": region,
        "regions": _regions(ctx.me),
        "objections": found,
        "statuses": OBJECTION_STATUS,
        "decisions": DECISIONS,
        "form": form,
        "done": DONE.get(request.query.get("done", "")),
        "errors": error.fields if error else {},
        "message": error.message if error else None,
    }
    return render(request, ctx, "credit/objections.html", context, status=error.status if error else 200)


async def answer_objection(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    oid = int(request.match_info["id"])
    values = form_values(await request.post())
    try:
        body = parse(AnswerIn, {**values, "regrade": values.get("regrade") == "yes"})
        async with in_transaction() as conn:
            await objections.answer_objection(
                conn, oid, decision=body.decision, answer=body.answer, corrected_grade=body.corrected_grade,
                regrade=body.regrade, actor=ctx.me, now=now_of(request),
            )  # fmt: skip
    except FormError as err:
        return await objection_queue(request, ctx, error=err, form=oid)
    except CreditError as err:
        return await objection_queue(request, ctx, error=credit_refusal(err, "answer"), form=oid)
    raise see_other("/admin/credit/objections?done=answered")


# -- events ---------------------------------------------------------------------------------------


async def events_page(
    request: web.Request, ctx: Ctx, *, error: FormError | None = None, values: dict[str, Any] | None = None
) -> web.Response:
    region = _region(ctx, request.query.get("region"))
    code = request.query.get("code") or None
    found, total = await events.list_events(
        region, actor=ctx.me, code=code, include_withdrawn=False, offset=0, limit=100
    )
    context = {
        "region": region,
        "regions": _regions(ctx.me),
        "events": found,
        "total": total,
        "kinds": EVENT_LABELS,
        "done": DONE.get(request.query.get("done", "")),
        "values": values or {},
        "errors": error.fields if error else {},
        "message": error.message if error else None,
    }
    return render(request, ctx, "credit/events.html", context, status=error.status if error else 200)


async def record_event(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post())
    try:
        body = parse(EventIn, values)
        region = _region(ctx, body.region)
        async with in_transaction() as conn:
            await events.record_event(
                conn, region=region, code=body.code, kind=body.kind, occurred_on=body.date,
                amount_yuan=body.amount_yuan, source=body.source, evidence=body.evidence, actor=ctx.me,
                now=now_of(request),
            )  # fmt: skip
    except FormError as err:
        return await events_page(request, ctx, error=err, values=values)
    except CreditError as err:
        return await events_page(request, ctx, error=credit_refusal(err, "code"), values=values)
    raise see_other(f"/admin/credit/events?region={region}&done=recorded")


async def import_events(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    form = await request.post()
    upload = form.get("file")
    try:
        region = _region(ctx, str(form.get("region", "")) or None)
        if not isinstance(upload, web.FileField) or not upload.filename:
            raise FormError("请选择要导入的CSV文件。", {"file": "请选择要导入的CSV文件。"})
        data = upload.file.read()
        blob = await request.app[keys.BLOBS].put(data)
        async with in_transaction() as conn:
            task = await credit_tasks.start_event_import(
                conn, actor=ctx.me, region=region, blob=blob, size=len(data), now=now_of(request)
            )
    except FormError as err:
        return await events_page(request, ctx, error=err)
    except CreditError as err:
        return await events_page(request, ctx, error=credit_refusal(err, "file"))
    request.app[keys.JOBS].wake()
    raise see_other(f"/admin/tasks/{task.id}")


# -- blacklist and repair -------------------------------------------------------------------------


async def blacklist_page(
    request: web.Request, ctx: Ctx, *, error: FormError | None = None, form: str | None = None,
    values: dict[str, Any] | None = None,
) -> web.Response:  # fmt: skip
    region, today = _region(ctx, request.query.get("region")), china_day(now_of(request))
    entries = await blacklist.listings(region, actor=ctx.me, today=today, current_only=False)
    repairs = await blacklist.repair_requests(region, actor=ctx.me, status="pending")
    context = {
        "region": region,
        "regions": _regions(ctx.me),
        "entries": [blacklist.listing_json(e, today=today) for e in entries],
        "repairs": [blacklist.repair_json(r) for r in repairs],
        "severities": {k: v.label for k, v in region_credit(region).blacklist.items()},
        "kinds": {"institution": "定点医药机构", "practitioner": "医务人员"},
        "form": form,
        "done": BLACKLIST_DONE.get(request.query.get("done", "")),
        "values": values or {},
        "errors": error.fields if error else {},
        "message": error.message if error else None,
    }
    return render(request, ctx, "credit/blacklist.html", context, status=error.status if error else 200)


BLACKLIST_DONE = {
    "listed": "已列入失信名单。",
    "repair": "信用修复申请已登记。",
    "decided": "已作出修复决定。",
}


async def add_listing(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post())
    try:
        body = parse(ListingIn, values)
        region = _region(ctx, body.region)
        async with in_transaction() as conn:
            await blacklist.add_listing(
                conn, region=region, subject_kind=body.subject_kind, subject_code=body.subject_code,
                severity=body.severity, reason=body.reason, listed_on=body.listed_on, actor=ctx.me,
                now=now_of(request),
            )  # fmt: skip
    except FormError as err:
        return await blacklist_page(request, ctx, error=err, form="add", values=values)
    except CreditError as err:
        return await blacklist_page(
            request, ctx, error=credit_refusal(err, "subject_code"), form="add", values=values
        )
    raise see_other(f"/admin/credit/blacklist?region={region}&done=listed")


async def request_repair(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post())
    entry = int(request.match_info["id"])
    try:
        body = parse(RepairIn, values)
        async with in_transaction() as conn:
            await blacklist.request_repair(
                conn, entry, commitment=body.commitment, corrective_action=body.corrective_action,
                actor=ctx.me, now=now_of(request),
            )  # fmt: skip
    except FormError as err:
        return await blacklist_page(request, ctx, error=err, form=f"repair-{entry}", values=values)
    except CreditError as err:
        return await blacklist_page(
            request, ctx, error=credit_refusal(err, "commitment"), form=f"repair-{entry}"
        )
    raise see_other(f"/admin/credit/blacklist?region={request.query.get('region', '')}&done=repair")


async def decide_repair(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post())
    rid = int(request.match_info["id"])
    try:
        body = parse(DecideIn, {**values, "approve": values.get("approve") == "yes"})
        async with in_transaction() as conn:
            await blacklist.decide_repair(
                conn, rid, approve=body.approve, note=body.note, actor=ctx.me, now=now_of(request)
            )
    except FormError as err:
        return await blacklist_page(request, ctx, error=err, form=f"decide-{rid}", values=values)
    except CreditError as err:
        return await blacklist_page(request, ctx, error=credit_refusal(err), form=f"decide-{rid}")
    raise see_other("/admin/credit/blacklist?done=decided")


# -- practitioner points --------------------------------------------------------------------------


POINTS_DONE = {"recorded": "记分已登记。", "answered": "复核已答复。"}


async def points_page(
    request: web.Request, ctx: Ctx, *, error: FormError | None = None, values: dict[str, Any] | None = None,
    form: str | None = None,
) -> web.Response:  # fmt: skip
    """A practitioner's standing and records (``?code=``), the record form, and the review queue."""
    region, today = _region(ctx, request.query.get("region")), china_day(now_of(request))
    code = str((values or {}).get("code") or request.query.get("code", "")).strip().upper()[:32]
    person = None
    lookup_error = None
    if code:
        try:
            person = await practitioner_points.points_json(code, as_of=today, actor=ctx.me)
        except CreditError as err:
            lookup_error = err.message
    scheme = points_scheme_for(region)
    context = {
        "region": region,
        "regions": _regions(ctx.me),
        "code": code,
        "person": person,
        "bands": {b.kind: f"{b.title}（{b.min_points}–{b.max_points}分）" for b in scheme.bands},
        "reviews": await practitioner_points.review_queue(region, actor=ctx.me, status="pending"),
        "decisions": {"upheld": "复核成立（撤销记分）", "rejected": "维持记分"},
        "form": form,
        "done": POINTS_DONE.get(request.query.get("done", "")),
        "values": values or {"code": code},
        "errors": (error.fields if error else {}) | ({"code": lookup_error} if lookup_error else {}),
        "message": error.message if error else lookup_error,
    }
    return render(request, ctx, "credit/points.html", context, status=error.status if error else 200)


async def record_points(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post())
    code = str(values.pop("practitioner_code", "")).strip().upper()
    try:
        body = parse(PointsIn, values)
        region = _region(ctx, body.region)
        async with in_transaction() as conn:
            await practitioner_points.record_points(
                conn, region=region, practitioner_code=code, kind=body.kind, points_given=body.points,
                decided_on=body.decided_on, notified_on=body.notified_on, summary=body.summary,
                suspension_months=body.suspension_months, institution_code=body.institution_code,
                source=body.source, actor=ctx.me, now=now_of(request),
            )  # fmt: skip
    except FormError as err:
        return await points_page(request, ctx, error=err, values={**values, "code": code}, form="record")
    except CreditError as err:
        shown = credit_refusal(err, "points")
        return await points_page(request, ctx, error=shown, values={**values, "code": code}, form="record")
    raise see_other(f"/admin/credit/points?region={region}&code={code}&done=recorded")


async def answer_review(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post())
    rid = int(request.match_info["id"])
    try:
        body = parse(ReviewAnswerIn, values)
        async with in_transaction() as conn:
            await practitioner_points.answer_review(
                conn, rid, decision=body.decision, answer=body.answer, actor=ctx.me, now=now_of(request)
            )
    except FormError as err:
        return await points_page(request, ctx, error=err, form=f"review-{rid}")
    except CreditError as err:
        return await points_page(request, ctx, error=credit_refusal(err, "answer"), form=f"review-{rid}")
    raise see_other("/admin/credit/points?done=answered")


async def notices(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    """The objection notices of a published run: each institution's code is shown on this page only."""
    run_id = int(request.match_info["id"])
    try:
        async with in_transaction() as conn:
            rows = await objections.issue_notices(
                conn,
                run_id,
                actor=ctx.me,
                now=now_of(request),
                calendar=request.app[keys.REPORT_RULES].calendar,
            )
    except CreditError as err:
        return await run_page(request, ctx, error=credit_refusal(err))
    return render(request, ctx, "credit/notices.html", {"run_id": run_id, "notices": rows})
