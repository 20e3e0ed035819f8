"""China's clock: the calendar day in Beijing time, and month arithmetic on days."""

from __future__ import annotations

import calendar as gregorian
from datetime import date, datetime
from zoneinfo import ZoneInfo

CHINA = ZoneInfo("Asia/Shanghai")


def china_day(moment: datetime) -> date:
    """The calendar day in China: deadlines count Beijing-time days, whatever zone the server runs in."""
    return moment.astimezone(CHINA).date()


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later (or earlier), or that month's last day when it has no such day
    (31 Jan + 1 month = 28/29 Feb; 民法典 第二百零二条)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, gregorian.monthrange(year, month)[1]))
