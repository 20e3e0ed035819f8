"""Malformed multipart parts (found by fuzzing) get a 422 naming the file field, never a 500."""

from __future__ import annotations

import aiohttp
import pytest

from storage.models import Attachment
from tests.conftest import Stack
from tests.e2e.test_api_v1 import JPEG, Api

DISPOSITION = b'Content-Disposition: form-data; name="file"; filename="a.jpg"\r\n'


@pytest.mark.parametrize(
    "headers",
    [
        b'Content-Dispo\x01sition: form-data; name="file"; filename="a.jpg"\r\n',  # a control character
        DISPOSITION + b"Content-Type: image/jpeg\r\nContent-Type: image/png\r\n",  # two Content-Type lines
        DISPOSITION + b"Content-Type image/jpeg\r\n",  # a header line without a colon
    ],
    ids=["control-character-in-a-name", "two-content-types", "no-colon"],
)
async def test_a_part_with_malformed_headers_gets_422_and_stores_nothing(
    stack: Stack, headers: bytes
) -> None:
    async with aiohttp.ClientSession() as http:
        api = Api(stack, http)
        await api.login("o-parts")
        body = b"--xyz\r\n" + headers + b"\r\n" + JPEG + b"\r\n--xyz--\r\n"
        status, err, _ = await api.call(
            "POST", "/api/v1/attachments", data=body,
            headers={"Content-Type": "multipart/form-data; boundary=xyz"},
        )  # fmt: skip
    assert status == 422, err
    assert err["code"] == "invalid" and "file" in err["fields"]
    assert await Attachment.all().count() == 0
