"""Opening a bundle: every receiver check, staging, one transaction, quarantine.

docs/bundle-format.md sections 6 and 7. The import runs inside one SQLite
transaction opened before the first entry is read: records are merged as they stream
(memory stays bounded for any number of cases) and attachment bodies are encrypted
into blob files under temporary names. Only after the trailer signature verified are
the files renamed, their rows inserted and the transaction committed. Any failure
rolls back and removes the files: the vault is exactly as it was.
"""

from __future__ import annotations

import contextlib
import errno
import hmac
import secrets
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from amanat.bundles import ledger
from amanat.bundles.container import ContainerReader
from amanat.bundles.entries import decode_record_entry, decode_record_entry_with_content
from amanat.bundles.format import EntryKind, InnerHeader
from amanat.bundles.ledger import QuarantineEntry
from amanat.bundles.merge import MergeOutcome, merge_revision
from amanat.bundles.sealing import OpenedBundle, open_for_vault
from amanat.crypto.cards import IdentityCard
from amanat.crypto.stream import CHUNK_SIZE
from amanat.domain import canonical
from amanat.domain.changes import Changes
from amanat.domain.errors import (
    AmanatError,
    BundleError,
    DiskFull,
    Immutable,
    IntegrityError,
    NotFound,
    ValidationError,
)
from amanat.domain.model import CustodyAction, RecordKind
from amanat.domain.progress import IsCancelled, Progress, check_cancelled
from amanat.storage import blobs, custody, history, records
from amanat.storage import contacts as contact_store
from amanat.storage.contacts import Contact, ContactState
from amanat.storage.db import Connection, transaction
from amanat.storage.files import fsync_dir
from amanat.storage.history import Revision, utc_now
from amanat.storage.vault import Vault

IMPORT_CACHE_KIB = 64 * 1024


# -- who sent it ----------------------------------------------------------------------------


def sender_trust(conn: Connection, card: IdentityCard) -> tuple[str | None, Contact | None]:
    """(None, contact) for a verified contact with exactly these keys; otherwise the
    quarantine reason and the contact whose signing key it carries, if any. The name on
    the card counts for nothing: a stranger named like a contact is an unknown sender
    (docs/trust-contacts.md)."""
    contact = contact_store.by_signing_key(conn, card.signing)
    if contact is not None:
        if contact.fingerprint != card.fingerprint or contact.state is ContactState.KEY_CHANGED:
            return "sender_key_changed", contact
        if contact.state is ContactState.VERIFIED:
            return None, contact
        return "unverified_sender", contact
    former = contact_store.former_owner(conn, card.signing)
    if former is not None:
        return "sender_key_changed", former
    return "unknown_sender", None


class AuthorCheck:
    """docs/trust.md, "Authorship": every revision of a bundle is proven by a signature.

    - A revision whose author is the bundle's sender is proven by the bundle's own
      signature: the signed inner header holds the SHA-256 of every entry. Its own
      signature is kept as it came, and checked when this vault relays it
      (``bundles.sealing.check_relayed``); checking it here as well would cost one
      Ed25519 verification per revision on every import (docs/bundle-format.md §8).
    - A revision by anyone else (relayed) must carry a signature that verifies under the
      key it names, and that key must be this vault's or a stored contact's (current or
      former).
    - An unsigned one (format 1, or written before signatures) is taken only from the
      bundle's sender as its own.

    Whether the sender itself is trusted is not decided here: a stranger's bundle goes to
    quarantine, and its revisions are checked again when it is imported from there.
    """

    def __init__(self, conn: Connection, own_key: bytes, sender_key: bytes) -> None:
        self.conn = conn
        self.sender_key = sender_key
        self.known = known_authors(conn, own_key) | {sender_key}
        self.keys: dict[bytes, Ed25519PublicKey] = {}

    def check(self, rev: Revision, kind: str, index: int) -> None:
        if hmac.compare_digest(rev.author, self.sender_key):
            return  # proven by the bundle's signature over this entry's hash
        if self.conn.execute("SELECT 1 FROM revision WHERE rev_id = ?", (rev.rev_id,)).fetchone():
            return  # already here, verified when it came: this copy is discarded
        if rev.signature is None:
            raise BundleError("bundle.unsigned_author", kind=kind, index=index)
        if rev.author not in self.known:
            raise BundleError("bundle.unknown_author", kind=kind, index=index)
        key = self.keys.get(rev.author)
        if key is None:
            try:
                key = self.keys[rev.author] = Ed25519PublicKey.from_public_bytes(rev.author)
            except ValueError:
                raise BundleError("bundle.revision_signature", kind=kind, index=index) from None
        if not rev.signature_valid(key):
            raise BundleError("bundle.revision_signature", kind=kind, index=index)


