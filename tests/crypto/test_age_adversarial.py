"""Tampering with an age file: every change is detected, and only authentic plaintext is
released before the error (a prefix of the original, whole chunks, in order)."""

from __future__ import annotations

import io
import os

import pytest

from amanat.crypto import age
from amanat.crypto.age_recipients import Stanza
from amanat.crypto.stream import CHUNK_SIZE, ENCRYPTED_CHUNK_SIZE
from amanat.domain.errors import AgeError

IDENTITY = age.X25519Identity.generate()
OTHER = age.X25519Identity.generate()
PLAINTEXT = os.urandom(3 * CHUNK_SIZE + 1000)  # chunks: full, full, full, short final
SEALED = age.encrypt_bytes([IDENTITY.to_public(), OTHER.to_public()], PLAINTEXT)
HEADER_SIZE = len(age.parse_header(io.BytesIO(SEALED)).header_bytes)
PAYLOAD_START = HEADER_SIZE + 16
CHUNK_OFFSETS = [PAYLOAD_START + i * ENCRYPTED_CHUNK_SIZE for i in range(4)]


def chunks(data: bytes) -> list[bytes]:
    payload = data[PAYLOAD_START:]
    return [
        payload[i : i + ENCRYPTED_CHUNK_SIZE] for i in range(0, len(payload), ENCRYPTED_CHUNK_SIZE)
    ]


def open_all(data: bytes) -> tuple[bytes, AgeError | None]:
    """Everything the decryptor releases, and the error it ends with."""
    released = bytearray()
    try:
        with age.open_decryptor([IDENTITY], io.BytesIO(data)) as reader:
            for chunk in reader:
                released += chunk
    except AgeError as exc:
        return bytes(released), exc
    return bytes(released), None


def flip(data: bytes, position: int, bit: int = 0) -> bytes:
    changed = bytearray(data)
    changed[position] ^= 1 << bit
    return bytes(changed)


def test_the_untouched_file_opens() -> None:
    assert open_all(SEALED) == (PLAINTEXT, None)
    assert len(chunks(SEALED)) == 4


@pytest.mark.parametrize("bit", [0, 5])
def test_every_header_byte_is_protected(bit: int) -> None:
    for position in range(HEADER_SIZE):
        released, error = open_all(flip(SEALED, position, bit))
        assert released == b"", position
        assert error is not None, position
        assert error.code in {"age.header", "age.hmac", "age.no_match"}, (position, error)


def test_a_flipped_mac_is_an_hmac_failure() -> None:
    mac_line_start = SEALED.rindex(b"\n--- ", 0, HEADER_SIZE) + 1
    # 'A' <-> 'B' keeps the base64 canonical, so the MAC itself is what fails.
    changed = bytearray(SEALED)
    position = mac_line_start + 4
    changed[position] = ord("B") if changed[position] != ord("B") else ord("A")
    released, error = open_all(bytes(changed))
    assert released == b"" and error is not None and error.code == "age.hmac"


def test_the_payload_nonce_is_bound() -> None:
    for position in range(HEADER_SIZE, PAYLOAD_START):
        released, error = open_all(flip(SEALED, position))
        assert released == b""
        assert error is not None and error.params == {"reason": "bad_chunk", "chunk": 0}


