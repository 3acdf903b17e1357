"""What leaves for the world: the records a report or export may include (issue 13).

``include`` decides once, for some cases, a redaction profile and a use, which records
an output may show, and lists what was left out and why without revealing it. Every
output (dossier, submission, CSV, Popolo) is made from an ``Included``, never from the
vault directly, so the same rules hold everywhere:

1. the profile's plan (``bundles.redaction.plan``: the allow-list of fields, restricted
   records and fields, contact details, places that are addresses);
2. consent for the use: a testimony is included only when its permitted uses now
   (consent given minus every withdrawal, ``domain.model.permitted_uses``) hold the
   chosen use; attachments and withdrawals of a testimony left out go with it; a
   speaker whose consent does not allow naming is not named outside internal use.

The plan's references are cleared the same way a bundle's are, so an included record
never points at one left out.

Two seams for work landing on other branches (docs/architecture.md):

- ``grades_for`` is the one place the reviewers' grades are read (today the
  ``verification`` annotations; re-point it at the grade records when they land);
- statistics count persons through ``storage.stats.PERSON_KEY`` (today the id itself;
  a merged person resolves to the kept one when the merge table lands).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from amanat.bundles.format import Profile
from amanat.bundles.redaction import RedactionPlan, plan, restricted_cases
from amanat.bundles.selection import Selection, select_cases
from amanat.domain.errors import ExportError, NotFound
from amanat.domain.model import (
    Annotation,
    AnnotationKind,
    Attachment,
    Case,
    ConsentUse,
    ConsentWithdrawal,
    Event,
    Grade,
    Person,
    Place,
    RecordKind,
    Relationship,
    Sensitivity,
    Testimony,
    permitted_uses,
    record_from_content,
)
from amanat.storage import custody, history
from amanat.storage.custody import CustodyEntry
from amanat.storage.db import Connection

# --use on the command line: the short word, and the consent use it stands for.
USES: dict[str, ConsentUse] = {
    "internal": ConsentUse.INTERNAL,
    "un": ConsentUse.UN_SUBMISSION,
    "legal": ConsentUse.LEGAL,
    "public": ConsentUse.PUBLIC,
}


def parse_use(text: str | ConsentUse) -> ConsentUse:
    if isinstance(text, ConsentUse):
        return text
    if text in USES:
        return USES[text]
    try:
        return ConsentUse(text)
    except ValueError:
        raise ExportError("report.unknown_use") from None


def use_word(use: ConsentUse) -> str:
    return next(k for k, v in USES.items() if v is use)


def parse_profile(text: str | Profile) -> Profile:
    try:
        return Profile(text)
    except ValueError:
        raise ExportError("bundle.unknown_profile") from None


@dataclass(frozen=True)
class LeftOut:
    """Something an output does not show: what (a record kind or a field), why (a
    reason code: restricted, consent, withdrawn, profile, not_named), how many."""

    what: str
    reason: str
    count: int

    def as_json(self) -> dict[str, Any]:
        return {"what": self.what, "reason": self.reason, "count": self.count}


@dataclass(frozen=True)
class GradeEntry:
    """One grade given to a testimony or event, as it stood at one time."""

    grade: str | None
    time: str
    author: str  # hex of the author key
    note: str | None = None


@dataclass
class Included:
    """The records an output may show, already redacted, in the vault's order."""

    profile: Profile
    use: ConsentUse
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
    grades: dict[str, Grade] = field(default_factory=dict)  # reviewers' grades of claims
    permitted: dict[str, frozenset[ConsentUse]] = field(default_factory=dict)
    unnamed: set[str] = field(default_factory=set)  # speakers not to be named
    left_out: list[LeftOut] = field(default_factory=list)

    def record_ids(self) -> set[str]:
        ids: set[str] = set()
        for kind_records in (
            self.cases, self.persons, self.places, self.relationships, self.events,
            self.testimonies, self.withdrawals, self.attachments, self.annotations,
        ):  # fmt: skip
            ids.update(kind_records)
        return ids

    def place_name(self, place_id: str | None, *, short: bool = False) -> str | None:
        """The place's labels in every script, joined, with its parents (``short``: the
        parents by their first label only); None if unknown."""
        parts: list[str] = []
        seen: set[str] = set()
        while place_id and place_id in self.places and place_id not in seen:
            seen.add(place_id)
            place = self.places[place_id]
            labels = [label.text for label in place.labels]
            parts.append(" / ".join(labels[:1] if short and parts else labels))
            place_id = place.parent_id
        return ", ".join(parts) if parts else None

    def persons_of_concern(self) -> list[Person]:
        """The case persons and event victims: the documented persons, once each."""
        ids: dict[str, None] = {}
        for case in self.cases.values():
            ids[case.person_id] = None
        for event in self.events.values():
            if event.victim_id:
                ids[event.victim_id] = None
        return [self.persons[i] for i in ids if i in self.persons]


