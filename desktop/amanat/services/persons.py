"""Merging persons, unmerging, and "not the same person" (docs/review.md §5).

A merge is a ``person_merge`` record of its own, signed and owned by the vault that
writes it; the person records stay as their owners wrote them, and reads resolve a
merged-away id to the kept one (``storage.person_merges``). Unmerging writes a later
revision of the merge record (``undone``). "Not the same person" is a
``person_distinct`` record: that pair is no longer proposed as duplicates, and merging
it is refused.

``merged_person`` gives the merged person with, for every name, identifier,
relationship and status entry, which person record holds it, which testimonies stand
behind that record and which senders (author, bundle) first reported it.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from amanat.domain.case_json import new_record_id
from amanat.domain.changes import Changes
from amanat.domain.errors import NotFound, PersonMergeError
from amanat.domain.model import PersonDistinct, PersonMerge, RecordKind
from amanat.services.base import Created
from amanat.services.cases import author_key, revision_author
from amanat.storage import person_merges, records
from amanat.storage.db import Connection, transaction
from amanat.storage.person_merges import MergeRow
from amanat.storage.vault import Vault

__all__ = [
    "Entry",
    "MergeRow",
    "MergedPerson",
    "Sender",
    "Source",
    "case_titles",
    "mark_distinct",
    "merge_info",
    "merge_persons",
    "merged_person",
    "person_group",
    "resolve_person",
    "unmerge_persons",
]


# -- the use cases ------------------------------------------------------------------------


def resolve_person(vault: Vault, person_id: str) -> str:
    """The id ``person_id`` resolves to after merges (itself unless merged away). Every
    read that shows a person by id goes through this (or ``person_group``)."""
    return person_merges.resolve(vault.connection(), person_id)


def person_group(vault: Vault, person_id: str) -> list[str]:
    """Every id of the merged person: the id it resolves to first, then those merged
    into it."""
    return person_merges.group(vault.connection(), person_id)


def _require_person(conn: Connection, person_id: str) -> None:
    if not isinstance(person_id, str) or not records.exists(conn, RecordKind.PERSON, person_id):
        raise NotFound(what="person", id=str(person_id)[:64])


def _touched(conn: Connection, person_ids: Sequence[str]) -> Changes:
    """What a merge decision changes for the views: the persons of both groups and the
    cases that name any of them."""
    ids = sorted({pid for p in person_ids for pid in person_merges.group(conn, p)})
    changes = Changes(persons=set(ids))
    if ids:
        marks = ", ".join("?" for _ in ids)
        changes.cases.update(
            str(r[0])
            for r in conn.execute(
                f"SELECT id FROM case_file WHERE person_id IN ({marks})"
                f" UNION SELECT case_id FROM case_person WHERE person_id IN ({marks})",
                (*ids, *ids),
            )
        )
    return changes


def merge_persons(vault: Vault, keep_id: str, other_id: str) -> Created:
    """Merge ``other_id`` into ``keep_id``: a new ``person_merge`` record. Refused
    (PersonMergeError) for a person with itself or two ids already one person
    (``persons.self_merge``) and for a pair marked "not the same person"
    (``persons.distinct``, with the mark's id); NotFound for an unknown id."""
    conn = vault.connection()
    _require_person(conn, keep_id)
    _require_person(conn, other_id)
    author = revision_author(vault)
    with transaction(conn):
        kept, merged = person_merges.group(conn, keep_id), person_merges.group(conn, other_id)
        if kept[0] == merged[0]:
            raise PersonMergeError("persons.self_merge", keep=keep_id, other=other_id)
        mark = person_merges.distinct_id(conn, kept, merged)
        if mark is not None:
            raise PersonMergeError("persons.distinct", mark=mark)
        merge = PersonMerge(new_record_id(), keep_id, other_id)
        records.write(conn, merge, author=author, new=True)
        changes = _touched(conn, [keep_id, other_id])
    return Created(merge.id, changes)


def unmerge_persons(vault: Vault, merge_id: str) -> Changes:
    """Undo a merge: a later revision of its record with ``undone`` set; both persons
    come back as they were. NotFound for an unknown merge; ``persons.already_undone``
    for one undone before."""
    conn = vault.connection()
    if not isinstance(merge_id, str) or not records.exists(conn, RecordKind.PERSON_MERGE, merge_id):
        raise NotFound(what="person_merge", id=str(merge_id)[:64])
    author = revision_author(vault)
    with transaction(conn):
        merge: PersonMerge = records.load(conn, RecordKind.PERSON_MERGE, merge_id)
        if merge.undone:
            raise PersonMergeError("persons.already_undone", merge=merge_id)
        before = _touched(conn, [merge.keep_id, merge.other_id])
        records.write(conn, dataclasses.replace(merge, undone=True), author=author)
        changes = _touched(conn, [merge.keep_id, merge.other_id]).merge(before)
    return changes


def mark_distinct(vault: Vault, person_id: str, other_id: str) -> Created:
    """Remember that two persons are not the same person: a ``person_distinct``
    record (the existing mark's id if the pair is marked already). Refused for one id
    twice (``persons.self_distinct``) and for two ids of one merged person
    (``persons.merged``: unmerge first)."""
    conn = vault.connection()
    _require_person(conn, person_id)
    _require_person(conn, other_id)
    if person_id == other_id:
        raise PersonMergeError("persons.self_distinct", person=person_id)
    author = revision_author(vault)
    with transaction(conn):
        first, second = person_merges.group(conn, person_id), person_merges.group(conn, other_id)
        if first[0] == second[0]:
            raise PersonMergeError("persons.merged", person=person_id, other=other_id)
        known = person_merges.distinct_id(conn, [person_id], [other_id])
        if known is not None:
            return Created(known, Changes())
        a, b = sorted((person_id, other_id))
        mark = PersonDistinct(new_record_id(), a, b)
        records.write(conn, mark, author=author, new=True)
        changes = _touched(conn, [person_id, other_id])
    return Created(mark.id, changes)


# -- the merged person with provenance ------------------------------------------------------


@dataclass(frozen=True)
class Sender:
    """Who first reported an entry: the revision's author, and the bundle it came in
    (None: written in this vault)."""

    author: str  # hex Ed25519 key
    author_name: str | None  # this vault's name, a contact's name, or None
    bundle: str | None
    created: str

    def as_json(self) -> dict[str, Any]:
        return {
            "author": self.author,
            "author_name": self.author_name,
            "bundle": self.bundle,
            "created": self.created,
        }


@dataclass(frozen=True)
class Source:
    """One person record that holds an entry, the testimonies behind that record (those
    its person gave, and those of the cases that name it; for a status entry with a
    source testimony, that one) and who first reported the entry there."""

    person_id: str
    testimonies: tuple[str, ...]
    senders: tuple[Sender, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "person": self.person_id,
            "testimonies": list(self.testimonies),
            "senders": [s.as_json() for s in self.senders],
        }


@dataclass(frozen=True)
class Entry:
    """A name, identifier, relationship or status entry of the merged person. The same
    entry in several merged records is one entry with several sources."""

    value: dict[str, Any]
    sources: tuple[Source, ...]

    @property
    def testimonies(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t for s in self.sources for t in s.testimonies))

    @property
    def senders(self) -> tuple[Sender, ...]:
        return tuple(dict.fromkeys(x for s in self.sources for x in s.senders))

    def as_json(self) -> dict[str, Any]:
        return {**self.value, "sources": [s.as_json() for s in self.sources]}


