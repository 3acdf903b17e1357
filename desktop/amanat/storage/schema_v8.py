"""Schema version 8: the inbox (docs/review.md §1).

Released once the first golden vault with it is cut: never edit, append a migration.

- ``inbox_file``: one row per bundle file the inbox looked at (a watched folder's file
  or one dropped on the window), keyed by its path. ``size`` and ``mtime_ns`` are what
  the file was when last looked at: a file that has not changed since is not decrypted
  again. ``outcome`` is what happened (``services.inbox.Outcome``); ``error`` the typed
  error code of a refusal or a wait, ``brought`` a JSON object of counts (new, updated,
  conflicts, proposals, cases). ``sender_name`` is the stored contact's name (NULL for
  a stranger: the name on a card is never shown as a sender's).
- ``contact_verification``: every time a person verified a contact's safety number
  (the contact's ``verified_at`` only keeps the last), for the key history shown with
  each contact (docs/review.md §7). Filled by triggers on ``contact``, so every way of
  verifying is recorded; seeded with the verifications already stored.
"""

from __future__ import annotations

SQL = """
CREATE TABLE inbox_file (
    path TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('folder', 'dropped')),
    outcome TEXT NOT NULL,
    error TEXT,
    bundle_id TEXT,
    sender_name TEXT,
    sender_fingerprint TEXT,
    fingerprint_state TEXT,
    created TEXT,
    brought TEXT NOT NULL DEFAULT '{}',
    quarantine_id TEXT,
    seen TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX inbox_file_seen ON inbox_file (seen);
CREATE INDEX inbox_file_bundle ON inbox_file (bundle_id);

CREATE TABLE contact_verification (
    contact_id  TEXT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    verified_at TEXT NOT NULL,
    PRIMARY KEY (contact_id, fingerprint, verified_at)
) WITHOUT ROWID;
INSERT INTO contact_verification (contact_id, fingerprint, verified_at)
    SELECT id, fingerprint, verified_at FROM contact WHERE verified_at IS NOT NULL;
CREATE TRIGGER contact_verified_on_insert AFTER INSERT ON contact
WHEN NEW.verified_at IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO contact_verification (contact_id, fingerprint, verified_at)
    VALUES (NEW.id, NEW.fingerprint, NEW.verified_at);
END;
CREATE TRIGGER contact_verified_on_update AFTER UPDATE OF verified_at ON contact
WHEN NEW.verified_at IS NOT NULL AND NEW.verified_at IS NOT OLD.verified_at
BEGIN
    INSERT OR IGNORE INTO contact_verification (contact_id, fingerprint, verified_at)
    VALUES (NEW.id, NEW.fingerprint, NEW.verified_at);
END;
"""
