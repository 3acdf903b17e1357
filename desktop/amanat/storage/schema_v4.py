"""Schema version 4: key generations, for forward secrecy by rotation
(docs/forward-secrecy.md).

Released once the first golden vault with it is cut: never edit, append a migration.

- ``identity`` keeps only the name, the creation time and the Ed25519 signing key.
  Its encryption keys move to:
- ``identity_key``: every generation of this vault's encryption keys, public parts and
  the statement's signature (NULL for generation 0, the anchor, whose public keys make
  the fingerprint). ``replaced``: when the next generation took over (NULL: current);
  ``destroyed``: when its secret keys were destroyed. Rows are never deleted.
- ``identity_secret``: the secret keys of the generations still live. Destroying a
  generation deletes its row (with ``secure_delete``, so the freed space is zeroed).
- ``contact.generation``: the generation of the keys this vault seals to that contact
  (``contact.x25519_key`` and ``hybrid_key`` are those keys: the anchor's until a
  statement is adopted); ``contact_generation`` keeps every statement adopted.

The old identity table is rebuilt (SQLite cannot drop NOT NULL columns); the
connection's ``secure_delete`` zeroes the pages it frees.
"""

from __future__ import annotations

from amanat.crypto.identity import DecryptionKey
from amanat.storage.db import Connection

TABLES = (
    """CREATE TABLE identity_key (
    generation    INTEGER PRIMARY KEY CHECK (generation >= 0),
    created       TEXT NOT NULL,
    x25519_public BLOB NOT NULL,                -- 32 bytes
    hybrid_public BLOB NOT NULL,                -- 1216 bytes
    signature     BLOB,                         -- the key statement's; NULL for 0
    replaced      TEXT,                         -- NULL: the current generation
    destroyed     TEXT                          -- when its secret keys were destroyed
) STRICT""",
    """CREATE TABLE identity_secret (
    generation     INTEGER PRIMARY KEY REFERENCES identity_key (generation),
    x25519_private BLOB NOT NULL,
    hybrid_seed    BLOB NOT NULL
) STRICT""",
    """CREATE TABLE identity_v4 (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    display_name    TEXT NOT NULL,
    created         TEXT NOT NULL,
    ed25519_private BLOB NOT NULL
)""",
    "ALTER TABLE contact ADD COLUMN generation INTEGER NOT NULL DEFAULT 0",
    """CREATE TABLE contact_generation (
    contact_id  TEXT NOT NULL REFERENCES contact (id),
    fingerprint TEXT NOT NULL,                  -- the anchor the statement is bound to
    generation  INTEGER NOT NULL CHECK (generation >= 1),
    created     TEXT NOT NULL,
    x25519_key  BLOB NOT NULL,
    hybrid_key  BLOB NOT NULL,
    signature   BLOB NOT NULL,                  -- by the contact's signing key
    adopted     TEXT NOT NULL,
    PRIMARY KEY (contact_id, fingerprint, generation)
) STRICT""",
)


def apply(conn: Connection) -> None:
    row = conn.execute(
        "SELECT display_name, created, ed25519_private, x25519_private, hybrid_seed"
        " FROM identity WHERE id = 1"
    ).fetchone()
    conn.execute("PRAGMA secure_delete = ON")
    for statement in TABLES:
        conn.execute(statement)
    if row is not None:
        anchor = DecryptionKey(0, bytes(row[3]), bytes(row[4]))
        conn.execute(
            "INSERT INTO identity_key (generation, created, x25519_public, hybrid_public)"
            " VALUES (0, ?, ?, ?)",
            (row[1], anchor.x25519_public, anchor.hybrid_public),
        )
        conn.execute(
            "INSERT INTO identity_secret (generation, x25519_private, hybrid_seed)"
            " VALUES (0, ?, ?)",
            (anchor.x25519_private, anchor.hybrid_seed),
        )
        conn.execute(
            "INSERT INTO identity_v4 (id, display_name, created, ed25519_private)"
            " VALUES (1, ?, ?, ?)",
            (row[0], row[1], bytes(row[2])),
        )
    conn.execute("DROP TABLE identity")
    conn.execute("ALTER TABLE identity_v4 RENAME TO identity")
