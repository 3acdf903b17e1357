"""Small use cases the desktop app needs on top of the vault services.

Qt-free like every service: the GUI calls these on its database worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from amanat.domain.errors import AmanatError, WrongPassphrase
from amanat.storage.vault import Vault, read_key_file


def verify_passphrase(vault: Vault, passphrase: str) -> bool:
    """True when ``passphrase`` opens this vault's passphrase slot.

    Asked before changing the passphrase or the recovery code, so that someone who
    finds the laptop unlocked cannot lock its owner out. Runs the KDF (about 1 s).
    """
    try:
        read_key_file(vault.path).unlock_with_passphrase(passphrase)
    except WrongPassphrase:
        return False
    return True


@dataclass(frozen=True)
class IdentitySummary:
    display_name: str
    fingerprint: str | None  # None while the key material cannot be read


def identity_summary(vault: Vault) -> IdentitySummary:
    identity = vault.identity
    try:
        fingerprint: str | None = identity.fingerprint
    except (ImportError, AttributeError, AmanatError):
        fingerprint = None
    return IdentitySummary(display_name=identity.display_name, fingerprint=fingerprint)


# -- choices and summaries for the case list and the case view ---------------------------


@dataclass(frozen=True)
class PlaceChoice:
    id: str
    label: str
    type: str
    facility_type: str | None
    parent_id: str | None
    depth: int


def _best_label(labels: list[tuple[str, str]], scripts: tuple[str, ...]) -> str:
    for script in scripts:
        for text, label_script in labels:
            if label_script == script:
                return text
    return labels[0][0] if labels else ""


def place_choices(
    vault: Vault, *, facilities: bool, scripts: tuple[str, ...] = ("en-Latn",)
) -> list[PlaceChoice]:
    """Places to filter the case list by: detention facilities, or the gazetteer tree
    (country > region > ... > village) for hometowns. Ordered as a tree."""
    conn = vault.connection()
    rows = conn.execute("SELECT id, type, facility_type, parent_id FROM place").fetchall()
    labels: dict[str, list[tuple[str, str]]] = {}
    for place_id, text, script in conn.execute(
        "SELECT place_id, text, script FROM place_label ORDER BY place_id, position"
    ):
        labels.setdefault(str(place_id), []).append((str(text), str(script)))
    by_id = {str(r[0]): r for r in rows}
    children: dict[str | None, list[str]] = {}
    for place_id, row in by_id.items():
        parent = row[3] if row[3] in by_id else None
        children.setdefault(parent, []).append(place_id)
    out: list[PlaceChoice] = []

    def walk(parent: str | None, depth: int) -> None:
        kids = children.get(parent, [])
        kids.sort(key=lambda i: _best_label(labels.get(i, []), scripts).casefold())
        for place_id in kids:
            row = by_id[place_id]
            is_facility = row[1] == "facility"
            if is_facility == facilities:
                out.append(
                    PlaceChoice(
                        id=place_id,
                        label=_best_label(labels.get(place_id, []), scripts),
                        type=str(row[1]),
                        facility_type=row[2],
                        parent_id=row[3],
                        depth=depth,
                    )
                )
            walk(place_id, depth + (0 if is_facility != facilities else 1))

    walk(None, 0)
    return out


def assignees(vault: Vault) -> list[str]:
    rows = vault.connection().execute(
        "SELECT DISTINCT assignee FROM case_file WHERE assignee IS NOT NULL"
        " ORDER BY assignee COLLATE NOCASE"
    )
    return [str(r[0]) for r in rows]


@dataclass(frozen=True)
class PersonSummary:
    id: str
    name: str
    other_names: tuple[str, ...]
    birth: str | None  # a partial date
    age: tuple[int, int, str | None] | None  # only an age range known: (min, max, as of)
    sex: str
    hometown: str | None
    cases: tuple[tuple[str, str], ...]  # (case id, title)


def person_summaries(vault: Vault, person_ids: list[str]) -> dict[str, PersonSummary]:
    """Names, birth, hometown and cases of a few persons (duplicate candidates, people)."""
    conn = vault.connection()
    out: dict[str, PersonSummary] = {}
    for person_id in dict.fromkeys(person_ids):
        row = conn.execute(
            "SELECT p.sex, p.birth_date, p.age_min, p.age_max, p.age_as_of,"
            " (SELECT l.text FROM place_label l WHERE l.place_id = p.hometown_id"
            "  ORDER BY l.position LIMIT 1)"
            " FROM person p WHERE p.id = ?",
            (person_id,),
        ).fetchone()
        if row is None:
            continue
        names = [
            str(r[0])
            for r in conn.execute(
                "SELECT text FROM person_name WHERE person_id = ?"
                " ORDER BY type != 'preferred', position",
                (person_id,),
            )
        ]
        cases = tuple(
            (str(r[0]), str(r[1]))
            for r in conn.execute(
                "SELECT c.id, c.title FROM case_file c WHERE c.person_id = ?"
                " UNION SELECT c.id, c.title FROM case_person cp"
                " JOIN case_file c ON c.id = cp.case_id WHERE cp.person_id = ?"
                " LIMIT 50",
                (person_id, person_id),
            )
        )
        age: tuple[int, int, str | None] | None = None
        if row[1] is None and row[2] is not None:
            age = (int(row[2]), int(row[3]), row[4])
        out[person_id] = PersonSummary(
            id=person_id,
            name=names[0] if names else "",
            other_names=tuple(names[1:]),
            birth=row[1],
            age=age,
            sex=str(row[0]),
            hometown=row[5],
            cases=cases,
        )
    return out


def place_case_counts(vault: Vault) -> dict[str, int]:
    """Cases with an event at each place (facilities and others)."""
    rows = vault.connection().execute(
        "SELECT place_id, count(DISTINCT case_id) FROM event WHERE place_id IS NOT NULL"
        " GROUP BY place_id"
    )
    return {str(r[0]): int(r[1]) for r in rows}


@dataclass
class CaseViewData:
    """Everything the case view shows, read in one go on the worker."""

    doc: dict[str, Any]
    duplicates: list[dict[str, Any]]
    history: list[dict[str, Any]]
    custody: list[dict[str, Any]]
    seals: dict[str, bool]  # sealed testimony id -> signature verifies


def case_view_data(vault: Vault, case_id: str) -> CaseViewData:
    from amanat.services import cases, search

    doc = cases.get_case(vault, case_id)
    person_id = str(doc["person"]["id"])
    candidates = search.duplicate_candidates(vault, person_id, limit=10)
    others = [c.other_id if c.person_id == person_id else c.person_id for c in candidates]
    summaries = person_summaries(vault, others)
    duplicates = []
    for candidate, other in zip(candidates, others, strict=True):
        summary = summaries.get(other)
        duplicates.append(
            {
                "id": other,
                "score": candidate.score,
                "reasons": list(candidate.reasons),
                "conflicts": list(candidate.conflicts),
                "name": summary.name if summary else "",
                "other_names": list(summary.other_names) if summary else [],
                "birth": summary.birth if summary else None,
                "age": summary.age if summary else None,
                "hometown": summary.hometown if summary else None,
                "cases": [c for c in (summary.cases if summary else ()) if c[0] != case_id],
            }
        )
    seals = {
        str(t["id"]): cases.verify_testimony(vault, str(t["id"]))
        for t in doc.get("testimonies") or ()
        if t.get("state") == "sealed"
    }
    return CaseViewData(
        doc=doc,
        duplicates=duplicates,
        history=cases.case_history(vault, case_id),
        custody=cases.custody_log(vault, case_id),
        seals=seals,
    )
