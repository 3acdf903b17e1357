"""Words for values shown everywhere: partial dates, ages, local times, file sizes, case
statuses. Shared by every feature package, so they live in the kit."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from amanat.ui.kit.labels import label
from amanat.ui.kit.messages import fill


def partial_date(text: str | None) -> str:
    """'2018-03' stays as typed, with '~' read out as 'about'."""
    if not text:
        return ""
    if text.startswith("~"):
        return fill(QCoreApplication.translate("CaseView", "about %1"), text[1:])
    return text


def birth_text(birth: str | None, age: Any = None) -> str:
    """A partial birth date, or "aged 40-45 (in 2019)" when only an age range is known."""
    if birth:
        return partial_date(birth)
    if age:
        low, high, as_of = age
        if as_of:
            return fill(
                QCoreApplication.translate("CaseView", "aged %1-%2 in %3"),
                str(low),
                str(high),
                partial_date(as_of),
            )
        return fill(QCoreApplication.translate("CaseView", "aged %1-%2"), str(low), str(high))
    return ""


def local_time(iso: str | None) -> str:
    """An ISO 8601 UTC time in the person's time zone and locale, to the minute."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    qt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


def file_size(size: int | None) -> str:
    if size is None:
        return ""
    return QLocale().formattedDataSize(int(size))


def status_text(code: str | None, in_conflict: bool = False) -> str:
    text = label("case_status", code)
    if in_conflict:
        text = fill(QCoreApplication.translate("CaseView", "%1 (conflict to resolve)"), text)
    return text