def known_authors(conn: Connection, own_key: bytes) -> frozenset[bytes]:
    """Signing keys whose revisions may be accepted: this vault's, and every contact's
    current and former keys."""
    rows = conn.execute(
        "SELECT signing_key FROM contact UNION SELECT signing_key FROM contact_key"
    ).fetchall()
    return frozenset({own_key, *(bytes(r[0]) for r in rows)})


def consent_change(conn: Connection, kind: RecordKind, record_id: str) -> dict[str, Any]:
    """``{"consent_changed": True}`` when a head of the testimony differs in consent from
    the version shown: a change of consent is never silent (docs/trust.md)."""
    if kind is not RecordKind.TESTIMONY:
        return {}
    shown = records.projected_rev(conn, kind, record_id)
    consents = set()
    for rev in history.head_revisions(conn, record_id):
        consents.add(canonical.encode(rev.value().get("consent", {})))
    if shown is not None:
        consents.add(canonical.encode(history.get(conn, shown).value().get("consent", {})))
    return {"consent_changed": True} if len(consents) > 1 else {}


def sender_json(conn: Connection, card: IdentityCard) -> dict[str, Any]:
    """Who sent a bundle, for every display: ``name`` is the stored contact's name (None
    for a stranger), ``card_name`` what the card inside the bundle claims, and
    ``look_alikes`` the contacts whose name the card's name resembles."""
    reason, contact = sender_trust(conn, card)
    exclude = None if contact is None else contact.id
    alikes = contact_store.look_alikes(conn, card.display_name, exclude=exclude)
    return {
        "name": None if contact is None else contact.display_name,
        "card_name": card.display_name,
        "fingerprint": card.fingerprint,
        "contact_id": None if contact is None else contact.id,
        "contact_state": None if contact is None else contact.state.value,
        "trusted": reason is None,
        "quarantine_reason": reason,
        "look_alikes": [{"id": c.id, "name": c.display_name} for c in alikes],
    }


def _missing(conn: Connection, sender_key: bytes) -> dict[str, Any]:
    listed, total = ledger.missing_sequences(conn, sender_key)
    return {"listed": listed, "total": total}


def _ms_to_iso(ms: int) -> str:
    # The header parser bounds ``ms`` to year 9999 (bundles.format.MAX_CREATED_MS).
    when = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=ms)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# -- results ------------------------------------------------------------------------------


@dataclass
class ImportResult:
    bundle_id: str
    sender_fingerprint: str
    sender_name: str
    contact_id: str | None
    sequence: int
    created: str
    profile: str
    cases: list[str] = field(default_factory=list)
    records: int = 0
    revisions: int = 0
    # What happened to each revision (``revisions`` in all), and to each record once, by
    # the state it was left in (``records`` in all): a record added and then updated by
    # later revisions of the same bundle is one new record.
    outcomes: dict[str, int] = field(default_factory=dict)
    record_outcomes: dict[str, int] = field(default_factory=dict)
    # Records left with more than one head: a conflict met on the way and resolved by a
    # later revision of the same bundle (a merge sent back) is not one.
    conflicts: list[str] = field(default_factory=list)
    # Records another vault edited that this vault does not own: kept beside the
    # version shown until a person accepts or declines them (docs/trust.md).
    proposals: list[str] = field(default_factory=list)
    attachments_stored: int = 0
    attachments_known: int = 0
    # The sender's new key generation, adopted from its card (docs/forward-secrecy.md).
    sender_key_generation: int | None = None
    # The cases the bundle brought (each one's custody log gained an ``imported`` entry).
    changes: Changes = field(default_factory=Changes)

    def as_json(self) -> dict[str, Any]:
        return {
            "bundle_id": self.bundle_id,
            "sender": {
                "name": self.sender_name,
                "fingerprint": self.sender_fingerprint,
                "contact_id": self.contact_id,
                "key_generation_adopted": self.sender_key_generation,
            },
            "sequence": self.sequence,
            "created": self.created,
            "profile": self.profile,
            "cases": self.cases,
            "records": self.records,
            "revisions": self.revisions,
            "outcomes": self.outcomes,
            "record_outcomes": self.record_outcomes,
            "conflicts": self.conflicts,
            "proposals": self.proposals,
            "attachments_stored": self.attachments_stored,
            "attachments_known": self.attachments_known,
        }


