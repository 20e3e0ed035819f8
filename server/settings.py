"""The one frozen settings object; the only reader of the environment."""

from __future__ import annotations

import base64
import binascii
import logging
import os
import re
import secrets
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger(__name__)

WECHAT_API_DEFAULT = "https://api.weixin.qq.com"
_AES_KEY_RE = re.compile(r"^[A-Za-z0-9]{43}$")


class SettingsError(Exception):
    """A setting is missing or malformed; the message names the variable."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore", case_sensitive=True)

    DATABASE_URL: str = "sqlite://./var/fundguard.sqlite3"
    REDIS_URL: str | None = None
    WECHAT_APPID: str = "wx0000000000demo"
    WECHAT_SECRET: str = "demo-secret"
    WECHAT_TOKEN: str = "fundguard"
    WECHAT_ENCODING_AES_KEY: str | None = None
    # Which pushes /wechat accepts (the console's 消息加解密方式): plain, compatible (encrypted or plain) or
    # safe (encrypted only). Unset: safe when an EncodingAESKey is set, else plain. A plain push to a
    # safe-mode account is a forgery built from a logged query string, so it is refused, never parsed.
    WECHAT_MESSAGE_MODE: Literal["plain", "compatible", "safe"] | None = None
    WECHAT_API_BASE: str = WECHAT_API_DEFAULT
    WECHAT_MAX_CLOCK_SKEW: int = Field(default=300, ge=0)
    FIELD_ENCRYPTION_KEY: str | None = None
    PUBLIC_BASE_URL: str = "http://127.0.0.1:8080"
    # Web authorisation (OAuth) for H5 pages and the JS-SDK script they load; the simulator in demo and tests.
    WECHAT_OAUTH_BASE: str = "https://open.weixin.qq.com"
    WECHAT_JSSDK_URL: str = "https://res.wx.qq.com/open/js/jweixin-1.6.0.js"
    # The template (模板消息) that tells a named reporter their report moved; its data keys are
    # 状态, 时间, 备注 — create it in the WeChat console with those placeholders.
    WECHAT_REPORT_NOTICE_TEMPLATE: str = Field(
        default="fundguard-report-progress", min_length=1, max_length=64
    )
    # Where embedded mode keeps its SQLite file, generated key and blobs.
    VAR_DIR: str = "./var"
    # Commitment letters (commitments/): the CJK font embedded in signed PDFs (Debian fonts-wqy-microhei),
    # the template that reminds non-signers (data keys 活动, 截止时间, 备注), and where the bureau's
    # signing key and certificate are kept (empty: VAR_DIR/commitments, generated once for the demo).
    COMMITMENTS_FONT: str = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    COMMITMENTS_REMINDER_TEMPLATE: str = Field(
        default="fundguard-commitment-reminder", min_length=1, max_length=64
    )
    COMMITMENTS_KEY_DIR: str = ""
    # An RFC 3161 timestamp authority for the signed PDFs (empty: none; the simulator has one at /sim/tsa).
    COMMITMENTS_TSA_URL: str = ""
    DIALOGUE_TTL_SECONDS: int = Field(default=1800, gt=0)
    # Proxies (comma-separated addresses or networks) whose X-Forwarded-For is believed, e.g. the nginx
    # host; empty means the TCP peer is the client. Per-IP limits depend on this being right.
    TRUSTED_PROXIES: str = ""
    # The bureau this account serves (region code of the registry, rules and reports).
    REGION: str = Field(default="demo", pattern=r"^[a-z0-9_-]{1,32}$")
    # WeChat Pay v3 商家转账 for reward payouts (WECHAT.md §5). Payouts are off until the key paths,
    # serial, APIv3 key and WeChat Pay public key are all set; the demo generates a set under VAR_DIR.
    WECHATPAY_MCHID: str = Field(default="1900000001", pattern=r"^[0-9]{1,32}$")
    WECHATPAY_APPID: str = ""  # empty: WECHAT_APPID (the openids on the shares belong to that app)
    WECHATPAY_API_BASE: str = "https://api.mch.weixin.qq.com"
    WECHATPAY_PRIVATE_KEY_PATH: str = ""  # apiclient_key.pem
    WECHATPAY_CERT_SERIAL_NO: str = ""
    WECHATPAY_APIV3_KEY: str = ""
    WECHATPAY_PUBLIC_KEY_PATH: str = ""  # pub_key.pem, the "WeChat Pay public key"
    WECHATPAY_PUBLIC_KEY_ID: str = ""  # PUB_KEY_ID_…
    WECHATPAY_NOTIFY_URL: str = ""  # empty: PUBLIC_BASE_URL + /wechatpay/notify
    WECHATPAY_TRANSFER_SCENE_ID: str = Field(default="1000", pattern=r"^[0-9]{1,8}$")  # 1000 现金营销
    # Scene 1000 requires exactly these two report infos, each at most 32 characters.
    WECHATPAY_ACTIVITY_NAME: str = Field(default="医保基金举报奖励", min_length=1, max_length=32)
    WECHATPAY_REWARD_NOTE: str = Field(default="举报欺诈骗保经查证属实的奖励", min_length=1, max_length=32)
    WECHATPAY_TIMEOUT_SECONDS: float = Field(default=10.0, gt=0)
    # Staff roles that must enter a TOTP code after their password at the console (empty: none).
    STAFF_TOTP_ROLES: str = "head,finance,admin"

    @field_validator("DATABASE_URL")
    @classmethod
    def _db_url(cls, v: str) -> str:
        if not re.match(r"^(sqlite|postgres|asyncpg)://", v):
            raise ValueError("must start with sqlite:// or postgres://")
        return v

    @field_validator("REDIS_URL")
    @classmethod
    def _redis_url(cls, v: str | None) -> str | None:
        if v in (None, ""):
            return None
        if not re.match(r"^(redis|rediss|unix)://", v):
            raise ValueError("must start with redis://, rediss:// or unix://")
        return v

    @field_validator("WECHAT_ENCODING_AES_KEY")
    @classmethod
    def _aes_key(cls, v: str | None) -> str | None:
        if v in (None, ""):
            return None
        if not _AES_KEY_RE.match(v):
            raise ValueError("must be exactly 43 letters and digits")
        return v

    @field_validator("WECHAT_API_BASE", "PUBLIC_BASE_URL", "WECHATPAY_API_BASE", "WECHAT_OAUTH_BASE")
    @classmethod
    def _http_url(cls, v: str) -> str:
        if not re.match(r"^https?://[^/\s]+", v):
            raise ValueError("must be an http(s) URL")
        return v.rstrip("/")

    @field_validator("WECHATPAY_NOTIFY_URL")
    @classmethod
    def _notify_url(cls, v: str) -> str:
        # WeChat Pay refuses a notify_url with a query string (WECHAT.md §5.2).
        if v and not re.match(r"^https?://[^/\s?#]+/[^?#\s]*$", v):
            raise ValueError("must be an http(s) URL with a path and no query string")
        return v

    @field_validator("WECHATPAY_APIV3_KEY")
    @classmethod
    def _apiv3_key(cls, v: str) -> str:
        if v and len(v.encode()) != 32:
            raise ValueError("must be exactly 32 characters")
        return v

    @field_validator("WECHAT_JSSDK_URL")
    @classmethod
    def _script_url(cls, v: str) -> str:
        if not re.match(r"^https?://[^/\s]+/\S+$", v):
            raise ValueError("must be an http(s) URL of a script")
        return v

    @field_validator("TRUSTED_PROXIES")
    @classmethod
    def _proxies(cls, v: str) -> str:
        import ipaddress

        try:
            for part in v.split(","):
                if part.strip():
                    ipaddress.ip_network(part.strip(), strict=False)
        except ValueError as exc:
            raise ValueError("must be comma-separated IP addresses or networks") from exc
        return v

    @field_validator("STAFF_TOTP_ROLES")
    @classmethod
    def _totp_roles(cls, v: str) -> str:
        from kernel.actors import ROLES

        unknown = [r for r in (p.strip() for p in v.split(",")) if r and r not in ROLES]
        if unknown:
            raise ValueError(f"unknown role {unknown[0]!r}; roles are {', '.join(ROLES)}")
        return v

    @field_validator("FIELD_ENCRYPTION_KEY")
    @classmethod
    def _field_key(cls, v: str | None) -> str | None:
        if v in (None, ""):
            return None
        try:
            raw = base64.b64decode(v, validate=True)
        except binascii.Error as exc:
            raise ValueError("must be base64") from exc
        if len(raw) != 32:
            raise ValueError("must be base64 of exactly 32 bytes")
        return v

    @property
    def embedded(self) -> bool:
        return self.DATABASE_URL.startswith("sqlite")

    @property
    def aes_mode(self) -> bool:
        return self.WECHAT_ENCODING_AES_KEY is not None

    @property
    def staff_totp_roles(self) -> frozenset[str]:
        return frozenset(r.strip() for r in self.STAFF_TOTP_ROLES.split(",") if r.strip())

    @property
    def message_mode(self) -> str:
        if self.WECHAT_MESSAGE_MODE is not None:
            return self.WECHAT_MESSAGE_MODE
        return "safe" if self.aes_mode else "plain"

    @property
    def wechatpay_appid(self) -> str:
        return self.WECHATPAY_APPID or self.WECHAT_APPID

    @property
    def wechatpay_notify_url(self) -> str:
        return self.WECHATPAY_NOTIFY_URL or self.PUBLIC_BASE_URL + "/wechatpay/notify"

    @property
    def wechatpay_configured(self) -> bool:
        return all(
            (
                self.WECHATPAY_PRIVATE_KEY_PATH,
                self.WECHATPAY_CERT_SERIAL_NO,
                self.WECHATPAY_APIV3_KEY,
                self.WECHATPAY_PUBLIC_KEY_PATH,
                self.WECHATPAY_PUBLIC_KEY_ID,
            )
        )

    def field_key_bytes(self) -> bytes:
        assert self.FIELD_ENCRYPTION_KEY is not None
        return base64.b64decode(self.FIELD_ENCRYPTION_KEY)


def load_settings(**overrides: object) -> Settings:
    """Read the environment (overrides win); raise SettingsError naming the first bad variable.

    In embedded mode a missing FIELD_ENCRYPTION_KEY is generated once under VAR_DIR, with a warning;
    in production it must be given, since losing it loses every encrypted identity.
    """
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        err = exc.errors()[0]
        name = str(err["loc"][0]) if err["loc"] else "?"
        raise SettingsError(f"{name}: {err['msg']}") from None
    if settings.message_mode != "plain" and not settings.aes_mode:
        raise SettingsError(f"WECHAT_MESSAGE_MODE: {settings.message_mode} needs WECHAT_ENCODING_AES_KEY")
    if settings.FIELD_ENCRYPTION_KEY is None:
        if not settings.embedded:
            raise SettingsError("FIELD_ENCRYPTION_KEY: required when DATABASE_URL is PostgreSQL")
        key = _embedded_field_key(Path(settings.VAR_DIR))
        settings = settings.model_copy(update={"FIELD_ENCRYPTION_KEY": key})
    return settings


def _embedded_field_key(var_dir: Path) -> str:
    path = var_dir / "field-encryption.key"
    if path.exists():
        return path.read_text().strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    key = base64.b64encode(secrets.token_bytes(32)).decode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key + "\n")
    log.warning("FIELD_ENCRYPTION_KEY unset: generated one in %s; back it up", path)
    return key
