"""Sealing cases into a bundle file, and opening one: the age layer around the container.

Sealing streams: record entries are built twice (once to hash them for the manifest,
which precedes them, once to write them) rather than held in memory, and attachment
bodies go from the blob store (decrypted and verified chunk by chunk) straight into
age's STREAM. Memory stays bounded whatever the bundle's size.

Everything a seal writes to the vault (custody entries, the outgoing sequence number)
is in one transaction that commits only after the whole file was written and synced;
the file appears under its name only after that (temp file 0600, fsync, rename).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from amanat.bundles import ledger
from amanat.bundles.container import ContainerReader, ContainerWriter
from amanat.bundles.entries import encode_record_entry
from amanat.bundles.format import (
    MAX_RECIPIENTS,
    MAX_RECORD_ENTRY,
    EntryKind,
    InnerHeader,
    Manifest,
    ManifestEntry,
    Profile,
    RecipientType,
    fingerprint_digits,
    id_bytes,
    limit_error,
)
from amanat.bundles.redaction import RedactionPlan, placeholder_person, plan, restricted_cases
from amanat.bundles.selection import Selection, select_cases
from amanat.crypto import age
from amanat.crypto.age import (
    AgeHeader,
    HybridIdentity,
    HybridRecipient,
    X25519Identity,
    X25519Recipient,
)
from amanat.crypto.age_recipients import HYBRID_STANZA, SCRYPT_STANZA, X25519_STANZA
from amanat.crypto.cards import make_card
from amanat.crypto.stream import StreamReader
from amanat.domain.changes import Changes
from amanat.domain.errors import AgeError, BundleError, IntegrityError, NotFound
from amanat.domain.model import CustodyAction, RecordKind
from amanat.domain.progress import IsCancelled, Progress, check_cancelled
from amanat.storage import blobs, custody, history, keyring
from amanat.storage.db import Connection, durable, transaction
from amanat.storage.files import SYNC_EVERY, WriteBehind, atomic_writer, prefetch
from amanat.storage.history import Author, Revision, make_revision, utc_now
from amanat.storage.vault import Vault

BODY_READ = 1 << 20
SEAL_CACHE_BYTES = 32 << 20


@dataclass(frozen=True)
class BundleRecipient:
    """Who a bundle is sealed to: a contact's fingerprint and age keys."""

    fingerprint: str
    x25519: bytes
    hybrid: bytes = b""


@dataclass
class SealResult:
    path: Path
    bundle_id: str
    sequence: int
    profile: Profile
    recipient_type: RecipientType
    recipients: list[str]
    cases: list[str]
    records: int
    revisions: int
    attachments: int
    attachment_bytes: int
    size: int
    excluded_cases: list[str] = field(default_factory=list)
    redaction: dict[str, int] = field(default_factory=dict)
    # The sealed cases: each one's custody log gained an ``exported`` entry.
    changes: Changes = field(default_factory=Changes)

    def as_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "bundle_id": self.bundle_id,
            "sequence": self.sequence,
            "profile": self.profile.value,
            "recipient_type": "hybrid" if self.recipient_type is RecipientType.HYBRID else "x25519",
            "recipients": self.recipients,
            "cases": self.cases,
            "records": self.records,
            "revisions": self.revisions,
            "attachments": self.attachments,
            "attachment_bytes": self.attachment_bytes,
            "size": self.size,
            "excluded_cases": self.excluded_cases,
            "redaction": self.redaction,
        }


# -- building entries ---------------------------------------------------------------------


def parents_first(revisions: list[Revision]) -> list[Revision]:
    """Revisions ordered so that every parent present comes before its children."""
    present = {r.rev_id for r in revisions}
    done: set[str] = set()
    ordered: list[Revision] = []
    pending = list(revisions)
    while pending:
        rest = []
        for rev in pending:
            if all(p in done or p not in present for p in rev.parents):
                ordered.append(rev)
                done.add(rev.rev_id)
            else:
                rest.append(rev)
        if len(rest) == len(pending):  # a cycle cannot happen with hashed ids; be safe
            ordered.extend(rest)
            break
        pending = rest
    return ordered


