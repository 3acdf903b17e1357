"""Casework use cases: cases, testimonies (draft, seal, correct), annotations, history.

Every change runs in one transaction, writes revisions (storage.records) and a custody
log entry, and returns what changed: ``Changes``, or a ``Created`` / ``CasesImported``
carrying it (the convention is in services.base).

Author key: the Ed25519 public key of the vault identity signs seals and names the
author of every revision.
"""

from __future__ import annotations

import dataclasses
import functools
import hmac
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import EllipsisType
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from amanat.domain import case_json
from amanat.domain.case_json import ParsedCase, new_record_id, parse_case
from amanat.domain.dates import PartialDate, parse_optional
from amanat.domain.errors import Immutable, NotFound, TrustError, ValidationError
from amanat.domain.model import (
    DEFAULT_SENSITIVITY,
    Annotation,
    AnnotationKind,
    Case,
    CasePerson,
    CaseStatus,
    ConsentUse,
    ConsentWithdrawal,
    CustodyAction,
    RecordKind,
    Seal,
    Sensitivity,
    Testimony,
    kind_of,
    parse_enum,
)
from amanat.services import search as search_service
from amanat.services.base import (
    CasesImported,
    Changes,
    Created,
    IsCancelled,
    Progress,
    check_cancelled,
)
from amanat.storage import cases as case_store
from amanat.storage import custody, history, person_merges, records
from amanat.storage.cases import CaseFilter
from amanat.storage.db import transaction
from amanat.storage.history import Author
from amanat.storage.places import PlaceResolver
from amanat.storage.vault import Vault

DEFAULT_BATCH = 500
BULK_CACHE_KIB = 64 * 1024


@functools.lru_cache(maxsize=8)
def _public_key(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def author_key(vault: Vault) -> bytes:
    """The vault identity's Ed25519 public key (32 bytes)."""
    return _public_key(vault.identity.ed25519_private)


def revision_author(vault: Vault) -> Author:
    """The vault identity as the author of local revisions: its key, to sign them."""
    return Author(vault.identity.ed25519_private)


# -- adding cases -------------------------------------------------------------------------


def _store_parsed(conn: Any, parsed: ParsedCase, author: Author, now: str) -> list[str]:
    """Write a parsed case; return the ids of the persons it created."""
    for person_id in sorted(parsed.referenced_persons):
        if not records.exists(conn, RecordKind.PERSON, person_id):
            raise NotFound(what="person", id=person_id)
    if records.exists(conn, RecordKind.CASE, parsed.case.id):
        raise ValidationError("invalid.exists", field="id")
    written = []
    for person in parsed.persons:
        # A person given with an id already known here is linked, not overwritten:
        # editing a shared person is its own, explicit use case.
        if not records.exists(conn, RecordKind.PERSON, person.id):
            records.write(conn, person, author=author, new=True, created=now, validate=False)
            written.append(person.id)
    records.write(conn, parsed.case, author=author, new=True, created=now, validate=False)
    for testimony in parsed.testimonies:
        if testimony.supersedes_id is not None and not records.exists(
            conn, RecordKind.TESTIMONY, testimony.supersedes_id
        ):
            raise NotFound(what="testimony", id=testimony.supersedes_id)
        records.write(conn, testimony, author=author, new=True, created=now, validate=False)
    for event in parsed.events:
        records.write(conn, event, author=author, new=True, created=now, validate=False)
    for relationship in parsed.relationships:
        records.write(conn, relationship, author=author, new=True, created=now, validate=False)
    custody.append(
        conn,
        actor=author.key,
        action=CustodyAction.CREATED,
        record_kind=RecordKind.CASE.value,
        record_id=parsed.case.id,
        case_id=parsed.case.id,
        detail={
            "events": len(parsed.events),
            "testimonies": len(parsed.testimonies),
            "persons": len(parsed.persons),
        },
        time=now,
    )
    return written


def _note(
    changes: Changes, parsed: ParsedCase, persons: list[str], resolver: PlaceResolver
) -> None:
    changes.cases.add(parsed.case.id)
    changes.persons.update(persons)
    changes.testimonies.update(t.id for t in parsed.testimonies)
    changes.places.update(resolver.created)


def add_case(vault: Vault, doc: Mapping[str, Any]) -> Created:
    """Add one case from its JSON document (docs/case-json.md); ``.id`` is the case's."""
    conn = vault.connection()
    author = revision_author(vault)
    with transaction(conn):
        resolver = PlaceResolver(conn, author)
        parsed = parse_case(doc, resolve_place=resolver)
        persons = _store_parsed(conn, parsed, author, history.utc_now())
    changes = Changes()
    _note(changes, parsed, persons, resolver)
    return Created(parsed.case.id, changes)


def import_cases(
    vault: Vault,
    docs: Iterable[Mapping[str, Any]],
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    batch: int = DEFAULT_BATCH,
    *,
    total: int | None = None,
) -> CasesImported:
    """Add many cases, ``batch`` per transaction (the bulk path: demo data, imports).

    Batches already committed stay when a later one fails or is cancelled (Cancelled is
    raised after the current batch rolled back); the ids returned are those committed.
    (Cancelled or failed, the committed cases are not returned: a caller that must
    refresh after a failure reloads its lists.)
    ``progress`` gets the fraction done when ``total`` (or ``len(docs)``) is known.
    """
    if batch < 1:
        raise ValidationError("invalid.range", field="batch")
    conn = vault.connection()
    author = revision_author(vault)
    if total is None and isinstance(docs, Sequence):
        total = len(docs)
    done: list[str] = []
    changes = Changes()
    iterator = iter(docs)
    old_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    # Each page evicted from SQLite's cache must be re-decrypted when touched again: a
    # larger cache for the duration of a bulk import keeps the indexes' hot pages.
    conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        _import_batches(conn, author, iterator, batch, total, done, progress, is_cancelled, changes)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(old_cache)}")
    return CasesImported(done, changes)


