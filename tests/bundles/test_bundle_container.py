"""The bundle container over plain streams: layout, manifest checks, signature, fuzz."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amanat.bundles import format as fmt
from amanat.bundles.container import ContainerReader, ContainerWriter, bytes_source
from amanat.bundles.entries import decode_record_entry, encode_record_entry
from amanat.crypto.cards import make_card
from amanat.crypto.identity import Identity
from amanat.domain import canonical
from amanat.domain.errors import AmanatError, BundleError
from amanat.domain.model import RecordKind
from amanat.storage.history import make_revision

SENDER = Identity.generate("Sender")
RECIPIENT = Identity.generate("Recipient")
AGE_HEADER = b"age-encryption.org/v1\n-> X25519 fake\n--- mac\n"


def _entries() -> list[tuple[fmt.ManifestEntry, bytes]]:
    author = SENDER.public.signing
    person_id = os.urandom(16).hex()
    first = make_revision(
        RecordKind.PERSON, person_id, {"names": [{"text": "Айгүл"}]}, parents=[], author=author
    )
    second = make_revision(
        RecordKind.PERSON,
        person_id,
        {"names": [{"text": "Айгүл"}], "occupation": "teacher"},
        parents=[first.rev_id],
        author=author,
    )
    record = encode_record_entry(RecordKind.PERSON, person_id, [first, second])
    body = os.urandom(200_000)
    items = [
        (fmt.EntryKind.PERSON, bytes.fromhex(person_id), record),
        (fmt.EntryKind.BODY, os.urandom(16), body),
        (fmt.EntryKind.BODY, os.urandom(16), b""),
    ]
    built = [
        (fmt.ManifestEntry(kind, entry_id, len(data), hashlib.sha256(data).digest()), data)
        for kind, entry_id, data in items
    ]
    return sorted(built, key=lambda item: item[0].sort_key())


def _header(entries: list[fmt.ManifestEntry], **changes: object) -> fmt.InnerHeader:
    values: dict[str, object] = {
        "bundle_id": os.urandom(16),
        "created_ms": 1_700_000_000_000,
        "sequence": 7,
        "profile": fmt.Profile.FULL,
        "recipient_type": fmt.RecipientType.HYBRID,
        "sender_card": make_card(SENDER),
        "custody_seq": 3,
        "custody_hash": os.urandom(32),
        "recipients": (fmt.fingerprint_digits(RECIPIENT.fingerprint),),
        "manifest": fmt.Manifest.build(entries),
    }
    values.update(changes)
    return fmt.InnerHeader(**values)  # type: ignore[arg-type]


def build(age_header: bytes = AGE_HEADER) -> tuple[bytes, list[tuple[fmt.ManifestEntry, bytes]]]:
    items = _entries()
    out = io.BytesIO()
    writer = ContainerWriter(
        out, _header([e for e, _ in items]), age_header=age_header, sign=SENDER.sign
    )
    for entry, data in items:
        if entry.kind.is_record:
            writer.write_record(data)
        else:
            writer.write_body([data[i : i + 70_000] for i in range(0, len(data), 70_000)])
    writer.finish()
    return out.getvalue(), items


def read_all(data: bytes, age_header: bytes = AGE_HEADER, piece: int = 65536) -> list[bytes]:
    reader = ContainerReader(bytes_source(data, piece), age_header=age_header)
    found = []
    for entry in reader.entries():
        if entry.kind.is_record:
            found.append(entry.read_all())
        else:
            found.append(b"".join(bytes(c) for c in entry.chunks(50_000)))
    reader.finish()
    return found


def test_round_trip() -> None:
    data, items = build()
    assert data.startswith(fmt.MAGIC + struct.pack(">H", fmt.VERSION))
    for piece in (1, 7, 65536, len(data)):
        if piece == 1 and len(data) > 100_000:
            piece = 13
        assert read_all(data, piece=piece) == [d for _, d in items]
    reader = ContainerReader(bytes_source(data), age_header=AGE_HEADER)
    header = reader.header
    assert header.sequence == 7 and header.profile is fmt.Profile.FULL
    assert header.recipient_fingerprints == [RECIPIENT.fingerprint]
    assert header.sender_card.fingerprint == SENDER.fingerprint
    assert [e for e in header.manifest] == [e for e, _ in items]


def test_record_entry_is_canonical_and_checked() -> None:
    _, items = build()
    entry, data = next((e, d) for e, d in items if e.kind is fmt.EntryKind.PERSON)
    assert canonical.encode(canonical.decode(data)) == data
    revisions = decode_record_entry(data, RecordKind.PERSON, entry.id_hex)
    assert [len(r.parents) for r in revisions] == [0, 1]
    assert encode_record_entry(RecordKind.PERSON, entry.id_hex, revisions) == data
    swapped = canonical.decode(data)
    swapped["revisions"].reverse()
    with pytest.raises(BundleError) as info:
        decode_record_entry(canonical.encode(swapped), RecordKind.PERSON, entry.id_hex)
    assert info.value.params["reason"] == "revision_order"
    tampered = canonical.decode(data)
    tampered["revisions"][0]["content"]["occupation"] = "x"
    with pytest.raises(BundleError) as info:
        decode_record_entry(canonical.encode(tampered), RecordKind.PERSON, entry.id_hex)
    assert info.value.params["reason"] == "revision"
    with pytest.raises(BundleError):
        decode_record_entry(data, RecordKind.PLACE, entry.id_hex)


def test_signature_binds_the_age_header() -> None:
    data, _ = build()
    with pytest.raises(BundleError) as info:
        read_all(data, age_header=AGE_HEADER + b"x")
    assert info.value.code == "bundle.signature"


def test_every_flipped_byte_is_refused() -> None:
    data, _ = build()
    # Every byte of header, frames and trailer; a sample of the attachment body.
    body_start = data.find(b"\x40", fmt.PREFIX_SIZE + 1500)
    positions = [p for p in range(len(data)) if not body_start + 100 < p < len(data) - 200]
    positions += list(range(body_start + 100, len(data) - 200, 997))
    for position in positions:
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        with pytest.raises(BundleError):
            read_all(bytes(damaged))


def test_truncation_and_trailing_data() -> None:
    data, _ = build()
    for size in [0, 5, fmt.PREFIX_SIZE, 100, 2000, len(data) // 2, len(data) - 64, len(data) - 1]:
        with pytest.raises(BundleError) as info:
            read_all(data[:size])
        assert info.value.code in {"bundle.not_a_bundle", "bundle.truncated"}
    with pytest.raises(BundleError) as info:
        read_all(data + b"\x00")
    assert info.value.code == "bundle.trailing_data"


def test_version_and_limits() -> None:
    data, _ = build()
    newer = data[: len(fmt.MAGIC)] + struct.pack(">H", 3) + data[len(fmt.MAGIC) + 2 :]
    with pytest.raises(BundleError) as info:
        read_all(newer)
    assert info.value.code == "bundle.version" and info.value.params["found"] == 3
    huge = data[: len(fmt.MAGIC) + 2] + struct.pack(">I", fmt.MAX_HEADER_SIZE + 1)
    with pytest.raises(BundleError) as info:
        read_all(huge + data[fmt.PREFIX_SIZE :])
    assert info.value.code == "bundle.limit"
    entry = fmt.ManifestEntry(fmt.EntryKind.BODY, bytes(16), fmt.MAX_BODY_ENTRY + 1, bytes(32))
    with pytest.raises(BundleError) as info:
        fmt.Manifest.build([entry])
    assert info.value.code == "bundle.limit"
    record = fmt.ManifestEntry(fmt.EntryKind.CASE, bytes(16), fmt.MAX_RECORD_ENTRY + 1, bytes(32))
    with pytest.raises(BundleError):
        fmt.Manifest.decode(record.encode(), 1)


def test_manifest_must_be_sorted_and_unique() -> None:
    a = fmt.ManifestEntry(fmt.EntryKind.PERSON, bytes(16), 1, bytes(32))
    b = fmt.ManifestEntry(fmt.EntryKind.CASE, bytes(16), 1, bytes(32))
    for entries in ([b, a], [a, a]):
        with pytest.raises(BundleError) as info:
            fmt.Manifest.decode(b"".join(e.encode() for e in entries), 2)
        assert info.value.params["what"] == "manifest_order"


def test_writer_refuses_what_the_manifest_does_not_say() -> None:
    items = _entries()
    writer = ContainerWriter(
        io.BytesIO(), _header([e for e, _ in items]), age_header=b"", sign=SENDER.sign
    )
    with pytest.raises(BundleError):
        writer.write_record(items[0][1] + b" ")
    with pytest.raises(BundleError):
        writer.finish()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_reader_raises_only_typed_errors(data: st.DataObject) -> None:
    original, _ = build()
    mode = data.draw(st.sampled_from(["random", "splice", "truncate"]))
    if mode == "random":
        blob = fmt.MAGIC + data.draw(st.binary(max_size=3000))
    elif mode == "splice":
        position = data.draw(st.integers(0, len(original) - 1))
        junk = data.draw(st.binary(min_size=1, max_size=16))
        blob = original[:position] + junk + original[position + len(junk) :]
    else:
        blob = original[: data.draw(st.integers(0, len(original)))]
    with contextlib.suppress(AmanatError):
        read_all(blob, piece=data.draw(st.sampled_from([1000, 65536])))
