"""PRC resident ID numbers: format, ISO 7064 MOD 11-2 check digit, birth date, sex."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.domain import prc_id
from amanat.domain.dates import PartialDate
from amanat.domain.errors import ValidationError

# The example number of the GB 11643-1999 standard (a woman born 1949-12-31).
STANDARD_EXAMPLE = "11010519491231002X"


def test_standard_example() -> None:
    parsed = prc_id.parse(STANDARD_EXAMPLE)
    assert parsed.birth_date == datetime.date(1949, 12, 31)
    assert parsed.sex == "female"
    assert parsed.region == "110105"
    assert prc_id.parse(STANDARD_EXAMPLE.lower()).value == STANDARD_EXAMPLE


birth_dates = st.dates(datetime.date(1900, 1, 1), datetime.date(2020, 12, 31))


@settings(max_examples=200)
@given(st.from_regex(r"[1-6][0-9]{5}", fullmatch=True), birth_dates, st.integers(0, 999))
def test_generated_numbers_parse(region: str, born: datetime.date, seq: int) -> None:
    number = prc_id.make(region, born, seq)
    parsed = prc_id.parse(number)
    assert parsed.birth_date == born
    assert parsed.sex == ("male" if seq % 2 else "female")


@settings(max_examples=200)
@given(birth_dates, st.integers(0, 999), st.integers(0, 16), st.integers(1, 9))
def test_any_single_digit_error_is_caught(
    born: datetime.date, seq: int, position: int, delta: int
) -> None:
    number = prc_id.make("654002", born, seq)
    digit = (int(number[position]) + delta) % 10
    typo = number[:position] + str(digit) + number[position + 1 :]
    with pytest.raises(ValidationError) as info:
        prc_id.parse(typo, "person.identifiers[0].value")
    assert info.value.code in ("invalid.prc_id_check_digit", "invalid.prc_id_birth_date")
    assert typo not in str(info.value)


@pytest.mark.parametrize(
    "value", ["", "1234", "11010519491231002Y", "1101051949123100 2X0", "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X"]
)
def test_bad_format(value: str) -> None:
    with pytest.raises(ValidationError) as info:
        prc_id.parse(value)
    assert info.value.code == "invalid.prc_id_format"


def test_impossible_birth_date_with_valid_check_digit() -> None:
    first17 = "65400219990231001"  # 31 February
    with pytest.raises(ValidationError) as info:
        prc_id.parse(first17 + prc_id.check_char(first17))
    assert info.value.code == "invalid.prc_id_birth_date"


def test_cross_check_with_person() -> None:
    ident = prc_id.parse(prc_id.make("654002", datetime.date(1974, 3, 9), 11))  # male
    prc_id.cross_check(ident, birth_date=PartialDate(1974), sex="male")
    prc_id.cross_check(ident, birth_date=PartialDate(1975, approximate=True), sex="unknown")
    prc_id.cross_check(ident, birth_date=None, sex=None)
    with pytest.raises(ValidationError) as info:
        prc_id.cross_check(ident, birth_date=PartialDate(1975), sex="male", field="f")
    assert info.value.code == "invalid.prc_id_birth_mismatch"
    assert info.value.params == {"field": "f"}
    with pytest.raises(ValidationError) as info:
        prc_id.cross_check(ident, birth_date=PartialDate(1974, 3, 9), sex="female")
    assert info.value.code == "invalid.prc_id_sex_mismatch"
