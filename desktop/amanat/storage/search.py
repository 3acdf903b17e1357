"""Searching cases and persons, and proposing duplicate persons (docs/design.md §5).

The index tables and the triggers that fill them are in ``schema_search``; this module
only reads them. Three channels find a case:

- names: the query's Latin skeleton (``amanat.domain.names.match_key``) against the
  skeletons of every person's names, fuzzily, so "Yerzhan" finds "Ержан";
- text: FTS5 over narratives, case titles and events (bm25), and a trigram index for
  Chinese text;
- places: place labels in any script; a case is found through its events' places and
  its person's hometown.

Every candidate set comes from an index (FTS, its vocabulary, or a B-tree); nothing here
compares all persons with each other. Duplicate persons are only *proposed*, with their
reasons; merging is a decision for a person (``services.cases``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from amanat.domain import names
from amanat.domain.progress import IsCancelled, Progress, check_cancelled
from amanat.storage import person_merges
from amanat.storage.db import Connection

# A name must be at least this close to the query to count as found.
NAME_MIN_SCORE = 0.8
# Tokens of the index vocabulary closer than this to a query token are looked up.
TOKEN_MIN_SCORE = 0.8
MAX_TOKEN_VARIANTS = 60
# How a name match of a person in a given role counts for the case.
ROLE_WEIGHTS = {"victim": 1.0, "witness": 0.85, "relative": 0.85, "interpreter": 0.6,
                "interviewer": 0.6, "perpetrator": 0.85, "source": 0.7}  # fmt: skip
TEXT_SCORE_FLOOR = 0.45
TEXT_SCORE_SPAN = 0.45
BM25_HALF = 5.0  # the |bm25| at which a text hit gets half of the span
PLACE_SCORE = 0.4
PLACE_EXACT_SCORE = 0.88  # the query is a place's whole name: "Ghulja", "Құлжа"
EXTRA_CHANNEL_BONUS = 0.05
SNIPPET_CHARS = 160
MAX_QUERY_TERMS = 16
RANK_WINDOW = 2000  # full-text matches scored by bm25 (the newest ones)
MAX_DUPLICATE_LOOKUP = 2000  # persons read per name when looking for one's duplicates

_HAN_RUN = re.compile("[〇㐀-䶿一-鿿豈-﫿\U00020000-\U0003134f]+")


# -- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """Why a case was found: ``kind`` is name, testimony, title, summary, reference, event
    or place (a match in a case's own text names the field that holds it)."""

    kind: str
    record_id: str | None = None
    score: float = 0.0
    text: str | None = None  # the matching name, a snippet, or a place label
    role: str | None = None  # for a name: the person's role in the case
    field: str | None = None  # for a text match: the field that holds it (e.g. "summary")

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "score": round(self.score, 3)}
        if self.record_id is not None:
            out["id"] = self.record_id
        if self.role is not None:
            out["role"] = self.role
        if self.text is not None:
            out["text"] = self.text
        if self.field is not None:
            out["field"] = self.field
        return out


@dataclass
class CaseHit:
    case_id: str
    score: float
    title: str = ""
    reasons: list[Reason] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.case_id,
            "title": self.title,
            "score": round(self.score, 3),
            "why": [r.as_json() for r in self.reasons],
        }


@dataclass(frozen=True)
class PersonHit:
    person_id: str
    score: float
    name: str  # the stored name that matched best
    script: str
    match_key: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.person_id,
            "score": round(self.score, 3),
            "name": self.name,
            "script": self.script,
            "key": self.match_key,
        }


@dataclass(frozen=True)
class DuplicateCandidate:
    """Two persons who may be one. ``reasons`` and ``conflicts`` are (code, detail)."""

    person_id: str
    other_id: str
    score: float
    name_score: float
    reasons: tuple[tuple[str, str], ...]
    conflicts: tuple[tuple[str, str], ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "person": self.person_id,
            "other": self.other_id,
            "score": round(self.score, 3),
            "name_score": round(self.name_score, 3),
            "reasons": [{"code": c, "detail": d} for c, d in self.reasons],
            "conflicts": [{"code": c, "detail": d} for c, d in self.conflicts],
        }


# -- names --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _NameRow:
    name_id: int
    person_id: str
    text: str
    script: str
    key: str


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _prefix_range(prefix: str) -> tuple[str, str]:
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def token_variants(conn: Connection, token: str) -> dict[str, float]:
    """Index tokens that may be the same name part as ``token``, with their similarity.

    Looked up in the FTS vocabulary by the first letters (two of a Latin skeleton, one
    Han character; with a/e and o/u exchanged, the vowels of Uyghur names written in
    other Latin spellings), then compared: a lookup of a few hundred terms, not of all
    names.
    """
    if not token:
        return {}
    rows: list[Any] = []
    for prefix in _prefixes(token):
        low, high = _prefix_range(prefix)
        rows += conn.execute(
            "SELECT term FROM search_name_vocab WHERE term >= ? AND term < ?", (low, high)
        ).fetchall()
    found: dict[str, float] = {}
    for (term,) in rows:
        score = names.token_similarity(token, str(term))
        if score >= TOKEN_MIN_SCORE:
            found[str(term)] = score
    if len(found) > MAX_TOKEN_VARIANTS:
        best = sorted(found.items(), key=lambda item: (-item[1], item[0]))[:MAX_TOKEN_VARIANTS]
        found = dict(best)
    return found


