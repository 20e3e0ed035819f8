"""The social supervisor's certificate (/h5/grid/certificates/{token}): an H5 card with a QR code of its
own link, so anyone who scans it sees whether the holder is a current supervisor (name, number, grids,
term). Public by design: it shows no more than the printed card; an unknown token is a 404."""

from __future__ import annotations

from html import escape

import segno
from aiohttp import web

from grid import supervisors
from handlers import keys
from kernel.clock import china_day

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _qr_svg(url: str) -> str:
    # Medium error correction survives a scuffed print; inline SVG needs no image endpoint.
    return segno.make(url, error="m").svg_inline(scale=4, dark="#1a1a1a")


async def card(request: web.Request) -> web.Response:
    token = request.match_info["token"]
    shown = await supervisors.certificate(token, today=china_day(request.app[keys.CLOCK]()))
    headers = {
        "Cache-Control": "no-store",
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
    }
    if shown is None:
        return web.Response(
            text="<!doctype html><meta charset=utf-8><p>没有这张监督员证。</p>",
            status=404,
            content_type="text/html",
            headers=headers,
        )
    url = f"{request.app[keys.SETTINGS].PUBLIC_BASE_URL}/h5/grid/certificates/{token}"
    state = "有效（在任）" if shown["current"] else f"无效（{shown['status_title']}）"
    colour = "#0a7d32" if shown["current"] else "#b3261e"
    body = f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>医保基金社会监督员证</title>
<style>body{{font-family:sans-serif;margin:0;background:#f2f4f7}}
.card{{max-width:360px;margin:24px auto;background:#fff;border-radius:12px;padding:20px;
box-shadow:0 1px 4px #0002}}
h1{{font-size:18px;margin:0 0 12px}}dt{{color:#666;font-size:13px}}dd{{margin:0 0 8px;font-size:16px}}
.state{{font-weight:bold;color:{colour}}}.qr{{text-align:center}}</style></head>
<body><div class="card"><h1>医保基金社会监督员证</h1><dl>
<dt>姓名</dt><dd id="name">{escape(shown["name"])}</dd>
<dt>证号</dt><dd>{escape(shown["certificate_no"] or "")}</dd>
<dt>监督网格</dt><dd>{escape("、".join(shown["grids"]))}</dd>
<dt>任期</dt><dd>{escape(shown["term_start"] or "")} 至 {escape(shown["term_end"] or "")}</dd>
<dt>状态</dt><dd class="state" id="state">{state}</dd></dl>
<div class="qr">{_qr_svg(url)}<p>扫码核验监督员身份</p></div></div></body></html>"""
    return web.Response(text=body, content_type="text/html", charset="utf-8", headers=headers)
