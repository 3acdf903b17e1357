"""Schema version 1. Released once the first golden vault is cut: never edit, append
a migration instead.

The vault tables (meta, settings, identity) are here; the casework tables come from
``schema_cases`` and the search index from ``schema_search``.
"""

from __future__ import annotations

from amanat.storage import schema_cases, schema_search

VAULT_SQL = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Settings live inside the vault (docs/design.md §12.6); only window geometry may go elsewhere.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The vault's own identity: one row. Private keys are safe here only because the
-- whole database is encrypted.
CREATE TABLE identity (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    display_name      TEXT NOT NULL,
    created           TEXT NOT NULL,
    ed25519_private   BLOB NOT NULL,
    x25519_private    BLOB NOT NULL,
    hybrid_seed       BLOB NOT NULL
);
"""

SQL = VAULT_SQL + schema_cases.SQL + schema_search.SQL
