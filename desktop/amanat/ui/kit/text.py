"""Words for values shown everywhere: partial dates, ages, local times, file sizes, case
statuses. Shared by every feature package, so they live in the kit."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from amanat.ui.kit.labels import label
from amanat.ui.kit.messages import fill

# A year and a month of a year as each language writes them (Qt's locales have no
# pattern for these): "2019 г." and "март 2019 г.", "2019 ж." and "2019 ж. наурыз",
# "2019-يىلى" and "2019-يىلى مارت", "2019年" and "2019年3月"; English: "2019", "March 2019".
# {y}: the year, {m}: the month's name (stand-alone where the language has one), {n}: its
# number. An exact day uses the locale's long date format without the weekday.
_YEAR = {
    QLocale.Language.Russian: "{y}\u202fг.",
    QLocale.Language.Kazakh: "{y}\u202fж.",
    QLocale.Language.Uyghur: "{y}-يىلى",
    QLocale.Language.Chinese: "{y}年",
}
_MONTH = {
    QLocale.Language.Russian: "{m} {y}\u202fг.",
    QLocale.Language.Kazakh: "{y}\u202fж. {m}",
    QLocale.Language.Uyghur: "{y}-يىلى {m}",
    QLocale.Language.Chinese: "{y}年{n}月",
}


def _date_words(text: str) -> str:
    """'2018-03-05', '2018-03' and '2018' in the person's language ("5 March 2018",
    "March 2018", "2018" in English: month names, never "5 3 2018" that reads both
    ways); anything else stays as typed."""
    parts = text.split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return text
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 1
    day = int(parts[2]) if len(parts) == 3 else 1
    date = QDate(year, month, day)
    if not date.isValid():
        return text
    locale = QLocale()
    digits = locale.toString(date, "yyyy")
    if len(parts) == 1:
        return _YEAR.get(locale.language(), "{y}").format(y=digits)
    if len(parts) == 2:
        # The stand-alone month name: "март 2018", not the genitive "марта 2018"; Kazakh
        # puts the month after the year, in lower case.
        name = (
            locale.monthName(month)
            if locale.language() == QLocale.Language.Kazakh
            else locale.standaloneMonthName(month)
        )
        template = _MONTH.get(locale.language(), "{m} {y}")
        return template.format(y=digits, m=name, n=locale.toString(month))
    return locale.toString(date, _date_pattern(locale))


def _date_pattern(locale: QLocale, short_month: bool = False) -> str:
    """The locale's long date format without the weekday (no one recorded it); with
    ``short_month``, the month's abbreviation ("Dec 3, 2026")."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}[,،]?\s*|[,،]?\s*d{4}", "", pattern).strip(" ,")
    return pattern.replace("MMMM", "MMM") if short_month else pattern


def partial_date(text: str | None) -> str:
    """A partial date ('2018', '2018-03', '2018-03-05') in words of the person's
    locale, with '~' read out as 'about'."""
    if not text:
        return ""
    if text.startswith("~"):
        return fill(QCoreApplication.translate("CaseView", "about %1"), _date_words(text[1:]))
    return _date_words(text)


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
    # In this computer's time zone (a stored time is UTC), with the month as a word:
    # "Dec 3, 2026 1:12 PM", never "12/3/26" or "3 12 2026" that read two ways.
    qt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    locale = QLocale()
    time_pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(qt, f"{_date_pattern(locale, short_month=True)} {time_pattern}")


def file_size(size: int | None) -> str:
    if size is None:
        return ""
    return QLocale().formattedDataSize(int(size))


def status_text(code: str | None, in_conflict: bool = False) -> str:
    text = label("case_status", code)
    if in_conflict:
        # More than one version of a record waits: a conflict or another vault's
        # proposal (the list cannot tell them apart cheaply, the case view does).
        text = fill(QCoreApplication.translate("CaseView", "%1 (changes to review)"), text)
    return text
