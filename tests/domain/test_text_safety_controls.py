"""control_problem (domain/text_safety.py) finds exactly the characters is_control names,
tab and newline allowed in multi-line text; checked against the per-character rule."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.domain.text_safety import control_problem, is_control


def by_character(value: str, multiline: bool) -> bool:
    return any(is_control(ch) and not (multiline and ch in "\n\t") for ch in value)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FF, exclude_categories=["Cs"])),
       st.booleans())  # fmt: skip
def test_the_search_agrees_with_the_per_character_rule(value: str, multiline: bool) -> None:
    assert control_problem(value, multiline=multiline) == by_character(value, multiline)


def test_every_code_point_near_the_control_ranges() -> None:
    for code in range(0x00, 0x200):
        ch = chr(code)
        for multiline in (False, True):
            expected = by_character(f"a{ch}b", multiline)
            assert control_problem(f"a{ch}b", multiline=multiline) == expected, hex(code)
    assert control_problem("line\nnext\ttab", multiline=True) is False
    assert control_problem("line\nnext", multiline=False) is True
    assert control_problem("bell\x07", multiline=True) is True
    assert control_problem("csi\x9b", multiline=True) is True
    assert control_problem("ئەركىن\u200f Ержан 伊宁", multiline=False) is False