@pytest.mark.parametrize("chunk", [0, 1, 2, 3])
@pytest.mark.parametrize("where", ["start", "middle", "tag"])
def test_a_flipped_bit_in_a_chunk_stops_at_that_chunk(chunk: int, where: str) -> None:
    start = CHUNK_OFFSETS[chunk]
    end = min(start + ENCRYPTED_CHUNK_SIZE, len(SEALED))
    position = {"start": start, "middle": (start + end) // 2, "tag": end - 1}[where]
    released, error = open_all(flip(SEALED, position, 3))
    assert released == PLAINTEXT[: chunk * CHUNK_SIZE]
    assert error is not None and error.code == "age.payload"
    assert error.params["chunk"] == chunk


@pytest.mark.parametrize(
    "cut",
    [
        *CHUNK_OFFSETS,  # at each chunk boundary (the first: right after the nonce)
        *(offset + 1 for offset in CHUNK_OFFSETS),
        *(offset - 1 for offset in CHUNK_OFFSETS[1:]),
        *(offset + ENCRYPTED_CHUNK_SIZE // 2 for offset in CHUNK_OFFSETS[:3]),
        len(SEALED) - 1,
        len(SEALED) - 16,
        len(SEALED) - 17,
    ],
)
def test_truncation_at_and_between_chunk_boundaries(cut: int) -> None:
    released, error = open_all(SEALED[:cut])
    assert error is not None and error.code == "age.payload"
    whole_chunks = (cut - PAYLOAD_START) // ENCRYPTED_CHUNK_SIZE
    # A cut exactly at a boundary leaves whole authentic chunks; they may be released,
    # the missing final chunk is still an error.
    assert released == PLAINTEXT[: len(released)]
    assert len(released) <= whole_chunks * CHUNK_SIZE


@pytest.mark.parametrize("cut", [0, 1, 21, 22, HEADER_SIZE - 1, HEADER_SIZE, PAYLOAD_START - 1])
def test_truncation_inside_the_header_or_nonce(cut: int) -> None:
    released, error = open_all(SEALED[:cut])
    assert released == b""
    assert error is not None and error.code == "age.header"


def _reassemble(order: list[int], extra: bytes = b"") -> bytes:
    parts = chunks(SEALED)
    return SEALED[:PAYLOAD_START] + b"".join(parts[i] for i in order) + extra


@pytest.mark.parametrize(
    ("order", "first_bad"),
    [
        ([1, 0, 2, 3], 0),  # swapped
        ([0, 2, 1, 3], 1),
        ([0, 1, 1, 2, 3], 2),  # duplicated
        ([0, 0, 1, 2, 3], 1),
        ([0, 1, 3], 2),  # a middle chunk dropped
        ([0, 1, 2, 3, 3], 4),  # final chunk duplicated at the end
        ([3], 0),  # only the final chunk
    ],
)
def test_reordered_duplicated_and_dropped_chunks(order: list[int], first_bad: int) -> None:
    released, error = open_all(_reassemble(order))
    assert error is not None and error.code == "age.payload"
    assert released == PLAINTEXT[: len(released)]
    assert len(released) <= first_bad * CHUNK_SIZE + (1000 if first_bad == 4 else 0)


def test_dropping_the_final_chunk_is_truncation() -> None:
    released, error = open_all(_reassemble([0, 1, 2]))
    assert error is not None and error.params["reason"] == "truncated"
    assert released == PLAINTEXT[: 3 * CHUNK_SIZE]


@pytest.mark.parametrize(
    "extra", [b"\x00", b"\n", os.urandom(17), os.urandom(ENCRYPTED_CHUNK_SIZE)]
)
def test_data_after_the_final_chunk_is_rejected(extra: bytes) -> None:
    released, error = open_all(SEALED + extra)
    assert error is not None and error.code == "age.payload"
    assert error.params["reason"] in {"trailing_data", "bad_chunk"}
    assert released == PLAINTEXT[: len(released)]


def test_a_complete_chunk_appended_is_rejected() -> None:
    # The short final chunk and the start of the appended one read as one damaged chunk.
    released, error = open_all(_reassemble([0, 1, 2, 3, 0]))
    assert error is not None and error.params == {"reason": "bad_chunk", "chunk": 3}
    assert released == PLAINTEXT[: 3 * CHUNK_SIZE]
    # With a full-size final chunk, it authenticates as final, and what follows is refused.
    plaintext = os.urandom(2 * CHUNK_SIZE)
    sealed = age.encrypt_bytes([IDENTITY.to_public()], plaintext)
    released, error = open_all(sealed + sealed[-ENCRYPTED_CHUNK_SIZE:])
    assert error is not None and error.params == {"reason": "trailing_data", "chunk": 2}
    assert released == plaintext


def test_payload_of_another_file_does_not_open_under_this_header() -> None:
    other = age.encrypt_bytes([IDENTITY.to_public()], PLAINTEXT)
    other_header = len(age.parse_header(io.BytesIO(other)).header_bytes)
    spliced = SEALED[:HEADER_SIZE] + other[other_header:]
    released, error = open_all(spliced)
    assert released == b"" and error is not None and error.params["chunk"] == 0


def _header_with(stanzas: list[Stanza]) -> bytes:
    lines = b"age-encryption.org/v1\n" + b"".join(s.to_bytes() for s in stanzas)
    mac_line = SEALED[SEALED.rindex(b"\n--- ", 0, HEADER_SIZE) + 1 : HEADER_SIZE]
    return lines + mac_line + SEALED[HEADER_SIZE:]


def test_a_recipient_removed_or_added_breaks_the_mac() -> None:
    stanzas = list(age.parse_header(io.BytesIO(SEALED)).stanzas)
    removed = _header_with(stanzas[:1])
    released, error = open_all(removed)
    assert released == b"" and error is not None and error.code == "age.hmac"
    intruder = age.X25519Identity.generate().to_public().wrap(os.urandom(16))
    added = _header_with([*stanzas, *intruder])
    released, error = open_all(added)
    assert released == b"" and error is not None and error.code == "age.hmac"
    grease = Stanza("example.org/grease", ("x",), b"")
    released, error = open_all(_header_with([grease, *stanzas]))
    assert released == b"" and error is not None and error.code == "age.hmac"


def test_the_reader_never_reads_past_the_point_of_failure_into_memory() -> None:
    # A file whose header never ends must not be read to the end.
    endless = b"age-encryption.org/v1\n-> X25519 " + b"A" * (age.MAX_HEADER_SIZE * 2)
    with pytest.raises(AgeError) as caught:
        age.decrypt_bytes([IDENTITY], endless)
    assert caught.value.code == "age.header"
