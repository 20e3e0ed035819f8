"""Credit commitment letters: their wiring (models, the windows' close, the signed PDF and reminders,
the 信用承诺 menu click and words, errors, the CLI)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from commitments import cli
from commitments.errors import CommitmentError
from kernel.module import Answer, ChatEntry, Command, Domain
from storage.jobs import JobHandler

if TYPE_CHECKING:
    from bot.flows.registry import FlowDeps
    from server.resources import Resources

# The H5 page a signer opens (handlers/h5/commitments.py serves it).
PAGE_PATH = "/h5/commitments"
ANSWER = "commitments"


def _jobs(r: Resources) -> Mapping[str, JobHandler]:
    from bot.client import WeChatAPIError
    from bot.jobs import NOTICE_PERMANENT
    from commitments import documents, jobs, seal
    from storage.jobs import PermanentJobError

    async def send_template(openid: str, template: str, data: dict[str, Any], url: str) -> None:
        try:
            await r.client.send_template(openid, template, data, url=url)
        except WeChatAPIError as err:
            if err.errcode in NOTICE_PERMANENT:  # unfollowed, blocked: retrying cannot help
                raise PermanentJobError(str(err)) from err
            raise

    def renderer() -> documents.Renderer:
        return documents.Renderer(
            base_url=r.settings.PUBLIC_BASE_URL,
            font=Path(r.settings.COMMITMENTS_FONT),
            keys=seal.ensure_demo_keys(cli.key_dir(r.settings)),
            tsa_url=r.settings.COMMITMENTS_TSA_URL,
        )

    return jobs.job_handlers(
        clock=r.clock,
        blobs=r.blobs,
        renderer=renderer,
        send_template=send_template,
        cipher=r.cipher,
        reminder_target=lambda: (
            r.settings.COMMITMENTS_REMINDER_TEMPLATE,
            r.settings.PUBLIC_BASE_URL.rstrip("/") + PAGE_PATH,
        ),
    )


def _answers(deps: FlowDeps) -> Mapping[str, Answer]:
    link = deps.public_base_url.rstrip("/") + PAGE_PATH

    async def answer(openid: str) -> str:
        return f'请点击签署信用承诺书：<a href="{link}">信用承诺</a>（首次需核验姓名和身份证号）'

    return {ANSWER: answer}


DOMAIN = Domain(
    name="commitments",
    models=("commitments.models",),
    jobs=_jobs,
    schedule={"commitments.close_windows": 300},  # jobs.CLOSE_WINDOWS, every five minutes
    errors=(CommitmentError,),
    chat=(ChatEntry(ANSWER, keywords=("信用承诺", "承诺书", "签署承诺书"), clicks=("COMMITMENT",)),),
    answers=_answers,
    commands=(Command("commitments", "信用承诺书", cli.add_actions, cli.run),),
)