# -- sources --------------------------------------------------------------------------------


class _IterReader:
    """A binary reader over an iterator of byte chunks (a blob read back)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""
        self._position = 0

    def readinto(self, buffer: memoryview) -> int:
        while self._position >= len(self._buffer):
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._buffer, self._position = chunk, 0
        n = min(len(buffer), len(self._buffer) - self._position)
        buffer[:n] = self._buffer[self._position : self._position + n]
        self._position += n
        return n

    def read(self, size: int = -1) -> bytes:
        out = bytearray(max(size, 0) if size >= 0 else CHUNK_SIZE)
        n = self.readinto(memoryview(out))
        return bytes(out[:n])


class _Replayable:
    """Records what is read through it, so that the age header can be examined and the
    same bytes read again without seeking (the quarantine copy is a stream)."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self._recorded = bytearray()
        self._replay: memoryview | None = None
        self._replay_position = 0

    def readinto(self, buffer: memoryview) -> int:
        if self._replay is not None and self._replay_position < len(self._replay):
            n = min(len(buffer), len(self._replay) - self._replay_position)
            buffer[:n] = self._replay[self._replay_position : self._replay_position + n]
            self._replay_position += n
            return n
        n = self._raw.readinto(buffer) or 0
        if self._replay is None:
            self._recorded += buffer[:n]
        return n

    def read(self, size: int = -1) -> bytes:
        out = bytearray(size if size >= 0 else CHUNK_SIZE)
        n = self.readinto(memoryview(out))
        return bytes(out[:n])

    def seek(self, offset: int, whence: int = 0) -> int:
        if offset != 0 or whence != 0 or self._replay is not None:
            raise ValueError("only one rewind to the start is possible")
        self._replay = memoryview(bytes(self._recorded))
        self._recorded = bytearray()
        return 0


# -- the import -----------------------------------------------------------------------------


def _record_error(exc: AmanatError, kind: EntryKind, index: int) -> BundleError:
    return BundleError("bundle.record", reason=exc.code, kind=kind.label, index=index)


def _validate_content(rev: Revision, kind: EntryKind, index: int) -> None:
    """What ``open`` checks of each revision's content before merging it (the domain
    schema, no unknown field), so that ``inspect`` refuses what ``open`` would."""
    try:
        records.rebuild_received(rev.kind, rev.record_id, rev.value())
    except (ValidationError, IntegrityError) as exc:
        if exc.code == "invalid.unknown_field":
            raise BundleError("bundle.unknown_field", kind=kind.label, index=index) from None
        raise _record_error(exc, kind, index) from None


def _bundle_checks(conn: Connection, header: InnerHeader, queued: QuarantineEntry | None) -> None:
    """Check 6: not seen before. The id stops replays; a bundle older than the last one
    from the same sender is accepted (it arrived late: docs/trust-contacts.md), and the
    gaps left in a sender's sequence are shown (ledger.missing_sequences)."""
    del queued
    if ledger.is_received(conn, header.bundle_id_hex):
        raise BundleError("bundle.replayed")


def verify_only(
    container: ContainerReader,
    check: Callable[[], None],
    progress: Progress | None = None,
    authors: AuthorCheck | None = None,
) -> dict[str, Any]:
    """Checks 8 and 9 without importing: every entry and the signature. Returns what
    the bundle holds (for ``inspect``; titles come from the case records).

    A revision whose content ``open`` would refuse (``_validate_content``) does not stop
    the listing, so that ``inspect`` still shows what a bad bundle holds: the first such
    error is returned as ``content_error`` (its code) and its params as
    ``content_error_params``; callers refuse the bundle on it as ``open`` would."""
    kinds: Counter[str] = Counter()
    content_error: BundleError | None = None
    cases: list[dict[str, Any]] = []
    body_bytes = 0
    total = max(1, container.header.manifest.total_length())
    done = 0
    for entry in container.entries():
        check()
        if progress is not None:
            progress(min(0.99, done / total))
        done += entry.length
        kinds[entry.kind.label] += 1
        if entry.kind.is_record:
            revisions = decode_record_entry(
                entry.read_all(),
                entry.kind.record_kind,
                entry.id_hex,
                version=container.version,
                entry_index=entry.index,
            )
            for rev in revisions:
                check()
                if authors is not None:
                    authors.check(rev, entry.kind.label, entry.index)
                if content_error is None:
                    try:
                        _validate_content(rev, entry.kind, entry.index)
                    except BundleError as exc:
                        content_error = exc
            if entry.kind is EntryKind.CASE:
                head = revisions[-1].value()
                cases.append(
                    {"id": entry.id_hex, "title": head.get("title"), "revisions": len(revisions)}
                )
        else:
            body_bytes += entry.length
            for _piece in entry.chunks():  # pieces of up to 1 MiB
                check()
    container.finish()
    if progress is not None:
        progress(1.0)
    return {
        "entries": dict(kinds),
        "cases": cases,
        "attachment_bytes": body_bytes,
        "content_error": None if content_error is None else content_error.code,
        "content_error_params": {} if content_error is None else dict(content_error.params),
    }


