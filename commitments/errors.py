"""The commitments error vocabulary."""

from __future__ import annotations

from typing import ClassVar

from kernel.errors import DomainError


class CommitmentError(DomainError):
    MESSAGES: ClassVar[dict[str, str]] = {
        "bad_uscc": "统一社会信用代码不正确。",
        "bad_template": "承诺书模板有误。",
        "published": "该版本已发布，不能修改；请新建一个版本。",
        "not_published": "该模板版本尚未发布，不能用于签署。",
        "bad_campaign": "签署活动设置有误。",
        "not_found": "没有找到。",
        "forbidden": "没有权限。",
        "window_closed": "不在签署期内。",
        "not_on_roster": "姓名或身份证号与签署名单不符。",
        "already_bound": "该名单人员已绑定其他微信账号，如需更换请联系医保局工作人员。",
        "throttled": "尝试次数过多，请稍后再试。",
        "not_bound": "请先完成身份核验。",
        "not_read": "请阅读承诺书全文后再签名。",
        "bad_signature": "签名无效，请在签名区域内用手指或鼠标写下姓名。",
        "voided": "该签署记录已作废。",
        "bad_key": "提交编号无效，请刷新页面后重试。",
        "bad_void": "作废须填写原因。",
    }
    STATUS: ClassVar[dict[str, int]] = {
        "not_found": 404,
        "forbidden": 403,
        "throttled": 429,
        "already_bound": 409,
        "published": 409,
        "not_bound": 403,
    }
    FIELDS: ClassVar[dict[str, str]] = {
        "bad_uscc": "uscc",
        "not_on_roster": "id_number",
        "not_read": "read_to_end",
        "bad_signature": "image",
        "bad_void": "reason",
    }
