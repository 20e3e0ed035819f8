"""The account's custom menu as data, and WeChat's limits on it (≤3 top-level, ≤5 under each)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

# Click keys are the contract between the menu and the router.
MENU: list[dict[str, Any]] = [
    {
        "name": "举报",
        "sub_button": [
            {"type": "click", "name": "我要举报", "key": "REPORT_NEW"},
            {"type": "click", "name": "举报进度", "key": "REPORT_PROGRESS"},
            {"type": "click", "name": "领取奖励", "key": "REWARD_CLAIM"},
        ],
    },
    {
        "name": "查信用",
        "sub_button": [
            {"type": "click", "name": "药店信用", "key": "CREDIT_PHARMACY"},
            {"type": "click", "name": "附近药店", "key": "CREDIT_NEARBY"},
            {"type": "click", "name": "典型案例", "key": "CASES"},
        ],
    },
    {
        "name": "参与",
        "sub_button": [
            {"type": "click", "name": "满意度评价", "key": "SURVEY"},
            {"type": "click", "name": "信用承诺", "key": "COMMITMENT"},
            {"type": "click", "name": "监督员", "key": "SUPERVISOR"},
            {"type": "click", "name": "我的", "key": "MINE"},
        ],
    },
]


class Button(BaseModel):
    type: str | None = None
    name: str
    key: str | None = Field(default=None, max_length=128)
    url: str | None = None
    sub_button: list[Button] = []


def validate_menu(menu: list[dict[str, Any]]) -> list[str]:
    """Return every breach of WeChat's menu rules (empty when the menu can be pushed)."""
    errors: list[str] = []
    if not 1 <= len(menu) <= 3:
        errors.append(f"菜单须有1–3个一级按钮，现有{len(menu)}个")
    for top in menu:
        b = Button.model_validate(top)
        if len(b.name.encode()) > 16:
            errors.append(f"一级按钮“{b.name}”超过16字节")
        if b.sub_button and not 1 <= len(b.sub_button) <= 5:
            errors.append(f"“{b.name}”下须有1–5个子按钮，现有{len(b.sub_button)}个")
        if not b.sub_button and not b.type:
            errors.append(f"“{b.name}”既无类型也无子按钮")
        for sub in b.sub_button:
            if len(sub.name.encode()) > 60:
                errors.append(f"子按钮“{sub.name}”超过60字节")
            if sub.type == "click" and not sub.key:
                errors.append(f"子按钮“{sub.name}”缺少key")
            if sub.key and len(sub.key.encode()) > 128:
                errors.append(f"子按钮“{sub.name}”的key超过128字节")
            if sub.url and len(sub.url.encode()) > 1024:
                errors.append(f"子按钮“{sub.name}”的url超过1024字节")
    return errors


def menu_payload(menu: list[dict[str, Any]] = MENU) -> dict[str, Any]:
    return {"button": menu}


def click_keys(menu: list[dict[str, Any]] = MENU) -> set[str]:
    return {s["key"] for top in menu for s in top.get("sub_button", []) if s.get("key")}