class _Import:
    def __init__(
        self,
        vault: Vault,
        opened: OpenedBundle,
        queued: QuarantineEntry | None,
        progress: Progress | None,
        is_cancelled: IsCancelled | None,
        contact: Contact | None,
    ) -> None:
        self.vault = vault
        self.conn = vault.connection()
        self.opened = opened
        self.header = opened.header
        self.queued = queued
        self.progress = progress
        self.is_cancelled = is_cancelled
        card = self.header.sender_card
        self.result = ImportResult(
            bundle_id=self.header.bundle_id_hex,
            sender_fingerprint=card.fingerprint,
            # The name this vault gave the verified contact, not the card's claim.
            sender_name=card.display_name if contact is None else contact.display_name,
            contact_id=None if contact is None else contact.id,
            sequence=self.header.sequence,
            created=_ms_to_iso(self.header.created_ms),
            profile=self.header.profile.value,
        )
        self.outcomes: Counter[MergeOutcome] = Counter()
        self.provenance: list[tuple[str, str, str, str, bytes, str]] = []
        self.attachments: dict[str, tuple[int, bytes]] = {}
        # Bodies encrypted by storage.blobs' writer, their rows inserted at the commit.
        self.staged: list[tuple[blobs.BlobWriter, blobs.PendingBlob]] = []
        self.total = max(1, self.header.manifest.total_length())
        self.done = 0
        self.version = opened.container.version
        self.sender_key = self.header.sender_card.signing
        self.authors = AuthorCheck(
            self.conn, vault.identity.public.signing, self.header.sender_card.signing
        )
        # record id -> (kind, the outcome of each of its revisions that was new here)
        self.touched: dict[str, tuple[RecordKind, list[str]]] = {}
        # record id -> (kind, the outcome of every revision of it in the bundle)
        self.per_record: dict[str, tuple[RecordKind, list[MergeOutcome]]] = {}

    def check(self) -> None:
        check_cancelled(self.is_cancelled)

    def _record(self, entry: Any) -> None:
        kind = entry.kind.record_kind
        # Every revision goes through merge_revision, which verifies it.
        parsed = decode_record_entry_with_content(
            entry.read_all(),
            kind,
            entry.id_hex,
            verify=False,
            version=self.version,
            entry_index=entry.index,
        )
        revisions = [rev for rev, _content in parsed]
        bundle_id = self.result.bundle_id
        sender = self.header.sender_card.signing
        # One entry may carry many revisions of its record: its graph is read once, and
        # cancel is checked per revision (docs/bundle-format.md §3, "Merge limits").
        graph = history.Ancestry(self.conn, entry.id_hex) if len(parsed) > 1 else None
        for rev, content in parsed:
            self.check()
            self.authors.check(rev, entry.kind.label, entry.index)
            try:
                outcome = merge_revision(
                    self.conn, rev, origin=bundle_id, content=content, ancestry=graph
                )
            except (ValidationError, IntegrityError, Immutable, NotFound) as exc:
                if exc.code == "invalid.unknown_field":
                    raise BundleError(
                        "bundle.unknown_field", kind=entry.kind.label, index=entry.index
                    ) from None
                raise _record_error(exc, entry.kind, entry.index) from None
            except sqlcipher3.IntegrityError:
                raise BundleError(
                    "bundle.record", reason="constraint", kind=kind.value, index=entry.index
                ) from None
            self.outcomes[outcome] += 1
            self.provenance.append(
                (bundle_id, rev.rev_id, rev.record_id, kind.value, sender, outcome.value)
            )
            if outcome is MergeOutcome.CONFLICT and rev.record_id not in self.result.conflicts:
                self.result.conflicts.append(rev.record_id)
            if outcome is MergeOutcome.PROPOSAL and rev.record_id not in self.result.proposals:
                self.result.proposals.append(rev.record_id)
            if outcome is not MergeOutcome.DUPLICATE:
                self.touched.setdefault(rev.record_id, (kind, []))[1].append(outcome.value)
            self.per_record.setdefault(rev.record_id, (kind, []))[1].append(outcome)
        self.result.records += 1
        self.result.revisions += len(revisions)
        if kind is RecordKind.CASE:
            self.result.cases.append(entry.id_hex)
        elif kind is RecordKind.ATTACHMENT:
            head = revisions[-1].value()
            try:
                self.attachments[entry.id_hex] = (int(head["size"]), bytes.fromhex(head["sha256"]))
            except (KeyError, TypeError, ValueError):
                raise BundleError("bundle.record", reason="attachment", index=entry.index) from None

    def _body(self, entry: Any) -> None:
        expected = self.attachments.get(entry.id_hex)
        if expected != (entry.length, entry.manifest.sha256):
            raise BundleError("bundle.entry_mismatch", index=entry.index, what="body_record")
        known = self.conn.execute(
            "SELECT 1 FROM blob WHERE sha256 = ? AND size = ?",
            (entry.manifest.sha256, entry.length),
        ).fetchone()
        if known is not None or any(
            pending.info.sha256 == entry.manifest.sha256 for _, pending in self.staged
        ):
            entry.skip()  # still read and hash-checked: the signature covers it
            self.result.attachments_known += 1
            return
        # This thread decrypts the payload, hashes the body (against the manifest) and
        # encrypts it; the new ciphertext is hashed and written on a helper thread.
        # The container checks the body against the signed manifest's hash, so the
        # writer need not hash the plaintext again.
        writer = blobs.BlobWriter(
            self.vault.blobs_dir, expect=(entry.length, entry.manifest.sha256)
        )
        try:
            # closing: on an error the hashing thread stops at once (BackgroundHash).
            with contextlib.closing(entry.chunks()) as pieces:
                for i, piece in enumerate(pieces):
                    if i % 4 == 0:  # pieces of up to 1 MiB
                        self.check()
                    writer.write(piece)
            pending = writer.finish()
        except BaseException:
            writer.discard()
            raise
        self.staged.append((writer, pending))
        self.result.attachments_stored += 1

    def _pending(self, kind: RecordKind, record_id: str) -> MergeOutcome | None:
        """What a record is left waiting for after the whole bundle: a proposal (every
        other head descends from the version shown), a conflict, or nothing."""
        shown = records.projected_rev(self.conn, kind, record_id)
        others = [h for h in history.heads(self.conn, record_id) if h != shown]
        if not others:
            return None
        if shown is not None and all(history.is_ancestor(self.conn, shown, h) for h in others):
            return MergeOutcome.PROPOSAL
        return MergeOutcome.CONFLICT

    def _final_outcomes(self) -> None:
        """Each record once, by the state the bundle left it in (docs/bundles-user-guide.md:
        the counts add up to the records)."""
        pending: dict[str, MergeOutcome | None] = {
            rid: self._pending(self.per_record[rid][0], rid)
            for rid in dict.fromkeys([*self.result.conflicts, *self.result.proposals])
            if rid in self.per_record
        }
        self.result.conflicts = [r for r, o in pending.items() if o is MergeOutcome.CONFLICT]
        self.result.proposals = [r for r, o in pending.items() if o is MergeOutcome.PROPOSAL]
        order = (
            MergeOutcome.SEALED_WINS,
            MergeOutcome.FAST_FORWARD,
            MergeOutcome.SEALED_KEPT,
            MergeOutcome.KEPT,
        )
        counts: Counter[str] = Counter()
        for rid, (_kind, outcomes) in self.per_record.items():
            final = pending.get(rid)
            if MergeOutcome.ADDED in outcomes:
                final = MergeOutcome.ADDED
            elif final is None:
                final = next((o for o in order if o in outcomes), None)
            if final is None:
                # Only duplicates, or a conflict resolved within the bundle.
                final = (
                    MergeOutcome.DUPLICATE
                    if all(o is MergeOutcome.DUPLICATE for o in outcomes)
                    else MergeOutcome.KEPT
                )
            counts[final.value] += 1
        self.result.record_outcomes = dict(sorted(counts.items()))

    def _commit_rows(self) -> None:
        conn = self.conn
        self._final_outcomes()
        if any(writer.on_disk for writer, _ in self.staged):
            for writer, _ in self.staged:
                writer.place()
            fsync_dir(self.vault.blobs_dir)
        for _, pending in self.staged:
            blobs.insert(conn, pending)
            conn.execute(
                "UPDATE attachment SET blob_id = ? WHERE sha256 = ? AND size = ?"
                " AND blob_id IS NULL",
                (pending.info.id, pending.info.sha256, pending.info.size),
            )
        ledger.add_provenance(conn, self.provenance)
        counts = {o.value: n for o, n in sorted(self.outcomes.items())}
        self.result.outcomes = counts
        card = self.header.sender_card
        now = utc_now()
        actor = self.vault.identity.public.signing
        detail = {
            "bundle": self.result.bundle_id,
            "sequence": self.header.sequence,
            "profile": self.header.profile.value,
            "outcomes": counts,
            "attachments": self.result.attachments_stored + self.result.attachments_known,
        }
        # docs/trust.md, "Custody on import": one ``imported`` entry on every case the
        # bundle touched (the cases it carries and the case of every record it changed),
        # naming the records it changed and what happened to each.
        by_case: dict[str, dict[str, list[str]]] = {case_id: {} for case_id in self.result.cases}
        for record_id, (kind, outcomes) in self.touched.items():
            case_id = records.case_of(conn, kind, record_id)
            if case_id is not None:
                by_case.setdefault(case_id, {})[record_id] = outcomes
        for case_id, changed in by_case.items():
            custody.append(
                conn,
                actor=actor,
                action=CustodyAction.IMPORTED,
                record_kind=RecordKind.CASE.value,
                record_id=case_id,
                case_id=case_id,
                counterpart=card.fingerprint,
                detail={**detail, "records": changed},
                time=now,
            )
            if case_id not in self.result.cases:
                self.result.cases.append(case_id)
        for record_id in [*self.result.conflicts, *self.result.proposals]:
            row = conn.execute(
                "SELECT record_kind FROM record_head WHERE record_id = ? LIMIT 1", (record_id,)
            ).fetchone()
            kind = RecordKind(row[0]) if row else RecordKind.CASE
            is_proposal = record_id in self.result.proposals
            custody.append(
                conn,
                actor=actor,
                action=CustodyAction.MERGED,
                record_kind=kind.value,
                record_id=record_id,
                case_id=records.case_of(conn, kind, record_id),
                counterpart=card.fingerprint,
                detail={
                    "bundle": self.result.bundle_id,
                    "conflict": record_id in self.result.conflicts,
                    "pending": is_proposal,
                    **consent_change(conn, kind, record_id),
                },
                time=now,
            )
        ledger.record_received(
            conn,
            bundle_id=self.result.bundle_id,
            sender_key=card.signing,
            sender_fingerprint=card.fingerprint,
            sequence=self.header.sequence,
            created=self.result.created,
            imported=now,
            profile=self.header.profile.value,
            custody_seq=self.header.custody_seq,
            custody_hash=self.header.custody_hash,
            outcome=counts,
        )
        # The sender's card may name a newer key generation, signed by the key this
        # bundle was just verified under: from now on this vault seals to it.
        sender = contact_store.by_signing_key(conn, card.signing)
        if sender is not None and contact_store.adopt_generation(conn, sender, card, now=now):
            self.result.sender_key_generation = card.generation
        if self.queued is not None:
            ledger.remove_quarantine(conn, self.queued.id)
            if self.queued.blob_id is not None:
                conn.execute("DELETE FROM blob WHERE id = ?", (self.queued.blob_id,))

    def run(self) -> ImportResult:
        conn = self.conn
        old_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        # A large import touches every index again and again: each page evicted from
        # SQLite's cache would have to be decrypted again (as the bulk case import does).
        conn.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
        try:
            return self._run()
        finally:
            conn.execute(f"PRAGMA cache_size = {int(old_cache)}")

    def _run(self) -> ImportResult:
        conn = self.conn
        try:
            with transaction(conn):
                for entry in self.opened.container.entries():
                    self.check()
                    if entry.kind.is_record:
                        self._record(entry)
                    else:
                        self._body(entry)
                    self.done += entry.length
                    if self.progress is not None:
                        self.progress(min(0.99, self.done / self.total))
                self.opened.container.finish()
                self._commit_rows()
        except BaseException as exc:
            for writer, _ in self.staged:
                writer.discard()
            if isinstance(exc, sqlcipher3.IntegrityError):
                # A deferred reference that the bundle and the vault do not satisfy.
                raise BundleError("bundle.references") from None
            if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
                raise DiskFull() from None
            raise
        blobs.committed(self.vault.blobs_dir, [pending.info.id for _, pending in self.staged])
        if self.queued is not None and self.queued.blob_id is not None:
            blobs.discard(self.vault.blobs_dir, self.queued.blob_id)
        if self.progress is not None:
            self.progress(1.0)
        self.result.changes = Changes(cases=set(self.result.cases))
        return self.result