@dataclass(frozen=True)
class MergedPerson:
    id: str  # the id every merged id resolves to
    merged_from: tuple[str, ...]  # the other ids, sorted
    merges: tuple[MergeRow, ...]  # the merges in force, oldest first
    distinct_from: tuple[tuple[str, str], ...]  # (mark id, other person id)
    names: tuple[Entry, ...]
    identifiers: tuple[Entry, ...]
    relationships: tuple[Entry, ...]
    status: tuple[Entry, ...]
    cases: tuple[str, ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "merged_from": list(self.merged_from),
            "merges": [m.as_json() for m in self.merges],
            "distinct_from": [{"mark": m, "person": p} for m, p in self.distinct_from],
            "names": [e.as_json() for e in self.names],
            "identifiers": [e.as_json() for e in self.identifiers],
            "relationships": [e.as_json() for e in self.relationships],
            "status": [e.as_json() for e in self.status],
            "cases": list(self.cases),
        }


class _Senders:
    """Names of revision authors, looked up once each."""

    def __init__(self, vault: Vault) -> None:
        self.conn = vault.connection()
        self.names: dict[bytes, str | None] = {author_key(vault): vault.identity.display_name}

    def name(self, key: bytes) -> str | None:
        if key not in self.names:
            row = self.conn.execute(
                "SELECT c.display_name FROM contact c WHERE c.signing_key = ?"
                " UNION ALL SELECT c.display_name FROM contact_key k JOIN contact c"
                " ON c.id = k.contact_id WHERE k.signing_key = ? LIMIT 1",
                (key, key),
            ).fetchone()
            self.names[key] = None if row is None else str(row[0])
        return self.names[key]


