"""Schema 5 (docs/review.md §2): an older vault migrates with a queue row for every
case; the triggers keep the queue's inputs as records come and go; the projections of
reviews and grades follow their head."""

from __future__ import annotations

import shutil
from pathlib import Path

from amanat.services import reviews as review_service
from amanat.storage import migrations, reviews, schema_v5
from amanat.storage.vault import Vault
from support.paths import DATA
from support.vaults import add_case

GOLDEN = DATA / "golden-vault-v1"
PASSPHRASE = "golden passphrase v1"


def test_an_older_vault_gets_a_queue_row_for_every_case(tmp_path: Path) -> None:
    copy = tmp_path / "golden"
    shutil.copytree(GOLDEN, copy)
    vault = Vault.unlock(copy, PASSPHRASE)
    try:
        conn = vault.connection()
        assert migrations.schema_version(conn) == migrations.LATEST
        cases = {str(r[0]) for r in conn.execute("SELECT id FROM case_file")}
        assert cases and set(review_service.queue_ids(vault)) == cases
        rows = review_service.queue_rows(vault, sorted(cases))
        assert all(r["state"] == "unreviewed" and r["changed"] for r in rows)
        # Written here, not received: no reason yet.
        assert all(r["reasons"] == [] for r in rows)
    finally:
        vault.lock()


def test_the_rank_column_can_be_given_a_new_expression(vault: Vault) -> None:
    case_id = add_case(vault)
    conn = vault.connection()
    reviews.set_rank(conn, "7")
    assert [r[0] for r in conn.execute("SELECT rank FROM case_review")] == [7]
    reviews.set_rank(conn, schema_v5.RANK_V5)
    review_service.set_review(vault, case_id, assignee=vault.identity.display_name)
    assert [r[0] for r in conn.execute("SELECT rank FROM case_review")] == [2]
    plan = " ".join(
        str(r[-1])
        for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT q.case_id FROM case_review q"
            " ORDER BY q.rank DESC, q.changed DESC, q.case_id"
        )
    )
    assert "COVERING INDEX case_review_queue" in plan and "TEMP B-TREE" not in plan


def test_the_queue_is_sorted_and_filtered_by_indexes(vault: Vault) -> None:
    conn = vault.connection()
    for where in ("q.state = 'verified'", "q.assignee = 'A'", "q.state = 'v' AND q.assignee = 'A'"):
        plan = " ".join(
            str(r[-1])
            for r in conn.execute(
                f"EXPLAIN QUERY PLAN SELECT q.case_id FROM case_review q WHERE {where}"
                " ORDER BY q.rank DESC, q.changed DESC, q.case_id"
            )
        )
        assert "INDEX case_review_" in plan and "TEMP B-TREE" not in plan, plan


def test_each_reason_filter_reads_its_own_partial_index(vault: Vault) -> None:
    conn = vault.connection()
    for reason in reviews.REASONS:
        found = conn.execute(
            "SELECT sql FROM sqlite_schema WHERE name = ?", (f"case_review_{reason.code}",)
        ).fetchone()
        assert found is not None and " ".join(str(found[0]).split()) == " ".join(
            reviews.reason_index_sql(reason).split()
        )
        plan = " ".join(
            str(r[-1])
            for r in conn.execute(
                f"EXPLAIN QUERY PLAN SELECT q.case_id FROM case_review q"
                f" WHERE ({reason.condition}) ORDER BY q.rank DESC, q.changed DESC, q.case_id"
            )
        )
        assert f"case_review_{reason.code}" in plan and "TEMP B-TREE" not in plan, plan


def test_a_case_gone_leaves_the_queue(vault: Vault) -> None:
    case_id = add_case(vault)
    conn = vault.connection()
    assert conn.execute("SELECT count(*) FROM case_review").fetchone()[0] == 1
    conn.execute("DELETE FROM case_record WHERE case_id = ?", (case_id,))
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("DELETE FROM case_file WHERE id = ?", (case_id,))
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("SELECT count(*) FROM case_review").fetchone()[0] == 0