def _quarantine(
    vault: Vault, path: Path, header: InnerHeader, reason: str, check: Callable[[], None]
) -> QuarantineEntry:
    """Keep an authentic bundle from an untrusted sender, encrypted, inside the vault,
    within the quarantine's bounds (``check_quarantine_room``)."""
    conn = vault.connection()
    check_quarantine_room(conn, header.sender_card.signing, path.stat().st_size)
    with open(path, "rb") as source:
        pending = blobs.encrypt(vault.blobs_dir, source, is_cancelled=None)
    card = header.sender_card
    entry = QuarantineEntry(
        id=secrets.token_hex(16),
        bundle_id=header.bundle_id_hex,
        sender_key=card.signing,
        sender_card=card.to_bytes(),
        sender_fingerprint=card.fingerprint,
        reason=reason,
        sequence=header.sequence,
        created=_ms_to_iso(header.created_ms),
        received=utc_now(),
        profile=header.profile.value,
        entries=len(header.manifest),
        size=pending.info.size,
        blob_id=pending.info.id,
    )
    try:
        check()
        with transaction(conn):
            blobs.insert(conn, pending)
            ledger.add_quarantine(conn, entry)
    except BaseException:
        blobs.discard(vault.blobs_dir, pending.info.id)
        raise
    blobs.committed(vault.blobs_dir, [pending.info.id])
    return entry


