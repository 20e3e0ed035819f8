"""Console pages for the registry: search institutions (the same search as the public lookup), view
and edit one, and import institutions or practitioners from CSV as a task with every bad row listed."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from tortoise.transactions import in_transaction

from handlers import keys
from handlers.console.web import Ctx, FormError, form_values, now_of, render, see_other
from registry import service, tasks
from registry.errors import RegistryError
from registry.models import INSTITUTION_STATUSES, KINDS, LEVELS
from registry.search import search_institutions

WHAT = {"institutions": "定点医药机构", "practitioners": "医务人员"}
EDITABLE = ("name", "address", "kind", "level", "status", "chain_parent", "grid")


def _region(ctx: Ctx, raw: str | None) -> str:
    mine = sorted(r for r in ctx.me.regions if ctx.me.has_any(service.REGISTRY_ROLES, r))
    if raw in mine:
        return str(raw)
    if not mine:
        raise RegistryError("forbidden")
    return mine[0]


async def search(request: web.Request, ctx: Ctx, *, error: FormError | None = None) -> web.Response:
    region = _region(ctx, request.query.get("region"))
    q = request.query.get("q", "").strip()[:64]
    found = await search_institutions(region=region, query=q, limit=50) if q else []
    context = {
        "region": region,
        "regions": sorted(r for r in ctx.me.regions if ctx.me.has_any(service.REGISTRY_ROLES, r)),
        "q": q,
        "found": found,
        "kinds": KINDS,
        "what": WHAT,
        "values": {"q": q},
        "errors": error.fields if error else {},
        "message": error.message if error else None,
    }
    return render(request, ctx, "registry/search.html", context, status=error.status if error else 200)


async def institution(
    request: web.Request, ctx: Ctx, *, error: FormError | None = None, values: dict[str, Any] | None = None
) -> web.Response:
    region = _region(ctx, request.query.get("region"))
    async with in_transaction() as conn:
        place = await service.get_institution(conn, code=request.match_info["code"], region=region)
    context = {
        "place": place,
        "region": region,
        "kinds": KINDS,
        "levels": LEVELS,
        "statuses": INSTITUTION_STATUSES,
        "values": values or {f: getattr(place, f) or "" for f in EDITABLE},
        "done": "已保存。" if request.query.get("done") == "saved" else None,
        "errors": error.fields if error else {},
        "message": error.message if error else None,
    }
    return render(request, ctx, "registry/institution.html", context, status=error.status if error else 200)


async def edit(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    values = form_values(await request.post())
    region = _region(ctx, str(values.get("region", "")) or None)
    changes = {f: values.get(f) for f in EDITABLE}
    try:
        async with in_transaction() as conn:
            place = await service.edit_institution(
                conn, region=region, code=request.match_info["code"], changes=changes, actor=ctx.me,
                now=now_of(request),
            )  # fmt: skip
    except RegistryError as err:
        if err.code != "bad_rows":
            raise (
                web.HTTPForbidden(text=err.message) if err.code == "forbidden" else web.HTTPNotFound()
            ) from None
        shown = FormError(err.message)
        return await institution(request, ctx, error=shown, values=values)
    raise see_other(f"/admin/registry/institutions/{place.code}?region={region}&done=saved")


async def import_file(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    form = await request.post()
    what = request.match_info["what"]
    upload = form.get("file")
    region = _region(ctx, str(form.get("region", "")) or None)
    if not isinstance(upload, web.FileField) or not upload.filename:
        return await search(
            request, ctx, error=FormError("请选择CSV文件。", {f"file-{what}": "请选择CSV文件。"})
        )
    data = upload.file.read()
    blob = await request.app[keys.BLOBS].put(data)
    async with in_transaction() as conn:
        task = await tasks.start_import(
            conn, what="institutions" if what == "institutions" else "practitioners", actor=ctx.me,
            region=region, blob=blob, size=len(data), now=now_of(request),
        )  # fmt: skip
    request.app[keys.JOBS].wake()
    raise see_other(f"/admin/tasks/{task.id}")
