"""The inbox's table (storage/schema_v8.py): one row per bundle file looked at.

Functions run inside the caller's transaction (or autocommit one statement).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from amanat.storage.db import Connection


@dataclass(frozen=True)
class InboxFile:
    path: str
    name: str
    size: int
    mtime_ns: int
    source: str  # "folder" or "dropped"
    outcome: str  # services.inbox.Outcome
    seen: str
    error: str | None = None  # a typed error code (a refusal, or why it waits)
    bundle_id: str | None = None
    sender_name: str | None = None  # the stored contact's name, never the card's
    sender_fingerprint: str | None = None
    fingerprint_state: str | None = None  # verified, unverified, key_changed, unknown
    created: str | None = None  # when the bundle was sealed
    brought: dict[str, int] = field(default_factory=dict)
    quarantine_id: str | None = None


_COLUMNS = (
    "path, name, size, mtime_ns, source, outcome, seen, error, bundle_id, sender_name,"
    " sender_fingerprint, fingerprint_state, created, brought, quarantine_id"
)


def _from_row(row: Any) -> InboxFile:
    return InboxFile(
        path=row[0],
        name=row[1],
        size=int(row[2]),
        mtime_ns=int(row[3]),
        source=row[4],
        outcome=row[5],
        seen=row[6],
        error=row[7],
        bundle_id=row[8],
        sender_name=row[9],
        sender_fingerprint=row[10],
        fingerprint_state=row[11],
        created=row[12],
        brought={str(k): int(v) for k, v in json.loads(row[13] or "{}").items()},
        quarantine_id=row[14],
    )


def put(conn: Connection, item: InboxFile) -> None:
    """Insert or replace the row of ``item.path``."""
    conn.execute(
        f"INSERT OR REPLACE INTO inbox_file ({_COLUMNS})"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            item.path,
            item.name,
            item.size,
            item.mtime_ns,
            item.source,
            item.outcome,
            item.seen,
            item.error,
            item.bundle_id,
            item.sender_name,
            item.sender_fingerprint,
            item.fingerprint_state,
            item.created,
            json.dumps(dict(sorted(item.brought.items()))),
            item.quarantine_id,
        ),
    )


def get(conn: Connection, path: str) -> InboxFile | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM inbox_file WHERE path = ?", (path,)).fetchone()
    return None if row is None else _from_row(row)


def list_files(conn: Connection, limit: int = 1000) -> list[InboxFile]:
    """The files looked at, the most recent first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM inbox_file ORDER BY seen DESC, path LIMIT ?", (limit,)
    ).fetchall()
    return [_from_row(r) for r in rows]