def _revisions(conn: Connection, record_id: str) -> list[tuple[bytes, str, dict[str, Any], Any]]:
    """(author, created, content, origin) of every revision of a record, in arrival
    order."""
    return [
        (bytes(a), str(c), json.loads(v), o)
        for a, c, v, o in conn.execute(
            "SELECT author, created, content, origin FROM revision WHERE record_id = ?"
            " ORDER BY seq",
            (record_id,),
        )
    ]


def _first_reported(
    revisions: list[tuple[bytes, str, dict[str, Any], Any]],
    holds: Any,
    senders: _Senders,
) -> tuple[Sender, ...]:
    for author, created, content, origin in revisions:
        if holds(content):
            return (Sender(author.hex(), senders.name(author), origin, created),)
    return ()


def _testimonies_of(conn: Connection, person_id: str) -> tuple[str, ...]:
    return tuple(
        str(r[0])
        for r in conn.execute(
            "SELECT id FROM testimony WHERE speaker_id = ?1 OR case_id IN ("
            " SELECT id FROM case_file WHERE person_id = ?1"
            " UNION SELECT case_id FROM case_person WHERE person_id = ?1)"
            " ORDER BY date_from, id",
            (person_id,),
        )
    )


def _norm(value: Any) -> str:
    return "".join(str(value).split()).upper()


_ENTRY_KEYS: dict[str, tuple[str, ...]] = {
    "names": ("text", "script", "type"),
    "identifiers": ("scheme", "value", "source"),
    "status": ("status", "date", "source", "source_testimony"),
}


def _entry_key(section: str, item: dict[str, Any]) -> tuple[Any, ...]:
    if section == "names":
        return (item.get("text"), item.get("script"))
    if section == "identifiers":
        return (item.get("scheme"), _norm(item.get("value")))
    return (item.get("status"), item.get("date"), item.get("source_testimony"))


def _person_entries(
    conn: Connection,
    person_id: str,
    senders: _Senders,
    collected: dict[str, dict[tuple[Any, ...], tuple[dict[str, Any], list[Source]]]],
) -> None:
    revisions = _revisions(conn, person_id)
    shown = records.load(conn, RecordKind.PERSON, person_id).to_content()
    testimonies = _testimonies_of(conn, person_id)
    for section, keys in _ENTRY_KEYS.items():
        for item in shown.get(section, []):
            key = _entry_key(section, item)
            value = {k: item.get(k) for k in keys}

            def holds(content: dict[str, Any], s: str = section, k: Any = key) -> bool:
                return any(_entry_key(s, x) == k for x in content.get(s, []))

            backing = testimonies
            if section == "status" and item.get("source_testimony"):
                backing = (str(item["source_testimony"]),)
            source = Source(person_id, backing, _first_reported(revisions, holds, senders))
            slot = collected[section].setdefault(key, (value, []))
            slot[1].append(source)


