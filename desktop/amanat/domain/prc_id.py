"""PRC resident identity card numbers (GB 11643-1999).

18 characters: a 6-digit address code, the birth date YYYYMMDD (characters 7-14), a
3-digit sequence whose last digit is odd for men and even for women (character 17),
and an ISO 7064 MOD 11-2 check character (0-9 or X). A number that fails the check, or
whose birth date or sex contradicts what we know of the person, is most likely
mistyped or misheard: refusing it early saves a wrong match later.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from amanat.domain.dates import PartialDate
from amanat.domain.errors import ValidationError

LENGTH = 18
_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_CHECK_CHARS = "10X98765432"  # index = weighted sum mod 11


@dataclass(frozen=True)
class PrcId:
    value: str  # normalised: upper-case X
    birth_date: datetime.date
    sex: str  # "male" or "female"

    @property
    def region(self) -> str:
        return self.value[:6]


def check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def normalise(value: str) -> str:
    return "".join(value.split()).upper()


def parse(value: str, field: str = "value") -> PrcId:
    """Validate a number; ValidationError names the field and the reason, not the value."""
    if not isinstance(value, str):
        raise ValidationError("invalid.prc_id_format", field=field)
    text = normalise(value)
    if len(text) != LENGTH or not text[:17].isdigit() or text[17] not in "0123456789X":
        raise ValidationError("invalid.prc_id_format", field=field)
    if not text.isascii():
        raise ValidationError("invalid.prc_id_format", field=field)
    if check_char(text[:17]) != text[17]:
        raise ValidationError("invalid.prc_id_check_digit", field=field)
    try:
        born = datetime.date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        raise ValidationError("invalid.prc_id_birth_date", field=field) from None
    if born.year < 1850 or born > datetime.date.today():
        raise ValidationError("invalid.prc_id_birth_date", field=field)
    sex = "male" if int(text[16]) % 2 == 1 else "female"
    return PrcId(value=text, birth_date=born, sex=sex)


def cross_check(
    ident: PrcId, *, birth_date: PartialDate | None, sex: str | None, field: str = "value"
) -> None:
    """Refuse a number that contradicts the person's known birth date or sex.

    Unknowns never contradict: an estimated birth year allows two years either way.
    """
    if birth_date is not None and not birth_date.could_be(
        ident.birth_date.year, ident.birth_date.month, ident.birth_date.day
    ):
        raise ValidationError("invalid.prc_id_birth_mismatch", field=field)
    if sex in ("male", "female") and sex != ident.sex:
        raise ValidationError("invalid.prc_id_sex_mismatch", field=field)


def make(region: str, born: datetime.date, sequence: int) -> str:
    """Build a valid number (used by tests and the synthetic demo data)."""
    if len(region) != 6 or not region.isdigit() or not (0 <= sequence <= 999):
        raise ValueError("bad region or sequence")
    first17 = f"{region}{born:%Y%m%d}{sequence:03d}"
    return first17 + check_char(first17)
