"""Redaction profiles: what leaves the vault in a bundle (docs/bundle-format.md, 4).

A ``RedactionPlan`` is decided once from the current state of the selected records
(sensitivity levels, consent and withdrawals, place types), then applied to the
content of every revision sent, so a record's redacted history is consistent and the
same case sealed twice gives the same redacted revisions.

Redaction is an allow-list (docs/trust.md, "Received content and redaction"): under a
profile other than ``full``, each revision's content is first rebuilt from the domain
schema (``from_content`` then ``to_content``: a key the schema does not know cannot
survive it) and then only the fields ``ALLOWED_FIELDS`` names for the profile are
kept, so a field added to the schema later leaves under a narrower profile only once
it is named here (tests/test_trust_authorship.py holds the lists to the schema).

Rules never rewrite a testimony (a sealed one's signature covers its body): testimonies
are sent whole or not at all. Every reference left in what is sent points at a record
that is sent too (or is cleared), so the receiver's foreign keys hold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from amanat.bundles.format import Profile
from amanat.bundles.selection import Selection
from amanat.domain.model import (
    RECORD_TYPES,
    ConsentUse,
    RecordKind,
    Sensitivity,
    permitted_uses,
)

WITHHELD = "[withheld]"
WITHHELD_NAME = {
    "text": WITHHELD,
    "script": "und-Latn",
    "type": "preferred",
    "sensitivity": "internal",
}
EXTERNAL_USES = frozenset({ConsentUse.UN_SUBMISSION, ConsentUse.LEGAL, ConsentUse.PUBLIC})
# Roles in a case that exist only because of a testimony: such persons go with it.
TESTIMONY_ROLES = frozenset({"witness", "interviewer", "interpreter"})
_RESTRICTED = Sensitivity.RESTRICTED.code

# The fields that may leave under the redacting profiles (no-contacts, advocacy), per
# record kind; the rules below then empty or replace some of them. A field not named
# here is never sent by these profiles.
ALLOWED_FIELDS: dict[RecordKind, frozenset[str]] = {
    RecordKind.PERSON: frozenset(
        {"names", "sex", "birth_date", "age_range", "ethnicity", "hometown", "identifiers",
         "contacts", "status", "occupation", "notes", "sensitivity"}
    ),
    RecordKind.PLACE: frozenset({"type", "labels", "parent", "facility_type", "sensitivity"}),
    RecordKind.RELATIONSHIP: frozenset({"person", "other", "type", "source", "sensitivity"}),
    RecordKind.CASE: frozenset(
        {"title", "person", "persons", "status", "assignee", "summary", "reference",
         "sensitivity"}
    ),
    RecordKind.EVENT: frozenset(
        {"case", "type", "victim", "date", "end_date", "place", "stated_reason", "sentence",
         "description", "sources", "sensitivity"}
    ),
    RecordKind.TESTIMONY: frozenset(
        {"case", "speaker", "relation", "interviewers", "interpreter", "date", "place", "mode",
         "language", "narrative", "consent", "supersedes", "seal", "sensitivity"}
    ),
    RecordKind.ATTACHMENT: frozenset(
        {"case", "original_name", "media_type", "size", "sha256", "role", "derived_from",
         "testimony", "event", "description", "sensitivity"}
    ),
    RecordKind.ANNOTATION: frozenset(
        {"target_kind", "target", "kind", "text", "grade", "field", "author", "sensitivity",
         "reply_to"}
    ),
    RecordKind.WITHDRAWAL: frozenset({"testimony", "date", "scope", "note"}),
    RecordKind.REVIEW: frozenset({"case", "state", "assignee"}),
    RecordKind.GRADE: frozenset({"target_kind", "target", "source", "info", "reason"}),
    RecordKind.FOLLOWUP: frozenset(
        {"case", "target_kind", "target", "field", "text", "asked_by", "sensitivity"}
    ),
    RecordKind.FOLLOWUP_ANSWER: frozenset(
        {"followup", "case", "kind", "text", "record", "rev", "answered_by", "sensitivity"}
    ),
    RecordKind.PERSON_MERGE: frozenset({"keep", "other", "undone"}),
    RecordKind.PERSON_DISTINCT: frozenset({"person", "other", "withdrawn"}),
}  # fmt: skip


def allowed_content(kind: RecordKind, record_id: str, content: Mapping[str, Any]) -> dict[str, Any]:
    """The content rebuilt from the schema, with only the allowed fields."""
    rebuilt = RECORD_TYPES[kind].from_content(record_id, dict(content)).to_content()
    allowed = ALLOWED_FIELDS[kind]
    return {k: v for k, v in rebuilt.items() if k in allowed}


def _restricted(item: Mapping[str, Any]) -> bool:
    return item.get("sensitivity") == _RESTRICTED


@dataclass
class RedactionPlan:
    profile: Profile
    dropped: dict[RecordKind, set[str]] = field(default_factory=dict)
    placeholders: set[str] = field(default_factory=set)  # persons sent as [withheld]
    unnamed: set[str] = field(default_factory=set)  # speakers who may not be named
    place_map: dict[str, str | None] = field(default_factory=dict)  # dropped -> coarser
    place_placeholders: set[str] = field(default_factory=set)
    report: Counter[str] = field(default_factory=Counter)

    @property
    def is_full(self) -> bool:
        return self.profile is Profile.FULL

    def keeps(self, kind: RecordKind, record_id: str) -> bool:
        return record_id not in self.dropped.get(kind, ())

    def _kept_ref(self, kind: RecordKind, record_id: Any) -> Any:
        if record_id is None or not isinstance(record_id, str):
            return record_id
        return record_id if self.keeps(kind, record_id) else None

    def _place(self, place_id: Any) -> Any:
        if isinstance(place_id, str) and place_id in self.place_map:
            return self.place_map[place_id]
        return place_id

    def redact(self, kind: RecordKind, record_id: str, content: Mapping[str, Any]) -> Any:
        """The content to send for one revision of a kept record."""
        if self.is_full:
            return content
        c = allowed_content(kind, record_id, content)
        if kind is RecordKind.PERSON:
            return self._person(record_id, c)
        if kind is RecordKind.PLACE:
            if record_id in self.place_placeholders:
                c["labels"] = [{"text": WITHHELD, "script": "und-Latn"}]
                c["facility_type"] = None
                c["sensitivity"] = _RESTRICTED
            c["parent"] = self._place(c.get("parent"))
        elif kind is RecordKind.CASE:
            c["persons"] = [
                p for p in c.get("persons", []) if self.keeps(RecordKind.PERSON, p.get("person"))
            ]
        elif kind is RecordKind.EVENT:
            c["place"] = self._place(c.get("place"))
            c["victim"] = self._kept_ref(RecordKind.PERSON, c.get("victim"))
            c["sources"] = [s for s in c.get("sources", []) if self.keeps(RecordKind.TESTIMONY, s)]
        elif kind is RecordKind.ATTACHMENT:
            c["derived_from"] = self._kept_ref(RecordKind.ATTACHMENT, c.get("derived_from"))
            c["event"] = self._kept_ref(RecordKind.EVENT, c.get("event"))
            c["testimony"] = self._kept_ref(RecordKind.TESTIMONY, c.get("testimony"))
        elif kind is RecordKind.WITHDRAWAL and self.profile is Profile.ADVOCACY:
            c["note"] = None
        return c

    def _person(self, person_id: str, c: dict[str, Any]) -> dict[str, Any]:
        if person_id in self.placeholders:
            return placeholder_person(c)
        c["contacts"] = []
        c["hometown"] = self._place(c.get("hometown"))
        names = [n for n in c.get("names", []) if not _restricted(n)]
        if person_id in self.unnamed:
            names = []
            c["notes"] = None
        c["names"] = names or [dict(WITHHELD_NAME)]
        if self.profile is Profile.ADVOCACY:
            c["identifiers"] = []
        else:
            c["identifiers"] = [i for i in c.get("identifiers", []) if not _restricted(i)]
        for entry in c.get("status", []):
            if isinstance(entry, dict):
                entry["source_testimony"] = self._kept_ref(
                    RecordKind.TESTIMONY, entry.get("source_testimony")
                )
        return c


def placeholder_person(content: Mapping[str, Any]) -> dict[str, Any]:
    """A person kept only because something refers to it: no detail at all."""
    return {
        "names": [dict(WITHHELD_NAME)],
        "sex": "unknown",
        "birth_date": None,
        "age_range": None,
        "ethnicity": None,
        "hometown": None,
        "identifiers": [],
        "contacts": [],
        "status": [],
        "occupation": None,
        "notes": None,
        "sensitivity": _RESTRICTED,
    }


def plan(selection: Selection, profile: Profile) -> RedactionPlan:
    """Decide, from the current state, what is dropped and what is withheld."""
    result = RedactionPlan(profile=profile)
    if profile is Profile.FULL:
        return result
    dropped: dict[RecordKind, set[str]] = {kind: set() for kind in RecordKind}
    result.dropped = dropped
    restricted = Sensitivity.RESTRICTED

    # Places: exact addresses and restricted places go (moved after the testimonies:
    # a testimony cannot be rewritten, so a place it names stays as a placeholder).
    for place in selection.places.values():
        if place.type == "address" or place.sensitivity >= restricted:
            dropped[RecordKind.PLACE].add(place.id)

    # Testimonies: restricted ones; for advocacy, those not consented for external use.
    for t in selection.testimonies.values():
        if t.sensitivity >= restricted:
            dropped[RecordKind.TESTIMONY].add(t.id)
        elif profile is Profile.ADVOCACY:
            uses = permitted_uses(t.consent, selection.withdrawals_of(t.id))
            if not uses & EXTERNAL_USES:
                dropped[RecordKind.TESTIMONY].add(t.id)
    # A correction of a dropped testimony goes with it (it cannot be rewritten).
    changed = True
    while changed:
        changed = False
        for t in selection.testimonies.values():
            if (
                t.supersedes_id in dropped[RecordKind.TESTIMONY]
                and t.id not in dropped[RecordKind.TESTIMONY]
            ):
                dropped[RecordKind.TESTIMONY].add(t.id)
                changed = True
    kept_testimonies = [
        t for t in selection.testimonies.values() if t.id not in dropped[RecordKind.TESTIMONY]
    ]
    for t in kept_testimonies:
        if t.place_id in dropped[RecordKind.PLACE]:
            dropped[RecordKind.PLACE].discard(t.place_id)
            result.place_placeholders.add(t.place_id)
    for place_id in dropped[RecordKind.PLACE]:
        parent = selection.places[place_id].parent_id
        while parent is not None and parent in dropped[RecordKind.PLACE]:
            parent = selection.places[parent].parent_id if parent in selection.places else None
        result.place_map[place_id] = parent
    for w in selection.withdrawals.values():
        if w.testimony_id in dropped[RecordKind.TESTIMONY]:
            dropped[RecordKind.WITHDRAWAL].add(w.id)

    for e in selection.events.values():
        if e.sensitivity >= restricted:
            dropped[RecordKind.EVENT].add(e.id)

    for a in selection.attachments.values():
        if a.sensitivity >= restricted or a.testimony_id in dropped[RecordKind.TESTIMONY]:
            dropped[RecordKind.ATTACHMENT].add(a.id)
        elif profile is Profile.ADVOCACY and (
            a.testimony_id is None or a.testimony_id not in selection.testimonies
        ):
            # No testimony, no consent: nothing says it may be used outside.
            dropped[RecordKind.ATTACHMENT].add(a.id)

    # Persons: who must stay because a kept record names them.
    needed: set[str] = set()
    for case in selection.cases.values():
        needed.add(case.person_id)
        for link in case.persons:
            if link.role not in TESTIMONY_ROLES or profile is not Profile.ADVOCACY:
                needed.add(link.person_id)
    for e in selection.events.values():
        if e.id not in dropped[RecordKind.EVENT] and e.victim_id:
            needed.add(e.victim_id)
    for t in kept_testimonies:
        needed.add(t.speaker_id)
        needed.update(t.interviewer_ids)
        if t.interpreter_id:
            needed.add(t.interpreter_id)
        if profile is Profile.ADVOCACY and not t.consent.may_name:
            result.unnamed.add(t.speaker_id)
    for person in selection.persons.values():
        if person.id not in needed:
            dropped[RecordKind.PERSON].add(person.id)
        elif person.sensitivity >= restricted:
            result.placeholders.add(person.id)
    # Someone named elsewhere in the case stays named: only withhold a speaker whose
    # only reason to be sent is a testimony that does not allow naming.
    for case in selection.cases.values():
        result.unnamed.discard(case.person_id)

    for r in selection.relationships.values():
        if (
            r.sensitivity >= restricted
            or r.person_id in dropped[RecordKind.PERSON] | result.placeholders
            or r.other_person_id in dropped[RecordKind.PERSON] | result.placeholders
        ):
            dropped[RecordKind.RELATIONSHIP].add(r.id)
    for n in selection.annotations.values():
        target_gone = n.target_id in dropped.get(n.target_kind, set()) or (
            n.target_kind is RecordKind.PERSON and n.target_id in result.placeholders
        )
        if n.sensitivity >= restricted or target_gone:
            dropped[RecordKind.ANNOTATION].add(n.id)
    _drop_reviewer_records(selection, dropped, profile)

    _plan_followups(selection, dropped)

    _drop_person_decisions(selection, result)

    for kind, ids in dropped.items():
        if ids:
            result.report[f"dropped_{kind.value}"] = len(ids)
    if result.placeholders:
        result.report["withheld_person"] = len(result.placeholders)
    if result.place_placeholders:
        result.report["withheld_place"] = len(result.place_placeholders)
    if result.unnamed:
        result.report["unnamed_speaker"] = len(result.unnamed)
    return result


def _drop_reviewer_records(
    selection: Selection, dropped: dict[RecordKind, set[str]], profile: Profile
) -> None:
    """A grade goes with its claim; a reply with the note it answers; the reviewers'
    states and assignees (staff names) stay inside the organisation: never under the
    advocacy profile (docs/review.md §2, §3)."""
    if profile is Profile.ADVOCACY:
        dropped[RecordKind.REVIEW].update(selection.reviews)
    for g in selection.grades.values():
        if g.target_id in dropped.get(g.target_kind, set()):
            dropped[RecordKind.GRADE].add(g.id)
    gone = dropped[RecordKind.ANNOTATION]
    changed = True
    while changed:  # a reply to a dropped reply goes too
        changed = False
        for n in selection.annotations.values():
            if n.reply_to is not None and n.reply_to in gone and n.id not in gone:
                gone.add(n.id)
                changed = True


def _plan_followups(selection: Selection, dropped: dict[RecordKind, set[str]]) -> None:
    """A follow-up goes only with its target; an answer only with its question and the
    record it names (docs/review.md §6)."""
    gone = set().union(*dropped.values())
    for q in selection.followups.values():
        if q.sensitivity >= Sensitivity.RESTRICTED or q.target_id in gone:
            dropped[RecordKind.FOLLOWUP].add(q.id)
    for a in selection.answers.values():
        if (
            a.sensitivity >= Sensitivity.RESTRICTED
            or a.followup_id in dropped[RecordKind.FOLLOWUP]
            or (a.record_id is not None and a.record_id in gone)
        ):
            dropped[RecordKind.FOLLOWUP_ANSWER].add(a.id)


def restricted_cases(selection: Selection, profile: Profile) -> list[str]:
    """Cases a redacting profile leaves out entirely (restricted cases)."""
    if profile is Profile.FULL:
        return []
    return [c.id for c in selection.cases.values() if c.sensitivity >= Sensitivity.RESTRICTED]


def _drop_person_decisions(selection: Selection, result: RedactionPlan) -> None:
    """A merge or "not the same person" mark goes only with both of its persons, each
    sent named: it says two persons are (not) one, which is about both of them."""
    gone = result.dropped[RecordKind.PERSON] | result.placeholders
    sent = set(selection.persons) - gone
    for m in selection.person_merges.values():
        if m.keep_id not in sent or m.other_id not in sent:
            result.dropped[RecordKind.PERSON_MERGE].add(m.id)
    for d in selection.person_distincts.values():
        if d.person_id not in sent or d.other_id not in sent:
            result.dropped[RecordKind.PERSON_DISTINCT].add(d.id)
