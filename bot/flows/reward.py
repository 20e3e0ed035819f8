"""举报奖励 in chat: the user's offers (amount, claim-by date, status) and the link to the claim page.

Nothing is claimed in chat: identity and the WeChat Pay confirmation belong in the H5 page, which the
link opens inside WeChat. Offers are found for named reports only (by the openid that sent them); an
anonymous reporter is told to open the page and enter the receipt there.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from reward.calculate import yuan
from reward.queries import OfferView, offers_of
from storage.crypto import FieldCipher

CLAIM_PATH = "/h5/rewards/claim"
LISTED = 5
MINE_MENU = (
    "【我的】\n"
    "· 回复“奖励”：查看和领取举报奖励\n"
    "· 回复“我的举报”：查看实名举报的办理进度\n"
    "· 回复“留言”：给我们写信"
)


def _line(n: int, offer: OfferView) -> str:
    mine = next((s for s in offer.shares if s.mine), None)
    amount = yuan(mine.amount_fen if mine else offer.amount_fen)
    status = mine.status_title if mine else offer.status_title
    by = f"，请于{offer.claim_by:%Y年%m月%d日}前领取" if offer.claim_by and offer.status == "offered" else ""
    joint = f"（联合举报共{len(offer.shares)}份）" if len(offer.shares) > 1 else ""
    return f"{n}. {offer.target_name}：奖励{amount}{joint}，{status}{by}"


def render_offers(offers: list[OfferView], link: str) -> str:
    """The chat reply: the offers with the link, or how an anonymous reporter claims."""
    anchor = f'<a href="{link}">领取奖励</a>'
    if not offers:
        return (
            "没有查到您的实名举报奖励。\n"
            f"匿名举报的奖励，请点击 {anchor} 打开领奖页面，输入举报时收到的16位回执码领取。"
        )
    lines = ["您的举报奖励："] + [_line(n, o) for n, o in enumerate(offers[:LISTED], 1)]
    lines.append(f"点击 {anchor} 核验身份并领取，到账前需在微信中确认收款。逾期未领视为放弃。")
    lines.append("匿名举报的奖励，也可在领奖页面输入回执码领取。")
    return "\n".join(lines)


def offers_reply(*, cipher: FieldCipher, public_base_url: str) -> Callable[[str], Awaitable[str]]:
    """The reply to 奖励/领奖 and the 领取奖励 menu for one user (by openid)."""
    link = public_base_url.rstrip("/") + CLAIM_PATH

    async def reply(openid: str) -> str:
        return render_offers(await offers_of(openid, cipher=cipher), link)

    return reply
