"""The place gazetteer: matching places named in case documents to known ones.

A place named by a plain label ("Ghulja") is matched to an existing place with the
same label (case and spacing ignored), of the same type and under the same parent when
those are given; otherwise a new place is created. Matching is deliberately exact:
fuzzy place matching belongs to a person reviewing duplicates, not to an import.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from amanat.domain.case_json import PlaceSpec, new_record_id
from amanat.domain.errors import NotFound
from amanat.domain.model import Place, RecordKind
from amanat.storage import records
from amanat.storage.db import Connection
from amanat.storage.history import Author


@dataclass
class PlaceResolver:
    """Resolves PlaceSpecs within one transaction, creating places as needed.

    The cache makes bulk imports cheap (the demo names the same few hundred places in
    100,000 cases); it is only valid inside the transaction it was used in.
    """

    conn: Connection
    author: Author
    created: set[str] = field(default_factory=set)
    _cache: dict[tuple[str, str, str | None], str] = field(default_factory=dict)

    def __call__(self, spec: PlaceSpec, path: str) -> str:
        return self.resolve(spec)

    def resolve(self, spec: PlaceSpec) -> str:
        if spec.reference_only:
            assert spec.id is not None
            if not records.exists(self.conn, RecordKind.PLACE, spec.id):
                raise NotFound(what="place", id=spec.id)
            return spec.id
        if spec.id is not None and (
            spec.id in self.created or records.exists(self.conn, RecordKind.PLACE, spec.id)
        ):
            return spec.id
        parent_id = None if spec.parent is None else self.resolve(spec.parent)
        key = (records.label_key(spec.labels[0].text), spec.type, parent_id)
        if spec.id is None:
            cached = self._cache.get(key)
            if cached is not None:
                return cached
            found = self._find(spec, parent_id)
            if found is not None:
                self._cache[key] = found
                return found
        place = Place(
            id=spec.id or new_record_id(),
            type=spec.type,
            labels=spec.labels,
            parent_id=parent_id,
            facility_type=spec.facility_type,
            sensitivity=spec.sensitivity,
        )
        records.write(self.conn, place, author=self.author, new=True)
        self.created.add(place.id)
        self._cache[key] = place.id
        return place.id

    def _find(self, spec: PlaceSpec, parent_id: str | None) -> str | None:
        sql = (
            "SELECT p.id FROM place_label l JOIN place p ON p.id = l.place_id WHERE l.label_key = ?"
        )
        params: list[object] = [records.label_key(spec.labels[0].text)]
        if spec.type != "other":
            sql += " AND p.type = ?"
            params.append(spec.type)
        if spec.facility_type is not None:
            sql += " AND p.facility_type = ?"
            params.append(spec.facility_type)
        if parent_id is not None:
            sql += " AND p.parent_id = ?"
            params.append(parent_id)
        row = self.conn.execute(sql + " ORDER BY p.rowid LIMIT 1", params).fetchone()
        return None if row is None else str(row[0])


def ancestors(conn: Connection, place_ids: set[str]) -> set[str]:
    """The places and all their parents (what rendering a place needs)."""
    found: set[str] = set()
    todo = set(place_ids)
    while todo:
        found |= todo
        marks = ", ".join("?" for _ in todo)
        rows = conn.execute(
            f"SELECT parent_id FROM place WHERE id IN ({marks}) AND parent_id IS NOT NULL",
            sorted(todo),
        ).fetchall()
        todo = {str(r[0]) for r in rows} - found
    return found


@dataclass(frozen=True)
class PlaceRow:
    id: str
    type: str
    facility_type: str | None
    parent_id: str | None
    labels: tuple[tuple[str, str], ...]  # (text, script) in their stored order


def all_places(conn: Connection) -> list[PlaceRow]:
    """Every place of the gazetteer with its labels (a few thousand at most)."""
    labels: dict[str, list[tuple[str, str]]] = {}
    for place_id, text, script in conn.execute(
        "SELECT place_id, text, script FROM place_label ORDER BY place_id, position"
    ):
        labels.setdefault(str(place_id), []).append((str(text), str(script)))
    rows = conn.execute("SELECT id, type, facility_type, parent_id FROM place").fetchall()
    return [
        PlaceRow(
            id=str(r[0]),
            type=str(r[1]),
            facility_type=r[2],
            parent_id=r[3],
            labels=tuple(labels.get(str(r[0]), ())),
        )
        for r in rows
    ]


def case_counts(conn: Connection) -> dict[str, int]:
    """Cases with an event at each place (facilities and others)."""
    rows = conn.execute(
        "SELECT place_id, count(DISTINCT case_id) FROM event WHERE place_id IS NOT NULL"
        " GROUP BY place_id"
    )
    return {str(r[0]): int(r[1]) for r in rows}