def _import_batches(
    conn: Any,
    author: Author,
    iterator: Iterator[Mapping[str, Any]],
    batch: int,
    total: int | None,
    done: list[str],
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
    changes: Changes,
) -> None:
    while True:
        check_cancelled(is_cancelled)
        chunk = []
        for doc in iterator:
            chunk.append(doc)
            if len(chunk) >= batch:
                break
        if not chunk:
            break
        ids: list[str] = []
        notes: list[tuple[ParsedCase, list[str]]] = []
        with transaction(conn):
            resolver = PlaceResolver(conn, author)
            now = history.utc_now()
            for index, doc in enumerate(chunk):
                if index % 50 == 0:
                    check_cancelled(is_cancelled)
                try:
                    parsed = parse_case(doc, resolve_place=resolver)
                except ValidationError as exc:
                    # Say which document; the field path is already non-sensitive.
                    raise ValidationError(
                        exc.code, **exc.params, document=len(done) + index
                    ) from None
                persons = _store_parsed(conn, parsed, author, now)
                notes.append((parsed, persons))
                ids.append(parsed.case.id)
        for parsed, persons in notes:  # only what was committed
            _note(changes, parsed, persons, resolver)
        done.extend(ids)
        if progress is not None and total:
            progress(min(1.0, len(done) / total))


# -- reading ------------------------------------------------------------------------------


def _filter(filters: Mapping[str, Any] | CaseFilter | None) -> CaseFilter:
    if filters is None:
        return CaseFilter()
    if isinstance(filters, CaseFilter):
        return filters
    values = dict(filters)
    for key in ("date_from", "date_to"):
        if isinstance(values.get(key), str | int):
            values[key] = parse_optional(values[key], key)
    if isinstance(values.get("status"), str):
        values["status"] = (values["status"],)
    try:
        return CaseFilter(**values)
    except TypeError:
        raise ValidationError("invalid.filter", field="filters") from None