def _prefixes(token: str) -> list[str]:
    """The vocabulary prefixes under which variants of ``token`` are looked up."""
    if names.is_han(token[0]):
        return [token[:1]]
    options = [names.VOWEL_CLASSES.get(c, c) for c in token[:2]]
    if len(options) == 1:
        return sorted(options[0])
    return sorted({first + second for first in options[0] for second in options[1]})


def _candidate_keys(conn: Connection, key: str) -> list[str]:
    """Distinct stored keys sharing a close token with ``key`` (the fuzzy candidates).

    Keys with a variant of *every* token of ``key`` come first; only if there are none,
    keys with a variant of any token (a name split or joined differently:
    "Abdu Rahman" and "Abdurahman"); for a one-word query that found nothing, the word
    split in two ("Wangxiaoming").
    """
    groups: list[list[str]] = []
    for token in dict.fromkeys(key.split()[:MAX_QUERY_TERMS]):
        variants = token_variants(conn, token)
        if variants:
            groups.append(sorted(variants))
    tokens = key.split()
    if not groups:
        return _split_word_keys(conn, tokens[0]) if len(tokens) == 1 else []
    found = _key_query(conn, _all_of(groups))
    if not found and len(groups) > 1:
        anyone = " OR ".join(_fts_string(t) for t in sorted({t for g in groups for t in g}))
        found = _key_query(conn, anyone)
    if not found and len(tokens) == 1:
        found = _split_word_keys(conn, tokens[0])
    return found


def _all_of(groups: Sequence[Sequence[str]]) -> str:
    return " AND ".join("(" + " OR ".join(_fts_string(t) for t in g) + ")" for g in groups)


def _split_word_keys(conn: Connection, token: str) -> list[str]:
    """Keys for a one-word query that is a name written as one word ("Wangxiaoming" for
    "Wang Xiaoming"): split where the first part is an indexed word and the rest has
    variants. Only when nothing else was found; a few look-ups per letter of the word."""
    for cut in range(2, len(token) - 1):
        head, tail = token[:cut], token[cut:]
        if conn.execute("SELECT 1 FROM search_name_vocab WHERE term = ?", (head,)).fetchone():
            variants = token_variants(conn, tail)
            if variants:
                found = _key_query(conn, _all_of([[head], sorted(variants)]))
                if found:
                    return found
    return []


