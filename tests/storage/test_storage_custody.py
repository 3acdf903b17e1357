"""The custody log: append-only below the program, hash-chained, tamper-evident."""

from __future__ import annotations

import copy
import itertools

import pytest
import sqlcipher3

from amanat.domain.model import CustodyAction
from amanat.services import cases as service
from amanat.services import vault as vault_service
from amanat.storage import custody
from amanat.storage.db import transaction
from amanat.storage.vault import Vault
from support.cases import ISSUE_EXAMPLE


def _filled(vault: Vault) -> str:
    case_id = service.add_case(vault, copy.deepcopy(ISSUE_EXAMPLE)).id
    testimony_id = service.get_case(vault, case_id)["testimonies"][0]["id"]
    service.seal_testimony(vault, testimony_id)
    service.update_case(vault, case_id, status="verified")
    service.add_case(vault, copy.deepcopy(ISSUE_EXAMPLE))
    return case_id


def test_chain_links_and_verifies(vault: Vault) -> None:
    case_id = _filled(vault)
    conn = vault.connection()
    entries = custody.entries(conn)
    assert [e.seq for e in entries] == [1, 2, 3, 4]
    assert entries[0].prev_hash == custody.GENESIS
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.entry_hash
    assert [e.action for e in custody.entries(conn, case_id=case_id)] == [
        CustodyAction.CREATED,
        CustodyAction.SEALED,
        CustodyAction.EDITED,
    ]
    assert all(e.actor == service.author_key(vault) for e in entries)
    assert custody.verify_custody_chain(conn) == []
    report = vault_service.check(vault)
    assert report.ok and report.checked["custody_chain"] == 4


def test_append_only_below_the_program(vault: Vault) -> None:
    _filled(vault)
    conn = vault.connection()
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("UPDATE custody_log SET action = 'deleted' WHERE seq = 2")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM custody_log WHERE seq = 4")
    last_seq, last_hash = custody.tail(conn)
    with pytest.raises(sqlcipher3.IntegrityError, match="extend the chain"):
        conn.execute(
            "INSERT INTO custody_log (seq, time, actor, action, prev_hash, entry_hash)"
            " VALUES (?, 't', x'00', 'created', ?, x'00')",
            (last_seq + 2, last_hash),
        )
    with pytest.raises(sqlcipher3.IntegrityError, match="extend the chain"):
        conn.execute(
            "INSERT INTO custody_log (seq, time, actor, action, prev_hash, entry_hash)"
            " VALUES (?, 't', x'00', 'created', zeroblob(32), x'00')",
            (last_seq + 1,),
        )
    with transaction(conn):
        custody.append(conn, actor=bytes(32), action=CustodyAction.EXPORTED, counterpart="123")
    assert custody.verify_custody_chain(conn) == []


def _drop_guards(conn: object) -> None:
    for name in ("custody_log_no_update", "custody_log_no_delete", "custody_log_chain"):
        conn.execute(f"DROP TRIGGER {name}")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("tamper", "codes"),
    [
        ("UPDATE custody_log SET detail = '{\"events\":0}' WHERE seq = 1", {"custody_hash"}),
        ("UPDATE custody_log SET time = '2001-01-01T00:00:00Z' WHERE seq = 2", {"custody_hash"}),
        ("UPDATE custody_log SET actor = zeroblob(32) WHERE seq = 3", {"custody_hash"}),
        ("UPDATE custody_log SET action = 'deleted' WHERE seq = 3", {"custody_hash"}),
        ("DELETE FROM custody_log WHERE seq = 2", {"custody_gap", "custody_link"}),
        ("UPDATE custody_log SET entry_hash = zeroblob(32) WHERE seq = 2",
         {"custody_hash", "custody_link"}),
        ("UPDATE custody_log SET prev_hash = x'00' WHERE seq = 1",
         {"custody_hash", "custody_link"}),
        ("UPDATE custody_log SET seq = 9 WHERE seq = 4", {"custody_gap", "custody_hash"}),
    ],
)  # fmt: skip
def test_tampering_is_detected(vault: Vault, tamper: str, codes: set[str]) -> None:
    _filled(vault)
    conn = vault.connection()
    _drop_guards(conn)  # an attacker with the key can drop the triggers; the chain remains
    conn.execute(tamper)
    problems = custody.verify_custody_chain(conn)
    assert {code for code, _detail in problems} == codes
    report = vault_service.check(vault)
    assert not report.ok
    assert codes <= {code for code, _ in report.problems}


def test_raw_byte_edit_is_detected(vault: Vault) -> None:
    """Change one byte of a stored hash (as a raw editor of the decrypted pages would)."""
    _filled(vault)
    conn = vault.connection()
    _drop_guards(conn)
    stored = bytes(conn.execute("SELECT entry_hash FROM custody_log WHERE seq = 3").fetchone()[0])
    flipped = bytes([stored[0] ^ 1]) + stored[1:]
    conn.execute("UPDATE custody_log SET entry_hash = ? WHERE seq = 3", (flipped,))
    problems = custody.verify_custody_chain(conn)
    assert ("custody_hash", "seq 3 was altered") in problems
    assert ("custody_link", "seq 4 does not follow the previous entry") in problems