def list_cases(
    vault: Vault,
    filters: Mapping[str, Any] | CaseFilter | None = None,
    *,
    sort: str = "updated",
    descending: bool = True,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Case summaries, filtered and sorted in SQL (see storage.cases.CaseFilter)."""
    return case_store.list_case_rows(
        vault.connection(),
        _filter(filters),
        sort=sort,
        descending=descending,
        limit=limit,
        offset=offset,
    )


def list_case_ids(
    vault: Vault,
    filters: Mapping[str, Any] | CaseFilter | None = None,
    *,
    sort: str = "updated",
    descending: bool = True,
    limit: int = case_store.MAX_PAGE,
    offset: int = 0,
) -> list[str]:
    return case_store.list_case_ids(
        vault.connection(),
        _filter(filters),
        sort=sort,
        descending=descending,
        limit=limit,
        offset=offset,
    )


def ordered_case_ids(
    vault: Vault,
    filters: Mapping[str, Any] | CaseFilter | None = None,
    sort: str = "updated",
    *,
    descending: bool = True,
) -> list[str]:
    """Every matching case id in list order (the GUI's case list holds these)."""
    return case_store.ordered_case_ids(
        vault.connection(), _filter(filters), sort, descending=descending
    )


def case_rows(vault: Vault, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Case summaries for the given ids, in that order (missing ids left out)."""
    return case_store.case_rows(vault.connection(), ids)


def count_cases(vault: Vault, filters: Mapping[str, Any] | CaseFilter | None = None) -> int:
    return case_store.count_cases(vault.connection(), _filter(filters))


def get_case(vault: Vault, case_id: str) -> dict[str, Any]:
    """The full form of a case (``case show --json``; docs/case-json.md)."""
    conn = vault.connection()
    loaded = case_store.load_case(conn, case_id)
    doc = case_json.render_case(
        loaded.case,
        persons=loaded.persons,
        places=loaded.places,
        events=loaded.events,
        testimonies=loaded.testimonies,
        relationships=loaded.relationships,
        withdrawals=loaded.withdrawals,
        attachments=loaded.attachments,
        annotations=loaded.annotations,
        created=loaded.created,
        updated=loaded.updated,
    )
    doc["conflicts"] = _named(vault, case_store.case_conflicts(conn, case_id))
    return doc


def _named(vault: Vault, conflicts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Who wrote each pending version: this vault, a contact (by name), or unknown."""
    conn = vault.connection()
    own = author_key(vault).hex()
    for conflict in conflicts:
        for item in conflict["pending"]:
            if item["author"] == own:
                item["author_name"] = vault.identity.display_name
                continue
            row = conn.execute(
                "SELECT c.display_name FROM contact c WHERE c.signing_key = ?"
                " UNION ALL SELECT c.display_name FROM contact_key k JOIN contact c"
                " ON c.id = k.contact_id WHERE k.signing_key = ? LIMIT 1",
                (bytes.fromhex(item["author"]), bytes.fromhex(item["author"])),
            ).fetchone()
            item["author_name"] = None if row is None else str(row[0])
    return conflicts


def _decide(vault: Vault, record_id: str, rev_id: str, *, accept: bool) -> Changes:
    conn = vault.connection()
    author = revision_author(vault)
    with transaction(conn):
        heads = history.heads(conn, record_id)
        if rev_id not in heads or len(heads) < 2:
            raise TrustError("trust.not_pending")
        chosen = history.get(conn, rev_id)
        shown = records.projected_rev(conn, chosen.kind, record_id)
        if shown is None or shown == rev_id:
            raise TrustError("trust.not_pending")
        proposed = records.load_revision_record(chosen)
        if accept:
            check_acceptable(conn, record_id, proposed)
        current = records.load(conn, chosen.kind, record_id)
        _rev, case_id = write_decision(
            conn,
            author,
            current,
            proposed if accept else current,
            parents=[shown, rev_id],
            detail={
                "decision": "accepted" if accept else "declined",
                "proposal": rev_id,
                "proposal_author": chosen.author.hex(),
            },
        )
        consent_moved = (
            accept
            and isinstance(proposed, Testimony)
            and isinstance(current, Testimony)
            and proposed.consent != current.consent
        )
    if consent_moved:
        vault.advance_counter()  # a commit that matters: docs/keyslots.md, "State"
    return decision_changes(chosen.kind, record_id, case_id)


def check_acceptable(conn: Any, record_id: str, proposed: Any) -> None:
    """Refuse to make a testimony sealed by someone other than its owner the version
    shown (TrustError "trust.foreign_seal"): only the interviewer's vault seals."""
    owner = history.owner(conn, record_id)
    if (
        isinstance(proposed, Testimony)
        and proposed.seal is not None
        and (owner is None or not hmac.compare_digest(proposed.seal.signer, owner))
    ):
        raise TrustError("trust.foreign_seal")


def write_decision(
    conn: Any,
    author: Author,
    current: Any,
    result: Any,
    *,
    parents: Sequence[str],
    detail: dict[str, Any],
    case_id: str | None = None,
) -> tuple[history.Revision, str | None]:
    """A person's decision between heads of a record (accept, decline, resolve): the
    merge revision with ``parents`` and ``result``'s content, a ``merged`` custody
    entry with ``detail`` (plus the new revision), and a consent-changed entry when the
    result changes a testimony's consent. Call inside a transaction. Raises Immutable
    if the version shown is a sealed testimony. Returns the revision and the case
    (``case_id``, or the record's own case)."""
    if isinstance(current, Testimony) and current.seal is not None:
        raise Immutable(kind="testimony", id=current.id)
    kind = kind_of(result)
    rev = records.write_merge(conn, result, author=author, parents=parents)
    case_id = case_id or records.case_of(conn, kind, result.id)
    custody.append(
        conn,
        actor=author.key,
        action=CustodyAction.MERGED,
        record_kind=kind.value,
        record_id=result.id,
        case_id=case_id,
        detail={**detail, "rev": rev.rev_id},
    )
    if (
        isinstance(result, Testimony)
        and isinstance(current, Testimony)
        and result.consent != current.consent
    ):
        _consent_changed(conn, author, current, result, rev.rev_id)
    return rev, case_id


def decision_changes(kind: RecordKind, record_id: str, case_id: str | None) -> Changes:
    changes = Changes(cases=set() if case_id is None else {case_id})
    if kind is RecordKind.TESTIMONY:
        changes.testimonies.add(record_id)
    if kind is RecordKind.PERSON:
        changes.persons.add(record_id)
    return changes


def accept_head(vault: Vault, record_id: str, rev_id: str) -> Changes:
    """A person accepts a pending version of a record (a proposal from a vault that does
    not own it, or one side of a conflict): a revision with the version shown and
    ``rev_id`` as parents and ``rev_id``'s content, signed by this vault, becomes the
    version shown. Raises TrustError("trust.not_pending") unless ``rev_id`` is a head
    other than the one shown, and TrustError("trust.foreign_seal") for a testimony
    sealed by someone other than its owner."""
    return _decide(vault, record_id, rev_id, accept=True)


def decline_head(vault: Vault, record_id: str, rev_id: str) -> Changes:
    """A person declines a pending version: the same merge revision, keeping the content
    shown. The declined version stays in the history."""
    return _decide(vault, record_id, rev_id, accept=False)


def case_history(vault: Vault, case_id: str) -> list[dict[str, Any]]:
    return case_store.case_history(vault.connection(), case_id)


def custody_log(vault: Vault, case_id: str | None = None) -> list[dict[str, Any]]:
    """Custody entries of one case (or of the whole vault), oldest first."""
    conn = vault.connection()
    if case_id is not None and not records.exists(conn, RecordKind.CASE, case_id):
        raise NotFound(what="case", id=case_id)
    return [e.as_json() for e in custody.entries(conn, case_id=case_id)]


def assignees(vault: Vault) -> list[str]:
    """Everyone some case is assigned to, for the case list's filter."""
    return case_store.assignees(vault.connection())


@dataclass
class CaseViewData:
    """Everything the case view shows, read in one go on the worker."""

    doc: dict[str, Any]
    duplicates: list[dict[str, Any]]
    history: list[dict[str, Any]]  # with "changes": what each revision changed
    custody: list[dict[str, Any]]
    seals: dict[str, bool]  # sealed testimony id -> signature verifies
    # The case's person merged with others (docs/review.md §5): their other names.
    merged_names: tuple[str, ...] = ()


def case_view_data(vault: Vault, case_id: str) -> CaseViewData:
    """The case, its person's likely duplicates (with their other cases), its history,
    custody log and whether each sealed testimony's signature verifies."""
    doc = get_case(vault, case_id)
    person_id = str(doc["person"]["id"])
    candidates = search_service.duplicate_candidates(vault, person_id, limit=10)
    # Candidates name persons after merges (docs/review.md §5): the case's person as
    # the id it resolves to.
    shown = person_merges.resolve(vault.connection(), person_id)
    others = [c.other_id if c.person_id == shown else c.person_id for c in candidates]
    summaries = search_service.person_summaries(vault, others)
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
        str(t["id"]): verify_testimony(vault, str(t["id"]))
        for t in doc.get("testimonies") or ()
        if t.get("state") == "sealed"
    }
    changes = case_store.case_changes(vault.connection(), case_id)
    revisions = [
        {**row, "changes": changes.get(str(row["rev_id"]), [])}
        for row in case_history(vault, case_id)
    ]
    return CaseViewData(
        doc=doc,
        duplicates=duplicates,
        history=revisions,
        custody=custody_log(vault, case_id),
        seals=seals,
        merged_names=_merged_names(vault, doc["person"]),
    )


def _merged_names(vault: Vault, person: dict[str, Any]) -> tuple[str, ...]:
    """The names the case's person has in the records merged with it, beyond its own."""
    person_id = str(person["id"])
    summary = search_service.person_summaries(vault, [person_id]).get(person_id)
    if summary is None or not summary.merged_from:
        return ()
    own = {str(n.get("text")) for n in person.get("names") or ()}
    return tuple(n for n in (summary.name, *summary.other_names) if n not in own)


def verify_custody(vault: Vault) -> list[tuple[str, str]]:
    return custody.verify_custody_chain(vault.connection())


def record_heads(vault: Vault, record_id: str) -> list[str]:
    """The head revision id(s) of a record: two or more while it is in conflict."""
    return history.heads(vault.connection(), record_id)


def revision_content(vault: Vault, rev_id: str) -> dict[str, Any]:
    """The content of one revision (for history views and conflict resolution)."""
    return history.get(vault.connection(), rev_id).value()


# -- editing cases ------------------------------------------------------------------------


def update_case(
    vault: Vault,
    case_id: str,
    *,
    title: str | None = None,
    status: str | None = None,
    assignee: str | EllipsisType | None = ...,
    summary: str | EllipsisType | None = ...,
    sensitivity: str | None = None,
    reference: str | EllipsisType | None = ...,
) -> Changes:
    """Change a case's own fields (``...`` leaves a field as it is; None clears it)."""
    conn = vault.connection()
    author = revision_author(vault)
    with transaction(conn):
        case: Case = records.load(conn, RecordKind.CASE, case_id)
        updates: dict[str, Any] = {}
        if title is not None:
            updates["title"] = title
        if status is not None:
            updates["status"] = parse_enum(CaseStatus, status, "status")
        if assignee is not ...:
            updates["assignee"] = assignee
        if summary is not ...:
            updates["summary"] = summary
        if reference is not ...:
            updates["reference"] = reference
        if sensitivity is not None:
            updates["sensitivity"] = Sensitivity.parse(sensitivity, "sensitivity")
        new = dataclasses.replace(case, **updates)
        if new != case:
            records.write(conn, new, author=author)
            custody.append(
                conn,
                actor=author.key,
                action=CustodyAction.EDITED,
                record_kind=RecordKind.CASE.value,
                record_id=case_id,
                case_id=case_id,
                detail={"fields": sorted(updates)},
            )
    return Changes(cases={case_id})


# -- testimonies --------------------------------------------------------------------------


def _testimony_doc_parse(
    conn: Any, author: Author, case: Case, doc: Mapping[str, Any], testimony_id: str
) -> tuple[Testimony, ParsedCase, PlaceResolver]:
    """Parse one testimony document in the context of its case (reusing the case parser,
    so the format is exactly the ``testimonies`` item of docs/case-json.md)."""
    resolver = PlaceResolver(conn, author)
    item = dict(doc)
    item["id"] = testimony_id
    parsed = parse_case(
        {"id": case.id, "title": case.title, "person": {"id": case.person_id},
         "testimonies": [item]},
        resolve_place=resolver,
    )  # fmt: skip
    return parsed.testimonies[0], parsed, resolver


def _write_new_persons(conn: Any, parsed: ParsedCase, author: Author) -> list[str]:
    """Write the persons of a document that are not known yet; return their ids."""
    for person_id in sorted(parsed.referenced_persons):
        if not records.exists(conn, RecordKind.PERSON, person_id):
            raise NotFound(what="person", id=person_id)
    written = []
    for person in parsed.persons:
        if not records.exists(conn, RecordKind.PERSON, person.id):
            records.write(conn, person, author=author, new=True)
            written.append(person.id)
    return written


def _link_persons(conn: Any, author: Author, case: Case, t: Testimony) -> None:
    links = [CasePerson(t.speaker_id, "witness")]
    links.extend(CasePerson(pid, "interviewer") for pid in t.interviewer_ids)
    if t.interpreter_id:
        links.append(CasePerson(t.interpreter_id, "interpreter"))
    merged = tuple(dict.fromkeys([*case.persons, *links]))
    if merged != case.persons:
        records.write(conn, dataclasses.replace(case, persons=merged), author=author)


def add_testimony(vault: Vault, case_id: str, doc: Mapping[str, Any]) -> Created:
    """Add a draft testimony to a case; ``.id`` is the testimony's."""
    conn = vault.connection()
    author = revision_author(vault)
    with transaction(conn):
        case: Case = records.load(conn, RecordKind.CASE, case_id)
        testimony, parsed, resolver = _testimony_doc_parse(
            conn, author, case, doc, doc.get("id") or new_record_id()
        )
        if records.exists(conn, RecordKind.TESTIMONY, testimony.id):
            raise ValidationError("invalid.exists", field="id")
        new_persons = _write_new_persons(conn, parsed, author)
        records.write(conn, testimony, author=author, new=True)
        _link_persons(conn, author, case, testimony)
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.CREATED,
            record_kind=RecordKind.TESTIMONY.value,
            record_id=testimony.id,
            case_id=case_id,
        )
    changes = Changes(cases={case_id}, testimonies={testimony.id})
    changes.persons.update(new_persons)
    changes.places.update(resolver.created)
    return Created(testimony.id, changes)


def update_testimony_draft(vault: Vault, testimony_id: str, doc: Mapping[str, Any]) -> Changes:
    """Replace a draft's content (autosave). A sealed testimony raises Immutable.

    Autosave writes often: an unchanged draft writes nothing, and no custody entry is
    made per keystroke (the ``created`` and ``sealed`` entries bracket the drafting).
    """
    conn = vault.connection()
    author = revision_author(vault)
    changes = Changes()
    consent_moved = False
    with transaction(conn):
        current: Testimony = records.load(conn, RecordKind.TESTIMONY, testimony_id)
        if current.seal is not None:
            raise Immutable(kind="testimony", id=testimony_id)
        case: Case = records.load(conn, RecordKind.CASE, current.case_id)
        testimony, parsed, resolver = _testimony_doc_parse(conn, author, case, doc, testimony_id)
        testimony = dataclasses.replace(testimony, supersedes_id=current.supersedes_id)
        if testimony != current:
            changes.persons.update(_write_new_persons(conn, parsed, author))
            rev = records.write(conn, testimony, author=author)
            if testimony.consent != current.consent:
                _consent_changed(conn, author, current, testimony, rev.rev_id)
                consent_moved = True
            _link_persons(conn, author, case, testimony)
            changes.testimonies.add(testimony_id)
            changes.cases.add(case.id)
            changes.places.update(resolver.created)
    if consent_moved:
        vault.advance_counter()  # a commit that matters: docs/keyslots.md, "State"
    return changes


def _consent_changed(
    conn: Any, author: Author, before: Testimony, after: Testimony, rev_id: str
) -> None:
    """A change of consent is its own attributed event (docs/trust.md): a custody entry
    that says what the consent was and what it is now, beside the revision."""
    custody.append(
        conn,
        actor=author.key,
        action=CustodyAction.EDITED,
        record_kind=RecordKind.TESTIMONY.value,
        record_id=after.id,
        case_id=after.case_id,
        detail={
            "event": "consent_changed",
            "rev": rev_id,
            "from": before.consent.to_content(),
            "to": after.consent.to_content(),
        },
    )


def seal_testimony(vault: Vault, testimony_id: str) -> Changes:
    """Make a draft immutable and sign it with the vault identity."""
    conn = vault.connection()
    identity = vault.identity
    author = revision_author(vault)
    with transaction(conn):
        current: Testimony = records.load(conn, RecordKind.TESTIMONY, testimony_id)
        if current.seal is not None:
            raise Immutable(kind="testimony", id=testimony_id)
        current.validate()
        owner = history.owner(conn, testimony_id)
        if owner is None or not hmac.compare_digest(owner, author.key):
            # docs/trust.md: only the testimony's interviewer (its owner) seals it.
            raise TrustError("trust.not_owner", kind="testimony")
        sealed_at = history.utc_now()
        signature = identity.sign(records.seal_message(current, sealed_at, author.key))
        sealed = dataclasses.replace(
            current, seal=Seal(sealed_at=sealed_at, signer=author.key, signature=signature)
        )
        rev = records.write(conn, sealed, author=author, created=sealed_at)
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.SEALED,
            record_kind=RecordKind.TESTIMONY.value,
            record_id=testimony_id,
            case_id=current.case_id,
            detail={"rev": rev.rev_id},
            time=sealed_at,
        )
    return Changes(cases={current.case_id}, testimonies={testimony_id})


