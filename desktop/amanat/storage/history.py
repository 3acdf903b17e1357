"""Revision history of records (docs/design.md §4 and §8; docs/data-model.md).

A revision is immutable and content-addressed: ``rev_id`` is the SHA-256 of its
canonical envelope (record kind and id, sorted parent rev ids, author key, time, and
the SHA-256 of the canonical content). Two vaults that hold the same revision hold the
same id, so re-importing changes nothing, and a received revision whose bytes do not
hash to its id is refused.

Heads: ``record_head`` holds the revision(s) with no local descendant. One head is the
normal state; two or more mean the record was edited on both sides and awaits a person.
This module is only the history graph; ``storage.records`` projects heads into the
current-state tables.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from amanat.domain import canonical
from amanat.domain.errors import IntegrityError, NotFound, ValidationError
from amanat.domain.model import RecordKind
from amanat.storage.db import Connection

ENVELOPE_VERSION = 1
AUTHOR_KEY_SIZE = 32


def utc_now() -> str:
    """ISO 8601 UTC with microseconds and a Z: sorts as text, in time order."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class Revision:
    rev_id: str
    kind: RecordKind
    record_id: str
    parents: tuple[str, ...]  # sorted
    author: bytes
    created: str
    content_hash: bytes
    content: bytes  # canonical JSON

    def envelope(self) -> dict[str, Any]:
        return envelope(
            self.kind, self.record_id, self.parents, self.author, self.created, self.content_hash
        )

    def value(self) -> dict[str, Any]:
        """The content as a dict."""
        result: dict[str, Any] = json.loads(self.content)
        return result

    def verify(self) -> None:
        """Raise IntegrityError unless the content and envelope hash to the stored ids."""
        if not hmac.compare_digest(hashlib.sha256(self.content).digest(), self.content_hash):
            raise IntegrityError(what="revision_content", rev=self.rev_id)
        expected = hashlib.sha256(canonical.encode(self.envelope(), check=False)).hexdigest()
        if not hmac.compare_digest(expected, self.rev_id):
            raise IntegrityError(what="revision_id", rev=self.rev_id)

    def verify_received(self) -> None:
        """Full checks for a revision from outside (a bundle): shape, canonical form, hashes."""
        if len(self.author) != AUTHOR_KEY_SIZE:
            raise ValidationError("invalid.revision", field="author")
        if list(self.parents) != sorted(set(self.parents)):
            raise ValidationError("invalid.revision", field="parents")
        if self.rev_id in self.parents:
            raise ValidationError("invalid.revision", field="parents")
        canonical.decode(self.content)  # raises unless canonical JSON
        self.verify()


def envelope(
    kind: RecordKind,
    record_id: str,
    parents: Sequence[str],
    author: bytes,
    created: str,
    content_hash: bytes,
) -> dict[str, Any]:
    return {
        "v": ENVELOPE_VERSION,
        "kind": kind.value,
        "id": record_id,
        "parents": list(parents),
        "author": author.hex(),
        "created": created,
        "content_sha256": content_hash.hex(),
    }


def make_revision(
    kind: RecordKind,
    record_id: str,
    content: dict[str, Any],
    *,
    parents: Iterable[str],
    author: bytes,
    created: str | None = None,
    check: bool = True,
) -> Revision:
    """``check=False`` skips the JSON type walk for content built by ``to_content``."""
    if len(author) != AUTHOR_KEY_SIZE:
        raise ValueError("author must be a 32-byte Ed25519 public key")
    body = canonical.encode(content, check=check)
    content_hash = hashlib.sha256(body).digest()
    ordered = tuple(sorted(set(parents)))
    when = created or utc_now()
    env = envelope(kind, record_id, ordered, author, when, content_hash)
    rev_id = hashlib.sha256(canonical.encode(env, check=False)).hexdigest()
    return Revision(rev_id, kind, record_id, ordered, author, when, content_hash, body)


_COLUMNS = "rev_id, record_kind, record_id, parents, author, created, content_hash, content"


def _from_row(row: Any) -> Revision:
    return Revision(
        rev_id=row[0],
        kind=RecordKind(row[1]),
        record_id=row[2],
        parents=tuple(json.loads(row[3])),
        author=bytes(row[4]),
        created=row[5],
        content_hash=bytes(row[6]),
        content=bytes(row[7]),
    )


def insert(conn: Connection, rev: Revision, origin: str | None = None) -> bool:
    """Store a revision; False if it was already there (same id: same revision)."""
    cur = conn.execute(
        f"INSERT OR IGNORE INTO revision ({_COLUMNS}, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            rev.rev_id,
            rev.kind.value,
            rev.record_id,
            json.dumps(list(rev.parents), separators=(",", ":")),
            rev.author,
            rev.created,
            rev.content_hash,
            rev.content,
            origin,
        ),
    )
    return bool(cur.rowcount)


def exists(conn: Connection, rev_id: str) -> bool:
    return conn.execute("SELECT 1 FROM revision WHERE rev_id = ?", (rev_id,)).fetchone() is not None


def get(conn: Connection, rev_id: str) -> Revision:
    row = conn.execute(f"SELECT {_COLUMNS} FROM revision WHERE rev_id = ?", (rev_id,)).fetchone()
    if row is None:
        raise NotFound(what="revision", id=rev_id)
    return _from_row(row)


def revisions(conn: Connection, record_id: str) -> list[Revision]:
    """Every revision of a record, in the order this vault received them."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM revision WHERE record_id = ? ORDER BY seq", (record_id,)
    ).fetchall()
    return [_from_row(r) for r in rows]


def heads(conn: Connection, record_id: str) -> list[str]:
    rows = conn.execute(
        "SELECT rev_id FROM record_head WHERE record_id = ? ORDER BY rev_id", (record_id,)
    ).fetchall()
    return [str(r[0]) for r in rows]


def head_revisions(conn: Connection, record_id: str) -> list[Revision]:
    return [get(conn, rev_id) for rev_id in heads(conn, record_id)]


def set_heads(conn: Connection, kind: RecordKind, record_id: str, rev_ids: Iterable[str]) -> None:
    conn.execute("DELETE FROM record_head WHERE record_id = ?", (record_id,))
    conn.executemany(
        "INSERT INTO record_head (record_id, rev_id, record_kind) VALUES (?, ?, ?)",
        [(record_id, rev_id, kind.value) for rev_id in sorted(set(rev_ids))],
    )


def add_first_head(conn: Connection, rev: Revision) -> None:
    """The head of a record seen for the first time (the bulk path: no delete first)."""
    conn.execute(
        "INSERT INTO record_head (record_id, rev_id, record_kind) VALUES (?, ?, ?)",
        (rev.record_id, rev.rev_id, rev.kind.value),
    )


def is_ancestor(conn: Connection, ancestor: str, rev_id: str) -> bool:
    """True if ``ancestor`` is ``rev_id`` or reachable through its parents."""
    if ancestor == rev_id:
        return True
    seen = {rev_id}
    queue = deque([rev_id])
    while queue:
        current = queue.popleft()
        row = conn.execute("SELECT parents FROM revision WHERE rev_id = ?", (current,)).fetchone()
        if row is None:
            continue
        for parent in json.loads(row[0]):
            if parent == ancestor:
                return True
            if parent not in seen:
                seen.add(parent)
                queue.append(parent)
    return False


def conflicts(conn: Connection) -> list[tuple[str, str, int]]:
    """(record_id, kind, number of heads) of every record in conflict."""
    rows = conn.execute(
        "SELECT record_id, record_kind, heads FROM record_conflict ORDER BY record_id"
    ).fetchall()
    return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]
