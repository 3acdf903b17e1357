"""The one cancellation check (domain.progress) and storage.db.transaction()'s ending
of a transaction whose COMMIT fails (what the bundle import relies on)."""

from __future__ import annotations

import pytest

from amanat.domain import progress
from amanat.domain.errors import Cancelled
from amanat.services import base
from amanat.storage.db import DatabaseError, transaction
from amanat.storage.vault import Vault


def test_check_cancelled() -> None:
    progress.check_cancelled(None)
    progress.check_cancelled(progress.never_cancelled)
    with pytest.raises(Cancelled):
        progress.check_cancelled(lambda: True)
    # Services use the very same helper and types.
    assert base.check_cancelled is progress.check_cancelled
    assert base.IsCancelled is progress.IsCancelled and base.Progress is progress.Progress


def test_a_commit_failing_on_a_deferred_reference_rolls_back(vault: Vault) -> None:
    conn = vault.connection()
    before = conn.execute("SELECT count(*) FROM place").fetchone()[0]
    with pytest.raises(DatabaseError), transaction(conn):
        conn.execute(
            "INSERT INTO place (id, type, parent_id, rev_id) VALUES (?, 'village', ?, 'r')",
            ("a" * 32, "b" * 32),  # a parent that does not exist: checked at COMMIT
        )
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM place").fetchone()[0] == before
    with transaction(conn):  # and the connection is usable again
        conn.execute("SELECT 1").fetchone()