# docs/bundle-format.md §7, "Quarantine bounds": a stranger cannot fill the disk.
MAX_QUARANTINE_PER_SENDER = 20
MAX_QUARANTINE_TOTAL = 200
MAX_QUARANTINE_BYTES = 2 << 30


def check_quarantine_room(conn: Connection, sender_key: bytes, size: int) -> None:
    """Refuse (BundleError "bundle.quarantine_full", nothing kept: the bundle file stays
    where it is) a bundle that would take the quarantine over its bounds. Refused, not
    made room for: dropping the oldest would let a stranger push out a bundle that a
    person has not looked at yet."""
    mine = conn.execute(
        "SELECT count(*) FROM bundle_quarantine WHERE sender_key = ?", (sender_key,)
    ).fetchone()[0]
    if mine >= MAX_QUARANTINE_PER_SENDER:
        raise BundleError("bundle.quarantine_full", scope="sender", limit=MAX_QUARANTINE_PER_SENDER)
    count, total = conn.execute(
        "SELECT count(*), coalesce(sum(size), 0) FROM bundle_quarantine"
    ).fetchone()
    if count >= MAX_QUARANTINE_TOTAL:
        raise BundleError("bundle.quarantine_full", scope="total", limit=MAX_QUARANTINE_TOTAL)
    if total + size > MAX_QUARANTINE_BYTES:
        raise BundleError("bundle.quarantine_full", scope="bytes", limit=MAX_QUARANTINE_BYTES)