def verify_testimony(vault: Vault, testimony_id: str) -> bool:
    """True if the testimony is sealed and its signature verifies."""
    testimony: Testimony = records.load(vault.connection(), RecordKind.TESTIMONY, testimony_id)
    return records.verify_seal(testimony)


def correct_testimony(
    vault: Vault,
    testimony_id: str,
    doc: Mapping[str, Any] | None = None,
) -> Created:
    """Start a correction of a sealed testimony: a new draft that supersedes it.

    ``doc`` (a testimony document) gives the corrected content; without it the draft
    starts as a copy. ``.id`` is the new testimony's. The sealed one stays unchanged.
    """
    conn = vault.connection()
    author = revision_author(vault)
    new_id = new_record_id()
    with transaction(conn):
        original: Testimony = records.load(conn, RecordKind.TESTIMONY, testimony_id)
        if original.seal is None:
            raise ValidationError("invalid.not_sealed", field="testimony")
        case: Case = records.load(conn, RecordKind.CASE, original.case_id)
        if doc is None:
            correction = dataclasses.replace(original, id=new_id, seal=None)
            parsed_persons: list[str] = []
            created_places: set[str] = set()
        else:
            correction, parsed, resolver = _testimony_doc_parse(conn, author, case, doc, new_id)
            parsed_persons = _write_new_persons(conn, parsed, author)
            created_places = set(resolver.created)
        correction = dataclasses.replace(correction, supersedes_id=testimony_id)
        records.write(conn, correction, author=author, new=True)
        _link_persons(conn, author, case, correction)
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.CREATED,
            record_kind=RecordKind.TESTIMONY.value,
            record_id=new_id,
            case_id=case.id,
            detail={"supersedes": testimony_id},
        )
    changes = Changes(cases={case.id}, testimonies={new_id}, places=created_places)
    changes.persons.update(parsed_persons)
    return Created(new_id, changes)


