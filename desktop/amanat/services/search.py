"""Search use cases: find cases and persons in any script, propose duplicate persons.

Thin over ``amanat.storage.search``; see docs/search.md for how matching works.
"""

from __future__ import annotations

from amanat.domain.errors import NotFound, ValidationError
from amanat.services.base import IsCancelled, Progress
from amanat.storage import person_merges
from amanat.storage import persons as person_store
from amanat.storage import search as search_store
from amanat.storage.db import transaction
from amanat.storage.persons import PersonSummary
from amanat.storage.search import CaseHit, DuplicateCandidate, PersonHit
from amanat.storage.vault import Vault

DUPLICATE_MIN_SCORE = search_store.DUPLICATE_MIN_SCORE
MAX_QUERY_CHARS = 500
MAX_LIMIT = 1000

__all__ = [
    "CaseHit",
    "DuplicateCandidate",
    "PersonHit",
    "PersonSummary",
    "check_index",
    "duplicate_candidates",
    "person_summaries",
    "rebuild_index",
    "search_cases",
    "search_persons",
]


def _check_query(query: str, limit: int, offset: int = 0) -> None:
    if not isinstance(query, str) or len(query) > MAX_QUERY_CHARS:
        raise ValidationError("invalid.too_long", field="query", limit=MAX_QUERY_CHARS)
    if not (0 <= limit <= MAX_LIMIT):
        raise ValidationError("invalid.range", field="limit")
    if offset < 0:
        raise ValidationError("invalid.range", field="offset")


def search_cases(vault: Vault, query: str, limit: int = 50, offset: int = 0) -> list[CaseHit]:
    """Cases matching a name, words or a place, in any script; best first."""
    _check_query(query, limit, offset)
    return search_store.search_cases(vault.connection(), query, limit, offset)


def search_persons(vault: Vault, name: str, limit: int = 20) -> list[PersonHit]:
    """Persons whose names match ``name`` across scripts and spellings; best first."""
    _check_query(name, limit)
    return search_store.search_persons(vault.connection(), name, limit)


def duplicate_candidates(
    vault: Vault,
    person_id: str | None = None,
    *,
    min_score: float = search_store.DUPLICATE_MIN_SCORE,
    limit: int | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> list[DuplicateCandidate]:
    """Pairs of persons who may be one, with reasons: for one person, or the whole vault.

    Proposals only: nothing is merged or changed.
    """
    if not (0.0 <= min_score <= 1.0):
        raise ValidationError("invalid.range", field="min_score")
    conn = vault.connection()
    if person_id is not None:
        exists = conn.execute("SELECT 1 FROM person WHERE id = ?", (person_id,)).fetchone()
        if exists is None:
            raise NotFound(what="person", id=person_id)
        # A merged person: the candidates of every id merged into it, as one person.
        found = []
        for pid in person_merges.group(conn, person_id):
            found.extend(
                search_store.duplicates_of(conn, pid, min_score=min_score, limit=limit or MAX_LIMIT)
            )
        found = search_store.fold_merged(conn, found)[: limit or MAX_LIMIT]
        if progress is not None:
            progress(1.0)
        return found
    found = search_store.all_duplicates(
        conn, min_score=min_score, progress=progress, is_cancelled=is_cancelled
    )
    return found if limit is None else found[:limit]


def person_summaries(vault: Vault, person_ids: list[str]) -> dict[str, PersonSummary]:
    """Names, birth, hometown and cases of a few persons (search hits, duplicate
    candidates); unknown ids are left out. Keyed by the ids asked for; a merged-away id
    gives the merged person (``.id`` is the id it resolves to, ``.merged_from`` the
    others: docs/review.md §5)."""
    conn = vault.connection()
    out: dict[str, PersonSummary] = {}
    for person_id in dict.fromkeys(person_ids):
        summary = person_store.person_summary(conn, person_id)
        if summary is not None:
            out[person_id] = summary
    return out


def rebuild_index(vault: Vault) -> None:
    """Rebuild the search index from the casework tables, in one transaction."""
    conn = vault.connection()
    with transaction(conn):
        search_store.rebuild(conn)


def check_index(vault: Vault) -> tuple[int, list[tuple[str, str]]]:
    """(documents checked, problems) in the shape ``services.vault.check`` collects."""
    return search_store.check_vault(vault)
