"""Merging a received revision into the local history (docs/design.md §8, docs/trust.md).

A record has an **owner**: the author of its root revision (``history.owner``). Only the
owner advances a record on its own; anyone else's edit waits for a person:

- unknown record: added (its root's author becomes its owner here);
- already here: ``duplicate``; an ancestor of a local head: ``kept``;
- the owner's revision descending from every head, or from the projected head (the
  version shown), is a ``fast_forward``: it is projected; pending proposals stay;
- another vault's revision descending from the projected head is a ``proposal``: stored
  as a second head, the projection stays, until a person accepts it
  (``services.cases.accept_head``) or declines it;
- otherwise ``conflict``: both heads kept, the projection stays.

Sealed testimonies never conflict, because they cannot change, and only their owner
(the interviewer's vault) seals them:

- the local head is sealed and the incoming revision does not lead to it: the revision
  is stored in the history (it is evidence of what the other side had) but the sealed
  head stays the only head (``sealed_kept``);
- the incoming revision is sealed by the testimony's owner (it wrote the revision and
  signed the seal) and the local head is a draft that it does not descend from: the
  sealed revision becomes the only head and is projected; the local draft stays in the
  history (``sealed_wins``). A sealed revision from anyone else never replaces a draft:
  it is a proposal or a conflict like any other edit by a non-owner.
"""

from __future__ import annotations

import enum
import hmac
from typing import Any

from amanat.domain.errors import IntegrityError, ValidationError
from amanat.domain.model import Testimony
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
    PROPOSAL = "proposal"
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
    if not heads:
        return MergeOutcome(records.apply_revision(conn, rev, origin=origin).value)
    rev.verify_received()
    if history.exists(conn, rev.rev_id):
        return MergeOutcome.DUPLICATE
    record = records.rebuild_received(rev.kind, rev.record_id, rev.value())
    if (
        isinstance(record, Testimony)
        and record.seal is not None
        and not records.verify_seal(record)
    ):
        raise IntegrityError(what="testimony_seal", id=rev.record_id)
    if any(records.kind_of_revision(conn, h) is not rev.kind for h in heads):
        raise IntegrityError(what="revision_kind", id=rev.record_id)
    owner = history.owner(conn, rev.record_id)
    by_owner = owner is not None and hmac.compare_digest(rev.author, owner)
    if isinstance(record, Testimony):
        if record.seal is not None and (
            owner is None or not hmac.compare_digest(record.seal.signer, owner)
        ):
            by_owner = False  # only the owner seals: someone else's seal is a proposal
        special = _merge_testimony(conn, rev, record, heads, origin, by_owner)
        if special is not None:
            return special
    if any(history.is_ancestor(conn, rev.rev_id, h) for h in heads):
        history.insert(conn, rev, origin)
        return MergeOutcome.KEPT
    behind = {h for h in heads if any(history.is_ancestor(conn, h, p) for p in rev.parents)}
    projected = records.projected_rev(conn, rev.kind, rev.record_id)
    history.insert(conn, rev, origin)
    if by_owner and (len(behind) == len(heads) or projected in behind):
        history.set_heads(
            conn, rev.kind, rev.record_id, [*(h for h in heads if h not in behind), rev.rev_id]
        )
        records.project(conn, record, rev, first=False)
        return MergeOutcome.FAST_FORWARD
    if not by_owner and projected in behind:
        # Superseded proposals go; the version shown stays, with this one beside it.
        kept = [h for h in heads if h not in behind or h == projected]
        history.set_heads(conn, rev.kind, rev.record_id, [*kept, rev.rev_id])
        return MergeOutcome.PROPOSAL
    remaining = [h for h in heads if h not in behind]
    history.set_heads(conn, rev.kind, rev.record_id, [*remaining, rev.rev_id])
    return MergeOutcome.CONFLICT


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
    record = records.rebuild_received(rev.kind, rev.record_id, content)
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
    conn: Connection,
    rev: Revision,
    record: Testimony,
    heads: list[str],
    origin: str,
    by_owner: bool,
) -> MergeOutcome | None:
    if records.is_sealed(conn, rev.record_id):
        if any(history.is_ancestor(conn, rev.rev_id, h) for h in heads):
            return None  # an ancestor of the sealed head: the general rules keep it
        history.insert(conn, rev, origin)
        return MergeOutcome.SEALED_KEPT
    if by_owner and record.seal is not None and not _descends_from_all(conn, rev, heads):
        history.insert(conn, rev, origin)
        history.set_heads(conn, rev.kind, rev.record_id, [rev.rev_id])
        records.project(conn, record, rev, first=False)
        return MergeOutcome.SEALED_WINS
    return None


# Keep the two enums in step: every outcome of the store is one of ours.
assert {o.value for o in ApplyOutcome} <= {o.value for o in MergeOutcome}
