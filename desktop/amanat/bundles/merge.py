"""Merging a received revision into the local history (docs/design.md §8).

The general rules are the cases store's (``storage.records.apply_revision``): already
here, added, fast-forward, kept, or conflict with both heads kept. On top of them,
sealed testimonies never conflict, because they cannot change:

- the local head is sealed and the incoming revision does not lead to it: the revision
  is stored in the history (it is evidence of what the other side had) but the sealed
  head stays the only head (``sealed_kept``);
- the incoming revision is sealed and the local head is a draft that it does not
  descend from (both sides went on from a common draft): the sealed revision becomes
  the only head and is projected; the local draft stays in the history
  (``sealed_wins``). A draft can be corrected later; a seal cannot be undone.
"""

from __future__ import annotations

import enum
from typing import Any

from amanat.domain.errors import IntegrityError, ValidationError
from amanat.domain.model import RecordKind, Testimony, record_from_content
from amanat.storage import history, records
from amanat.storage.db import Connection
from amanat.storage.history import AUTHOR_KEY_SIZE, Revision
from amanat.storage.records import ApplyOutcome


class MergeOutcome(enum.StrEnum):
    DUPLICATE = "duplicate"
    ADDED = "added"
    FAST_FORWARD = "fast_forward"
    KEPT = "kept"
    CONFLICT = "conflict"
    SEALED_KEPT = "sealed_kept"
    SEALED_WINS = "sealed_wins"


def _descends_from_all(conn: Connection, rev: Revision, heads: list[str]) -> bool:
    return all(any(history.is_ancestor(conn, h, p) for p in rev.parents) for h in heads)


def merge_revision(
    conn: Connection, rev: Revision, *, origin: str, content: dict[str, Any] | None = None
) -> MergeOutcome:
    """Merge one received revision; it is verified here.

    ``content`` is the revision's content already parsed, from a record entry whose
    canonical form was checked (bundles.entries): then a record not known here is added
    without parsing and re-encoding its content again (the common case of an import).
    """
    heads = history.heads(conn, rev.record_id)
    if not heads and content is not None:
        return _add_unknown(conn, rev, content, origin)
    if rev.kind is RecordKind.TESTIMONY and heads and not history.exists(conn, rev.rev_id):
        special = _merge_testimony(conn, rev, heads, origin)
        if special is not None:
            return special
    return MergeOutcome(records.apply_revision(conn, rev, origin=origin).value)


def _add_unknown(
    conn: Connection, rev: Revision, content: dict[str, Any], origin: str
) -> MergeOutcome:
    """``apply_revision``'s "added" case for content known to be canonical: the same
    checks (author, parents, content hash, revision id, record validation, seal) and the
    same writes (revision, first head, projection)."""
    if len(rev.author) != AUTHOR_KEY_SIZE:
        raise ValidationError("invalid.revision", field="author")
    if list(rev.parents) != sorted(set(rev.parents)) or rev.rev_id in rev.parents:
        raise ValidationError("invalid.revision", field="parents")
    rev.verify()
    record = record_from_content(rev.kind, rev.record_id, content)
    if (
        isinstance(record, Testimony)
        and record.seal is not None
        and not records.verify_seal(record)
    ):
        raise IntegrityError(what="testimony_seal", id=rev.record_id)
    history.insert(conn, rev, origin)
    history.add_first_head(conn, rev)
    records.project(conn, record, rev, first=True)
    return MergeOutcome.ADDED


def _merge_testimony(
    conn: Connection, rev: Revision, heads: list[str], origin: str
) -> MergeOutcome | None:
    rev.verify_received()  # this path stores revisions without apply_revision's checks
    record = record_from_content(rev.kind, rev.record_id, rev.value())
    assert isinstance(record, Testimony)
    if record.seal is not None and not records.verify_seal(record):
        raise IntegrityError(what="testimony_seal", id=rev.record_id)
    if records.is_sealed(conn, rev.record_id):
        if any(history.is_ancestor(conn, rev.rev_id, h) for h in heads):
            return None  # an ancestor of the sealed head: the general rules keep it
        history.insert(conn, rev, origin)
        return MergeOutcome.SEALED_KEPT
    if record.seal is not None and not _descends_from_all(conn, rev, heads):
        history.insert(conn, rev, origin)
        history.set_heads(conn, rev.kind, rev.record_id, [rev.rev_id])
        records.project(conn, record, rev, first=False)
        return MergeOutcome.SEALED_WINS
    return None


# Keep the two enums in step: every outcome of the store is one of ours.
assert {o.value for o in ApplyOutcome} <= {o.value for o in MergeOutcome}
