"""The commitment signing page end to end: 信用承诺 in chat links to it, silent OAuth through the
simulator, binding, the letter's timeline, a drawn signature (once, replay-safe), the PDF the worker
renders and seals, and the public verification page and upload."""

from __future__ import annotations

import asyncio
import base64
from datetime import timedelta
from urllib.parse import urlsplit

import aiohttp

from tests.conftest import Stack, StackFactory
from tests.integration.commitments_kit import NOW, drawn_png, id_number, practitioner_campaign

XHR = {"X-Requested-With": "fundguard"}


async def sign_in(stack: Stack, browser: aiohttp.ClientSession, openid: str) -> aiohttp.ClientResponse:
    page = stack.url.rstrip("/") + "/h5/commitments"
    async with browser.get(page, allow_redirects=False) as resp:
        assert resp.status == 302
        authorize = resp.headers["Location"]
    assert f"redirect_uri={stack.settings.PUBLIC_BASE_URL}/h5/commitments/callback&" in authorize
    async with browser.get(authorize.split("#")[0] + f"&sim_openid={openid}", allow_redirects=False) as resp:
        callback = resp.headers["Location"]
    resp = await browser.get(callback)
    assert resp.status == 200 and urlsplit(str(resp.url)).path == "/h5/commitments"
    return resp


async def test_a_practitioner_signs_in_wechat_and_gets_a_pdf_that_verifies(make_stack: StackFactory) -> None:
    stack: Stack = await make_stack(clock=lambda: NOW + timedelta(hours=1))
    campaign = await practitioner_campaign()
    delivery = await stack.sim.click("o-zhang", "COMMITMENT")
    assert delivery.status == 200 and "/h5/commitments" in stack.sim.texts_to("o-zhang")[-1]
    base = stack.url.rstrip("/")
    api = base + "/h5/api/commitments"
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as browser:
        page = await sign_in(stack, browser, "o-zhang")
        csp = page.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        html = await page.text()
        assert "<script>" not in html and "signature_pad.umd.min.js" in html
        async with browser.get(api) as resp:
            state = await resp.json()
        assert state["letters"] == [] and [c["id"] for c in state["campaigns"]] == [campaign.id]
        bind = {"campaign_id": campaign.id, "party": "D0000001", "name": "张三", "id_number": id_number(2)}
        async with browser.post(api + "/bind", json=bind, headers=XHR) as resp:
            assert resp.status == 422 and (await resp.json())["code"] == "not_on_roster"
        async with browser.post(api + "/bind", json=bind | {"id_number": id_number(1)}) as resp:
            assert resp.status == 403  # no X-Requested-With: not the page itself
        async with browser.post(api + "/bind", json=bind | {"id_number": id_number(1)}, headers=XHR) as resp:
            roster_id = (await resp.json())["roster_id"]
        async with browser.get(api) as resp:
            (letter,) = (await resp.json())["letters"]
        assert (
            letter["title"] == "信用承诺书"
            and "实名就医" in letter["body"]
            and letter["signature_code"] is None
        )
        image = "data:image/png;base64," + base64.b64encode(drawn_png()).decode()
        signing = {"image": image, "idempotency_key": "h5-key-0001"}
        async with browser.post(f"{api}/{roster_id}/sign", json=signing, headers=XHR) as resp:
            assert resp.status == 422 and (await resp.json())["code"] == "not_read"
        for kind in ("opened", "read"):
            async with browser.post(f"{api}/{roster_id}/events", json={"kind": kind}, headers=XHR) as resp:
                assert resp.status == 204
        async with browser.post(f"{api}/{roster_id}/sign", json=signing, headers=XHR) as resp:
            assert resp.status == 201
            signed = await resp.json()
        async with browser.post(f"{api}/{roster_id}/sign", json=signing, headers=XHR) as resp:
            assert (await resp.json())["code"] == signed["code"]  # a replay returns the first
        assert signed["verify_url"] == f"{stack.settings.PUBLIC_BASE_URL}/verify/commitments/{signed['code']}"

        pdf = b""
        for _ in range(200):  # the worker renders it after the commit; wait for it, not for a time
            async with browser.get(f"{api}/signatures/{signed['code']}/pdf") as resp:
                if resp.status == 200:
                    pdf = await resp.read()
                    break
            await asyncio.sleep(0.05)
        assert pdf.startswith(b"%PDF")
        async with aiohttp.ClientSession() as stranger:
            async with stranger.post(base + "/verify/commitments", data=pdf) as resp:
                verdict = await resp.json()
            assert verdict["valid"] is True and verdict["signer"] == "张*" and verdict["failed"] == []
            async with stranger.post(base + "/verify/commitments", data=pdf[:-40] + b" " * 40) as resp:
                assert (await resp.json())["valid"] is False
            async with stranger.get(
                signed["verify_url"].replace(stack.settings.PUBLIC_BASE_URL, base)
            ) as resp:
                text = await resp.text()
            assert resp.status == 200 and "有效" in text and "张*" in text and "张三" not in text
            async with stranger.get(f"{api}/signatures/{signed['code']}/pdf") as resp:
                assert resp.status == 401  # the PDF is the signer's
