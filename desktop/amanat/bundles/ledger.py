"""Bookkeeping of bundles sent and received (tables of storage/schema_v2.py).

Sequence numbers, seen bundle ids, per-sender last sequence, quarantine and record
provenance. Every function runs inside the caller's transaction.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from amanat.storage.db import Connection


def next_sequence(conn: Connection) -> int:
    row = conn.execute("SELECT coalesce(max(sequence), 0) FROM bundle_sent").fetchone()
    return int(row[0]) + 1


def record_sent(
    conn: Connection,
    *,
    bundle_id: str,
    sequence: int,
    created: str,
    profile: str,
    recipients: list[str],
    cases: int,
    records: int,
    attachments: int,
    header_sha256: bytes,
) -> None:
    conn.execute(
        "INSERT INTO bundle_sent (bundle_id, sequence, created, profile, recipients, cases,"
        " records, attachments, header_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            bundle_id,
            sequence,
            created,
            profile,
            json.dumps(recipients),
            cases,
            records,
            attachments,
            header_sha256,
        ),
    )


def sent_bundles(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT bundle_id, sequence, created, profile, recipients, cases, records, attachments"
        " FROM bundle_sent ORDER BY sequence"
    ).fetchall()
    return [
        {
            "bundle_id": r[0],
            "sequence": r[1],
            "created": r[2],
            "profile": r[3],
            "recipients": json.loads(r[4]),
            "cases": r[5],
            "records": r[6],
            "attachments": r[7],
        }
        for r in rows
    ]


def is_received(conn: Connection, bundle_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM bundle_received WHERE bundle_id = ?", (bundle_id,))
    return row.fetchone() is not None


def last_sequence(conn: Connection, sender_key: bytes) -> int | None:
    row = conn.execute(
        "SELECT last_sequence FROM bundle_sender WHERE sender_key = ?", (sender_key,)
    ).fetchone()
    return None if row is None else int(row[0])


MAX_GAPS_LISTED = 50


def missing_sequences(conn: Connection, sender_key: bytes) -> tuple[list[int], int]:
    """The sequence numbers of this sender missing between the first and the last of its
    bundles seen here (imported or waiting in quarantine): (the first MAX_GAPS_LISTED of
    them, how many in all). A sender numbers every bundle it seals, for whomever: a gap
    may be a bundle sealed for someone else, or one lost or held back on the way."""
    rows = conn.execute(
        "SELECT sequence FROM bundle_received WHERE sender_key = ?"
        " UNION SELECT sequence FROM bundle_quarantine WHERE sender_key = ? ORDER BY 1",
        (sender_key, sender_key),
    ).fetchall()
    seen = [int(r[0]) for r in rows]
    listed: list[int] = []
    total = 0
    for before, after in itertools.pairwise(seen):
        total += after - before - 1
        for missing in range(before + 1, after):
            if len(listed) >= MAX_GAPS_LISTED:
                break
            listed.append(missing)
    return listed, total


def record_received(
    conn: Connection,
    *,
    bundle_id: str,
    sender_key: bytes,
    sender_fingerprint: str,
    sequence: int,
    created: str,
    imported: str,
    profile: str,
    custody_seq: int,
    custody_hash: bytes,
    outcome: Mapping[str, int],
) -> None:
    conn.execute(
        "INSERT INTO bundle_received (bundle_id, sender_key, sender_fingerprint, sequence,"
        " created, imported, profile, custody_seq, custody_hash, outcome)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            bundle_id,
            sender_key,
            sender_fingerprint,
            sequence,
            created,
            imported,
            profile,
            custody_seq,
            custody_hash,
            json.dumps(dict(sorted(outcome.items()))),
        ),
    )
    # Never lower the mark: a quarantined older bundle imported late must not reopen
    # the door to replays of everything in between.
    conn.execute(
        "INSERT INTO bundle_sender (sender_key, last_sequence, last_bundle, updated)"
        " VALUES (?, ?, ?, ?) ON CONFLICT(sender_key) DO UPDATE SET"
        " last_sequence = max(last_sequence, excluded.last_sequence),"
        " last_bundle = CASE WHEN excluded.last_sequence > last_sequence"
        " THEN excluded.last_bundle ELSE last_bundle END,"
        " updated = excluded.updated",
        (sender_key, sequence, bundle_id, imported),
    )


def received_bundles(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT bundle_id, sender_fingerprint, sequence, created, imported, profile, outcome"
        " FROM bundle_received ORDER BY imported, bundle_id"
    ).fetchall()
    return [
        {
            "bundle_id": r[0],
            "sender": r[1],
            "sequence": r[2],
            "created": r[3],
            "imported": r[4],
            "profile": r[5],
            "outcome": json.loads(r[6]),
        }
        for r in rows
    ]


# -- quarantine ---------------------------------------------------------------------------


@dataclass(frozen=True)
class QuarantineEntry:
    id: str
    bundle_id: str
    sender_key: bytes
    sender_card: bytes
    sender_fingerprint: str
    reason: str
    sequence: int
    created: str
    received: str
    profile: str
    entries: int
    size: int
    blob_id: str | None

    def as_json(self, sender_name: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "bundle_id": self.bundle_id,
            "sender": {"name": sender_name, "fingerprint": self.sender_fingerprint},
            "reason": self.reason,
            "sequence": self.sequence,
            "created": self.created,
            "received": self.received,
            "profile": self.profile,
            "entries": self.entries,
            "size": self.size,
        }


_Q_COLUMNS = (
    "id, bundle_id, sender_key, sender_card, sender_fingerprint, reason, sequence, created,"
    " received, profile, entries, size, blob_id"
)


def _quarantine(row: Any) -> QuarantineEntry:
    return QuarantineEntry(
        id=row[0],
        bundle_id=row[1],
        sender_key=bytes(row[2]),
        sender_card=bytes(row[3]),
        sender_fingerprint=row[4],
        reason=row[5],
        sequence=int(row[6]),
        created=row[7],
        received=row[8],
        profile=row[9],
        entries=int(row[10]),
        size=int(row[11]),
        blob_id=row[12],
    )


def add_quarantine(conn: Connection, entry: QuarantineEntry) -> None:
    conn.execute(
        f"INSERT INTO bundle_quarantine ({_Q_COLUMNS}) VALUES"
        " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.id,
            entry.bundle_id,
            entry.sender_key,
            entry.sender_card,
            entry.sender_fingerprint,
            entry.reason,
            entry.sequence,
            entry.created,
            entry.received,
            entry.profile,
            entry.entries,
            entry.size,
            entry.blob_id,
        ),
    )


def quarantine_by_bundle(conn: Connection, bundle_id: str) -> QuarantineEntry | None:
    row = conn.execute(
        f"SELECT {_Q_COLUMNS} FROM bundle_quarantine WHERE bundle_id = ?", (bundle_id,)
    ).fetchone()
    return None if row is None else _quarantine(row)


def quarantine_get(conn: Connection, quarantine_id: str) -> QuarantineEntry | None:
    row = conn.execute(
        f"SELECT {_Q_COLUMNS} FROM bundle_quarantine WHERE id = ?", (quarantine_id,)
    ).fetchone()
    return None if row is None else _quarantine(row)


def quarantine_list(conn: Connection) -> list[QuarantineEntry]:
    rows = conn.execute(
        f"SELECT {_Q_COLUMNS} FROM bundle_quarantine ORDER BY received, id"
    ).fetchall()
    return [_quarantine(r) for r in rows]


def remove_quarantine(conn: Connection, quarantine_id: str) -> None:
    conn.execute("DELETE FROM bundle_quarantine WHERE id = ?", (quarantine_id,))


# -- provenance ---------------------------------------------------------------------------


def add_provenance(conn: Connection, rows: Iterable[tuple[str, str, str, str, bytes, str]]) -> None:
    """Rows of (bundle_id, rev_id, record_id, record_kind, sender_key, outcome)."""
    conn.executemany(
        "INSERT OR IGNORE INTO record_provenance (bundle_id, rev_id, record_id, record_kind,"
        " sender_key, outcome) VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


def provenance(conn: Connection, record_id: str) -> list[dict[str, Any]]:
    """Every bundle that brought revisions of a record: when, from whom, what happened."""
    rows = conn.execute(
        "SELECT p.bundle_id, p.rev_id, p.record_kind, p.outcome, r.sender_fingerprint,"
        " r.imported, r.sequence, r.created, c.display_name"
        " FROM record_provenance p JOIN bundle_received r ON r.bundle_id = p.bundle_id"
        " LEFT JOIN contact c ON c.signing_key = p.sender_key"
        " WHERE p.record_id = ? ORDER BY r.imported, p.bundle_id, p.rev_id",
        (record_id,),
    ).fetchall()
    return [
        {
            "bundle_id": r[0],
            "rev_id": r[1],
            "record_kind": r[2],
            "outcome": r[3],
            "sender": {"fingerprint": r[4], "name": r[8]},
            "imported": r[5],
            "sequence": r[6],
            "bundle_created": r[7],
        }
        for r in rows
    ]


def revision_bundle(conn: Connection, rev_id: str) -> dict[str, Any] | None:
    """The first bundle that brought this revision here (None: written in this vault,
    or received before provenance was kept)."""
    row = conn.execute(
        "SELECT p.bundle_id, p.outcome, r.sender_fingerprint, r.imported, r.created,"
        " r.sequence, p.sender_key"
        " FROM record_provenance p JOIN bundle_received r ON r.bundle_id = p.bundle_id"
        " WHERE p.rev_id = ? ORDER BY r.imported, p.bundle_id LIMIT 1",
        (rev_id,),
    ).fetchone()
    if row is None:
        return None
    return {
        "bundle_id": row[0],
        "outcome": row[1],
        "sender_fingerprint": row[2],
        "imported": row[3],
        "bundle_created": row[4],
        "sequence": int(row[5]),
        "sender_key": bytes(row[6]),
    }
