"""Partial dates: parsing, formatting, precision, ordering keys."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.domain.dates import DatePrecision, PartialDate, parse_optional
from amanat.domain.errors import ValidationError


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1850, 2200))
    month = draw(st.none() | st.integers(1, 12))
    day = None
    if month is not None:
        day = draw(st.none() | st.integers(1, 28 if month == 2 else 30))
    return PartialDate(year, month, day, draw(st.booleans()))


@settings(max_examples=200)
@given(partial_dates())
def test_format_parse_round_trip(date: PartialDate) -> None:
    text = date.format()
    assert PartialDate.parse(text) == date
    assert PartialDate.parse(text).format() == text
    assert date.sort_key <= date.end_key


@settings(max_examples=200)
@given(st.text(max_size=12))
def test_parse_accepts_only_the_documented_forms(text: str) -> None:
    try:
        date = PartialDate.parse(text)
    except ValidationError as exc:
        assert exc.params == {"field": "date"}  # the value never travels in the error
    else:
        assert date.format() == text.strip()


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("2018", DatePrecision.YEAR),
        ("2018-03", DatePrecision.MONTH),
        ("2018-03-05", DatePrecision.EXACT),
        ("~2018", DatePrecision.ESTIMATE),
        ("~2018-03", DatePrecision.ESTIMATE),
    ],
)
def test_precision(text: str, precision: DatePrecision) -> None:
    assert PartialDate.parse(text).precision is precision


@pytest.mark.parametrize(
    "text", ["18", "2018-3", "2018-13", "2019-02-29", "2018-03-5", "1700", "2018/03", "~", ""]
)
def test_invalid(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        PartialDate.parse(text, "events[0].date")
    assert info.value.code == "invalid.date"
    assert info.value.params == {"field": "events[0].date"}


def test_leap_day_and_keys() -> None:
    assert PartialDate.parse("2020-02-29").sort_key == 20200229
    assert PartialDate.parse("2018").sort_key == 20180000
    assert PartialDate.parse("2018").end_key == 20181299
    assert PartialDate.parse("2018-03").end_key == 20180399


def test_parse_optional_takes_years_as_ints() -> None:
    assert parse_optional(1974, "birth_year") == PartialDate(1974)
    assert parse_optional(None, "x") is None
    for bad in (True, 1.5, [], 99):
        with pytest.raises(ValidationError):
            parse_optional(bad, "x")


def test_could_be() -> None:
    assert PartialDate(1974, 3).could_be(1974, 3, 9)
    assert not PartialDate(1974, 3).could_be(1974, 4, 9)
    assert PartialDate(1974, approximate=True).could_be(1976, 1, 1)
    assert not PartialDate(1974, approximate=True).could_be(1977, 1, 1)
