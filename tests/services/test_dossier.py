"""Dossiers: content under consent and profile, grades with history, custody appendix;
nothing of a report in a temp folder (issue 13)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from amanat.domain.model import Annotation, AnnotationKind, RecordKind
from amanat.render.pdf import html_to_pdf
from amanat.services import dossier
from amanat.services import reports as report_service
from amanat.services.cases import revision_author
from amanat.storage import records
from amanat.storage.db import transaction
from amanat.storage.vault import Vault
from support.reports import (
    INTERNAL_NARRATIVE,
    PUBLIC_NARRATIVE,
    RESTRICTED_NARRATIVE,
    add_report_case,
)


def _grade(vault: Vault, note_id: str | None, target: str, grade: str) -> str:
    from amanat.domain.case_json import new_record_id

    note = Annotation(
        id=note_id or new_record_id(), target_kind=RecordKind.TESTIMONY, target_id=target,
        kind=AnnotationKind.VERIFICATION, grade=grade,
    )  # fmt: skip
    conn = vault.connection()
    with transaction(conn):
        records.write(conn, note, author=revision_author(vault))
    return note.id


def test_the_dossier_shows_grades_with_their_history(vault: Vault) -> None:
    case_id = add_report_case(vault)
    conn = vault.connection()
    inc = report_service.include(conn, [case_id])
    first = next(t for t in inc.testimonies.values() if t.narrative == PUBLIC_NARRATIVE)
    note_id = _grade(vault, None, first.id, "plausible")
    _grade(vault, note_id, first.id, "corroborated")
    inc = report_service.include(conn, [case_id])
    grades = report_service.grades_for(conn, inc)
    assert [g.grade for g in grades[first.id]] == ["plausible", "corroborated"]
    made = dossier.build(conn, [case_id])
    assert "<b>Corroborated</b>" in made.html and "earlier: Plausible" in made.html


def test_the_html_leaves_out_what_consent_and_profile_forbid(vault: Vault) -> None:
    case_id = add_report_case(vault)
    conn = vault.connection()
    internal = dossier.build(conn, [case_id], profile="full", use="internal").html
    assert INTERNAL_NARRATIVE in internal and RESTRICTED_NARRATIVE in internal
    legal = dossier.build(conn, [case_id], profile="no-contacts", use="legal").html
    assert PUBLIC_NARRATIVE in legal
    assert INTERNAL_NARRATIVE not in legal and RESTRICTED_NARRATIVE not in legal
    assert "Neighbour Qasim" not in legal and "Guard Li" not in legal


def test_a_report_by_person_covers_their_cases(vault: Vault, tmp_path: Path) -> None:
    case_id = add_report_case(vault)
    conn = vault.connection()
    person_id = report_service.include(conn, [case_id]).cases[case_id].person_id
    target = tmp_path / "p.pdf"
    written, made = dossier.write_report(vault, target, html_to_pdf, person_ids=[person_id])
    assert made.included.case_ids == [case_id]
    assert target.read_bytes()[:4] == b"%PDF" and written.size == target.stat().st_size


def test_canary_nothing_of_a_report_in_a_temp_folder(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = add_report_case(vault)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr("tempfile.tempdir", None)
    out = tmp_path / "out"
    out.mkdir()
    dossier.write_report(vault, out / "d.pdf", html_to_pdf, case_ids=[case_id])
    assert list(temp.rglob("*")) == []
    assert [p.name for p in out.iterdir()] == ["d.pdf"]
    needle = PUBLIC_NARRATIVE.split()[0].encode("utf-8")
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.name != "d.pdf":
            assert needle not in path.read_bytes(), os.fspath(path.relative_to(tmp_path))