def _redacted_history(
    kind: RecordKind,
    record_id: str,
    revisions: list[Revision],
    redaction: RedactionPlan,
    sender: Author,
) -> list[Revision]:
    """The revisions as sent under ``redaction``. A revision the profile leaves as it is
    keeps its id and its author's signature; one whose content (or whose parents) the
    redaction changed is a new revision that the sender writes and signs, since it is
    the sender's version, not the author's (docs/trust.md, "Authorship")."""
    if redaction.is_full:
        return revisions
    if kind is RecordKind.PERSON and record_id in redaction.placeholders:
        first = revisions[0]
        return [
            make_revision(
                kind,
                record_id,
                placeholder_person(first.value()),
                parents=[],
                author=sender.key,
                created=first.created,
                sign=sender.sign,
            )
        ]
    mapped: dict[str, str] = {}
    out: list[Revision] = []
    seen: set[str] = set()
    for rev in revisions:
        original = rev.value()
        content = redaction.redact(kind, record_id, original)
        parents = [mapped[p] for p in rev.parents if p in mapped]
        if content == original and tuple(sorted(parents)) == rev.parents:
            new = rev
        else:
            new = make_revision(
                kind,
                record_id,
                content,
                parents=parents,
                author=sender.key,
                created=rev.created,
                sign=sender.sign,
            )
        mapped[rev.rev_id] = new.rev_id
        if new.rev_id not in seen:
            seen.add(new.rev_id)
            out.append(new)
    return out


def record_entry(
    conn: Connection,
    kind: RecordKind,
    record_id: str,
    redaction: RedactionPlan,
    sender: Author,
) -> tuple[bytes, int]:
    """The entry bytes of one record and how many revisions it carries."""
    revisions = parents_first(history.revisions(conn, record_id))
    if not revisions:
        raise BundleError("bundle.internal", what="record_without_history")
    sent = _redacted_history(kind, record_id, revisions, redaction, sender)
    check_relayed(sent, sender)
    data = encode_record_entry(kind, record_id, sent)
    if len(data) > MAX_RECORD_ENTRY:
        raise limit_error("record", kind=kind.value, size=len(data), limit=MAX_RECORD_ENTRY)
    return data, len(sent)


def check_relayed(revisions: list[Revision], sender: Author) -> None:
    """Every revision this vault sends under another author's name carries a signature
    that verifies under that author's key (docs/trust.md, "Authorship"). Revisions a
    bundle's sender wrote are proven on import by the bundle's signature, not one by
    one, so a bad signature on one of them is found here, before it is passed on, and
    the seal stops with a typed error rather than sending what the recipient would
    refuse. Unsigned revisions (written before signatures) travel only as the sender's
    own, as docs/trust.md says."""
    for rev in revisions:
        if rev.author == sender.key or rev.signature is None:
            continue
        if not rev.signature_valid():
            raise BundleError("bundle.relay_signature", record=rev.record_id)


@dataclass(frozen=True)
class _Planned:
    entry: ManifestEntry
    kind: RecordKind | None  # None for a body
    record_id: str
    blob_id: str | None = None
    data: bytes | None = None  # the record entry, kept from the first pass if small enough


