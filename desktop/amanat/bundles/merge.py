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

from amanat.domain.errors import BundleError, IntegrityError, ValidationError
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


MAX_HEADS_PER_RECORD = 64
MAX_PARENTS_PER_REVISION = MAX_HEADS_PER_RECORD


def _descends_from_all(graph: history.Ancestry, rev: Revision) -> bool:
    return len(graph.heads_behind(rev.parents)) == len(graph.heads)


def _set_heads(
    conn: Connection, graph: history.Ancestry, rev: Revision, new: list[str], *, grows: bool
) -> None:
    """Write the record's new heads, refusing more than the format allows
    (docs/bundle-format.md §3): each head is a version a person must look at, and the
    merge work grows with them."""
    if len(new) > MAX_HEADS_PER_RECORD:
        raise BundleError("bundle.limit", what="heads", count=len(new), limit=MAX_HEADS_PER_RECORD)
    history.set_heads(conn, rev.kind, rev.record_id, new)
    graph.moved(new, via=rev if grows else None)


def _insert(conn: Connection, graph: history.Ancestry, rev: Revision, origin: str) -> None:
    history.insert(conn, rev, origin)
    graph.stored(rev)


def merge_revision(
    conn: Connection,
    rev: Revision,
    *,
    origin: str,
    content: dict[str, Any] | None = None,
    ancestry: history.Ancestry | None = None,
) -> MergeOutcome:
    """Merge one received revision; it is verified here.

    ``content`` is the revision's content already parsed, from a record entry whose
    canonical form was checked (bundles.entries): then a record not known here is added
    without parsing and re-encoding its content again (the common case of an import).
    ``ancestry``: the record's revision graph, read once by a caller that merges many
    revisions of one record (the importer, per entry); kept up to date here.
    """
    if len(rev.parents) > MAX_PARENTS_PER_REVISION:
        raise BundleError(
            "bundle.limit", what="parents", count=len(rev.parents), limit=MAX_PARENTS_PER_REVISION
        )
    heads = list(ancestry.heads) if ancestry is not None else history.heads(conn, rev.record_id)
    if not heads:
        if content is not None:
            outcome = _add_unknown(conn, rev, content, origin)
        else:
            outcome = MergeOutcome(records.apply_revision(conn, rev, origin=origin).value)
        if ancestry is not None and outcome is MergeOutcome.ADDED:
            ancestry.stored(rev)
            ancestry.moved([rev.rev_id], via=rev)
        return outcome
    graph = ancestry if ancestry is not None else history.Ancestry(conn, rev.record_id)
    rev.verify_received()
    if graph.known(rev.rev_id):
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
    owner = graph.owner(conn)
    by_owner = owner is not None and hmac.compare_digest(rev.author, owner)
    if isinstance(record, Testimony):
        if record.seal is not None and (
            owner is None or not hmac.compare_digest(record.seal.signer, owner)
        ):
            by_owner = False  # only the owner seals: someone else's seal is a proposal
        special = _merge_testimony(conn, graph, rev, record, origin, by_owner)
        if special is not None:
            return special
    if graph.leads_to_head(rev.rev_id):
        _insert(conn, graph, rev, origin)
        return MergeOutcome.KEPT
    behind = graph.heads_behind(rev.parents)
    projected = records.projected_rev(conn, rev.kind, rev.record_id)
    _insert(conn, graph, rev, origin)
    if by_owner and (len(behind) == len(heads) or projected in behind):
        _set_heads(
            conn, graph, rev, [*(h for h in heads if h not in behind), rev.rev_id], grows=True
        )
        records.project(conn, record, rev, first=False)
        return MergeOutcome.FAST_FORWARD
    if not by_owner and projected in behind:
        # Superseded proposals go; the version shown stays, with this one beside it.
        # (The projected head stays though it is behind: the set under the heads grows.)
        kept = [h for h in heads if h not in behind or h == projected]
        _set_heads(conn, graph, rev, [*kept, rev.rev_id], grows=True)
        return MergeOutcome.PROPOSAL
    remaining = [h for h in heads if h not in behind]
    _set_heads(conn, graph, rev, [*remaining, rev.rev_id], grows=True)
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
    graph: history.Ancestry,
    rev: Revision,
    record: Testimony,
    origin: str,
    by_owner: bool,
) -> MergeOutcome | None:
    if records.is_sealed(conn, rev.record_id):
        if graph.leads_to_head(rev.rev_id):
            return None  # an ancestor of the sealed head: the general rules keep it
        _insert(conn, graph, rev, origin)
        return MergeOutcome.SEALED_KEPT
    if by_owner and record.seal is not None and not _descends_from_all(graph, rev):
        _insert(conn, graph, rev, origin)
        _set_heads(conn, graph, rev, [rev.rev_id], grows=False)
        records.project(conn, record, rev, first=False)
        return MergeOutcome.SEALED_WINS
    return None


# Keep the two enums in step: every outcome of the store is one of ours.
assert {o.value for o in ApplyOutcome} <= {o.value for o in MergeOutcome}
