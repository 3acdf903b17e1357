"""Translated sentences are filled in one way: `fill`, which isolates every value."""

from __future__ import annotations

import re
from pathlib import Path

from amanat.ui.kit.messages import FSI, PDI, fill, isolate

UI = Path(__file__).resolve().parents[2] / "desktop" / "amanat" / "ui"


def test_fill_isolates_each_value_in_its_place() -> None:
    name = "\u0645\u06d5\u0645\u06d5\u062a"  # Memet, in Uyghur (Arabic script)
    text = fill("Case %1 sealed by %2", "Kashgar 2017", name)
    assert text == f"Case {FSI}Kashgar 2017{PDI} sealed by {FSI}{name}{PDI}"


def test_fill_follows_the_numbers_not_the_order_of_the_sentence() -> None:
    # A translation may put %2 first; the values follow their numbers.
    assert fill("%2 then %1", "a", "b") == f"{isolate('b')} then {isolate('a')}"
    assert fill("%1 and %1", "x") == f"{isolate('x')} and {isolate('x')}"


def test_fill_reads_two_digit_placeholders() -> None:
    values = [str(n) for n in range(1, 11)]
    assert fill("%10/%1", *values) == f"{isolate('10')}/{isolate('1')}"
    # With fewer values, %10 is not "%1" followed by "0": it stays as written.
    assert fill("%10 %1", "only") == f"%10 {isolate('only')}"


def test_fill_substitutes_once() -> None:
    # A chain of .replace() would put the second value inside the first.
    assert fill("%1 / %2", "50%2 off", "B") == f"{isolate('50%2 off')} / {isolate('B')}"


def test_fill_leaves_plurals_and_unused_placeholders_alone() -> None:
    assert fill("%n part(s) from %1", "Aziz") == f"%n part(s) from {isolate('Aziz')}"
    assert fill("%1 and %2", "one") == f"{isolate('one')} and %2"


def test_fill_for_stored_text_adds_no_marks() -> None:
    assert fill("Case of %1", "Aziz", isolated=False) == "Case of Aziz"


def test_no_placeholder_is_filled_by_hand_in_ui() -> None:
    """Every translated sentence with placeholders goes through `fill` (design.md §12.7)."""
    by_hand = re.compile(r"""\.replace\(\s*["']%""")  # also across a line break
    offenders = [
        f"{path.relative_to(UI)}:{text.count(chr(10), 0, match.start()) + 1}"
        for path in sorted(UI.rglob("*.py"))
        for text in [path.read_text(encoding="utf-8")]
        for match in by_hand.finditer(text)
    ]
    assert offenders == []


def test_a_value_already_isolated_is_not_wrapped_twice() -> None:
    one = isolate("HQ Berlin")
    assert isolate(one) == one
    assert fill("Sealed for %1.", one) == f"Sealed for {one}."
    # Two isolates side by side are not one: the whole is wrapped.
    two = f"{isolate('a')}, {isolate('b')}"
    assert fill("%1", two) == f"{FSI}{two}{PDI}"
