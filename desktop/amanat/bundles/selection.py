"""What a bundle of some cases carries (docs/bundle-format.md, section 5).

Built on the cases store's own definition of a case's contents (``load_case``): the
case, its persons, relationships, events, testimonies, withdrawals, attachments,
annotations and every place they name with its parents. Records shared by several
cases are gathered once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from amanat.domain.model import (
    Annotation,
    Attachment,
    Case,
    ConsentWithdrawal,
    Event,
    FollowUp,
    FollowUpAnswer,
    Grade,
    Person,
    PersonDistinct,
    PersonMerge,
    Place,
    RecordKind,
    Relationship,
    Review,
    Testimony,
)
from amanat.storage import cases as case_store
from amanat.storage import followups as followup_store
from amanat.storage import records as record_store
from amanat.storage.db import Connection


@dataclass
class Selection:
    """Current state of every record to send, by kind and id (insertion-ordered)."""

    case_ids: list[str] = field(default_factory=list)
    cases: dict[str, Case] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    relationships: dict[str, Relationship] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    testimonies: dict[str, Testimony] = field(default_factory=dict)
    withdrawals: dict[str, ConsentWithdrawal] = field(default_factory=dict)
    attachments: dict[str, Attachment] = field(default_factory=dict)
    annotations: dict[str, Annotation] = field(default_factory=dict)
    reviews: dict[str, Review] = field(default_factory=dict)  # docs/review.md §2
    grades: dict[str, Grade] = field(default_factory=dict)
    followups: dict[str, FollowUp] = field(default_factory=dict)
    answers: dict[str, FollowUpAnswer] = field(default_factory=dict)
    person_merges: dict[str, PersonMerge] = field(default_factory=dict)
    person_distincts: dict[str, PersonDistinct] = field(default_factory=dict)
    ids_only: dict[RecordKind, dict[str, None]] | None = None
    """Set by ``select_cases(ids_only=True)``: just the ids, and the dicts above empty."""

    def by_kind(self) -> dict[RecordKind, dict[str, Any]]:
        if self.ids_only is not None:
            return dict(self.ids_only)
        return {
            RecordKind.PERSON: self.persons,
            RecordKind.PLACE: self.places,
            RecordKind.RELATIONSHIP: self.relationships,
            RecordKind.CASE: self.cases,
            RecordKind.EVENT: self.events,
            RecordKind.TESTIMONY: self.testimonies,
            RecordKind.ATTACHMENT: self.attachments,
            RecordKind.WITHDRAWAL: self.withdrawals,
            RecordKind.ANNOTATION: self.annotations,
            RecordKind.REVIEW: self.reviews,
            RecordKind.GRADE: self.grades,
            RecordKind.FOLLOWUP: self.followups,
            RecordKind.FOLLOWUP_ANSWER: self.answers,
            RecordKind.PERSON_MERGE: self.person_merges,
            RecordKind.PERSON_DISTINCT: self.person_distincts,
        }

    def withdrawals_of(self, testimony_id: str) -> list[ConsentWithdrawal]:
        return [w for w in self.withdrawals.values() if w.testimony_id == testimony_id]


def select_cases(
    conn: Connection,
    case_ids: Iterable[str],
    *,
    check: Callable[[], None] | None = None,
    ids_only: bool = False,
    followups_only: bool = False,
) -> Selection:
    """Gather the records of ``case_ids`` (NotFound for an unknown case).

    ``ids_only`` keeps only the ids of the records, in the same order: enough for a
    bundle that sends everything as it is (the ``full`` profile), and memory then does
    not grow with the records' contents however many cases are sealed.
    """
    selection = Selection()
    if ids_only:
        selection.ids_only = {kind: {} for kind in selection.by_kind()}
    for case_id in dict.fromkeys(case_ids):
        if check is not None:
            check()
        if followups_only:
            record_store.load(conn, RecordKind.CASE, case_id)  # NotFound for an unknown case
            selection.case_ids.append(case_id)
            _add_followups(conn, selection, case_id)
            continue
        loaded = case_store.load_case(conn, case_id)
        selection.case_ids.append(case_id)
        _add_followups(conn, selection, case_id)
        if selection.ids_only is not None:
            _add_ids(selection.ids_only, loaded)
            continue
        selection.cases[case_id] = loaded.case
        selection.persons.update(loaded.persons)
        selection.places.update(loaded.places)
        selection.relationships.update((r.id, r) for r in loaded.relationships)
        selection.events.update((e.id, e) for e in loaded.events)
        selection.testimonies.update((t.id, t) for t in loaded.testimonies)
        selection.withdrawals.update((w.id, w) for w in loaded.withdrawals)
        selection.attachments.update((a.id, a) for a in loaded.attachments)
        selection.annotations.update((n.id, n) for n in loaded.annotations)
        selection.reviews.update((r.id, r) for r in loaded.reviews)
        selection.grades.update((g.id, g) for g in loaded.grades)
    _add_person_decisions(conn, selection)
    return selection


def _add_followups(conn: Connection, selection: Selection, case_id: str) -> None:
    asked, answered = followup_store.case_record_ids(conn, case_id)
    if selection.ids_only is not None:
        selection.ids_only[RecordKind.FOLLOWUP].update(dict.fromkeys(asked))
        selection.ids_only[RecordKind.FOLLOWUP_ANSWER].update(dict.fromkeys(answered))
        return
    selection.followups.update(record_store.load_many(conn, RecordKind.FOLLOWUP, asked))
    selection.answers.update(record_store.load_many(conn, RecordKind.FOLLOWUP_ANSWER, answered))


def _add_person_decisions(conn: Connection, selection: Selection) -> None:
    """Person merges and "not the same person" marks (docs/review.md §5) naming any
    person sent, undone and withdrawn ones too (an unmerge must travel as well)."""
    if selection.ids_only is not None:
        person_ids = list(selection.ids_only[RecordKind.PERSON])
    else:
        person_ids = list(selection.persons)
    for kind, table, first in (
        (RecordKind.PERSON_MERGE, "person_merge", "keep_id"),
        (RecordKind.PERSON_DISTINCT, "person_distinct", "person_id"),
    ):
        found: dict[str, None] = {}
        for start in range(0, len(person_ids), 400):
            chunk = person_ids[start : start + 400]
            marks = ", ".join("?" for _ in chunk)
            for (record_id,) in conn.execute(
                f"SELECT id FROM {table} WHERE {first} IN ({marks}) OR other_id IN ({marks})"
                " ORDER BY created, id",
                (*chunk, *chunk),
            ):
                found[str(record_id)] = None
        if selection.ids_only is not None:
            selection.ids_only[kind].update(found)
        else:
            target = selection.by_kind()[kind]
            loaded = record_store.load_many(conn, kind, list(found))
            target.update((rid, loaded[rid]) for rid in found if rid in loaded)


def _add_ids(ids: dict[RecordKind, dict[str, None]], loaded: case_store.CaseRecords) -> None:
    ids[RecordKind.CASE][loaded.case.id] = None
    for kind, records in (
        (RecordKind.PERSON, loaded.persons),
        (RecordKind.PLACE, loaded.places),
    ):
        ids[kind].update(dict.fromkeys(records))
    for kind, items in (
        (RecordKind.RELATIONSHIP, loaded.relationships),
        (RecordKind.EVENT, loaded.events),
        (RecordKind.TESTIMONY, loaded.testimonies),
        (RecordKind.WITHDRAWAL, loaded.withdrawals),
        (RecordKind.ATTACHMENT, loaded.attachments),
        (RecordKind.ANNOTATION, loaded.annotations),
        (RecordKind.REVIEW, loaded.reviews),
        (RecordKind.GRADE, loaded.grades),
    ):
        ids[kind].update(dict.fromkeys(item.id for item in items))


def all_case_ids(conn: Connection) -> list[str]:
    """Every case, oldest first (``--all``)."""
    return [str(r[0]) for r in conn.execute("SELECT id FROM case_file ORDER BY created, id")]