def cases_of_persons(conn: Connection, person_ids: Sequence[str]) -> list[str]:
    """The cases whose person of concern (or a linked victim) is one of ``person_ids``."""
    found: dict[str, None] = {}
    for person_id in person_ids:
        rows = conn.execute(
            "SELECT id FROM case_file WHERE person_id = ? UNION"
            " SELECT case_id FROM case_person WHERE person_id = ? AND role = 'victim'",
            (person_id, person_id),
        ).fetchall()
        if (
            not rows
            and conn.execute("SELECT 1 FROM person WHERE id = ?", (person_id,)).fetchone() is None
        ):
            raise NotFound(kind="person", id=person_id)
        found.update(dict.fromkeys(str(r[0]) for r in rows))
    return list(found)


def include(
    conn: Connection,
    case_ids: Iterable[str],
    *,
    profile: Profile | str = Profile.FULL,
    use: ConsentUse | str = ConsentUse.INTERNAL,
) -> Included:
    """Decide what an output of ``case_ids`` shows under ``profile`` for ``use``."""
    profile = parse_profile(profile)
    use = parse_use(use)
    ids = list(dict.fromkeys(case_ids))
    if not ids:
        raise ExportError("report.nothing_chosen")
    selection = select_cases(conn, ids)
    left = Counter[tuple[str, str]]()
    restricted = restricted_cases(selection, profile)
    if restricted:
        left[("case", "restricted")] += len(restricted)
        selection = select_cases(conn, [i for i in ids if i not in restricted])
    redaction = plan(selection, profile)
    _drop_without_consent(selection, redaction, use, left)
    result = Included(profile=profile, use=use, case_ids=list(selection.case_ids))
    _fill(result, selection, redaction)
    _count_fields(selection, redaction, left)
    for t in result.testimonies.values():
        result.permitted[t.id] = permitted_uses(t.consent, selection.withdrawals_of(t.id))
        if not t.consent.may_name and use is not ConsentUse.INTERNAL:
            result.unnamed.add(t.speaker_id)
    for case in result.cases.values():  # named as the case's person: not withheld
        result.unnamed.discard(case.person_id)
    if result.unnamed:
        left[("speaker_name", "not_named")] += len(result.unnamed)
    result.left_out = [LeftOut(w, r, n) for (w, r), n in sorted(left.items())]
    return result


def _drop_without_consent(
    selection: Selection, redaction: RedactionPlan, use: ConsentUse, left: Counter[tuple[str, str]]
) -> None:
    """Testimonies without consent for ``use`` leave, with their attachments and
    withdrawals; the plan's own drops are counted with their reasons."""
    dropped = redaction.dropped
    for kind in RecordKind:
        dropped.setdefault(kind, set())
    testimonies = dropped[RecordKind.TESTIMONY]
    for t in selection.testimonies.values():
        if t.id in testimonies:
            reason = "restricted" if t.sensitivity >= Sensitivity.RESTRICTED else "consent"
            left[("testimony", reason)] += 1
            continue
        if use in permitted_uses(t.consent, selection.withdrawals_of(t.id)):
            continue
        withdrawn = use in t.consent.uses and t.consent.informed and t.consent.voluntary
        left[("testimony", "withdrawn" if withdrawn else "consent")] += 1
        testimonies.add(t.id)
    for a in selection.attachments.values():
        if a.testimony_id in testimonies:
            dropped[RecordKind.ATTACHMENT].add(a.id)
    for w in selection.withdrawals.values():
        if w.testimony_id in testimonies:
            dropped[RecordKind.WITHDRAWAL].add(w.id)
    for n in selection.annotations.values():
        if n.target_id in testimonies or n.target_id in dropped[RecordKind.ATTACHMENT]:
            dropped[RecordKind.ANNOTATION].add(n.id)
    for kind in (RecordKind.EVENT, RecordKind.ATTACHMENT, RecordKind.RELATIONSHIP,
                 RecordKind.ANNOTATION, RecordKind.PLACE):  # fmt: skip
        items = selection.by_kind()[kind]
        for record_id in dropped[kind]:
            record = items.get(record_id)
            restricted = getattr(record, "sensitivity", 0) >= Sensitivity.RESTRICTED
            left[(kind.value, "restricted" if restricted else "profile")] += 1


