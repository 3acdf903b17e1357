"""Records waiting for a person: conflicts and proposals, listed, shown side by side and
resolved (docs/review.md §4; the rules that make them: docs/trust.md).

A record with more than one head waits for a person. The head projected here is
**local** (the version shown); every other head is **incoming**. The record is a
``proposal`` when every incoming head descends from the local one (another vault's
edit of the version shown), a ``conflict`` otherwise (edited on both sides).

Resolving writes one merge revision whose parents are *all* the heads, signed by this
vault, with the content kept: the local version, the incoming one, or content chosen
field by field (``merged_content``). Every vault that receives it sees the same heads
descend from it, so the conflict is gone there too and never comes back. (At the
record's owner, a resolution written by another vault is itself a proposal of the
result: the owner's person confirms it, docs/trust.md.) ``services.cases.accept_head``
and ``decline_head`` are the same decision about one pending head.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from amanat.domain.errors import ConflictError, Immutable, ValidationError
from amanat.domain.model import RecordKind, Testimony
from amanat.services.base import Created
from amanat.services.cases import (
    author_key,
    check_acceptable,
    decision_changes,
    revision_author,
    write_decision,
)
from amanat.storage import cases as case_store
from amanat.storage import history, records
from amanat.storage.db import Connection, transaction
from amanat.storage.vault import Vault

LOCAL = "local"
INCOMING = "incoming"
SIDES = (LOCAL, INCOMING)


@dataclass(frozen=True)
class Side:
    """One head of a record waiting for a person."""

    rev_id: str
    side: str  # "local" (the version shown) or "incoming"
    author: str  # hex Ed25519 key
    author_name: str | None  # this vault's name, a contact's, or None (unknown)
    fingerprint: str | None  # the author's key fingerprint (this vault or a contact)
    author_is_owner: bool
    created: str
    signed: bool
    changed: tuple[str, ...]  # top-level fields changed since the common ancestor
    content: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {
            "rev_id": self.rev_id,
            "side": self.side,
            "author": self.author,
            "author_name": self.author_name,
            "fingerprint": self.fingerprint,
            "author_is_owner": self.author_is_owner,
            "created": self.created,
            "signed": self.signed,
            "changed": list(self.changed),
            "content": self.content,
        }


@dataclass(frozen=True)
class ConflictView:
    """Everything the side-by-side view shows about one record."""

    record_id: str
    kind: RecordKind
    state: str  # "conflict" or "proposal"
    case_id: str | None
    case_title: str | None
    person_name: str | None
    owner: str | None  # hex key of the record's owner
    ancestor: str | None  # rev id of the common ancestor (None: no common history)
    ancestor_content: dict[str, Any] | None
    heads: tuple[Side, ...]  # the local head first
    fields: tuple[str, ...] = field(default=())  # every top-level field, in order
    names: dict[str, str] = field(default_factory=dict)  # ids in the contents -> a name

    @property
    def local(self) -> Side:
        return self.heads[0]

    @property
    def incoming(self) -> tuple[Side, ...]:
        return self.heads[1:]

    def as_json(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id,
            "record_kind": self.kind.value,
            "state": self.state,
            "case": self.case_id,
            "case_title": self.case_title,
            "person_name": self.person_name,
            "owner": self.owner,
            "ancestor": self.ancestor,
            "ancestor_content": self.ancestor_content,
            "heads": [h.as_json() for h in self.heads],
        }


# -- reading ------------------------------------------------------------------------------


class _Who:
    """Author keys to names and fingerprints, each looked up once."""

    def __init__(self, vault: Vault) -> None:
        self._conn = vault.connection()
        self._own = author_key(vault)
        self._own_answer = (vault.identity.display_name, vault.identity.fingerprint)
        self._cache: dict[bytes, tuple[str | None, str | None]] = {}

    def __call__(self, key: bytes) -> tuple[str | None, str | None]:
        if hmac.compare_digest(key, self._own):
            return self._own_answer
        found = self._cache.get(key)
        if found is None:
            row = self._conn.execute(
                "SELECT c.display_name, c.fingerprint FROM contact c WHERE c.signing_key = ?"
                " UNION ALL SELECT c.display_name, c.fingerprint FROM contact_key k"
                " JOIN contact c ON c.id = k.contact_id WHERE k.signing_key = ? LIMIT 1",
                (key, key),
            ).fetchone()
            found = (None, None) if row is None else (str(row[0]), str(row[1]))
            self._cache[key] = found
        return found


def _ancestors(parents: Mapping[str, tuple[str, ...]], start: str) -> set[str]:
    seen = {start}
    stack = [start]
    while stack:
        for parent in parents.get(stack.pop(), ()):
            if parent not in seen:
                seen.add(parent)
                stack.append(parent)
    return seen


def common_ancestor(conn: Connection, record_id: str, heads: Sequence[str]) -> str | None:
    """The latest revision every head descends from (None if the heads share no
    history: two roots). Among several best ancestors, the one this vault stored last."""
    graph = history.Ancestry(conn, record_id)
    common: set[str] | None = None
    for head in heads:
        up = _ancestors(graph.parents, head)
        common = up if common is None else common & up
    if not common:
        return None
    below: set[str] = set()
    for rev_id in common:
        below.update(a for a in _ancestors(graph.parents, rev_id) if a != rev_id)
    best = sorted(common - below)
    if len(best) == 1:
        return best[0]
    marks = ", ".join("?" for _ in best)
    row = conn.execute(
        f"SELECT rev_id FROM revision WHERE rev_id IN ({marks}) ORDER BY seq DESC LIMIT 1",
        best,
    ).fetchone()
    return str(row[0])


def _changed(content: Mapping[str, Any], base: Mapping[str, Any] | None, other: Any) -> list[str]:
    reference = base if base is not None else other
    keys = list(dict.fromkeys([*content, *reference]))
    return [k for k in keys if content.get(k) != reference.get(k)]


def conflict_view(vault: Vault, record_id: str) -> ConflictView:
    """The side-by-side view of one record with several heads: both (or all) versions,
    the common ancestor and what each side changed since it. ConflictError
    ("conflict.none") if the record has one head (or is unknown)."""
    return _view(vault, vault.connection(), record_id, _Who(vault))


def _view(vault: Vault, conn: Connection, record_id: str, who: _Who) -> ConflictView:
    head_ids = history.heads(conn, record_id)
    if len(head_ids) < 2:
        raise ConflictError("conflict.none", id=record_id)
    revs = {r.rev_id: r for r in (history.get(conn, h) for h in head_ids)}
    kind = next(iter(revs.values())).kind
    shown = records.projected_rev(conn, kind, record_id)
    if shown not in revs:
        shown = head_ids[0]
    order = [shown, *(h for h in head_ids if h != shown)]
    ancestor = common_ancestor(conn, record_id, order)
    base = None if ancestor is None else history.get(conn, ancestor).value()
    owner = history.owner(conn, record_id)
    contents = {h: revs[h].value() for h in order}
    sides = []
    for i, rev_id in enumerate(order):
        rev = revs[rev_id]
        name, fingerprint = who(rev.author)
        other = contents[order[1] if i == 0 else order[0]]
        sides.append(
            Side(
                rev_id=rev_id,
                side=LOCAL if i == 0 else INCOMING,
                author=rev.author.hex(),
                author_name=name,
                fingerprint=fingerprint,
                author_is_owner=owner is not None and hmac.compare_digest(rev.author, owner),
                created=rev.created,
                signed=rev.signature is not None,
                changed=tuple(_changed(contents[rev_id], base, other)),
                content=contents[rev_id],
            )
        )
    proposal = all(history.is_ancestor(conn, shown, h) for h in order[1:])
    case_id = records.case_of(conn, kind, record_id)
    if case_id is None and kind is RecordKind.PERSON:
        row = conn.execute(
            "SELECT case_id FROM case_record WHERE record_id = ? ORDER BY case_id LIMIT 1",
            (record_id,),
        ).fetchone()
        case_id = None if row is None else str(row[0])
    title = person = None
    if case_id is not None:
        rows = case_store.case_rows(conn, [case_id])
        if rows:
            title = str(rows[0]["title"])
            person = rows[0]["person"]["name"]
    fields = list(dict.fromkeys(k for c in contents.values() for k in c))
    all_contents = [*contents.values(), *([] if base is None else [base])]
    return ConflictView(
        record_id=record_id,
        kind=kind,
        state="proposal" if proposal else "conflict",
        case_id=case_id,
        case_title=title,
        person_name=person,
        owner=None if owner is None else owner.hex(),
        ancestor=ancestor,
        ancestor_content=base,
        heads=tuple(sides),
        fields=tuple(fields),
        names=_referenced_names(conn, all_contents),
    )


def _is_id(value: object) -> bool:
    return type(value) is str and len(value) == 32 and not value.strip("0123456789abcdef")


def _referenced_names(conn: Connection, contents: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """The first name or label of each person or place a content names at its top level
    (the hometown, a victim, a speaker), for showing the versions in words."""
    ids: set[str] = set()
    for content in contents:
        for value in content.values():
            items = value if type(value) is list else [value]
            ids.update(v for v in items if _is_id(v))
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    wanted = sorted(ids)
    rows = conn.execute(
        f"SELECT person_id, text FROM person_name WHERE position = 0 AND person_id IN ({marks})"
        f" UNION ALL SELECT place_id, text FROM place_label WHERE position = 0"
        f" AND place_id IN ({marks})",
        [*wanted, *wanted],
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def list_conflicts(vault: Vault) -> list[ConflictView]:
    """Every record waiting for a person (conflicts and proposals), by record id."""
    conn = vault.connection()
    who = _Who(vault)
    return [_view(vault, conn, record_id, who) for record_id, _kind, _n in history.conflicts(conn)]


def conflict_case_ids(vault: Vault) -> list[str]:
    """The cases with a record waiting for a person (for the review queue)."""
    # CROSS JOIN: the few waiting records drive the loop (through case_record's index
    # on record_id), never a scan of every case's membership.
    rows = (
        vault.connection()
        .execute(
            "SELECT r.case_id FROM record_waiting w"
            " CROSS JOIN case_record r ON r.record_id = w.record_id"
        )
        .fetchall()
    )
    return sorted({str(r[0]) for r in rows})


# -- resolving ----------------------------------------------------------------------------


def merged_content(view: ConflictView, choices: Mapping[str, str]) -> dict[str, Any]:
    """The content taking each field from the side ``choices`` names ("local" or
    "incoming"; a field not named keeps the local value unless only the incoming side
    changed it since the common ancestor). With several incoming heads, "incoming" is
    the first."""
    local, incoming = view.local, view.incoming[0]
    result: dict[str, Any] = {}
    for name in view.fields:
        side = choices.get(name)
        if side is None:
            side = INCOMING if name in incoming.changed and name not in local.changed else LOCAL
        if side not in SIDES:
            raise ValidationError("invalid.side", field=name)
        source = incoming.content if side == INCOMING else local.content
        if name in source:
            result[name] = source[name]
    return result


def resolve(
    vault: Vault,
    record_id: str,
    *,
    keep: str | None = None,
    content: Any = None,
) -> Created:
    """Resolve a record waiting for a person: ``keep`` "local" or "incoming", or
    ``content`` (the record's content, the shape of ``heads[].content``). Writes one
    merge revision whose parents are all the heads; ``.id`` is its rev id.

    Errors: ConflictError "conflict.none" (one head), "conflict.ambiguous" (keep
    "incoming" with several incoming heads: give the content), ValidationError for
    content that is not an object, fails the schema or has unknown fields, Immutable
    for a sealed testimony (shown, or a seal in the content), TrustError
    "trust.foreign_seal" for keeping a testimony sealed by someone else."""
    if (keep is None) == (content is None):
        raise ValidationError("invalid.resolution", field="keep")
    if keep is not None and keep not in SIDES:
        raise ValidationError("invalid.side", field="keep")
    if content is not None and type(content) is not dict:
        raise ValidationError("invalid.type", field="content", expected="object")
    conn = vault.connection()
    author = revision_author(vault)
    with transaction(conn):
        view = _view(vault, conn, record_id, _Who(vault))
        current = records.load_revision_record(history.get(conn, view.local.rev_id))
        if isinstance(current, Testimony) and current.seal is not None:
            raise Immutable(kind="testimony", id=record_id)
        if keep == LOCAL:
            result = current
        elif keep == INCOMING:
            if len(view.incoming) != 1:
                raise ConflictError("conflict.ambiguous", id=record_id, heads=len(view.heads))
            result = records.load_revision_record(history.get(conn, view.incoming[0].rev_id))
            check_acceptable(conn, record_id, result)
        else:
            result = records.rebuild_received(view.kind, record_id, content or {})
            if isinstance(result, Testimony) and result.seal is not None:
                raise Immutable(kind="testimony", id=record_id)
        rev, case_id = write_decision(
            conn,
            author,
            current,
            result,
            parents=[h.rev_id for h in view.heads],
            detail={
                "decision": "resolved",
                "kept": keep or "edited",
                "heads": [h.rev_id for h in view.heads],
                "state": view.state,
            },
            case_id=view.case_id,
        )
    return Created(rev.rev_id, decision_changes(view.kind, record_id, case_id))