def _key_query(conn: Connection, match: str) -> list[str]:
    rows = conn.execute(
        "SELECT k.key FROM search_name JOIN search_key k ON k.id = search_name.rowid"
        " WHERE search_name MATCH ?",
        (match,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def _scored_keys(
    conn: Connection, key: str, score: Callable[[str], float], min_score: float
) -> list[tuple[float, str]]:
    scored = [(score(k), k) for k in _candidate_keys(conn, key)]
    kept = [(s, k) for s, k in scored if s >= min_score]
    kept.sort(key=lambda item: (-item[0], item[1]))
    return kept


def _persons_for_keys(
    conn: Connection, scored: Sequence[tuple[float, str]], cap: int
) -> dict[str, tuple[float, _NameRow]]:
    """Persons with the best keys first, until ``cap`` persons (ties: by name row).

    A common name ("Ержан") has thousands of bearers; reading them all to show twenty
    would make the search as slow as the vault is large. Each key is read in index order
    (``person_name (match_key)``), a page at a time, and reading stops at ``cap``.
    """
    best: dict[str, tuple[float, _NameRow]] = {}
    for score, key in scored:
        last_id = -1
        while len(best) < cap:
            page = max(16, 2 * (cap - len(best)))
            rows = conn.execute(
                "SELECT id, person_id, text, script FROM person_name"
                " WHERE match_key = ? AND id > ? ORDER BY id LIMIT ?",
                (key, last_id, page),
            ).fetchall()
            for name_id, person_id, text, script in rows:
                last_id = int(name_id)
                if str(person_id) not in best:
                    row = _NameRow(int(name_id), str(person_id), str(text), str(script), key)
                    best[str(person_id)] = (score, row)
                    if len(best) >= cap:
                        return best
            if len(rows) < page:
                break
        if len(best) >= cap:
            break
    return best


def search_persons(
    conn: Connection, name: str, limit: int = 20, *, min_score: float = NAME_MIN_SCORE
) -> list[PersonHit]:
    """Persons whose names match ``name`` in any script, best first."""
    key = names.match_key(name)
    if not key or limit <= 0:
        return []
    scored = _scored_keys(conn, key, functools.partial(names.query_score, key), min_score)
    best = _persons_for_keys(conn, scored, limit)
    hits = [
        PersonHit(pid, score, row.text, row.script, row.key) for pid, (score, row) in best.items()
    ]
    hits.sort(key=lambda h: (-h.score, h.match_key, h.person_id))
    return _fold_hits(conn, hits)[:limit]


def _fold_hits(conn: Connection, hits: list[PersonHit]) -> list[PersonHit]:
    """One hit per person: a merged-away id gives the person it resolves to (its best
    hit, in the order found; docs/review.md §5)."""
    resolved = person_merges.resolve_many(conn, [h.person_id for h in hits])
    out: dict[str, PersonHit] = {}
    for hit in hits:
        pid = resolved[hit.person_id]
        if pid not in out:
            out[pid] = hit if pid == hit.person_id else dataclasses.replace(hit, person_id=pid)
    return list(out.values())


def fold_merged(conn: Connection, found: list[DuplicateCandidate]) -> list[DuplicateCandidate]:
    """Duplicate candidates as persons after merges (docs/review.md §5): both ids
    resolved, a pair that is already one person or marked "not the same person" left
    out, one candidate (the best) per pair; best first."""
    resolved = person_merges.resolve_many(
        conn, [pid for c in found for pid in (c.person_id, c.other_id)]
    )
    distinct = person_merges.distinct_root_pairs(conn)
    best: dict[tuple[str, str], DuplicateCandidate] = {}
    for c in found:
        first, second = sorted((resolved[c.person_id], resolved[c.other_id]))
        pair = (first, second)
        if first == second or pair in distinct:
            continue
        if pair not in best or c.score > best[pair].score:
            best[pair] = dataclasses.replace(c, person_id=first, other_id=second)
    out = list(best.values())
    out.sort(key=lambda c: (-c.score, c.person_id, c.other_id))
    return out


# -- cases --------------------------------------------------------------------------------


@dataclass
class _Query:
    text_terms: list[str]
    han_runs: list[str]


def _parse_query(query: str) -> _Query:
    text_terms: list[str] = []
    han_runs: list[str] = []
    for chunk in unicodedata.normalize("NFC", query).split():
        position = 0
        for run in _HAN_RUN.finditer(chunk):
            before = chunk[position : run.start()]
            if any(c.isalnum() for c in before):
                text_terms.append(before)
            han_runs.append(run.group())
            position = run.end()
        rest = chunk[position:]
        if any(c.isalnum() for c in rest):
            text_terms.append(rest)
    return _Query(text_terms[:MAX_QUERY_TERMS], han_runs[:MAX_QUERY_TERMS])


def _text_match(terms: Sequence[str]) -> str:
    # Each word is a quoted phrase (FTS tokenizes it like the documents); a prefix
    # query catches the suffixes that Kazakh and Uyghur add to words ("лагері").
    parts = []
    for term in terms:
        letters = sum(1 for c in term if c.isalnum())
        parts.append(_fts_string(term) + ("*" if letters >= 3 else ""))
    return " AND ".join(parts)


def _like_pattern(run: str) -> str:
    escaped = run.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _text_docs(conn: Connection, parsed: _Query, cap: int) -> dict[int, tuple[float, str]]:
    """doc -> (bm25, channel) for documents matching every word of the query."""
    results: dict[int, tuple[float, str]] | None = None
    if parsed.text_terms:
        # bm25 for the newest RANK_WINDOW matches only: a word found in half the vault
        # ("police") would otherwise cost a score for every document that has it. A
        # selective query has fewer matches than the window and is ranked in full.
        rows = conn.execute(
            "SELECT rowid, bm25(search_text) FROM search_text WHERE search_text MATCH ?"
            " ORDER BY rowid DESC LIMIT ?",
            (_text_match(parsed.text_terms), RANK_WINDOW),
        ).fetchall()
        rows.sort(key=lambda r: (float(r[1]), -int(r[0])))
        results = {int(r[0]): (float(r[1]), "text") for r in rows[:cap]}
    if parsed.han_runs:
        long_runs = [r for r in parsed.han_runs if len(r) >= 3]
        short_runs = [r for r in parsed.han_runs if len(r) < 3]
        sql = "SELECT rowid, {rank} FROM search_han WHERE "
        where: list[str] = []
        params: list[Any] = []
        if long_runs:
            where.append("search_han MATCH ?")
            params.append(" AND ".join(_fts_string(r) for r in long_runs))
        for run in short_runs:
            # Trigrams need three characters; shorter Chinese words (most names) scan
            # the Chinese documents only, which is a small part of the index.
            where.append("body LIKE ? ESCAPE '\\'")
            params.append(_like_pattern(run))
        rank = "bm25(search_han)" if long_runs else "-1.0"
        order = " ORDER BY 2" if long_runs else ""
        rows = conn.execute(
            sql.format(rank=rank) + " AND ".join(where) + order + " LIMIT ?", (*params, cap)
        ).fetchall()
        han = {int(r[0]): (float(r[1]), "han") for r in rows}
        results = han if results is None else {d: v for d, v in results.items() if d in han}
    return results or {}


def _place_ids(conn: Connection, parsed: _Query, query: str) -> dict[str, tuple[str, bool]]:
    """place id -> (matching label, whether the query is that whole label)."""
    terms = [_fts_string(r) + "*" for r in parsed.han_runs]
    match = _text_match(parsed.text_terms)
    if terms:
        match = " AND ".join([match, *terms]) if match else " AND ".join(terms)
    if not match:
        return {}
    rows = conn.execute(
        "SELECT l.place_id, l.text FROM search_place JOIN place_label l"
        " ON l.id = search_place.rowid WHERE search_place MATCH ? LIMIT 200",
        (match,),
    ).fetchall()
    wanted = {_fold(" ".join(query.split())), names.match_key(query)}
    found: dict[str, tuple[str, bool]] = {}
    for place_id, text in rows:
        label = str(text)
        exact = _fold(" ".join(label.split())) in wanted or names.match_key(label) in wanted
        current = found.get(str(place_id))
        if current is None or (exact and not current[1]):
            found[str(place_id)] = (label, exact)
    return found


def _text_score(bm25: float) -> float:
    strength = abs(bm25)
    return TEXT_SCORE_FLOOR + TEXT_SCORE_SPAN * strength / (strength + BM25_HALF)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def make_snippet(text: str, terms: Sequence[str], width: int = SNIPPET_CHARS) -> str:
    """A window of ``text`` around the first query term found in it (or its start)."""
    if not text:
        return ""
    folded = _fold(text)
    aligned = len(folded) == len(text)  # folding kept positions: search the folded text
    haystack = folded if aligned else text.casefold()
    positions = []
    for term in terms:
        needle = _fold(term) if aligned else term.casefold()
        at = haystack.find(needle)
        if at >= 0:
            positions.append(at)
    start = max(0, min(positions) - width // 3) if positions else 0
    end = min(len(text), start + width)
    piece = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")


class _Collector:
    def __init__(self) -> None:
        self.scores: dict[str, float] = {}
        self.channels: dict[str, set[str]] = defaultdict(set)
        self.reasons: dict[str, list[Reason]] = defaultdict(list)

    def add(self, case_id: str, score: float, channel: str, reason: Reason) -> None:
        if score > self.scores.get(case_id, 0.0):
            self.scores[case_id] = score
        self.channels[case_id].add(channel)
        self.reasons[case_id].append(reason)

    def ranked(self) -> list[tuple[str, float]]:
        final = {
            cid: min(1.0, score + EXTRA_CHANNEL_BONUS * (len(self.channels[cid]) - 1))
            for cid, score in self.scores.items()
        }
        return sorted(final.items(), key=lambda item: (-item[1], item[0]))


def _name_channel(conn: Connection, key: str, cap: int, found: _Collector) -> None:
    scored = _scored_keys(conn, key, functools.partial(names.query_score, key), NAME_MIN_SCORE)
    best = _persons_for_keys(conn, scored, cap)
    if not best:
        return
    person_ids = sorted(best)
    links: list[tuple[str, str, str]] = []
    for chunk in _chunks(person_ids, 500):
        marks = ", ".join("?" for _ in chunk)
        links.extend(
            (str(r[0]), str(r[1]), str(r[2]))
            for r in conn.execute(
                f"SELECT case_id, person_id, role FROM case_person WHERE person_id IN ({marks})"
                f" UNION SELECT id, person_id, 'victim' FROM case_file"
                f" WHERE person_id IN ({marks})",
                (*chunk, *chunk),
            ).fetchall()
        )
    for case_id, person_id, role in links:
        score, row = best[person_id]
        weight = ROLE_WEIGHTS.get(role, 0.7)
        found.add(
            case_id,
            score * weight,
            "name",
            Reason("name", person_id, score, row.text, role),
        )


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _doc_channel(
    conn: Connection, parsed: _Query, cap: int, found: _Collector
) -> dict[str, list[tuple[float, str, str]]]:
    docs = _text_docs(conn, parsed, cap)
    if not docs:
        return {}
    per_case: dict[str, list[tuple[float, str, str]]] = defaultdict(list)
    doc_ids = sorted(docs)
    for chunk in _chunks([str(d) for d in doc_ids], 500):
        marks = ", ".join("?" for _ in chunk)
        for doc, kind, ref, case_id in conn.execute(
            f"SELECT doc, kind, ref, case_id FROM search_doc WHERE doc IN ({marks})",
            [int(d) for d in chunk],
        ).fetchall():
            if case_id is None:
                continue
            bm25, _channel = docs[int(doc)]
            per_case[str(case_id)].append((bm25, str(kind), str(ref)))
    for case_id, hits in per_case.items():
        hits.sort()
        bm25, kind, ref = hits[0]
        score = _text_score(bm25) if bm25 < 0 or kind != "testimony" else TEXT_SCORE_FLOOR
        if kind == "case":
            kind = "title"
        found.add(case_id, score, "text", Reason(kind, ref, score))
    return per_case


def _place_channel(
    conn: Connection, parsed: _Query, query: str, cap: int, found: _Collector
) -> None:
    places = _place_ids(conn, parsed, query)
    if not places:
        return
    # The place named exactly first ("Ghulja"), then places whose labels contain the
    # words ("Ghulja camp No. 3"); a few indexed queries, whatever the number of places.
    for exact in (True, False):
        chosen = {pid: label for pid, (label, is_exact) in places.items() if is_exact == exact}
        if not chosen:
            continue
        score = PLACE_EXACT_SCORE if exact else PLACE_SCORE
        marks = ", ".join("?" for _ in chosen)
        ids = sorted(chosen)
        rows = conn.execute(
            f"SELECT case_id, place_id FROM event WHERE place_id IN ({marks}) LIMIT ?",
            (*ids, cap),
        ).fetchall()
        rows += conn.execute(
            "SELECT c.id, p.hometown_id FROM person p JOIN case_file c ON c.person_id = p.id"
            f" WHERE p.hometown_id IN ({marks}) LIMIT ?",
            (*ids, cap),
        ).fetchall()
        for case_id, place_id in rows:
            reason = Reason("place", str(place_id), score, chosen[str(place_id)])
            found.add(str(case_id), score, "place", reason)


def search_cases(conn: Connection, query: str, limit: int = 50, offset: int = 0) -> list[CaseHit]:
    """Cases matching ``query`` (a name, words, or a place, in any script), best first.

    Each hit carries its title, a score in [0, 1] that orders the results, and the
    reasons it was found (which name, which testimony with a snippet, which place).
    """
    limit = max(0, int(limit))
    offset = max(0, int(offset))
    if not query.strip() or limit == 0:
        return []
    parsed = _parse_query(query)
    cap = max(200, 4 * (offset + limit))
    found = _Collector()
    key = names.match_key(query)
    if key:
        _name_channel(conn, key, cap, found)
    per_case = _doc_channel(conn, parsed, cap, found)
    _place_channel(conn, parsed, query, offset + limit, found)
    page = found.ranked()[offset : offset + limit]
    if not page:
        return []
    titles = _titles(conn, [cid for cid, _s in page])
    terms = parsed.text_terms + parsed.han_runs
    hits = []
    for case_id, score in page:
        if case_id not in titles:
            continue  # a stale index row whose case is gone
        reasons = _dedupe(found.reasons[case_id])
        reasons = [_with_snippet(conn, r, terms, per_case.get(case_id, [])) for r in reasons]
        hits.append(CaseHit(case_id, score, titles[case_id], reasons))
    return hits


def _dedupe(reasons: list[Reason]) -> list[Reason]:
    seen: dict[tuple[str, str | None], Reason] = {}
    for reason in sorted(reasons, key=lambda r: -r.score):
        seen.setdefault((reason.kind, reason.record_id), reason)
    return list(seen.values())[:5]


def _titles(conn: Connection, case_ids: Sequence[str]) -> dict[str, str]:
    marks = ", ".join("?" for _ in case_ids)
    rows = conn.execute(
        f"SELECT id, title FROM case_file WHERE id IN ({marks})", list(case_ids)
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


# The columns a text match may be in, in the order a reader looks at them: the reason
# names the one that holds a query term (a match in the summary is not "found by title").
_TEXT_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "testimony": ("SELECT narrative FROM testimony WHERE id = ?", ("narrative",)),
    "event": (
        "SELECT coalesce(stated_reason, ''), coalesce(description, ''),"
        " coalesce(sentence_text, '') FROM event WHERE id = ?",
        ("stated_reason", "description", "sentence_text"),
    ),
    "title": (
        "SELECT title, coalesce(summary, ''), coalesce(reference, '') FROM case_file WHERE id = ?",
        ("title", "summary", "reference"),
    ),
}


def _holds_term(text: str, terms: Sequence[str]) -> bool:
    folded = _fold(text)
    return any(_fold(term) in folded for term in terms if term)


def _with_snippet(
    conn: Connection, reason: Reason, terms: Sequence[str], hits: Sequence[tuple[float, str, str]]
) -> Reason:
    if reason.kind not in _TEXT_FIELDS or reason.record_id is None:
        return reason
    sql, fields = _TEXT_FIELDS[reason.kind]
    row = conn.execute(sql, (reason.record_id,)).fetchone()
    if row is None:
        return reason
    values = [str(v or "") for v in row]
    at = next((i for i, v in enumerate(values) if v and _holds_term(v, terms)), None)
    if at is None:  # matched by a stem or trigram: the first field with text
        at = next((i for i, v in enumerate(values) if v), 0)
    kind = fields[at] if reason.kind == "title" else reason.kind
    snippet = make_snippet(values[at], terms)
    return Reason(kind, reason.record_id, reason.score, snippet, reason.role, fields[at])


# -- duplicates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Facts:
    person_id: str
    sex: str
    years: tuple[int, int] | None
    hometown: str | None
    identifiers: frozenset[tuple[str, str]]
    keys: tuple[str, ...]


def _facts(conn: Connection, person_ids: Sequence[str]) -> dict[str, _Facts]:
    out: dict[str, _Facts] = {}
    for chunk in _chunks(sorted(set(person_ids)), 500):
        marks = ", ".join("?" for _ in chunk)
        keys: dict[str, list[str]] = defaultdict(list)
        for pid, key in conn.execute(
            f"SELECT person_id, match_key FROM person_name WHERE person_id IN ({marks})"
            " ORDER BY person_id, position",
            list(chunk),
        ).fetchall():
            keys[str(pid)].append(str(key))
        idents: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for pid, scheme, value in conn.execute(
            f"SELECT person_id, scheme, value FROM person_identifier WHERE person_id IN ({marks})",
            list(chunk),
        ).fetchall():
            idents[str(pid)].add((str(scheme), _normalise_identifier(str(value))))
        for pid, sex, born_from, born_to, hometown in conn.execute(
            f"SELECT id, sex, birth_from, birth_to, hometown_id FROM person WHERE id IN ({marks})",
            list(chunk),
        ).fetchall():
            years = None
            if born_from is not None and born_to is not None:
                years = (int(born_from) // 10000, int(born_to) // 10000)
            out[str(pid)] = _Facts(
                str(pid),
                str(sex or "unknown"),
                years,
                None if hometown is None else str(hometown),
                frozenset(idents.get(str(pid), set())),
                tuple(dict.fromkeys(keys.get(str(pid), []))),
            )
    return out


def _normalise_identifier(value: str) -> str:
    return "".join(value.split()).upper()


# A shared name alone is weak evidence (names repeat); it takes a birth year, a hometown or
# an identifier to reach the default threshold.
NAME_WEIGHT = 0.8
CORROBORATION = 0.1
DUPLICATE_MIN_SCORE = 0.85


def _compare(a: _Facts, b: _Facts, name_score: float) -> DuplicateCandidate:
    reasons: list[tuple[str, str]] = []
    conflicts: list[tuple[str, str]] = []
    score = NAME_WEIGHT * name_score
    if name_score >= NAME_MIN_SCORE:
        reasons.append(("name", f"{name_score:.2f}"))
    shared = a.identifiers & b.identifiers
    if shared:
        reasons.extend(("identifier", scheme) for scheme, _value in sorted(shared))
        score = max(score, 0.9) + CORROBORATION
    for scheme in ("prc_resident_id", "passport"):
        mine = {v for s, v in a.identifiers if s == scheme}
        theirs = {v for s, v in b.identifiers if s == scheme}
        if mine and theirs and not mine & theirs:
            conflicts.append(("identifier", scheme))
            score -= 0.3
    if a.years is not None and b.years is not None:
        gap = max(a.years[0] - b.years[1], b.years[0] - a.years[1], 0)
        if gap <= 2:
            reasons.append(("birth_year", "same" if gap == 0 else f"within {gap}"))
            score += CORROBORATION
        else:
            conflicts.append(("birth_year", f"{gap} years apart"))
            score -= 0.2
    if a.hometown is not None and a.hometown == b.hometown:
        reasons.append(("hometown", a.hometown))
        score += CORROBORATION
    if a.sex in ("male", "female") and b.sex in ("male", "female") and a.sex != b.sex:
        conflicts.append(("sex", "differs"))
        score -= 0.3
    first, second = sorted((a.person_id, b.person_id))
    return DuplicateCandidate(
        first,
        second,
        max(0.0, min(1.0, score)),
        name_score,
        tuple(reasons),
        tuple(conflicts),
    )


def _identifier_partners(conn: Connection, facts: _Facts) -> set[str]:
    partners: set[str] = set()
    for scheme, value in facts.identifiers:
        for (pid,) in conn.execute(
            "SELECT person_id FROM person_identifier WHERE scheme = ? AND"
            " (value = ? OR upper(replace(value, ' ', '')) = ?)",
            (scheme, value, value),
        ).fetchall():
            partners.add(str(pid))
    partners.discard(facts.person_id)
    return partners


def duplicates_of(
    conn: Connection, person_id: str, *, min_score: float = DUPLICATE_MIN_SCORE, limit: int = 50
) -> list[DuplicateCandidate]:
    """Persons who may be the same as ``person_id``, best first (proposals only)."""
    mine = _facts(conn, [person_id]).get(person_id)
    if mine is None:
        return []
    name_scores: dict[str, float] = {}
    # A name alone scores at most NAME_WEIGHT: above that threshold only namesakes with a
    # close birth year or the same hometown can qualify, so the index lookup keeps only
    # those (a common name has hundreds of bearers; reading all of them is the cost).
    corroborated = _corroboration_filter(mine) if min_score > NAME_WEIGHT else None
    for key in mine.keys:
        similar = functools.partial(names.key_similarity, key)
        scored = _scored_keys(conn, key, similar, NAME_MIN_SCORE)
        for start in range(0, len(scored), 100):
            chunk = dict((k, score) for score, k in scored[start : start + 100])
            for pid, other_key in _bearers(conn, sorted(chunk), corroborated):
                if pid != person_id:
                    name_scores[pid] = max(chunk[other_key], name_scores.get(pid, 0.0))
            if len(name_scores) >= MAX_DUPLICATE_LOOKUP:
                break
    partners = set(name_scores) | _identifier_partners(conn, mine)
    facts = _facts(conn, sorted(partners))
    found = []
    for pid in sorted(partners):
        other = facts.get(pid)
        if other is None:
            continue
        name_score = name_scores.get(pid)
        if name_score is None:
            name_score = names.best_similarity(mine.keys, other.keys)
        candidate = _compare(mine, other, name_score)
        if candidate.score >= min_score:
            found.append(candidate)
    return fold_merged(conn, found)[:limit]


def _corroboration_filter(mine: _Facts) -> tuple[str, list[Any]]:
    """SQL over ``person p``: a birth year within 2 or the same hometown as ``mine``."""
    parts: list[str] = []
    params: list[Any] = []
    if mine.years is not None:
        parts.append("(p.birth_from <= ? AND p.birth_to >= ?)")
        params += [(mine.years[1] + 2) * 10000 + 1299, (mine.years[0] - 2) * 10000]
    if mine.hometown is not None:
        parts.append("p.hometown_id = ?")
        params.append(mine.hometown)
    return (" OR ".join(parts) if parts else "0"), params


def _bearers(
    conn: Connection, keys: Sequence[str], where: tuple[str, list[Any]] | None
) -> list[tuple[str, str]]:
    """(person id, key) of the persons with these keys (and passing ``where``)."""
    marks = ", ".join("?" for _ in keys)
    if where is None:
        rows = conn.execute(
            f"SELECT DISTINCT person_id, match_key FROM person_name WHERE match_key IN ({marks})"
            " LIMIT ?",
            (*keys, MAX_DUPLICATE_LOOKUP),
        ).fetchall()
    else:
        rows = conn.execute(
            "SELECT DISTINCT n.person_id, n.match_key FROM person_name n"
            f" JOIN person p ON p.id = n.person_id WHERE n.match_key IN ({marks})"
            f" AND ({where[0]}) LIMIT ?",
            (*keys, *where[1], MAX_DUPLICATE_LOOKUP),
        ).fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]


def _sort_key(key: str) -> str:
    return " ".join(sorted(names.stem(t) for t in key.split()))


def _consonant_key(key: str) -> str:
    return " ".join(sorted(names.consonant_code(names.stem(t)) for t in key.split()))


def all_duplicates(
    conn: Connection,
    *,
    min_score: float = DUPLICATE_MIN_SCORE,
    window: int = 5,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> list[DuplicateCandidate]:
    """Candidate pairs over the whole vault by sorted neighbourhoods (never all pairs).

    Every name is sorted three ways: its stems in alphabetical order, their consonant
    codes, and the stems reversed (which catches a typo at the start), with the birth year
    breaking ties so that namesakes born close together are neighbours. Only names
    within ``window`` places of each other in one of these orders are compared; pairs
    sharing an identifier are added. Cost: O(n log n + n * window).
    """
    report = progress or (lambda _fraction: None)
    pairs = _neighbour_pairs(conn, window, report, is_cancelled)
    shared_ids = _pairs_sharing_an_identifier(conn)
    for pair in shared_ids:
        pairs.setdefault(pair, 0.0)
    # Most neighbours are different people with different names: drop them before
    # reading anything else about the persons.
    promising = {
        pair: score
        for pair, score in pairs.items()
        if score >= NAME_MIN_SCORE or pair in shared_ids
    }
    found = _score_pairs(conn, promising, shared_ids, min_score, report, is_cancelled)
    report(1.0)
    return fold_merged(conn, found)


def _neighbour_pairs(
    conn: Connection, window: int, report: Progress, is_cancelled: IsCancelled | None
) -> dict[tuple[str, str], float]:
    """The best name similarity of each pair of persons that are neighbours in one of
    the three orders (reports progress from 0 to 0.6)."""
    birth: dict[str, int] = {}
    for pid, born_from in conn.execute("SELECT id, birth_from FROM person").fetchall():
        if born_from is not None:
            birth[str(pid)] = int(born_from) // 10000
    entries: set[tuple[str, str]] = set()
    for pid, key in conn.execute("SELECT person_id, match_key FROM person_name").fetchall():
        if key:
            entries.add((str(pid), str(key)))
    distinct = {k for _p, k in entries}
    sort_keys = {key: _sort_key(key) for key in distinct}
    # Two spellings of one name share a token, a stem or a consonant code; neighbours
    # that share none are different names, and comparing them would dominate the cost.
    blocks = {key: frozenset(names.blocking_keys(key)) for key in distinct}
    similarity: dict[tuple[str, str], float] = {}
    pairs: dict[tuple[str, str], float] = {}

    def note(pid: str, key: str, other: str, other_key: str) -> None:
        if pid == other:
            return
        keys = (key, other_key) if key <= other_key else (other_key, key)
        score = similarity.get(keys)
        if score is None:
            if blocks[key].isdisjoint(blocks[other_key]):
                score = 0.0
            else:
                score = names.key_similarity(*keys)
            similarity[keys] = score
        pair = (pid, other) if pid < other else (other, pid)
        if score > pairs.get(pair, -1.0):
            pairs[pair] = score

    orders: list[Callable[[str], str]] = [
        lambda k: sort_keys[k],
        lambda k: _consonant_key(k),
        lambda k: sort_keys[k][::-1],
    ]
    for step, order in enumerate(orders):
        check_cancelled(is_cancelled)
        ranked = sorted((order(key), birth.get(pid, 0), pid, key) for pid, key in entries)
        for i, (_o, _y, pid, key) in enumerate(ranked):
            for _o2, _y2, other, other_key in ranked[i + 1 : i + 1 + window]:
                note(pid, key, other, other_key)
            if i % 20000 == 0:
                check_cancelled(is_cancelled)
        report(0.6 * (step + 1) / len(orders))
    return pairs


def _pairs_sharing_an_identifier(conn: Connection) -> set[tuple[str, str]]:
    """Pairs of persons with the same identifier (scheme and value, spaces ignored)."""
    shared: set[tuple[str, str]] = set()
    for (group,) in conn.execute(
        "SELECT group_concat(DISTINCT person_id) FROM person_identifier"
        " GROUP BY scheme, upper(replace(value, ' ', ''))"
        " HAVING count(DISTINCT person_id) > 1"
    ).fetchall():
        members = sorted(str(group).split(","))
        for i, pid in enumerate(members):
            for other in members[i + 1 : i + 1 + 50]:
                shared.add((pid, other))
    return shared


def _score_pairs(
    conn: Connection,
    promising: dict[tuple[str, str], float],
    shared_ids: set[tuple[str, str]],
    min_score: float,
    report: Progress,
    is_cancelled: IsCancelled | None,
) -> list[DuplicateCandidate]:
    """Compare the promising pairs on every fact (reports progress from 0.6 to 1)."""
    involved = sorted({p for pair in promising for p in pair})
    facts: dict[str, _Facts] = {}
    for chunk in _chunks(involved, 2000):
        check_cancelled(is_cancelled)
        facts.update(_facts(conn, chunk))
    found: list[DuplicateCandidate] = []
    for index, ((a, b), score) in enumerate(sorted(promising.items())):
        if index % 5000 == 0:
            check_cancelled(is_cancelled)
            report(0.6 + 0.4 * index / len(promising))
        fa, fb = facts.get(a), facts.get(b)
        if fa is None or fb is None:
            continue
        if (a, b) in shared_ids and score < NAME_MIN_SCORE:
            score = names.best_similarity(fa.keys, fb.keys)
        candidate = _compare(fa, fb, score)
        if candidate.score >= min_score:
            found.append(candidate)
    return found


# -- maintenance --------------------------------------------------------------------------


def rebuild(conn: Connection) -> None:
    """Rebuild every search table from the casework tables (after a repair or a restore).

    Runs inside the caller's transaction. Touching each source row through the triggers
    would also work, but would write a revision-free UPDATE on sealed testimonies, which
    their own triggers refuse.
    """
    from amanat.storage.schema_search import HAN_GLOB

    refresh_match_keys(conn, every_name=True)
    for table in ("search_text", "search_han", "search_name", "search_place"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("DELETE FROM search_doc")
    sources = (
        ("testimony", "SELECT id, case_id, narrative FROM testimony"),
        (
            "case",
            "SELECT id, id, title || ' ' || coalesce(summary, '') || ' ' ||"
            " coalesce(reference, '') FROM case_file",
        ),
        (
            "event",
            "SELECT id, case_id, coalesce(stated_reason, '') || ' ' ||"
            " coalesce(description, '') || ' ' || coalesce(sentence_text, '') FROM event",
        ),
    )
    for kind, sql in sources:
        for ref, case_id, body in conn.execute(sql).fetchall():
            conn.execute(
                "INSERT INTO search_doc (kind, ref, case_id) VALUES (?, ?, ?)",
                (kind, ref, case_id),
            )
            doc = conn.execute(
                "SELECT doc FROM search_doc WHERE kind = ? AND ref = ?", (kind, ref)
            ).fetchone()[0]
            conn.execute("INSERT INTO search_text (rowid, body) VALUES (?, ?)", (doc, body))
            conn.execute(
                f"INSERT INTO search_han (rowid, body) SELECT ?, ? WHERE ? GLOB '{HAN_GLOB}'",
                (doc, body, body),
            )
    conn.execute("DELETE FROM search_key")
    conn.execute(
        "INSERT INTO search_key (key, indexed) SELECT DISTINCT match_key, 1 FROM person_name"
        " WHERE match_key <> ''"
    )
    conn.execute("INSERT INTO search_name (rowid, key) SELECT id, key FROM search_key")
    conn.execute("INSERT INTO search_place (rowid, label) SELECT id, text FROM place_label")


# The version of ``names.match_key`` that the stored keys were made with, in the meta
# table (no entry: 1). 2: pinyin read from Han names, digits inside words dropped. A vault
# with older keys gets new ones when it is opened (``refresh_match_keys``): no migration,
# the schema is the same.
MATCH_KEYS_VERSION = 2
_KEYS_META = "search_keys_version"
# The names whose keys a version changes (a GLOB on the text); a version missing here
# changes any key, and every name is keyed again.
_CHANGED_BY_VERSION = {2: "*[〇㐀-䶿一-鿿豈-﫿\U00020000-\U0003134f0-9]*"}


def _stored_keys_version(conn: Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_KEYS_META,)).fetchone()
    try:
        return 1 if row is None else int(str(row[0]))
    except ValueError:
        return 0  # unreadable: key every name again


def match_keys_current(conn: Connection) -> bool:
    return _stored_keys_version(conn) == MATCH_KEYS_VERSION


def refresh_match_keys(conn: Connection, *, every_name: bool = False) -> int:
    """Recompute the ``person_name.match_key`` values that an older ``match_key`` made.

    Only the names that the versions since the stored one change are read, unless
    ``every_name`` (a repair). Runs inside the caller's transaction; the key triggers
    keep ``search_key`` and ``search_name`` in step. Returns the number of name rows
    whose key changed. The key is derived from the name's text and script, never signed
    or exported, so this changes no record.
    """
    stored = _stored_keys_version(conn)
    globs = [_CHANGED_BY_VERSION.get(v) for v in range(stored + 1, MATCH_KEYS_VERSION + 1)]
    sql = "SELECT id, text, script, match_key FROM person_name"
    params = [g for g in globs if g]
    if every_name or stored > MATCH_KEYS_VERSION or len(params) < len(globs):
        params = []  # a repair, keys of a newer program, or a version that changes any key
    elif not params:
        sql += " WHERE 0"  # current already
    else:
        sql += " WHERE " + " OR ".join("text GLOB ?" for _ in params)
    changed: list[tuple[str, int]] = []
    for name_id, text, script, old in conn.execute(sql, params).fetchall():
        key = names.match_key(str(text), None if script is None else str(script))
        if key != str(old):
            changed.append((key, int(name_id)))
    conn.executemany("UPDATE person_name SET match_key = ? WHERE id = ?", changed)
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        (_KEYS_META, str(MATCH_KEYS_VERSION)),
    )
    return len(changed)


def check(conn: Connection) -> list[tuple[str, str]]:
    """Index rows that do not match the casework tables, as (code, detail) problems."""
    problems: list[tuple[str, str]] = []
    counts = (
        ("testimony", "SELECT count(*) FROM testimony"),
        ("case", "SELECT count(*) FROM case_file"),
        ("event", "SELECT count(*) FROM event"),
    )
    for kind, sql in counts:
        expected = int(conn.execute(sql).fetchone()[0])
        indexed = int(
            conn.execute("SELECT count(*) FROM search_doc WHERE kind = ?", (kind,)).fetchone()[0]
        )
        if expected != indexed:
            problems.append(("search_index", f"{kind}: {indexed} indexed, {expected} records"))
    dangling = conn.execute(
        "SELECT count(*) FROM search_doc d WHERE NOT EXISTS (SELECT 1 FROM testimony t"
        " WHERE d.kind = 'testimony' AND t.id = d.ref) AND NOT EXISTS (SELECT 1 FROM"
        " case_file c WHERE d.kind = 'case' AND c.id = d.ref) AND NOT EXISTS (SELECT 1 FROM"
        " event e WHERE d.kind = 'event' AND e.id = d.ref)"
    ).fetchone()[0]
    if dangling:
        problems.append(("search_index", f"{dangling} index rows without a record"))
    return problems


def check_vault(vault: Any) -> tuple[int, list[tuple[str, str]]]:
    """For ``amanat check``: (index documents checked, problems)."""
    conn = vault.connection()
    count = int(conn.execute("SELECT count(*) FROM search_doc").fetchone()[0])
    return count, check(conn)