def _open_and_import(
    vault: Vault,
    source: Any,
    *,
    path: Path | None,
    queued: QuarantineEntry | None,
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
) -> ImportResult:
    def check() -> None:
        check_cancelled(is_cancelled)

    conn = vault.connection()
    opened = open_for_vault(vault, source)
    header = opened.header
    card = header.sender_card
    if card.signing == vault.identity.public.signing:
        raise BundleError("bundle.own_bundle")
    if queued is None:
        queued = ledger.quarantine_by_bundle(conn, header.bundle_id_hex)
    elif queued.bundle_id != header.bundle_id_hex:
        raise BundleError("bundle.malformed", what="quarantine_copy")
    _bundle_checks(conn, header, queued)
    reason, contact = sender_trust(conn, card)
    if reason is not None:
        fingerprint = card.fingerprint
        if queued is not None:
            raise BundleError(
                "bundle.quarantined", reason=reason, quarantine=queued.id, fingerprint=fingerprint
            )
        contents = verify_only(opened.container, check)
        if contents["content_error"] is not None:  # what open would refuse: not kept
            raise BundleError(contents["content_error"], **contents["content_error_params"])
        if path is None:  # only a file can be kept in quarantine
            raise BundleError(
                "bundle.quarantined", reason=reason, quarantine="-", fingerprint=fingerprint
            )
        entry = _quarantine(vault, path, header, reason, check)
        raise BundleError(
            "bundle.quarantined", reason=reason, quarantine=entry.id, fingerprint=fingerprint
        )
    return _Import(vault, opened, queued, progress, is_cancelled, contact).run()


