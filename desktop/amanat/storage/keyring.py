"""This vault's identity and its key generations, as stored (schema v4;
docs/forward-secrecy.md).

``load`` builds the :class:`~amanat.crypto.identity.Identity`: the signing key, the
current generation's secrets, the anchor's public keys and the secrets of older
generations still live. ``add_generation`` stores a rotation; ``destroy_expired``
deletes the secret keys of generations replaced more than the grace period ago. The
public rows stay: the anchor's public keys are the fingerprint, the others a history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from amanat.crypto.identity import DecryptionKey, Identity, KeyStatement, PublicKeys
from amanat.domain.errors import VaultCorrupt
from amanat.storage.db import Connection, transaction


@dataclass(frozen=True)
class Generation:
    """One generation of this vault's encryption keys (nothing secret)."""

    generation: int
    created: str
    x25519_public: bytes
    hybrid_public: bytes
    replaced: str | None
    destroyed: str | None
    live: bool  # its secret keys are still here

    def as_json(self) -> dict[str, Any]:
        return {
            "generation": self.generation,
            "created": self.created,
            "replaced": self.replaced,
            "destroyed": self.destroyed,
            "live": self.live,
        }


def install(conn: Connection, identity: Identity) -> None:
    """Store a new vault's identity (generation 0 only), replacing any stored one. Call
    inside a transaction."""
    if identity.generation != 0:
        raise ValueError("install takes a generation 0 identity")
    conn.execute("DELETE FROM identity_secret")
    conn.execute("DELETE FROM identity_key")
    conn.execute("DELETE FROM identity")
    conn.execute(
        "INSERT INTO identity (id, display_name, created, ed25519_private) VALUES (1, ?, ?, ?)",
        (identity.display_name, identity.created, identity.ed25519_private),
    )
    anchor = identity.public
    conn.execute(
        "INSERT INTO identity_key (generation, created, x25519_public, hybrid_public)"
        " VALUES (0, ?, ?, ?)",
        (identity.created, anchor.x25519, anchor.hybrid),
    )
    conn.execute(
        "INSERT INTO identity_secret (generation, x25519_private, hybrid_seed) VALUES (0, ?, ?)",
        (identity.x25519_private, identity.hybrid_seed),
    )


def generations(conn: Connection) -> list[Generation]:
    rows = conn.execute(
        "SELECT k.generation, k.created, k.x25519_public, k.hybrid_public, k.replaced,"
        " k.destroyed, s.generation IS NOT NULL FROM identity_key k"
        " LEFT JOIN identity_secret s ON s.generation = k.generation ORDER BY k.generation"
    ).fetchall()
    return [
        Generation(int(r[0]), r[1], bytes(r[2]), bytes(r[3]), r[4], r[5], bool(r[6])) for r in rows
    ]


def load(conn: Connection) -> Identity:
    row = conn.execute(
        "SELECT display_name, created, ed25519_private FROM identity WHERE id = 1"
    ).fetchone()
    if row is None:
        raise VaultCorrupt(what="identity")
    keys = conn.execute(
        "SELECT generation, created, x25519_public, hybrid_public, signature, replaced"
        " FROM identity_key ORDER BY generation DESC"
    ).fetchall()
    secrets = {
        int(r[0]): DecryptionKey(int(r[0]), bytes(r[1]), bytes(r[2]))
        for r in conn.execute(
            "SELECT generation, x25519_private, hybrid_seed FROM identity_secret"
        ).fetchall()
    }
    if not keys or int(keys[-1][0]) != 0 or keys[0][5] is not None:
        raise VaultCorrupt(what="identity")
    current_row, anchor_row = keys[0], keys[-1]
    current = secrets.get(int(current_row[0]))
    if current is None:
        raise VaultCorrupt(what="identity")
    ed25519_private = bytes(row[2])
    signing = Ed25519PrivateKey.from_private_bytes(ed25519_private).public_key()
    anchor = PublicKeys(
        signing=signing.public_bytes(Encoding.Raw, PublicFormat.Raw),
        x25519=bytes(anchor_row[2]),
        hybrid=bytes(anchor_row[3]),
    )
    statement = None
    if int(current_row[0]) > 0:
        if current_row[4] is None:
            raise VaultCorrupt(what="identity")
        statement = KeyStatement(
            int(current_row[0]),
            current_row[1],
            bytes(current_row[2]),
            bytes(current_row[3]),
            bytes(current_row[4]),
        )
    older = tuple(secrets[int(k[0])] for k in keys[1:] if int(k[0]) in secrets)
    return Identity(
        display_name=row[0],
        created=row[1],
        ed25519_private=ed25519_private,
        x25519_private=current.x25519_private,
        hybrid_seed=current.hybrid_seed,
        # Generation 0 current: the anchor is derived from its secrets (Identity.public).
        anchor=None if statement is None else anchor,
        statement=statement,
        older=older,
    )


def add_generation(conn: Connection, rotated: Identity, now: str) -> None:
    """Store the new current generation of ``rotated`` (from ``Identity.rotated``); the
    generation it replaces is marked replaced at ``now``. Call inside a transaction."""
    statement = rotated.statement
    if statement is None:
        raise ValueError("not a rotated identity")
    conn.execute("UPDATE identity_key SET replaced = ? WHERE replaced IS NULL", (now,))
    conn.execute(
        "INSERT INTO identity_key (generation, created, x25519_public, hybrid_public,"
        " signature) VALUES (?, ?, ?, ?, ?)",
        (
            statement.generation,
            statement.created,
            statement.x25519,
            statement.hybrid,
            statement.signature,
        ),
    )
    conn.execute(
        "INSERT INTO identity_secret (generation, x25519_private, hybrid_seed) VALUES (?, ?, ?)",
        (statement.generation, rotated.x25519_private, rotated.hybrid_seed),
    )


def expired(conn: Connection, *, grace_days: int, now: datetime) -> list[int]:
    """Generations whose secrets are still here although they were replaced at least
    ``grace_days`` before ``now``."""
    limit = now - timedelta(days=grace_days)
    found = []
    for gen in generations(conn):
        if gen.live and gen.replaced is not None and datetime.fromisoformat(gen.replaced) <= limit:
            found.append(gen.generation)
    return found


def destroy(conn: Connection, generation_numbers: list[int], now: str) -> bool:
    """Delete the secret keys of these generations (never the current one), then
    checkpoint and truncate the WAL, so that no copy of the freed pages stays in
    ``vault.db-wal``. ``secure_delete`` zeroes the freed space in the database itself.
    Not inside a transaction: the checkpoint needs none open. Returns whether the WAL
    was truncated: another connection reading at that moment keeps it (then the
    checkpoint at lock, ``Vault.lock``, truncates it)."""
    if not generation_numbers:
        return True
    conn.execute("PRAGMA secure_delete = ON")
    with transaction(conn):
        for number in generation_numbers:
            current = conn.execute(
                "SELECT 1 FROM identity_key WHERE generation = ? AND replaced IS NULL", (number,)
            ).fetchone()
            if current is not None:
                raise ValueError("the current generation is never destroyed")
            conn.execute("DELETE FROM identity_secret WHERE generation = ?", (number,))
            conn.execute(
                "UPDATE identity_key SET destroyed = ? WHERE generation = ?", (now, number)
            )
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return not busy


def has_destroyed(conn: Connection) -> bool:
    """Whether any generation's secret keys were destroyed here."""
    row = conn.execute("SELECT 1 FROM identity_key WHERE destroyed IS NOT NULL LIMIT 1")
    return row.fetchone() is not None