def withdraw_consent(
    vault: Vault,
    testimony_id: str,
    date: str | PartialDate,
    *,
    uses: Sequence[str] | None = None,
    note: str | None = None,
) -> Created:
    """Record that consent was withdrawn (for all uses, or the given ones). Works on
    sealed testimonies too: the withdrawal is its own record (``.id``)."""
    conn = vault.connection()
    author = revision_author(vault)
    when = date if isinstance(date, PartialDate) else PartialDate.parse(date, "date")
    scope = (
        frozenset(ConsentUse)
        if uses is None
        else frozenset(parse_enum(ConsentUse, u, f"uses[{i}]") for i, u in enumerate(uses))
    )
    withdrawal = ConsentWithdrawal(
        id=new_record_id(), testimony_id=testimony_id, date=when, scope=scope, note=note
    )
    with transaction(conn):
        testimony: Testimony = records.load(conn, RecordKind.TESTIMONY, testimony_id)
        records.write(conn, withdrawal, author=author, new=True)
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.EDITED,
            record_kind=RecordKind.WITHDRAWAL.value,
            record_id=withdrawal.id,
            case_id=testimony.case_id,
            detail={"testimony": testimony_id},
        )
    vault.advance_counter()  # a commit that matters: docs/keyslots.md, "State"
    return Created(withdrawal.id, Changes(cases={testimony.case_id}, testimonies={testimony_id}))