def import_file(
    vault: Vault,
    path: Path,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> ImportResult:
    """Open and import the bundle at ``path`` (all checks; see the module docstring).

    A bundle from a sender who is not a verified contact is verified in full, kept in
    quarantine, and BundleError("bundle.quarantined") is raised: nothing is imported.
    """
    # Unbuffered: the age reader reads whole chunks, each straight into its buffer.
    with open(path, "rb", buffering=0) as source:
        return _open_and_import(
            vault, source, path=path, queued=None, progress=progress, is_cancelled=is_cancelled
        )


def import_quarantined(
    vault: Vault,
    quarantine_id: str,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> ImportResult:
    """Import a quarantined bundle from the vault's own copy (once its sender is a
    verified contact)."""
    conn = vault.connection()
    queued = ledger.quarantine_get(conn, quarantine_id)
    if queued is None or queued.blob_id is None:
        raise NotFound(what="quarantined_bundle")
    chunks = blobs.read_chunks(conn, vault.blobs_dir, queued.blob_id)
    source = _Replayable(_IterReader(chunks))
    return _open_and_import(
        vault, source, path=None, queued=queued, progress=progress, is_cancelled=is_cancelled
    )


def discard_quarantined(vault: Vault, quarantine_id: str) -> None:
    conn = vault.connection()
    queued = ledger.quarantine_get(conn, quarantine_id)
    if queued is None:
        raise NotFound(what="quarantined_bundle")
    with transaction(conn):
        ledger.remove_quarantine(conn, queued.id)
        if queued.blob_id is not None:
            conn.execute("DELETE FROM blob WHERE id = ?", (queued.blob_id,))
    if queued.blob_id is not None:
        blobs.discard(vault.blobs_dir, queued.blob_id)


def inspect_file(
    vault: Vault,
    path: Path,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> dict[str, Any]:
    """Everything about a bundle without importing it: sender and trust, recipients,
    contents, and whether every entry and the signature verify. Cancelled raises
    Cancelled (nothing changes either way)."""

    def check() -> None:
        check_cancelled(is_cancelled)

    conn = vault.connection()
    with open(path, "rb", buffering=0) as source:
        opened = open_for_vault(vault, source)
        header = opened.header
        card = header.sender_card
        known = {c.fingerprint: c.display_name for c in contact_store.list_contacts(conn)}
        known[vault.identity.fingerprint] = vault.identity.display_name
        last = ledger.last_sequence(conn, card.signing)
        queued = ledger.quarantine_by_bundle(conn, header.bundle_id_hex)
        report: dict[str, Any] = {
            "bundle_id": header.bundle_id_hex,
            "format_version": opened.container.version,
            "created": _ms_to_iso(header.created_ms),
            "sequence": header.sequence,
            "profile": header.profile.value,
            "recipient_type": "hybrid" if header.recipient_type == 2 else "x25519",
            "sender": sender_json(conn, card),
            "recipients": [
                {"fingerprint": fp, "name": known.get(fp)} for fp in header.recipient_fingerprints
            ],
            "already_imported": ledger.is_received(conn, header.bundle_id_hex),
            "missing_sequences": _missing(conn, card.signing),
            "in_quarantine": None if queued is None else queued.id,
            # Arrived after a later bundle of the same sender (accepted all the same).
            "late": last is not None and header.sequence < last,
            "sequence_old": False,  # kept for readers of older reports: never refused now
            "manifest": {
                "entries": len(header.manifest),
                "attachment_bytes": header.manifest.total_length(EntryKind.BODY),
            },
        }
        try:
            authors = AuthorCheck(conn, vault.identity.public.signing, card.signing)
            contents = verify_only(opened.container, check, progress, authors)
        except BundleError as exc:
            report["signature"] = "invalid" if exc.code == "bundle.signature" else "unchecked"
            report["verified"] = False
            report["error"] = exc.code
            # The error's few non-sensitive details (a reason code, an entry number), so
            # the words for it are whole.
            report["error_params"] = {
                k: v for k, v in exc.params.items() if isinstance(v, (str, int))
            }
            return report
        failed = contents.pop("content_error")
        failed_params = contents.pop("content_error_params")
        report.update(contents)
        report["signature"] = "valid"
        report["verified"] = failed is None
        if failed is not None:  # signed, but holding what open refuses
            report["error"] = failed
            report["error_params"] = failed_params
        return report
