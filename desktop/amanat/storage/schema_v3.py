"""Schema version 3: signed revisions (docs/trust.md, "Authorship").

Released once the first golden vault with it is cut: never edit, append a migration.

- ``revision.signature``: the author's Ed25519 signature over the revision's signing
  message (``storage.history.signing_message``). NULL for revisions written before
  this migration and for revisions vouched for by the sender of a format 1 bundle:
  they stay readable and are shown as unsigned.
"""

from __future__ import annotations

SQL = """
ALTER TABLE revision ADD COLUMN signature BLOB;
"""
