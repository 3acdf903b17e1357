"""Schema version 2: contacts and the bookkeeping of sealed bundles (docs/design.md §6-8).

Released once the first golden vault with it is cut: never edit, append a migration.

- ``contact``: people this vault exchanges bundles with, from their identity cards;
  ``state`` is unverified, verified or key_changed. ``contact_key`` keeps every key set
  a contact ever had (a key change never loses the old card).
- ``bundle_sent``: bundles sealed here; the next outgoing sequence number is one more
  than the largest ``sequence``.
- ``bundle_received``: bundle ids already imported (a replay is refused) and
  ``bundle_sender`` the last sequence number seen from each sender key.
- ``bundle_quarantine``: authentic bundles from senders that are not verified
  contacts, kept (the bundle file itself as an encrypted blob) until a person verifies
  the sender and imports them, or discards them.
- ``record_provenance``: which bundle, from whom, brought which revision of which
  record, and what the merge did with it.
"""

from __future__ import annotations

SQL = """
CREATE TABLE contact (
    id           TEXT PRIMARY KEY,              -- 32 hex, random
    display_name TEXT NOT NULL,
    name_key     TEXT NOT NULL,                 -- NFC + casefold, for look-up by name
    signing_key  BLOB NOT NULL UNIQUE,          -- Ed25519, 32 bytes (current)
    x25519_key   BLOB NOT NULL,
    hybrid_key   BLOB NOT NULL,                 -- 1216 bytes, or empty
    fingerprint  TEXT NOT NULL,                 -- 12 groups of 5 digits
    card         BLOB NOT NULL,                 -- the signed card as received
    card_created TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('unverified', 'verified', 'key_changed')),
    added        TEXT NOT NULL,
    updated      TEXT NOT NULL,
    verified_at  TEXT
) STRICT;
CREATE INDEX contact_name ON contact (name_key);

CREATE TABLE contact_key (
    id          INTEGER PRIMARY KEY,
    contact_id  TEXT NOT NULL REFERENCES contact (id),
    signing_key BLOB NOT NULL,
    fingerprint TEXT NOT NULL,
    card        BLOB NOT NULL,
    first_seen  TEXT NOT NULL,
    replaced    TEXT,                           -- NULL: the current key
    UNIQUE (contact_id, signing_key, fingerprint)
) STRICT;
CREATE INDEX contact_key_signing ON contact_key (signing_key);

CREATE TABLE bundle_sent (
    bundle_id     TEXT PRIMARY KEY,             -- 32 hex
    sequence      INTEGER NOT NULL UNIQUE CHECK (sequence >= 1),
    created       TEXT NOT NULL,
    profile       TEXT NOT NULL,
    recipients    TEXT NOT NULL,                -- JSON array of fingerprints
    cases         INTEGER NOT NULL,
    records       INTEGER NOT NULL,
    attachments   INTEGER NOT NULL,
    header_sha256 BLOB NOT NULL                 -- SHA-256 of prefix || inner header
) STRICT;

CREATE TABLE bundle_received (
    bundle_id     TEXT PRIMARY KEY,
    sender_key    BLOB NOT NULL,
    sender_fingerprint TEXT NOT NULL,
    sequence      INTEGER NOT NULL,
    created       TEXT NOT NULL,                -- the sender's creation time
    imported      TEXT NOT NULL,
    profile       TEXT NOT NULL,
    custody_seq   INTEGER NOT NULL,             -- the sender's custody tail when sealing
    custody_hash  BLOB NOT NULL,
    outcome       TEXT NOT NULL                 -- JSON: counts per merge outcome
) STRICT;
CREATE INDEX bundle_received_sender ON bundle_received (sender_key, sequence);

CREATE TABLE bundle_sender (
    sender_key    BLOB PRIMARY KEY,
    last_sequence INTEGER NOT NULL,
    last_bundle   TEXT NOT NULL,
    updated       TEXT NOT NULL
) STRICT;

CREATE TABLE bundle_quarantine (
    id            TEXT PRIMARY KEY,             -- 32 hex, random
    bundle_id     TEXT NOT NULL UNIQUE,
    sender_key    BLOB NOT NULL,
    sender_card   BLOB NOT NULL,
    sender_fingerprint TEXT NOT NULL,
    reason        TEXT NOT NULL CHECK (reason IN ('unknown_sender', 'unverified_sender',
                                                  'sender_key_changed')),
    sequence      INTEGER NOT NULL,
    created       TEXT NOT NULL,
    received      TEXT NOT NULL,
    profile       TEXT NOT NULL,
    entries       INTEGER NOT NULL,
    size          INTEGER NOT NULL,             -- bytes of the bundle file
    blob_id       TEXT REFERENCES blob (id)     -- the bundle file, encrypted in the vault
) STRICT;

-- Keyed by record first: "where did this record come from" is the question asked,
-- and one b-tree is cheaper to fill than a table and an index (an import of 10,000
-- cases writes about 100,000 rows).
CREATE TABLE record_provenance (
    record_id   TEXT NOT NULL,
    bundle_id   TEXT NOT NULL,
    rev_id      TEXT NOT NULL REFERENCES revision (rev_id),
    record_kind TEXT NOT NULL,
    sender_key  BLOB NOT NULL,
    outcome     TEXT NOT NULL,
    PRIMARY KEY (record_id, bundle_id, rev_id)
) STRICT, WITHOUT ROWID;

-- Imports are evidence: their trace is append-only like the custody log.
CREATE TRIGGER record_provenance_no_update BEFORE UPDATE ON record_provenance
BEGIN SELECT RAISE(ABORT, 'amanat: provenance is append-only'); END;
CREATE TRIGGER record_provenance_no_delete BEFORE DELETE ON record_provenance
BEGIN SELECT RAISE(ABORT, 'amanat: provenance is append-only'); END;
CREATE TRIGGER bundle_received_no_delete BEFORE DELETE ON bundle_received
BEGIN SELECT RAISE(ABORT, 'amanat: received bundles are append-only'); END;
"""
