"""Schema version 10: recordings made in the app (issue 14, docs/data-model.md).

Released once the first golden vault with it is cut: never edit, append a migration.

- ``recording``: one row per recording, written *before* the first byte is recorded:
  the body's blob id and its key (so a body cut short by a crash can still be
  decrypted at the next unlock: storage.recordings), the case and testimony, when it
  started, the container and codecs, the devices. ``state``: ``recording`` while it
  runs, ``finished`` after Stop, ``interrupted`` when the next unlock found it still
  running (the body up to its last synced chunk is kept, never removed).
  ``attachment_id`` is set once the attachment record exists. The key is cleared
  when the blob row takes it over.
"""

from __future__ import annotations

from amanat.storage.db import Connection

SQL = """CREATE TABLE recording (
    blob_id       TEXT PRIMARY KEY,
    key           BLOB,
    case_id       TEXT NOT NULL,
    testimony_id  TEXT,
    started       TEXT NOT NULL,
    media_type    TEXT NOT NULL,
    codec         TEXT NOT NULL,
    devices       TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('recording', 'finished', 'interrupted')),
    duration_ms   INTEGER,
    attachment_id TEXT
)"""


def apply(conn: Connection) -> None:
    conn.execute(SQL)