# -- annotations --------------------------------------------------------------------------


def add_annotation(
    vault: Vault,
    target_kind: str,
    target_id: str,
    *,
    text: str | None = None,
    grade: str | None = None,
    field: str | None = None,
    sensitivity: str | None = None,
) -> Created:
    """A reviewer's note or verification grade on any record; the target is unchanged
    (a sealed testimony can be annotated). ``.id`` is the annotation's."""
    conn = vault.connection()
    author = revision_author(vault)
    kind = parse_enum(RecordKind, target_kind, "target_kind")
    annotation = Annotation(
        id=new_record_id(),
        target_kind=kind,
        target_id=target_id,
        kind=AnnotationKind.VERIFICATION if grade is not None else AnnotationKind.NOTE,
        text=text,
        grade=grade,
        field=field,
        author=vault.identity.display_name,
        sensitivity=DEFAULT_SENSITIVITY
        if sensitivity is None
        else Sensitivity.parse(sensitivity, "sensitivity"),
    )
    with transaction(conn):
        if not records.exists(conn, kind, target_id):
            raise NotFound(what=kind.value, id=target_id)
        records.write(conn, annotation, author=author, new=True)
        case_id = records.case_of(conn, kind, target_id)
        custody.append(
            conn,
            actor=author.key,
            action=CustodyAction.CREATED,
            record_kind=RecordKind.ANNOTATION.value,
            record_id=annotation.id,
            case_id=case_id,
            detail={"target_kind": kind.value, "target": target_id},
        )
    return Created(annotation.id, Changes(cases=set() if case_id is None else {case_id}))
