"""Passive reply rendering (text, image, news) as WeChat expects: To/From swapped, CDATA-escaped."""

from __future__ import annotations

from dataclasses import dataclass


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


@dataclass(frozen=True, slots=True)
class TextReply:
    content: str
    msg_type = "text"

    def body(self) -> str:
        return f"<Content>{cdata(self.content)}</Content>"


@dataclass(frozen=True, slots=True)
class ImageReply:
    media_id: str
    msg_type = "image"

    def body(self) -> str:
        return f"<Image><MediaId>{cdata(self.media_id)}</MediaId></Image>"


@dataclass(frozen=True, slots=True)
class NewsReply:
    title: str
    description: str
    url: str
    pic_url: str = ""
    msg_type = "news"

    def body(self) -> str:
        # Replies to user messages carry one article since 2018.
        return (
            "<ArticleCount>1</ArticleCount><Articles><item>"
            f"<Title>{cdata(self.title)}</Title><Description>{cdata(self.description)}</Description>"
            f"<PicUrl>{cdata(self.pic_url)}</PicUrl><Url>{cdata(self.url)}</Url></item></Articles>"
        )


Reply = TextReply | ImageReply | NewsReply

SUCCESS = "success"


def render(reply: Reply, *, to: str, account: str, now: int) -> str:
    return (
        f"<xml><ToUserName>{cdata(to)}</ToUserName><FromUserName>{cdata(account)}</FromUserName>"
        f"<CreateTime>{now}</CreateTime><MsgType>{cdata(reply.msg_type)}</MsgType>"
        f"{reply.body()}</xml>"
    )


def as_custom_message(reply: Reply, openid: str) -> dict[str, object]:
    """The same reply as a customer-service message body (for answers that outlive 5 s)."""
    if isinstance(reply, TextReply):
        return {"touser": openid, "msgtype": "text", "text": {"content": reply.content}}
    if isinstance(reply, ImageReply):
        return {"touser": openid, "msgtype": "image", "image": {"media_id": reply.media_id}}
    if isinstance(reply, NewsReply):
        article = {
            "title": reply.title,
            "description": reply.description,
            "url": reply.url,
            "picurl": reply.pic_url,
        }
        return {"touser": openid, "msgtype": "news", "news": {"articles": [article]}}
    raise TypeError(f"cannot send {type(reply).__name__} as a customer message")
