"""The search index is kept in step with the casework tables by SQL triggers alone.

These tests write the current-state tables with plain SQL, as any code path (a
repository, a bundle import, a merge) might, and check what the index holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from amanat.domain.names import match_key
from amanat.storage import db
from support.vaults import create_vault

REV = "0" * 64


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Any]:
    vault, _ = create_vault(tmp_path / "vault", "t", "pw")
    try:
        yield vault.connection()
    finally:
        vault.lock()


def add_person(conn: Any, pid: str, *names: str) -> None:
    with db.transaction(conn):
        conn.execute("INSERT INTO person (id, rev_id) VALUES (?, ?)", (pid, REV))
        for position, text in enumerate(names):
            conn.execute(
                "INSERT INTO person_name (person_id, position, text, script, type, match_key)"
                " VALUES (?, ?, ?, 'und-Latn', 'preferred', ?)",
                (pid, position, text, match_key(text)),
            )


def add_case(conn: Any, cid: str, pid: str, title: str = "A case") -> None:
    with db.transaction(conn):
        conn.execute(
            "INSERT INTO case_file (id, title, person_id, created, updated, rev_id)"
            " VALUES (?, ?, ?, 't', 't', ?)",
            (cid, title, pid, REV),
        )


def add_testimony(conn: Any, tid: str, cid: str, pid: str, narrative: str) -> None:
    with db.transaction(conn):
        conn.execute(
            "INSERT INTO testimony (id, case_id, speaker_id, mode, language, narrative,"
            " consent_informed, consent_voluntary, consent_may_name, consent_may_show_face,"
            " consent_may_use_voice, consent_uses, rev_id)"
            " VALUES (?, ?, ?, 'in_person', 'kk', ?, 1, 1, 0, 0, 0, 'internal', ?)",
            (tid, cid, pid, narrative, REV),
        )


def text_hits(conn: Any, query: str) -> set[tuple[str, str]]:
    rows = conn.execute(
        "SELECT d.kind, d.ref FROM search_text JOIN search_doc d ON d.doc = search_text.rowid"
        " WHERE search_text MATCH ?",
        (query,),
    ).fetchall()
    return {(r[0], r[1]) for r in rows}


def han_hits(conn: Any, query: str) -> set[str]:
    rows = conn.execute(
        "SELECT d.ref FROM search_han JOIN search_doc d ON d.doc = search_han.rowid"
        " WHERE search_han MATCH ?",
        (query,),
    ).fetchall()
    return {r[0] for r in rows}


def name_hits(conn: Any, query: str) -> set[str]:
    rows = conn.execute(
        "SELECT DISTINCT n.person_id FROM search_name JOIN search_key k"
        " ON k.id = search_name.rowid JOIN person_name n ON n.match_key = k.key"
        " WHERE search_name MATCH ?",
        (query,),
    ).fetchall()
    return {r[0] for r in rows}


P1, P2 = "a" * 32, "b" * 32
C1 = "c" * 32
T1, T2 = "d" * 32, "e" * 32


def test_narratives_are_indexed_in_every_script(conn: Any) -> None:
    add_person(conn, P1, "Ержан")
    add_case(conn, C1, P1, "Detention in Ghulja")
    add_testimony(conn, T1, C1, P1, "Менің ағам Ержан түнде ұсталды. Ärkin was there.")
    add_testimony(conn, T2, C1, P1, "ئۇ لاگېرغا ئېلىپ كېتىلدى. 我的哥哥在伊宁被拘留了。")
    assert text_hits(conn, "ұсталды") == {("testimony", T1)}
    assert text_hits(conn, "ержан") == {("testimony", T1)}  # case folded
    assert text_hits(conn, "arkin") == {("testimony", T1)}  # diacritics removed
    assert text_hits(conn, "لاگېرغا") == {("testimony", T2)}
    assert text_hits(conn, "ghulja") == {("case", C1)}
    assert han_hits(conn, "被拘留") == {T2}
    assert han_hits(conn, "伊宁被") == {T2}
    # only documents with Han characters are copied into the trigram table
    assert conn.execute("SELECT count(*) FROM search_han").fetchone()[0] == 1


def test_edit_and_delete_keep_the_index_in_step(conn: Any) -> None:
    add_person(conn, P1, "Ержан")
    add_case(conn, C1, P1)
    add_testimony(conn, T1, C1, P1, "taken at night 在伊宁被拘留")
    with db.transaction(conn):
        conn.execute("UPDATE testimony SET narrative = 'released in spring' WHERE id = ?", (T1,))
    assert text_hits(conn, "night") == set()
    assert text_hits(conn, "released") == {("testimony", T1)}
    assert han_hits(conn, "被拘留") == set()
    assert conn.execute("SELECT count(*) FROM search_han").fetchone()[0] == 0
    with db.transaction(conn):
        conn.execute("UPDATE case_file SET title = 'Transfer to Chöchek' WHERE id = ?", (C1,))
    assert text_hits(conn, "chochek") == {("case", C1)}
    with db.transaction(conn):
        conn.execute("DELETE FROM testimony WHERE id = ?", (T1,))
    assert text_hits(conn, "released") == set()
    left = conn.execute("SELECT count(*) FROM search_doc WHERE kind = 'testimony'").fetchone()
    assert left[0] == 0


def test_insert_or_replace_leaves_nothing_stale(conn: Any) -> None:
    # REPLACE deletes the old row without firing delete triggers (recursive_triggers is
    # off) and overrides conflict clauses inside triggers; the index must still be right.
    add_person(conn, P1, "Ержан")
    add_case(conn, C1, P1)
    add_testimony(conn, T1, C1, P1, "first version")
    with db.transaction(conn):
        conn.execute(
            "INSERT OR REPLACE INTO testimony (id, case_id, speaker_id, mode, language,"
            " narrative, consent_informed, consent_voluntary, consent_may_name,"
            " consent_may_show_face, consent_may_use_voice, consent_uses, rev_id)"
            " VALUES (?, ?, ?, 'in_person', 'kk', 'second version', 1, 1, 0, 0, 0,"
            " 'internal', ?)",
            (T1, C1, P1, REV),
        )
    assert text_hits(conn, "first") == set()
    assert text_hits(conn, "second") == {("testimony", T1)}
    assert conn.execute("SELECT count(*) FROM search_doc").fetchone()[0] == 2  # case + T1


def test_name_keys_follow_person_name_rows(conn: Any) -> None:
    add_person(conn, P1, "Ержан Бекболатұлы", "Yerzhan Bekbolatov")
    add_person(conn, P2, "Aigul")
    assert name_hits(conn, "erjan") == {P1}
    assert name_hits(conn, "bekbolat*") == {P1}
    # the repositories replace name rows as a whole on each revision
    with db.transaction(conn):
        conn.execute("DELETE FROM person_name WHERE person_id = ?", (P1,))
        conn.execute(
            "INSERT INTO person_name (person_id, position, text, script, type, match_key)"
            " VALUES (?, 0, 'Erlan', 'und-Latn', 'preferred', 'erlan')",
            (P1,),
        )
    assert name_hits(conn, "erjan") == set()
    assert name_hits(conn, "erlan") == {P1}
    with db.transaction(conn):
        conn.execute("UPDATE person_name SET match_key = 'aizhan' WHERE person_id = ?", (P2,))
    assert name_hits(conn, "aigul") == set()
    assert name_hits(conn, "aizhan") == {P2}
    with db.transaction(conn):
        conn.execute("DELETE FROM person WHERE id = ?", (P2,))  # cascades to names
    assert name_hits(conn, "aizhan") == set()


def test_a_key_stays_while_any_name_has_it(conn: Any) -> None:
    add_person(conn, P1, "Aigul")
    add_person(conn, P2, "Айгүл")  # same skeleton: one key, two persons
    assert [tuple(r) for r in conn.execute("SELECT key FROM search_key")] == [("aigul",)]
    assert name_hits(conn, "aigul") == {P1, P2}
    with db.transaction(conn):
        conn.execute("DELETE FROM person WHERE id = ?", (P1,))
    assert name_hits(conn, "aigul") == {P2}
    with db.transaction(conn):
        conn.execute("DELETE FROM person WHERE id = ?", (P2,))
    assert name_hits(conn, "aigul") == set()
    assert conn.execute("SELECT count(*) FROM search_key").fetchone()[0] == 0
    # and it comes back with a new bearer
    add_person(conn, P1, "Aygul")
    assert name_hits(conn, "aigul") == {P1}


def test_place_labels_are_indexed(conn: Any) -> None:
    place = "f" * 32
    with db.transaction(conn):
        conn.execute("INSERT INTO place (id, type, rev_id) VALUES (?, 'county', ?)", (place, REV))
        labels = [
            ("Ghulja", "en-Latn"),
            ("Құлжа", "kk-Cyrl"),
            ("غۇلجا", "ug-Arab"),
            ("伊宁市", "zh-Hans"),
        ]
        for position, (text, script) in enumerate(labels):
            conn.execute(
                "INSERT INTO place_label (place_id, position, text, script, label_key)"
                " VALUES (?, ?, ?, ?, ?)",
                (place, position, text, script, text.casefold()),
            )
    for query in ("ghulja", "құлжа", "غۇلجا", "伊宁*"):
        rows = conn.execute(
            "SELECT l.place_id FROM search_place JOIN place_label l ON l.id = search_place.rowid"
            " WHERE search_place MATCH ?",
            (f'"{query[:-1]}"*' if query.endswith("*") else f'"{query}"',),
        ).fetchall()
        assert [r[0] for r in rows] == [place], query
