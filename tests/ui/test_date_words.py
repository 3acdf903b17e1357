"""Partial dates read naturally in each language (ui/kit/text.py): a year, a month of a
year, an exact day and an estimate, in the person's locale (QLocale's default, set when
the language is applied)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from amanat.ui.kit.messages import FSI, PDI
from amanat.ui.kit.text import birth_text, file_size, partial_date

NNBSP = "\u202f"


@pytest.fixture
def in_locale() -> Iterator[object]:
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "year", "month", "day"),
    [
        ("en_US", "2019", "March 2019", "March 5, 2019"),
        ("en_GB", "2019", "March 2019", "5 March 2019"),
        ("ru_RU", f"2019{NNBSP}г.", f"март 2019{NNBSP}г.", f"5 марта 2019{NNBSP}г."),
        ("kk_KZ", f"2019{NNBSP}ж.", f"2019{NNBSP}ж. наурыз", f"2019{NNBSP}ж. 5 наурыз"),
        ("ug_CN", "2019-يىلى", "2019-يىلى مارت", "2019 5-مارت"),
        ("zh_CN", "2019年", "2019年3月", "2019年3月5日"),
    ],
)
def test_a_year_a_month_and_a_day_in_each_language(
    qapp, in_locale, name: str, year: str, month: str, day: str
) -> None:
    in_locale(name)
    assert partial_date("2019") == year
    assert partial_date("2019-03") == month
    assert partial_date("2019-03-05") == day
    # An estimate wraps the date in the sentence "about %1" (translated), isolated.
    assert partial_date("~2019") == f"about {FSI}{year}{PDI}"
    assert birth_text("1974-11") == partial_date("1974-11")


def test_what_is_not_a_date_stays_as_typed(qapp, in_locale) -> None:
    in_locale("zh_CN")
    for text in ("2018-13-40", "spring 2018", "18", ""):
        assert partial_date(text) == text


def test_numbers_follow_the_locale(qapp, in_locale) -> None:
    in_locale("ru_RU")
    assert file_size(1_500_000).replace("\xa0", " ") in ("1,43 МБ", "1,5 МБ", "1,43 MiB")
    in_locale("en_US")
    assert file_size(1_500_000) in ("1.43 MB", "1.43 MiB", "1.5 MB")
