"""Revision history of records (docs/design.md §4 and §8; docs/data-model.md).

A revision is immutable and content-addressed: ``rev_id`` is the SHA-256 of its
canonical envelope (record kind and id, sorted parent rev ids, author key, time, and
the SHA-256 of the canonical content). Two vaults that hold the same revision hold the
same id, so re-importing changes nothing, and a received revision whose bytes do not
hash to its id is refused.

Signatures (docs/trust.md, "Authorship"): a revision written since schema 3 carries an
Ed25519 signature by its author's key over ``SIGNATURE_DOMAIN`` and the canonical
envelope (which holds the parents), so its author is proven, not claimed. Revisions
written before, or vouched for by the sender of a format 1 bundle, have none and are
shown as unsigned.

Heads: ``record_head`` holds the revision(s) with no local descendant. One head is the
normal state; two or more mean the record was edited on both sides and awaits a person.
This module is only the history graph; ``storage.records`` projects heads into the
current-state tables.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from amanat.domain import canonical
from amanat.domain.errors import IntegrityError, NotFound, ValidationError
from amanat.domain.model import RecordKind
from amanat.storage.db import Connection

ENVELOPE_VERSION = 1
AUTHOR_KEY_SIZE = 32
SIGNATURE_SIZE = 64
SIGNATURE_DOMAIN = b"amanat/revision/v1/signature\x00"


class Author:
    """Who writes local revisions: the vault's Ed25519 key, to sign each one."""

    __slots__ = ("_private", "key")

    def __init__(self, private_key: bytes) -> None:
        self._private = Ed25519PrivateKey.from_private_bytes(private_key)
        self.key: bytes = self._private.public_key().public_bytes_raw()

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)

    def __repr__(self) -> str:
        return f"Author({self.key.hex()[:16]}...)"


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
    signature: bytes | None = None  # None: unsigned (before schema 3, or a v1 bundle)

    def envelope(self) -> dict[str, Any]:
        return envelope(
            self.kind, self.record_id, self.parents, self.author, self.created, self.content_hash
        )

    @functools.cached_property
    def envelope_bytes(self) -> bytes:
        """The canonical envelope: hashed into ``rev_id``, signed by the author."""
        return canonical.encode(self.envelope(), check=False)

    def signing_message(self) -> bytes:
        return SIGNATURE_DOMAIN + self.envelope_bytes

    def signature_valid(self, key: Ed25519PublicKey | None = None) -> bool:
        """True if the revision is signed and the signature is its author's. ``key``: the
        author's key already loaded (an import verifies many revisions of few authors)."""
        if self.signature is None or len(self.signature) != SIGNATURE_SIZE:
            return False
        try:
            public = key or Ed25519PublicKey.from_public_bytes(self.author)
            public.verify(self.signature, self.signing_message())
        except (InvalidSignature, ValueError):
            return False
        return True

    def value(self) -> dict[str, Any]:
        """The content as a dict."""
        result: dict[str, Any] = json.loads(self.content)
        return result

    def verify(self) -> None:
        """Raise IntegrityError unless the content and envelope hash to the stored ids."""
        if not hmac.compare_digest(hashlib.sha256(self.content).digest(), self.content_hash):
            raise IntegrityError(what="revision_content", rev=self.rev_id)
        expected = hashlib.sha256(self.envelope_bytes).hexdigest()
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


def signing_message(env: dict[str, Any]) -> bytes:
    """What a revision's signature covers: the domain string and the canonical envelope
    (kind, id, sorted parents, author, time, content hash)."""
    return SIGNATURE_DOMAIN + canonical.encode(env, check=False)


def make_revision(
    kind: RecordKind,
    record_id: str,
    content: dict[str, Any],
    *,
    parents: Iterable[str],
    author: bytes,
    created: str | None = None,
    check: bool = True,
    sign: Callable[[bytes], bytes] | None = None,
) -> Revision:
    """``check=False`` skips the JSON type walk for content built by ``to_content``.
    ``sign``: the author's signing function (``Author.sign``); without it the revision
    is unsigned (only tests and format checks make those)."""
    if len(author) != AUTHOR_KEY_SIZE:
        raise ValueError("author must be a 32-byte Ed25519 public key")
    body = canonical.encode(content, check=check)
    content_hash = hashlib.sha256(body).digest()
    ordered = tuple(sorted(set(parents)))
    when = created or utc_now()
    env = envelope(kind, record_id, ordered, author, when, content_hash)
    env_bytes = canonical.encode(env, check=False)
    rev_id = hashlib.sha256(env_bytes).hexdigest()
    signature = None if sign is None else sign(SIGNATURE_DOMAIN + env_bytes)
    return Revision(rev_id, kind, record_id, ordered, author, when, content_hash, body, signature)


_COLUMNS = (
    "rev_id, record_kind, record_id, parents, author, created, content_hash, content, signature"
)


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
        signature=None if row[8] is None else bytes(row[8]),
    )