def _fill(result: Included, selection: Selection, redaction: RedactionPlan) -> None:
    targets: dict[RecordKind, dict[str, Any]] = {
        RecordKind.CASE: result.cases,
        RecordKind.PERSON: result.persons,
        RecordKind.PLACE: result.places,
        RecordKind.RELATIONSHIP: result.relationships,
        RecordKind.EVENT: result.events,
        RecordKind.TESTIMONY: result.testimonies,
        RecordKind.WITHDRAWAL: result.withdrawals,
        RecordKind.ATTACHMENT: result.attachments,
        RecordKind.ANNOTATION: result.annotations,
        RecordKind.GRADE: result.grades,
    }
    for kind, records in selection.by_kind().items():
        target = targets.get(kind)
        if target is None:  # reviews, follow-ups, person decisions: not report content
            continue
        dropped = redaction.dropped.get(kind, set())
        for record_id, record in records.items():
            if record_id in dropped:
                continue
            content = redaction.redact(kind, record_id, record.to_content())
            target[record_id] = record_from_content(kind, record_id, content)
    kept = result.testimonies
    for event_id, event in list(result.events.items()):
        sources = tuple(s for s in event.source_testimony_ids if s in kept)
        if sources != event.source_testimony_ids:
            result.events[event_id] = _replace(event, source_testimony_ids=sources)


def _replace(record: Any, **changes: Any) -> Any:
    import dataclasses

    return dataclasses.replace(record, **changes)


def _count_fields(
    selection: Selection, redaction: RedactionPlan, left: Counter[tuple[str, str]]
) -> None:
    """Fields the profile removes, counted (never shown)."""
    if redaction.is_full:
        return
    for person_id, person in selection.persons.items():
        if person_id in redaction.dropped.get(RecordKind.PERSON, set()):
            continue
        if person_id in redaction.placeholders:
            left[("person", "restricted")] += 1
            continue
        if person.contacts:
            left[("contact", "profile")] += len(person.contacts)
        restricted_names = [n for n in person.names if n.sensitivity >= Sensitivity.RESTRICTED]
        if restricted_names:
            left[("name", "restricted")] += len(restricted_names)
        if redaction.profile is Profile.ADVOCACY:
            if person.identifiers:
                left[("identifier", "profile")] += len(person.identifiers)
        else:
            hidden = [i for i in person.identifiers if i.sensitivity >= Sensitivity.RESTRICTED]
            if hidden:
                left[("identifier", "restricted")] += len(hidden)
    if redaction.place_placeholders:
        left[("place", "restricted")] += len(redaction.place_placeholders)


# -- the grades seam --------------------------------------------------------------------


def grades_for(conn: Connection, included: Included) -> dict[str, list[GradeEntry]]:
    """THE place reports read reviewers' grades: per testimony or event id, every grade
    it was given, oldest first (the last is the current one).

    Grades are the reviewers' grade records (Admiralty code: source reliability A-F,
    information credibility 1-6; docs/review.md §3), each a record of its own, as the
    redacted selection holds them (a grade goes only with its claim). Older vaults'
    ``verification`` annotations are read too, each revision one step of the history."""
    targets = set(included.testimonies) | set(included.events)
    result: dict[str, list[GradeEntry]] = {}
    for grade in included.grades.values():
        if grade.target_id not in targets:
            continue
        revs = history.revisions(conn, grade.id)
        first = revs[0] if revs else None
        result.setdefault(grade.target_id, []).append(
            GradeEntry(
                grade=f"{grade.source}{grade.info}",
                time=first.created if first else "",
                author=first.author.hex() if first else "",
                note=grade.reason,
            )
        )
    for note in included.annotations.values():
        if note.kind is not AnnotationKind.VERIFICATION or note.target_id not in targets:
            continue
        for rev in history.revisions(conn, note.id):
            value = rev.value()
            result.setdefault(note.target_id, []).append(
                GradeEntry(
                    grade=value.get("grade"),
                    time=rev.created,
                    author=rev.author.hex(),
                    note=value.get("text"),
                )
            )
    for entries in result.values():
        entries.sort(key=lambda g: g.time)
    return result


# The Admiralty code's words, in the English of the reports (the app's own words, in
# every language, are ui/kit/review_words.py).
SOURCE_WORDS = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
INFO_WORDS = {
    "1": "confirmed by other sources",
    "2": "probably true",
    "3": "possibly true",
    "4": "doubtful",
    "5": "improbable",
    "6": "truth cannot be judged",
}


def admiralty_words(code: str) -> str | None:
    """ "B2 (usually reliable; probably true)" for an Admiralty grade, else None."""
    if len(code) == 2 and code[0] in SOURCE_WORDS and code[1] in INFO_WORDS:
        return f"{code} ({SOURCE_WORDS[code[0]]}; {INFO_WORDS[code[1]]})"
    return None


def custody_of(conn: Connection, included: Included) -> tuple[list[CustodyEntry], bytes]:
    """The custody entries of every included case and record, and the chain head hash
    at this moment (what ``amanat check`` verifies)."""
    ids = included.record_ids()
    cases = set(included.case_ids)
    entries = [e for e in custody.entries(conn) if e.case_id in cases or (e.record_id or "") in ids]
    _seq, head = custody.tail(conn)
    return entries, head
