"""Schema 6: record_waiting follows record_head (triggers), so the records waiting for a
person are read without grouping every head of the vault."""

from __future__ import annotations

from amanat.domain.model import RecordKind
from amanat.storage import history
from amanat.storage.db import transaction
from amanat.storage.history import make_revision
from amanat.storage.vault import Vault
from support.vaults import add_case


def waiting(vault: Vault) -> list[str]:
    rows = vault.connection().execute("SELECT record_id FROM record_waiting").fetchall()
    return sorted(str(r[0]) for r in rows)


def test_record_waiting_follows_the_heads(vault: Vault) -> None:
    case_id = add_case(vault)
    conn = vault.connection()
    assert waiting(vault) == [] and history.conflicts(conn) == []
    [root] = history.heads(conn, case_id)
    content = history.get(conn, root).value()
    author = vault.identity.public.signing
    other = make_revision(
        RecordKind.CASE, case_id, {**content, "title": "Other"}, parents=[root], author=author
    )
    again = make_revision(
        RecordKind.CASE, case_id, {**content, "title": "Again"}, parents=[root], author=author
    )
    with transaction(conn):
        history.insert(conn, other)
        history.insert(conn, again)
        history.set_heads(conn, RecordKind.CASE, case_id, [other.rev_id, again.rev_id])
    assert waiting(vault) == [case_id]
    assert history.conflicts(conn) == [(case_id, "case", 2)]
    with transaction(conn):
        history.set_heads(conn, RecordKind.CASE, case_id, [other.rev_id])
    assert waiting(vault) == [] and history.conflicts(conn) == []
