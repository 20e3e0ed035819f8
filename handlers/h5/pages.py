"""Static H5 pages from ``handlers/static`` (the credit objection form, the practitioner points page):
read once, served with a policy that lets them talk only to this origin's API."""

from __future__ import annotations

from importlib import resources

from aiohttp import web

from handlers.kit.errors import Handler
from handlers.kit.headers import page_csp


def static_page(name: str) -> Handler:
    """A handler serving ``handlers/static/<name>``."""
    page = resources.files("handlers.h5").joinpath(f"static/{name}").read_text("utf-8")
    csp = page_csp(page)  # its own inline script and style, by hash; it talks only to this origin

    async def serve(request: web.Request) -> web.Response:
        return web.Response(
            text=page,
            content_type="text/html",
            headers={
                "Cache-Control": "public, max-age=300",
                "Content-Security-Policy": csp,
                "X-Content-Type-Options": "nosniff",
            },
        )

    return serve
