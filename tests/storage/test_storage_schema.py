"""The casework schema of version 1: tables exist, vocabularies are seeded."""

from __future__ import annotations

import pytest

from amanat.domain import vocab
from amanat.storage.vault import Vault


def test_vocabularies_seeded_with_three_locales(vault: Vault) -> None:
    conn = vault.connection()
    terms = conn.execute("SELECT count(*) FROM vocab_term").fetchone()[0]
    assert terms == sum(len(t) for t in vocab.SCHEMES.values())
    missing = conn.execute(
        "SELECT count(*) FROM vocab_term t WHERE (SELECT count(*) FROM vocab_label l"
        " WHERE l.scheme = t.scheme AND l.code = t.code) != 3"
    ).fetchone()[0]
    assert missing == 0
    row = conn.execute(
        "SELECT parent FROM vocab_term WHERE scheme = 'relation' AND code = 'sister'"
    ).fetchone()
    assert row[0] == "sibling"
    label = conn.execute(
        "SELECT label FROM vocab_label WHERE scheme = 'event_type' AND code = 'detention'"
        " AND locale = 'kk'"
    ).fetchone()[0]
    assert label == vocab.label("event_type", "detention", "kk")


@pytest.mark.parametrize(
    "table",
    [
        "revision",
        "record_head",
        "person",
        "person_name",
        "place",
        "place_label",
        "case_file",
        "event",
        "testimony",
        "attachment",
        "blob",
        "annotation",
        "custody_log",
    ],
)
def test_tables_exist(vault: Vault, table: str) -> None:
    conn = vault.connection()
    assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] >= 0
