"""The custody log: append-only and hash-chained (docs/design.md §4).

Each entry's hash covers its fields and the previous entry's hash, so changing,
removing or reordering any entry breaks every hash after it. Below the program,
SQLite triggers refuse UPDATE and DELETE and any INSERT that does not extend the chain
(storage/schema_cases.py). ``verify_custody_chain`` recomputes the chain; it is what
``amanat check`` runs.

The log is evidence about the handling of evidence: ``detail`` holds sizes, hashes,
counts and bundle ids, never case content (no names, no file names).

Limitation (documented in docs/data-model.md): whoever holds the vault key and drops
the triggers can cut entries off the END of the chain without a trace inside this
database; bundles carry the sender's latest entry hash so receivers can notice.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from amanat.domain import canonical
from amanat.domain.model import CustodyAction
from amanat.storage.db import Connection
from amanat.storage.history import utc_now

GENESIS = bytes(32)
_DOMAIN = b"amanat/custody/v1\x00"


@dataclass(frozen=True)
class CustodyEntry:
    seq: int
    time: str
    actor: bytes
    action: CustodyAction
    record_kind: str | None
    record_id: str | None
    case_id: str | None
    counterpart: str | None
    detail: str | None  # canonical JSON text
    prev_hash: bytes
    entry_hash: bytes

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "time": self.time,
            "actor": self.actor.hex(),
            "action": self.action.value,
            "record_kind": self.record_kind,
            "record_id": self.record_id,
            "case_id": self.case_id,
            "counterpart": self.counterpart,
            "detail": None if self.detail is None else json.loads(self.detail),
            "prev_hash": self.prev_hash.hex(),
            "entry_hash": self.entry_hash.hex(),
        }


def compute_hash(
    *,
    seq: int,
    time: str,
    actor: bytes,
    action: str,
    record_kind: str | None,
    record_id: str | None,
    case_id: str | None,
    counterpart: str | None,
    detail: str | None,
    prev_hash: bytes,
) -> bytes:
    fields = [
        seq,
        time,
        actor.hex(),
        action,
        record_kind,
        record_id,
        case_id,
        counterpart,
        detail,
        prev_hash.hex(),
    ]
    return hashlib.sha256(_DOMAIN + canonical.encode(fields)).digest()


def tail(conn: Connection) -> tuple[int, bytes]:
    """(seq, entry_hash) of the last entry, or (0, GENESIS) for an empty log."""
    row = conn.execute(
        "SELECT seq, entry_hash FROM custody_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return (0, GENESIS) if row is None else (int(row[0]), bytes(row[1]))


def append(
    conn: Connection,
    *,
    actor: bytes,
    action: CustodyAction,
    record_kind: str | None = None,
    record_id: str | None = None,
    case_id: str | None = None,
    counterpart: str | None = None,
    detail: Mapping[str, Any] | None = None,
    time: str | None = None,
) -> CustodyEntry:
    """Append one entry. Call inside the transaction that makes the change it records."""
    last_seq, prev_hash = tail(conn)
    detail_text = None if detail is None else canonical.encode(dict(detail)).decode("utf-8")
    entry = CustodyEntry(
        seq=last_seq + 1,
        time=time or utc_now(),
        actor=actor,
        action=action,
        record_kind=record_kind,
        record_id=record_id,
        case_id=case_id,
        counterpart=counterpart,
        detail=detail_text,
        prev_hash=prev_hash,
        entry_hash=b"",
    )
    digest = compute_hash(
        seq=entry.seq,
        time=entry.time,
        actor=actor,
        action=action.value,
        record_kind=record_kind,
        record_id=record_id,
        case_id=case_id,
        counterpart=counterpart,
        detail=detail_text,
        prev_hash=prev_hash,
    )
    conn.execute(
        "INSERT INTO custody_log (seq, time, actor, action, record_kind, record_id, case_id,"
        " counterpart, detail, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.seq,
            entry.time,
            actor,
            action.value,
            record_kind,
            record_id,
            case_id,
            counterpart,
            detail_text,
            prev_hash,
            digest,
        ),
    )
    return CustodyEntry(**{**entry.__dict__, "entry_hash": digest})


_SELECT = (
    "SELECT seq, time, actor, action, record_kind, record_id, case_id, counterpart, detail,"
    " prev_hash, entry_hash FROM custody_log"
)


def _entry(row: Any) -> CustodyEntry:
    return CustodyEntry(
        seq=int(row[0]),
        time=row[1],
        actor=bytes(row[2]),
        action=CustodyAction(row[3]),
        record_kind=row[4],
        record_id=row[5],
        case_id=row[6],
        counterpart=row[7],
        detail=row[8],
        prev_hash=bytes(row[9]),
        entry_hash=bytes(row[10]),
    )


def entries(
    conn: Connection, *, case_id: str | None = None, record_id: str | None = None
) -> list[CustodyEntry]:
    if case_id is not None:
        rows = conn.execute(f"{_SELECT} WHERE case_id = ? ORDER BY seq", (case_id,)).fetchall()
    elif record_id is not None:
        rows = conn.execute(f"{_SELECT} WHERE record_id = ? ORDER BY seq", (record_id,)).fetchall()
    else:
        rows = conn.execute(f"{_SELECT} ORDER BY seq").fetchall()
    return [_entry(r) for r in rows]


def verify_custody_chain(conn: Connection) -> list[tuple[str, str]]:
    """Recompute the whole chain; return the problems found as (code, detail).

    Reads raw column values so that a row altered to an impossible value (an unknown
    action, a non-blob hash) is reported, not crashed on.
    """
    problems: list[tuple[str, str]] = []
    expected_seq = 1
    prev = GENESIS
    cursor = conn.execute(
        "SELECT seq, time, actor, action, record_kind, record_id, case_id, counterpart, detail,"
        " prev_hash, entry_hash FROM custody_log ORDER BY seq"
    )
    for row in cursor:
        seq = row[0]
        if seq != expected_seq:
            problems.append(("custody_gap", f"expected seq {expected_seq}, found {seq}"))
        try:
            stored_prev = bytes(row[9])
            stored_hash = bytes(row[10])
            digest = compute_hash(
                seq=int(seq),
                time=row[1],
                actor=bytes(row[2]),
                action=str(row[3]),
                record_kind=row[4],
                record_id=row[5],
                case_id=row[6],
                counterpart=row[7],
                detail=row[8],
                prev_hash=stored_prev,
            )
        except Exception:  # any damage is a finding, not a crash
            problems.append(("custody_entry", f"seq {seq} unreadable"))
            expected_seq = int(seq) + 1 if isinstance(seq, int) else expected_seq + 1
            prev = b""
            continue
        if not hmac.compare_digest(stored_prev, prev):
            problems.append(("custody_link", f"seq {seq} does not follow the previous entry"))
        if not hmac.compare_digest(digest, stored_hash):
            problems.append(("custody_hash", f"seq {seq} was altered"))
        try:
            CustodyAction(row[3])
        except ValueError:
            problems.append(("custody_action", f"seq {seq} has an unknown action"))
        prev = stored_hash
        expected_seq = int(seq) + 1
    return problems


def check_vault(vault: Any) -> tuple[int, list[tuple[str, str]]]:
    """Hook for ``amanat check`` (services.vault): entries checked and problems."""
    conn = vault.connection()
    count = int(conn.execute("SELECT count(*) FROM custody_log").fetchone()[0])
    return count, verify_custody_chain(conn)
