"""Place use cases: the gazetteer as choices (for filters and pickers) and how many
cases each place appears in."""

from __future__ import annotations

from dataclasses import dataclass

from amanat.storage import places as place_store
from amanat.storage.places import PlaceRow
from amanat.storage.vault import Vault


@dataclass(frozen=True)
class PlaceChoice:
    id: str
    label: str
    type: str
    facility_type: str | None
    parent_id: str | None
    depth: int


def _best_label(labels: tuple[tuple[str, str], ...], scripts: tuple[str, ...]) -> str:
    for script in scripts:
        for text, label_script in labels:
            if label_script == script:
                return text
    return labels[0][0] if labels else ""


def place_choices(
    vault: Vault, *, facilities: bool, scripts: tuple[str, ...] = ("en-Latn",)
) -> list[PlaceChoice]:
    """Places to filter the case list by: detention facilities, or the gazetteer tree
    (country > region > ... > village) for hometowns. Ordered as a tree, siblings by
    their label in the first of ``scripts`` that they have."""
    by_id: dict[str, PlaceRow] = {p.id: p for p in place_store.all_places(vault.connection())}
    children: dict[str | None, list[str]] = {}
    for place_id, row in by_id.items():
        parent = row.parent_id if row.parent_id in by_id else None
        children.setdefault(parent, []).append(place_id)
    out: list[PlaceChoice] = []

    def walk(parent: str | None, depth: int) -> None:
        kids = children.get(parent, [])
        kids.sort(key=lambda i: _best_label(by_id[i].labels, scripts).casefold())
        for place_id in kids:
            row = by_id[place_id]
            is_facility = row.type == "facility"
            if is_facility == facilities:
                out.append(
                    PlaceChoice(
                        id=place_id,
                        label=_best_label(row.labels, scripts),
                        type=row.type,
                        facility_type=row.facility_type,
                        parent_id=row.parent_id,
                        depth=depth,
                    )
                )
            walk(place_id, depth + (0 if is_facility != facilities else 1))

    walk(None, 0)
    return out


def place_case_counts(vault: Vault) -> dict[str, int]:
    """Cases with an event at each place (facilities and others)."""
    return place_store.case_counts(vault.connection())


@dataclass(frozen=True)
class PlaceSuggestion:
    """One place as a picker offers it: every label (in every script), and where it is."""

    id: str
    labels: tuple[str, ...]  # the first is the place's own name
    within: str  # the parent's and grandparent's first labels, "Ili, Xinjiang"
    type: str
    facility_type: str | None


def place_suggestions(vault: Vault, *, facilities: bool | None = None) -> list[PlaceSuggestion]:
    """Every gazetteer place with all its labels, for pickers that suggest places as
    they are typed in any script (``facilities``: only those, none of them, or all)."""
    by_id: dict[str, PlaceRow] = {p.id: p for p in place_store.all_places(vault.connection())}
    out = []
    for row in by_id.values():
        if facilities is not None and (row.type == "facility") != facilities:
            continue
        within: list[str] = []
        parent = row.parent_id
        while parent in by_id and len(within) < 2:
            assert parent is not None
            parent_row = by_id[parent]
            if parent_row.labels:
                within.append(parent_row.labels[0][0])
            parent = parent_row.parent_id
        out.append(
            PlaceSuggestion(
                id=row.id,
                labels=tuple(dict.fromkeys(text for text, _script in row.labels)),
                within=", ".join(within),
                type=row.type,
                facility_type=row.facility_type,
            )
        )
    out.sort(key=lambda s: (s.labels[0].casefold() if s.labels else "", s.within))
    return out
