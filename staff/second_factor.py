"""Staff second factor: TOTP (RFC 6238, pyotp) secrets enrolled by QR code, checked after the password.

The secret is stored encrypted (storage.crypto, context ``staff-totp:<id>``). A code is accepted once:
the time step it belongs to is remembered, so a code seen over a shoulder cannot be replayed within
its 30 seconds. Enrolment, confirmation, failures and resets are audited in the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import pyotp
from tortoise.backends.base.client import BaseDBAsyncClient

from staff.errors import StaffError
from staff.models import StaffAccount, StaffSecondFactor
from storage import audit
from storage.crypto import FieldCipher

ISSUER = "医保守护"
State = Literal["none", "pending", "enrolled"]


def _context(staff_id: int) -> str:
    return f"staff-totp:{staff_id}"


async def state_of(conn: BaseDBAsyncClient, staff_id: int) -> State:
    row = await StaffSecondFactor.filter(staff_id=staff_id).using_db(conn).first()
    if row is None:
        return "none"
    return "enrolled" if row.confirmed_at is not None else "pending"


async def begin_enrolment(
    conn: BaseDBAsyncClient, staff_id: int, *, username: str, cipher: FieldCipher, now: datetime
) -> str:
    """A fresh secret for an account not yet enrolled; returns the ``otpauth://`` URI for the QR code.
    An unconfirmed secret is replaced (the person may have lost the first QR code)."""
    row = await StaffSecondFactor.filter(staff_id=staff_id).using_db(conn).select_for_update().first()
    if row is not None and row.confirmed_at is not None:
        raise StaffError("second_factor_enrolled")
    secret = pyotp.random_base32()
    enc = cipher.encrypt(secret, context=_context(staff_id))
    if row is None:
        await StaffSecondFactor.create(using_db=conn, staff_id=staff_id, secret_enc=enc, created_at=now)
    else:
        row.secret_enc, row.created_at, row.last_step = enc, now, 0
        await row.save(using_db=conn)
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=ISSUER)


async def check_code(
    conn: BaseDBAsyncClient, staff_id: int, code: str, *, cipher: FieldCipher, now: datetime
) -> StaffError | None:
    """Accept ``code`` (confirming a pending enrolment): None; else the refusal, *returned* so the
    caller's transaction commits its audit entry (a raised error would roll it back)."""
    row = await StaffSecondFactor.filter(staff_id=staff_id).using_db(conn).select_for_update().first()
    if row is None:
        raise StaffError("second_factor_missing")
    totp = pyotp.TOTP(cipher.decrypt(row.secret_enc, context=_context(staff_id)))
    label = f"staff:{staff_id}"
    cleaned = "".join(code.split())
    step = _matching_step(totp, cleaned, now)
    if step is None or step <= row.last_step:
        await audit.append(
            conn, actor=label, action="staff.second_factor_failed", subject=label, detail={}, now=now
        )
        return StaffError("bad_second_factor")
    first = row.confirmed_at is None
    row.last_step = step
    if first:
        row.confirmed_at = now
    await row.save(using_db=conn)
    action = "staff.second_factor_enrolled" if first else "staff.second_factor_ok"
    await audit.append(conn, actor=label, action=action, subject=label, detail={}, now=now)
    return None


def _matching_step(totp: pyotp.TOTP, code: str, now: datetime) -> int | None:
    """The time step (this one or either neighbour, for clock drift) whose code is ``code``."""
    if not (code.isdigit() and len(code) == totp.digits):
        return None
    here = totp.timecode(now)
    for step in (here - 1, here, here + 1):
        if pyotp.utils.strings_equal(totp.generate_otp(step), code):
            return step
    return None


async def reset(conn: BaseDBAsyncClient, username: str, *, by: str, now: datetime) -> None:
    """Forget an account's second factor: it enrols again at its next sign-in. Audited."""
    account = await StaffAccount.filter(username=username.strip().lower()).using_db(conn).first()
    if account is None:
        raise StaffError("unknown_staff")
    await StaffSecondFactor.filter(staff_id=account.id).using_db(conn).delete()
    await audit.append(
        conn,
        actor=by,
        action="staff.second_factor_reset",
        subject=f"staff:{account.id}",
        detail={},
        now=now,
    )
