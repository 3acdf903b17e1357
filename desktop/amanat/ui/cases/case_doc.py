"""Reading the full case document (docs/case-json.md) for display.

The full form writes persons and places inline where they first occur and as
``{"id": ...}`` afterwards; these helpers index them and pick labels in the scripts
the interface prefers.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from amanat.ui.kit.labels import codes, label, preferred_scripts
from amanat.ui.kit.messages import fill

Doc = Mapping[str, Any]


def _persons_in(doc: Doc) -> Iterator[Mapping[str, Any]]:
    person = doc.get("person")
    if isinstance(person, Mapping):
        yield person
    for link in doc.get("persons") or ():
        if isinstance(link, Mapping) and isinstance(link.get("person"), Mapping):
            yield link["person"]
    for t in doc.get("testimonies") or ():
        for key in ("speaker", "interpreter"):
            if isinstance(t.get(key), Mapping):
                yield t[key]
        for p in t.get("interviewers") or ():
            if isinstance(p, Mapping):
                yield p
    for e in doc.get("events") or ():
        if isinstance(e.get("victim"), Mapping):
            yield e["victim"]


class CaseDoc:
    """Index over one case document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.persons: dict[str, Mapping[str, Any]] = {}
        for p in _persons_in(doc):
            pid = p.get("id")
            if pid and (pid not in self.persons or "names" in p):
                self.persons[pid] = p
        self.scripts = preferred_scripts()

    def speaker_candidates(self) -> list[str]:
        """The persons who may be a testimony's speaker: everyone in the case but those
        who are in it only as an interviewer or an interpreter (the staff who record)."""
        staff: set[str] = set()
        others: set[str] = set()
        person = self.doc.get("person")
        if isinstance(person, Mapping) and person.get("id"):
            others.add(str(person["id"]))
        for link in self.doc.get("persons") or ():
            pid = link.get("person", {}).get("id") if isinstance(link, Mapping) else None
            if pid:
                role = link.get("role")
                (staff if role in {"interviewer", "interpreter"} else others).add(str(pid))
        for t in self.doc.get("testimonies") or ():
            for p in [t.get("interpreter"), *(t.get("interviewers") or ())]:
                if isinstance(p, Mapping) and p.get("id"):
                    staff.add(str(p["id"]))
            if isinstance(t.get("speaker"), Mapping) and t["speaker"].get("id"):
                others.add(str(t["speaker"]["id"]))
        for e in self.doc.get("events") or ():
            if isinstance(e.get("victim"), Mapping) and e["victim"].get("id"):
                others.add(str(e["victim"]["id"]))
        return [pid for pid in self.persons if pid in others or pid not in staff]

    @property
    def id(self) -> str:
        return str(self.doc.get("id", ""))

    @property
    def person(self) -> Mapping[str, Any]:
        return self.doc.get("person") or {}

    def person_by_ref(self, ref: Any) -> Mapping[str, Any]:
        if isinstance(ref, Mapping):
            pid = ref.get("id")
            if pid and pid in self.persons:
                return self.persons[pid]
            return ref
        return {}

    def person_name(self, ref: Any) -> str:
        person = self.person_by_ref(ref)
        names = person.get("names") or []
        for name in names:
            if isinstance(name, Mapping) and name.get("type") == "preferred":
                return str(name.get("text", ""))
        if names:
            first = names[0]
            return str(first.get("text", "")) if isinstance(first, Mapping) else str(first)
        return QCoreApplication.translate("CaseView", "(unknown person)")

    def place_label(self, place: Any) -> str:
        if not isinstance(place, Mapping):
            return "" if place is None else str(place)
        labels = place.get("labels") or []
        for script in self.scripts:
            for lb in labels:
                if isinstance(lb, Mapping) and lb.get("script") == script:
                    return str(lb.get("text", ""))
        return str(place.get("name") or (labels[0].get("text") if labels else ""))

    def place_path(self, place: Any) -> str:
        """ "Chapchal detention centre No. 2, Chapchal, Ili" (up to three levels)."""
        parts: list[str] = []
        node = place
        while isinstance(node, Mapping) and len(parts) < 3:
            parts.append(self.place_label(node))
            node = node.get("parent")
        return ", ".join(p for p in parts if p)

    def testimony(self, testimony_id: str) -> Mapping[str, Any] | None:
        for t in self.doc.get("testimonies") or ():
            if t.get("id") == testimony_id:
                found: Mapping[str, Any] = t
                return found
        return None

    def withdrawals_of(self, testimony: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        return list(testimony.get("withdrawals") or [])


# -- consent ------------------------------------------------------------------------------


def consent_problems(consent: Mapping[str, Any] | None, withdrawn: bool = False) -> list[str]:
    """Sentences for what the consent does not allow (empty when fully given)."""
    c = consent or {}
    problems: list[str] = []
    if withdrawn:
        problems.append(
            QCoreApplication.translate(
                "CaseView", "Consent was withdrawn: check what may still be used."
            )
        )
    if not c.get("informed") or not c.get("voluntary"):
        problems.append(
            QCoreApplication.translate(
                "CaseView",
                "Consent is missing: the speaker has not given informed, voluntary consent."
                " This testimony must not be used or shared until consent is recorded.",
            )
        )
        return problems
    restrictions = []
    if not c.get("may_name"):
        restrictions.append(QCoreApplication.translate("CaseView", "do not name the speaker"))
    if not c.get("may_show_face"):
        restrictions.append(
            QCoreApplication.translate("CaseView", "do not show the speaker's face")
        )
    if not c.get("may_use_voice"):
        restrictions.append(
            QCoreApplication.translate("CaseView", "do not use the speaker's voice")
        )
    uses = set(c.get("uses") or [])
    if uses == {"internal"}:
        restrictions.append(QCoreApplication.translate("CaseView", "internal use only"))
    elif not uses:
        restrictions.append(QCoreApplication.translate("CaseView", "no use is permitted"))
    # Every use not permitted is named: "internal use only" alone does not tell a
    # reader that a court or a report may not have it.
    not_permitted = [
        label("consent_use", code) for code in codes("consent_use") if code not in uses
    ]
    if uses and not_permitted:
        restrictions.append(
            fill(
                QCoreApplication.translate("CaseView", "not permitted: %1"),
                ", ".join(not_permitted),
            )
        )
    if restrictions:
        problems.append(
            fill(
                QCoreApplication.translate("CaseView", "Consent is restricted: %1."),
                "; ".join(restrictions),
            )
        )
    return problems


def consent_summary(consent: Mapping[str, Any] | None, withdrawn: bool = False) -> str:
    c = consent or {}
    if withdrawn:
        return QCoreApplication.translate("CaseView", "Withdrawn")
    if not c.get("informed") or not c.get("voluntary"):
        return QCoreApplication.translate("CaseView", "Missing")
    if consent_problems(c):
        return QCoreApplication.translate("CaseView", "Restricted")
    return QCoreApplication.translate("CaseView", "Given")