def _plan_entries(
    conn: Connection,
    selection: Selection,
    redaction: RedactionPlan,
    check: Callable[[], None],
    sender: Author,
) -> tuple[list[_Planned], int]:
    planned: list[_Planned] = []
    revision_count = 0
    kept_bytes = 0
    for kind, records in selection.by_kind().items():
        for record_id in records:
            if not redaction.keeps(kind, record_id):
                continue
            check()
            data, count = record_entry(conn, kind, record_id, redaction, sender)
            revision_count += count
            entry = ManifestEntry(
                EntryKind.of_record(kind), id_bytes(record_id), len(data),
                hashlib.sha256(data).digest(),
            )  # fmt: skip
            # Entries are kept for the writing pass up to a budget; beyond it they are
            # built again, so memory stays bounded however many cases are sealed.
            keep = kept_bytes + len(data) <= SEAL_CACHE_BYTES
            kept_bytes += len(data) if keep else 0
            planned.append(_Planned(entry, kind, record_id, data=data if keep else None))
    seen_bodies: set[bytes] = set()
    for attachment_id in sorted(selection.by_kind()[RecordKind.ATTACHMENT]):
        if not redaction.keeps(RecordKind.ATTACHMENT, attachment_id):
            continue
        row = conn.execute(
            "SELECT blob_id FROM attachment WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None or row[0] is None:
            continue  # this vault never received the body: send the record alone
        info = blobs.info(conn, str(row[0]))
        if info.sha256 in seen_bodies:
            continue
        seen_bodies.add(info.sha256)
        entry = ManifestEntry(EntryKind.BODY, id_bytes(attachment_id), info.size, info.sha256)
        planned.append(_Planned(entry, None, attachment_id, info.id))
    planned.sort(key=lambda p: p.entry.sort_key())
    return planned, revision_count


# -- sealing ------------------------------------------------------------------------------


def _age_recipients(
    recipients: Sequence[BundleRecipient], classic: bool
) -> tuple[RecipientType, list[X25519Recipient] | list[HybridRecipient], list[bytes]]:
    if not recipients:
        raise BundleError("bundle.no_recipients")
    if len(recipients) > MAX_RECIPIENTS:
        raise limit_error("recipients", count=len(recipients), limit=MAX_RECIPIENTS)
    digits = sorted(fingerprint_digits(r.fingerprint) for r in recipients)
    if len(set(digits)) != len(digits):
        raise BundleError("bundle.duplicate_recipient")
    if not classic:
        lacking = [r for r in recipients if not r.hybrid]
        if lacking:
            # Never a silent downgrade: X25519 for everyone only when asked for.
            raise BundleError("bundle.no_post_quantum", count=len(lacking))
        return (
            RecipientType.HYBRID,
            [HybridRecipient.from_bytes(r.hybrid) for r in recipients],
            digits,
        )
    return RecipientType.X25519, [X25519Recipient.from_bytes(r.x25519) for r in recipients], digits


def seal(
    vault: Vault,
    case_ids: Sequence[str],
    recipients: Sequence[BundleRecipient],
    target: Path,
    *,
    profile: Profile = Profile.FULL,
    classic: bool = False,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    followups_only: bool = False,
) -> SealResult:
    """Seal ``case_ids`` for ``recipients`` into the file ``target`` (``followups_only``:
    only the cases' follow-up questions and answers)."""

    def check() -> None:
        check_cancelled(is_cancelled)

    recipient_type, age_recipients, digits = _age_recipients(recipients, classic)
    identity = vault.identity
    sender_card = make_card(identity)
    author = sender_card.signing
    sender = Author(identity.ed25519_private)
    fingerprints = [r.fingerprint for r in recipients]
    conn = vault.connection()
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(atomic_writer(target))
        # The sequence number and custody entries leave with the bundle: their commit
        # must survive a power loss (storage.db.durable).
        stack.enter_context(durable(conn))
        stack.enter_context(transaction(conn))
        # Only redaction needs the records themselves; a full bundle is planned from ids.
        selection = select_cases(
            conn,
            case_ids,
            check=check,
            ids_only=profile is Profile.FULL,
            followups_only=followups_only,
        )
        if followups_only and not any(
            selection.by_kind()[k] for k in (RecordKind.FOLLOWUP, RecordKind.FOLLOWUP_ANSWER)
        ):
            raise BundleError("bundle.no_followups")
        excluded = restricted_cases(selection, profile)
        if excluded:
            selection = select_cases(
                conn,
                [c for c in selection.case_ids if c not in excluded],
                check=check,
                followups_only=followups_only,
            )
        if not selection.case_ids:
            raise BundleError("bundle.nothing_to_send", excluded=len(excluded))
        redaction = plan(selection, profile)
        planned, revision_count = _plan_entries(conn, selection, redaction, check, sender)
        manifest = Manifest.build([p.entry for p in planned])
        sequence = ledger.next_sequence(conn)
        bundle_id = _new_bundle_id()
        created_ms = time.time_ns() // 1_000_000
        bodies = [p for p in planned if p.kind is None]
        body_bytes = sum(p.entry.length for p in bodies)
        detail_base = {
            "bundle": bundle_id.hex(),
            "sequence": sequence,
            "profile": profile.value,
            "records": len(planned) - len(bodies),
            "attachments": len(bodies),
        }
        now = utc_now()
        for case_id in selection.case_ids:
            custody.append(
                conn,
                actor=author,
                action=CustodyAction.EXPORTED,
                record_kind=RecordKind.CASE.value,
                record_id=case_id,
                case_id=case_id,
                counterpart=", ".join(sorted(fingerprints)),
                detail=detail_base,
                time=now,
            )
        custody_seq, custody_hash = custody.tail(conn)
        header = InnerHeader(
            bundle_id=bundle_id,
            created_ms=created_ms,
            sequence=sequence,
            profile=profile,
            recipient_type=recipient_type,
            sender_card=sender_card,
            custody_seq=custody_seq,
            custody_hash=custody_hash,
            recipients=tuple(digits),
            manifest=manifest,
        )
        total = max(1, manifest.total_length())
        done = 0
        # The file is written on a helper thread while this one decrypts and encrypts.
        behind = stack.enter_context(
            WriteBehind(out, sync_every=SYNC_EVERY, name="amanat-bundle-write")
        )
        encryptor = age.encrypt(age_recipients, behind)
        writer = ContainerWriter(
            encryptor, header, age_header=encryptor.header_bytes, sign=identity.sign
        )
        for item in planned:
            check()
            if item.kind is not None:
                data = item.data
                if data is None:
                    data, _count = record_entry(conn, item.kind, item.record_id, redaction, sender)
                writer.write_record(data)
            else:
                assert item.blob_id is not None
                # The body's size and SHA-256 are the blob row's (the manifest's), and
                # STREAM authenticates what intake hashed, so the writer need not hash
                # it. The blob store is read and decrypted on a helper thread while
                # this one encrypts for the bundle and a third writes the file.
                pieces = blob_pieces(conn, vault.blobs_dir, item.blob_id)
                # closing: on any error here the helper thread stops and the blob file
                # is closed at once, not when the traceback is collected.
                with contextlib.closing(prefetch(pieces, name="amanat-blob-read")) as ahead:
                    writer.write_body(_checked(ahead, check), check_hash=False)
            done += item.entry.length
            if progress is not None:
                progress(min(1.0, done / total))
        writer.finish()
        encryptor.close()
        behind.close()
        ledger.record_sent(
            conn,
            bundle_id=bundle_id.hex(),
            sequence=sequence,
            created=now,
            profile=profile.value,
            recipients=sorted(fingerprints),
            cases=len(selection.case_ids),
            records=len(planned) - len(bodies),
            attachments=len(bodies),
            header_sha256=writer.header_block_sha256,
        )
        size = writer.bytes_written
    return SealResult(
        path=target,
        bundle_id=bundle_id.hex(),
        sequence=sequence,
        profile=profile,
        recipient_type=recipient_type,
        recipients=sorted(fingerprints),
        cases=list(selection.case_ids),
        records=len(planned) - len(bodies),
        revisions=revision_count,
        attachments=len(bodies),
        attachment_bytes=body_bytes,
        size=target.stat().st_size if target.exists() else size,
        excluded_cases=excluded,
        redaction=dict(redaction.report),
        changes=Changes(cases=set(selection.case_ids)),
    )


def _checked(
    chunks: Iterator[bytes | bytearray], check: Callable[[], None]
) -> Iterator[bytes | bytearray]:
    for i, chunk in enumerate(chunks):
        if i % 4 == 0:  # pieces of up to 1 MiB
            check()
        yield chunk


def blob_pieces(conn: Connection, blobs_dir: Path, blob_id: str) -> Iterator[bytearray]:
    """An attachment body from the blob store, in authenticated pieces of up to 1 MiB.

    Every STREAM chunk authenticates under the blob's own key, which is bound to its
    id, and the final-chunk flag ends it: a swapped, truncated, extended or altered
    file fails with IntegrityError after the authentic prefix, as does a size other
    than the row's. Neither SHA-256 is recomputed here. The plaintext's (which the
    manifest carries) was taken at intake from exactly the bytes that were encrypted,
    so authenticated decryption already proves them, and the receiver checks them
    against the manifest anyway. The ciphertext's is for checking blobs at rest
    without decrypting them (``amanat check``). So sealing costs two cipher passes per
    byte and no hash.
    """
    row = conn.execute(
        "SELECT key, size, cipher_size, inline FROM blob WHERE id = ?", (blob_id,)
    ).fetchone()
    if row is None:
        raise NotFound(what="blob", id=blob_id)
    key, size, cipher_size, inline = row
    # The row is read here, on the caller's thread; the pieces may be produced on
    # another (``prefetch``), which never touches the connection.
    return _pieces(blobs_dir, blob_id, bytes(key), int(size), int(cipher_size), inline)


def _pieces(
    blobs_dir: Path, blob_id: str, key: bytes, size: int, cipher_size: int, inline: Any
) -> Iterator[bytearray]:
    with contextlib.ExitStack() as stack:
        raw: io.FileIO | io.BytesIO
        if inline is not None:
            raw = io.BytesIO(bytes(inline))
        else:
            try:
                # Unbuffered: STREAM reads whole chunks, each one system call straight
                # into its buffer, without a second copy through a file buffer.
                raw = stack.enter_context(
                    open(blobs.blob_path(blobs_dir, blob_id), "rb", buffering=0)
                )
            except FileNotFoundError:
                raise IntegrityError(what="blob_missing", id=blob_id) from None
        source = _CountedSource(raw)
        reader = StreamReader(blobs.stream_key(key, blob_id), source)
        total = 0
        try:
            while piece := reader.read_block(BODY_READ):
                total += len(piece)
                if total > size:
                    raise IntegrityError(what="blob_size", id=blob_id)
                yield piece
        except AgeError as exc:
            raise IntegrityError(
                what="blob", id=blob_id, reason=str(exc.params.get("reason", ""))
            ) from None
        if source.size != cipher_size:
            raise IntegrityError(what="blob_ciphertext", id=blob_id)
        if total != size:
            raise IntegrityError(what="blob_plaintext", id=blob_id)


class _CountedSource:
    """Counts the stored ciphertext as the STREAM reader reads it."""

    def __init__(self, raw: io.FileIO | io.BytesIO) -> None:
        self._raw = raw
        self.size = 0

    def readinto(self, buffer: memoryview) -> int:
        n = self._raw.readinto(buffer) or 0
        self.size += n
        return n


def _new_bundle_id() -> bytes:
    return os.urandom(16)


# -- opening ------------------------------------------------------------------------------


def vault_identities(vault: Vault) -> list[X25519Identity | HybridIdentity]:
    """The age identities of every live key generation, the current one first
    (docs/forward-secrecy.md): a bundle sealed before a rotation opens until the older
    generation's secrets are destroyed."""
    found: list[X25519Identity | HybridIdentity] = []
    for key in vault.identity.decryption_keys:
        found.append(HybridIdentity.from_bytes(key.hybrid_seed))
        found.append(X25519Identity.from_bytes(key.x25519_private))
    return found


def open_for_vault(vault: Vault, source: BinaryIO) -> OpenedBundle:
    """``open_sealed`` with this vault's live keys. A bundle none of them opens, in a
    vault that destroyed older generations, fails with BundleError("bundle.no_live_key"):
    it may have been sealed to one of those (age stanzas do not name their recipient)."""
    try:
        return open_sealed(source, vault_identities(vault), vault.identity.fingerprint)
    except BundleError as exc:
        if exc.code == "bundle.not_for_us" and keyring.has_destroyed(vault.connection()):
            raise BundleError("bundle.no_live_key") from None
        raise


def _age_failure(exc: AgeError) -> BundleError:
    reason = str(exc.params.get("reason", ""))
    if exc.code == "age.no_match":
        return BundleError("bundle.not_for_us")
    if exc.code == "age.header" and reason in {"not_age", "empty"}:
        return BundleError("bundle.not_age")
    if exc.code == "age.hmac":
        return BundleError("bundle.damaged", reason="header_mac")
    return BundleError("bundle.damaged", reason=reason or exc.code)


def check_age_header(header: AgeHeader) -> RecipientType:
    """Check 1 of docs/bundle-format.md section 6 on the stanzas alone."""
    types = {stanza.type for stanza in header.stanzas}
    if SCRYPT_STANZA in types:
        raise BundleError("bundle.passphrase_stanza")
    if types == {X25519_STANZA}:
        return RecipientType.X25519
    if types == {HYBRID_STANZA}:
        return RecipientType.HYBRID
    raise BundleError("bundle.recipient_types", count=len(types))


@dataclass
class OpenedBundle:
    """A bundle whose age header and inner header passed checks 1 to 5."""

    age_header: bytes
    stanza_count: int
    recipient_type: RecipientType
    container: ContainerReader

    @property
    def header(self) -> InnerHeader:
        return self.container.header


def open_sealed(
    source: BinaryIO,
    identities: Sequence[X25519Identity | HybridIdentity],
    own_fingerprint: str,
) -> OpenedBundle:
    """Checks 1 to 5: age header, decryption, magic, version, inner header, recipients.

    ``source`` must be seekable (a file): the age header is examined before any key is
    tried, so that a passphrase stanza is refused as such.
    """
    try:
        age_header = age.parse_header(source, armor=False)
    except AgeError as exc:
        raise _age_failure(exc) from None
    recipient_type = check_age_header(age_header)
    source.seek(0)
    try:
        decryptor = age.open_decryptor(identities, source, armor=False)
    except AgeError as exc:
        raise _age_failure(exc) from None
    container = ContainerReader(decryptor.read_block, age_header=decryptor.header_bytes)
    header = container.header
    if fingerprint_digits(own_fingerprint) not in header.recipients:
        raise BundleError("bundle.not_a_recipient")
    if (
        len(decryptor.stanzas) != len(header.recipients)
        or header.recipient_type is not recipient_type
    ):
        raise BundleError(
            "bundle.recipients", stanzas=len(decryptor.stanzas), signed=len(header.recipients)
        )
    return OpenedBundle(
        age_header=decryptor.header_bytes,
        stanza_count=len(decryptor.stanzas),
        recipient_type=recipient_type,
        container=container,
    )
