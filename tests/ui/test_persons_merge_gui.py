"""Merging persons in the People section (docs/review.md §5), on real widgets: a
duplicate candidate merged through the side-by-side dialog, a pair marked "not the
same person", a merged person shown "merged from ..." and unmerged, two persons chosen
by hand merged."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton

from amanat.services import cases as case_service
from amanat.services import persons as person_service
from amanat.storage.vault import Vault
from amanat.ui.kit import dialogs
from amanat.ui.people.merge_dialog import MergeDialog
from support.gui import PASSPHRASE, find, idle, type_into, unlock
from support.gui_bundles import click, on_worker, script_dialog


def person_case(name: str, script: str, passport: str | None) -> dict[str, Any]:
    person: dict[str, Any] = {"names": [{"text": name, "script": script}], "birth_year": 1980}
    if passport:
        person["identifiers"] = [{"scheme": "passport", "value": passport}]
    return {"title": f"Detention of {name}", "person": person}


def prepared(home_vault) -> tuple[Any, list[str]]:
    path, _code = home_vault("Reviewer desk")
    vault = Vault.unlock(path, PASSPHRASE)
    persons = []
    for doc in (
        person_case("Нұрлан Сейітов", "kk-Cyrl", "K1111111"),
        person_case("Nurlan Seitov", "kk-Latn", "K1111111"),
        person_case("Nurlan Seitov", "kk-Latn", None),  # a namesake, or is he?
    ):
        case_id = case_service.add_case(vault, doc).id
        persons.append(case_service.get_case(vault, case_id)["person"]["id"])
    vault.lock()
    return path, persons


def plain(text: str) -> str:
    """Shown text without the direction isolates around each value."""
    return text.replace("\u2068", "").replace("\u2069", "")


def select(view, rows: list[int]) -> None:
    view.clearSelection()
    model = view.model()
    for row in rows:
        view.selectionModel().select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def candidate_rows(people) -> list[set[str]]:
    rows = [people.duplicates.row(i) for i in range(people.duplicates.rowCount())]
    return [{r["id"], r["other_id"]} for r in rows if r is not None]


def look_for_duplicates(qtbot, people) -> None:
    click(qtbot, people.dup_button)
    qtbot.waitUntil(lambda: not people.duplicates_work.running, timeout=15000)


def test_merge_distinct_and_unmerge_in_the_people_section(
    qtbot, window_factory, home_vault, monkeypatch
) -> None:
    _path, (cyr, lat, namesake) = prepared(home_vault)
    window = window_factory()
    ws = unlock(qtbot, window)
    ws.show_section("people")
    people = ws.people
    assert not people.merge_button.isEnabled() and not people.distinct_button.isEnabled()
    look_for_duplicates(qtbot, people)
    pairs = candidate_rows(people)
    assert {cyr, lat} in pairs and len(pairs) == 3

    # Merge: both persons side by side, keep the Latin one.
    select(people.duplicates_view, [pairs.index({cyr, lat})])
    assert people.merge_button.isEnabled()

    def keep_second(dialog: MergeDialog) -> tuple[str, str] | None:
        names = {
            plain(find(dialog, QLabel, "mergeFirstNames").text()),
            plain(find(dialog, QLabel, "mergeSecondNames").text()),
        }
        assert names == {"Нұрлан Сейітов — Kazakh (Cyrillic)", "Nurlan Seitov — Kazakh (Latin)"}
        assert "K1111111" in find(dialog, QLabel, "mergeFirstIdentifiers").text()
        assert "Detention of" in find(dialog, QLabel, "mergeSecondCases").text()
        click(qtbot, find(dialog, QRadioButton, "mergeSecondKeep"))
        click(qtbot, find(dialog, QPushButton, "confirmMerge"))
        return dialog.keep_and_other()

    seen = script_dialog(qtbot, monkeypatch, MergeDialog, keep_second)
    click(qtbot, people.merge_button)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    kept = seen[0].keep_and_other()[0]
    other = cyr if kept == lat else lat
    qtbot.waitUntil(
        lambda: on_worker(qtbot, window, lambda v: person_service.resolve_person(v, other)) == kept,
        timeout=10000,
    )
    qtbot.waitUntil(
        lambda: not people.duplicates_work.running and people.duplicates.rowCount() == 1,
        timeout=15000,
    )
    assert candidate_rows(people) == [{kept, namesake}]

    # Not the same person: the pair is gone and stays gone.
    select(people.duplicates_view, [0])
    click(qtbot, people.distinct_button)
    qtbot.waitUntil(lambda: "not be proposed again" in people.notice.text(), timeout=10000)
    qtbot.waitUntil(lambda: people.duplicates.rowCount() == 0, timeout=15000)
    look_for_duplicates(qtbot, people)  # and asked again: still gone
    assert people.duplicates.rowCount() == 0

    # Find: one row for the merged person, "merged from ...", and Unmerge.
    type_into(qtbot, people.name, "Nurlan Seitov")
    click(qtbot, people.find_button)
    qtbot.waitUntil(lambda: people.found.rowCount() == 2, timeout=10000)
    merged_row = next(i for i in range(2) if people.found.row(i)["id"] == kept)
    merged_text = plain(people.found.index(merged_row, 5).data())
    assert merged_text.startswith("merged from") and "Нұрлан Сейітов" in merged_text
    select(people.found_view, [1 - merged_row])
    assert not people.unmerge_button.isEnabled()
    select(people.found_view, [merged_row])
    assert people.unmerge_button.isEnabled()
    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: True))
    click(qtbot, people.unmerge_button)
    qtbot.waitUntil(lambda: people.found.rowCount() == 3, timeout=10000)
    assert all(not people.found.row(i).get("merges") for i in range(3))

    # By hand: two rows chosen together.
    rows = {people.found.row(i)["id"]: i for i in range(3)}
    select(people.found_view, [rows[cyr], rows[namesake]])
    assert people.merge_found_button.isEnabled()
    seen.clear()
    script_dialog(qtbot, monkeypatch, MergeDialog, lambda d: d.keep_and_other())
    click(qtbot, people.merge_found_button)
    qtbot.waitUntil(lambda: people.found.rowCount() == 2, timeout=10000)
    idle(qtbot, window)
    groups = on_worker(qtbot, window, lambda v: person_service.person_group(v, namesake))
    assert set(groups) == {cyr, namesake}