def _relationship_entries(conn: Connection, ids: list[str], senders: _Senders) -> tuple[Entry, ...]:
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(
        f"SELECT id, person_id, other_person_id, type, source FROM relationship"
        f" WHERE person_id IN ({marks}) OR other_person_id IN ({marks}) ORDER BY rowid",
        (*ids, *ids),
    ).fetchall()
    out: list[Entry] = []
    for rel_id, person, other, rel_type, source in rows:
        resolved = person_merges.resolve_many(conn, [str(person), str(other)])
        member = str(person) if str(person) in ids else str(other)
        revisions = _revisions(conn, str(rel_id))
        value = {
            "id": str(rel_id),
            "person": resolved[str(person)],
            "other": resolved[str(other)],
            "type": str(rel_type),
            "source": source,
        }
        sent = _first_reported(revisions, lambda _c: True, senders)
        out.append(Entry(value, (Source(member, _testimonies_of(conn, member), sent),)))
    return tuple(out)


def merged_person(vault: Vault, person_id: str) -> MergedPerson:
    """The person ``person_id`` resolves to, with every entry of every id merged into
    it and where each came from. NotFound if no id of the person is known here."""
    conn = vault.connection()
    ids = [pid for pid in person_merges.group(conn, person_id)
           if records.exists(conn, RecordKind.PERSON, pid)]  # fmt: skip
    if not ids:
        raise NotFound(what="person", id=str(person_id)[:64])
    senders = _Senders(vault)
    collected: dict[str, dict[tuple[Any, ...], tuple[dict[str, Any], list[Source]]]] = {
        section: {} for section in _ENTRY_KEYS
    }
    for pid in ids:
        _person_entries(conn, pid, senders, collected)

    def entries(section: str) -> tuple[Entry, ...]:
        return tuple(Entry(v, tuple(s)) for v, s in collected[section].values())

    marks = ", ".join("?" for _ in ids)
    cases = tuple(
        str(r[0])
        for r in conn.execute(
            f"SELECT id FROM case_file WHERE person_id IN ({marks})"
            f" UNION SELECT case_id FROM case_person WHERE person_id IN ({marks})",
            (*ids, *ids),
        )
    )
    group = person_merges.group(conn, person_id)
    distinct = []
    for mark, a, b in person_merges.distinct_marks_of(conn, group):
        other = b if a in group else a
        if other not in group:
            distinct.append((mark, person_merges.resolve(conn, other)))
    shown = group[0] if group[0] in ids else ids[0]
    return MergedPerson(
        id=shown,
        merged_from=tuple(pid for pid in group if pid != shown),
        merges=tuple(person_merges.merges_of(conn, group)),
        distinct_from=tuple(distinct),
        names=entries("names"),
        identifiers=entries("identifiers"),
        relationships=_relationship_entries(conn, group, senders),
        status=entries("status"),
        cases=cases,
    )


def merge_info(vault: Vault, merge_id: str) -> MergeRow:
    """One merge as stored (``undone`` included); NotFound if unknown."""
    row = person_merges.merge_row(vault.connection(), merge_id)
    if row is None:
        raise NotFound(what="person_merge", id=str(merge_id)[:64])
    return row


def case_titles(vault: Vault, case_ids: Sequence[str]) -> dict[str, str]:
    """{case id: title} of the cases given (unknown ids left out): what the merge dialog
    shows of each person's cases."""
    conn = vault.connection()
    wanted = list(dict.fromkeys(case_ids))
    out: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for case_id, title in conn.execute(
            f"SELECT id, title FROM case_file WHERE id IN ({marks})", chunk
        ):
            out[str(case_id)] = str(title)
    return out