def insert(conn: Connection, rev: Revision, origin: str | None = None) -> bool:
    """Store a revision; False if it was already there (same id: same revision)."""
    cur = conn.execute(
        f"INSERT OR IGNORE INTO revision ({_COLUMNS}, origin)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            rev.rev_id,
            rev.kind.value,
            rev.record_id,
            json.dumps(list(rev.parents), separators=(",", ":")),
            rev.author,
            rev.created,
            rev.content_hash,
            rev.content,
            rev.signature,
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


class Ancestry:
    """The revision graph of one record, read once for merging many revisions into it
    (docs/bundle-format.md §3, "Merge limits"): each ancestor question is answered in
    memory from sets kept up to date as revisions are stored, so merging an entry of N
    revisions into a record with H heads costs O(H * (N + the record's history)), and H
    is capped; the former SQL walk per revision and head made one entry of N siblings
    quadratic in N.

    Two sets answer the questions a merge asks: the heads and all their ancestors
    (``leads_to_head``), and for each head, the head and its stored descendants
    (``heads_behind``). Heads need not be an antichain (a proposal is kept beside the
    projected head it descends from).
    """

    __slots__ = ("_below", "_owner", "_under", "children", "heads", "parents", "record_id")

    def __init__(self, conn: Connection, record_id: str) -> None:
        self.record_id = record_id
        rows = conn.execute(
            "SELECT rev_id, parents FROM revision WHERE record_id = ?", (record_id,)
        ).fetchall()
        self.parents: dict[str, tuple[str, ...]] = {}
        self.children: dict[str, list[str]] = {}
        for row in rows:
            self._link(str(row[0]), tuple(json.loads(row[1])))
        self.heads: list[str] = heads(conn, record_id)
        self._under: set[str] | None = None  # the heads and all their ancestors
        self._below: dict[str, set[str]] = {}  # head -> the head and its descendants
        self._owner: tuple[bytes | None] | None = None

    def owner(self, conn: Connection) -> bytes | None:
        """``history.owner``, read once: the first root stored stays the first."""
        if self._owner is None or self._owner[0] is None:
            self._owner = (owner(conn, self.record_id),)
        return self._owner[0]

    def _link(self, rev_id: str, parents: tuple[str, ...]) -> None:
        self.parents[rev_id] = parents
        for parent in parents:
            self.children.setdefault(parent, []).append(rev_id)

    def _up(self, start: Iterable[str], into: set[str]) -> None:
        stack = [s for s in start if s not in into]
        into.update(stack)
        while stack:
            for parent in self.parents.get(stack.pop(), ()):
                if parent not in into:
                    into.add(parent)
                    stack.append(parent)

    def _down(self, start: Iterable[str], into: set[str]) -> None:
        stack = [s for s in start if s not in into]
        into.update(stack)
        while stack:
            for child in self.children.get(stack.pop(), ()):
                if child not in into:
                    into.add(child)
                    stack.append(child)

    def _under_heads(self) -> set[str]:
        if self._under is None:
            self._under = set()
            self._up(self.heads, self._under)
        return self._under

    def _descendants(self, head: str) -> set[str]:
        below = self._below.get(head)
        if below is None:
            below = self._below[head] = set()
            self._down([head], below)
        return below

    def known(self, rev_id: str) -> bool:
        """True if the revision is stored."""
        return rev_id in self.parents

    def leads_to_head(self, rev_id: str) -> bool:
        """True if ``rev_id`` is a head or an ancestor of one (``is_ancestor(rev_id, h)``
        for some head ``h``)."""
        return rev_id in self._under_heads()

    def heads_behind(self, parents: Sequence[str]) -> set[str]:
        """The heads that are one of ``parents`` or an ancestor of one."""
        return {h for h in self.heads if any(p in self._descendants(h) for p in parents)}

    def stored(self, rev: Revision) -> None:
        """``rev`` was inserted into the history."""
        self._link(rev.rev_id, rev.parents)
        for below in self._below.values():
            if any(p in below for p in rev.parents):
                self._down([rev.rev_id], below)
        if self._under is not None and rev.rev_id in self._under:
            self._up(rev.parents, self._under)

    def moved(self, new_heads: Iterable[str], *, via: Revision | None) -> None:
        """The heads became ``new_heads``. ``via``: the new head, when every head dropped
        is one of its ancestors (the set under the heads then only grows); None when
        heads were dropped that are not."""
        self.heads = sorted(set(new_heads))
        self._below = {h: b for h, b in self._below.items() if h in self.heads}
        if via is None or self._under is None:
            self._under = None
        else:
            self._up([via.rev_id], self._under)


def conflicts(conn: Connection) -> list[tuple[str, str, int]]:
    """(record_id, kind, number of heads) of every record in conflict."""
    rows = conn.execute(
        "SELECT record_id, record_kind, heads FROM record_conflict ORDER BY record_id"
    ).fetchall()
    return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]


def owner(conn: Connection, record_id: str) -> bytes | None:
    """The record's owner: the author of its root revision (the first without parents
    that this vault holds), or None for a record not known here."""
    row = conn.execute(
        "SELECT author FROM revision WHERE record_id = ? AND parents = '[]' ORDER BY seq LIMIT 1",
        (record_id,),
    ).fetchone()
    return None if row is None else bytes(row[0])
