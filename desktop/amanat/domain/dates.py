"""Partial dates: witnesses rarely know the day, often only the month or the year.

Text forms (the case JSON and the database use the same one):
``"2018"`` (year), ``"2018-03"`` (month), ``"2018-03-05"`` (exact day), and any of
these prefixed with ``"~"`` for an estimate (``"~2018"``: "around 2018").
``format(parse(s)) == s`` for every valid ``s``.

For sorting and range filters a partial date covers an interval of days; ``sort_key``
is its first day as the integer YYYYMMDD (missing parts count as the earliest).
"""

from __future__ import annotations

import calendar
import enum
import re
from dataclasses import dataclass

from amanat.domain.errors import ValidationError

MIN_YEAR = 1850
MAX_YEAR = 2200

_PATTERN = re.compile(r"(~?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class DatePrecision(enum.StrEnum):
    EXACT = "exact"
    MONTH = "month"
    YEAR = "year"
    ESTIMATE = "estimate"


@dataclass(frozen=True, order=False)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    def __post_init__(self) -> None:
        if not (MIN_YEAR <= self.year <= MAX_YEAR):
            raise ValidationError("invalid.date", field="year")
        if self.month is None:
            if self.day is not None:
                raise ValidationError("invalid.date", field="day")
            return
        if not (1 <= self.month <= 12):
            raise ValidationError("invalid.date", field="month")
        if self.day is not None and not (
            1 <= self.day <= calendar.monthrange(self.year, self.month)[1]
        ):
            raise ValidationError("invalid.date", field="day")

    @property
    def precision(self) -> DatePrecision:
        if self.approximate:
            return DatePrecision.ESTIMATE
        if self.day is not None:
            return DatePrecision.EXACT
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    @classmethod
    def parse(cls, text: str, field: str = "date") -> PartialDate:
        match = _PATTERN.fullmatch(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise ValidationError("invalid.date", field=field)
        tilde, year, month, day = match.groups()
        try:
            return cls(
                year=int(year),
                month=int(month) if month else None,
                day=int(day) if day else None,
                approximate=bool(tilde),
            )
        except ValidationError:
            raise ValidationError("invalid.date", field=field) from None

    def format(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return ("~" if self.approximate else "") + text

    def __str__(self) -> str:
        return self.format()

    @property
    def sort_key(self) -> int:
        """First day covered, as YYYYMMDD (missing month/day count as 00)."""
        return self.year * 10000 + (self.month or 0) * 100 + (self.day or 0)

    @property
    def end_key(self) -> int:
        """Last day covered, as YYYYMMDD (missing month/day count as 12/31 and 99)."""
        if self.month is None:
            return self.year * 10000 + 1299
        return self.year * 10000 + self.month * 100 + (self.day or 99)

    def could_be(self, year: int, month: int, day: int, *, slack_years: int = 2) -> bool:
        """Whether an exact day is compatible with this partial date.

        An estimate allows ``slack_years`` either way and ignores month and day.
        """
        if self.approximate:
            return abs(self.year - year) <= slack_years
        if self.year != year:
            return False
        if self.month is not None and self.month != month:
            return False
        return self.day is None or self.day == day


def parse_optional(value: object, field: str) -> PartialDate | None:
    """None for a missing value; an int is taken as a year (``"birth_year": 1974``)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError("invalid.date", field=field)
    if isinstance(value, int):
        try:
            return PartialDate(value)
        except ValidationError:
            raise ValidationError("invalid.date", field=field) from None
    if isinstance(value, str):
        return PartialDate.parse(value, field)
    raise ValidationError("invalid.date", field=field)
