"""Issue 12's browser test, in the simulator's page (Debian's chromium, a phone-sized page): a
practitioner taps 参与 → 信用承诺, follows the link into the in-page WeChat browser, binds their account
(name and ID number against the roster), reads the letter to its end, draws a signature with the mouse,
confirms, and downloads the sealed PDF, which verifies."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.async_api import Page, expect
from tortoise.transactions import in_transaction

from bot.menu import menu_payload
from commitments import documents, seal
from commitments.cli import key_dir
from commitments.models import Signature
from handlers import keys
from tests.conftest import Stack, StackFactory
from tests.e2e.browser import phone_page
from tests.e2e.test_simulator_page import bubbles
from tests.integration.commitments_kit import NOW, id_number, practitioner_campaign

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("backend", ["sqlite"])]
SCREENSHOT = "/tmp/commitment_journey.png"


@pytest.fixture
async def stack(make_stack: StackFactory) -> Stack:
    made: Stack = await make_stack(clock=lambda: NOW + timedelta(hours=1))
    return made


@pytest.fixture
async def page(stack: Stack) -> AsyncIterator[Page]:
    await stack.app[keys.CLIENT].create_menu(menu_payload())
    async with phone_page(str(stack.sim_server.make_url("/sim/")), timeout_ms=15_000) as pg:
        yield pg


async def test_a_practitioner_binds_reads_draws_signs_and_downloads_the_pdf(
    stack: Stack, page: Page, tmp_path: Path
) -> None:
    await practitioner_campaign()
    menu = page.locator("#menu")
    await menu.get_by_role("button", name="参与", exact=True).click()
    await menu.get_by_role("button", name="信用承诺", exact=True).click()
    await bubbles(page, "out").last.locator("a", has_text="信用承诺").click()

    frame = page.frame_locator("#browser-frame")
    await expect(frame.locator("#bind")).to_be_visible()
    await frame.get_by_label("编码").fill("D0000001")
    await frame.get_by_label("姓名").fill("张三")
    await frame.get_by_label("身份证号").fill(id_number(2))  # someone else's
    await frame.locator("#bind-submit").click()
    await expect(frame.locator("#status")).to_contain_text("不符")
    await frame.get_by_label("身份证号").fill(id_number(1))
    await frame.locator("#bind-submit").click()
    letter = frame.locator("#letters button")
    await expect(letter).to_contain_text("待签署")
    await letter.click()

    body = frame.locator("#letter-body")
    await expect(body).to_contain_text("实名就医")
    await expect(frame.locator("#pad-box")).to_be_hidden()  # not before the end is read
    await body.evaluate("el => { el.scrollTop = el.scrollHeight; }")
    pad = frame.locator("#pad")
    await expect(pad).to_be_visible()
    box = await pad.bounding_box()
    assert box is not None
    x, y, w, h = box["x"], box["y"], box["width"], box["height"]
    await page.mouse.move(x + w * 0.1, y + h * 0.3)
    await page.mouse.down()
    for i in range(1, 21):  # a wavy stroke across the pad, like a written name
        await page.mouse.move(x + w * (0.1 + 0.04 * i), y + h * (0.3 + 0.4 * (i % 2)), steps=3)
    await page.mouse.up()
    await frame.locator("#confirm").click()
    await expect(frame.locator("#done")).to_be_visible()
    code = (await frame.locator("#done-code").text_content() or "").strip()
    assert len(code) == 16

    for _ in range(300):  # the worker renders and seals the PDF after the commit
        if (await Signature.get(code=code)).pdf_sha256:
            break
        await asyncio.sleep(0.05)
    async with page.expect_download() as info:
        await frame.locator("#done-pdf").click()
    target = tmp_path / "letter.pdf"
    await (await info.value).save_as(target)
    await page.screenshot(path=SCREENSHOT)

    cert = seal.ensure_demo_keys(key_dir(stack.settings)).certificate_pem()
    async with in_transaction() as conn:
        verdict = await documents.verify_pdf(conn, target.read_bytes(), cert_pem=cert)
    assert verdict["valid"] is True and verdict["signer"] == "张*"
    signed = await Signature.get(code=code)
    assert [e["kind"] for e in signed.evidence["timeline"]] == ["opened", "read", "signed"]
    assert "Chrome" in signed.evidence["client"]["user_agent"]
