"""The STREAM construction on its own (crypto/stream.py), checked against the format."""

from __future__ import annotations

import io
import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from hypothesis import given, settings
from hypothesis import strategies as st

from amanat.crypto import stream
from amanat.crypto.stream import CHUNK_SIZE, TAG_SIZE
from amanat.domain.errors import AgeError

KEY = bytes(range(32))
BATCH_BYTES = stream.BLOCK_SIZE
SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 3 * CHUNK_SIZE + 7]


def reference_encrypt(key: bytes, plaintext: bytes) -> bytes:
    """The construction written out plainly, independent of the streaming code."""
    aead = ChaCha20Poly1305(key)
    chunks = [plaintext[i : i + CHUNK_SIZE] for i in range(0, len(plaintext), CHUNK_SIZE)]
    chunks = chunks or [b""]
    out = b""
    for index, chunk in enumerate(chunks):
        flag = b"\x01" if index == len(chunks) - 1 else b"\x00"
        out += aead.encrypt(index.to_bytes(11, "big") + flag, chunk, None)
    return out


def encrypt(plaintext: bytes, key: bytes = KEY) -> bytes:
    out = io.BytesIO()
    with stream.StreamWriter(key, out) as writer:
        writer.write(plaintext)
    return out.getvalue()


@pytest.mark.parametrize("size", SIZES)
def test_writer_matches_the_construction(size: int) -> None:
    plaintext = os.urandom(size)
    ciphertext = encrypt(plaintext)
    assert ciphertext == reference_encrypt(KEY, plaintext)
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert len(ciphertext) == size + chunks * TAG_SIZE


@pytest.mark.parametrize("size", SIZES)
def test_reader_round_trips(size: int) -> None:
    plaintext = os.urandom(size)
    ciphertext = reference_encrypt(KEY, plaintext)
    assert b"".join(stream.iter_decrypt(KEY, io.BytesIO(ciphertext))) == plaintext
    reader = stream.StreamReader(KEY, io.BytesIO(ciphertext))
    assert reader.read() == plaintext
    assert reader.done


def test_writes_of_any_shape_give_the_same_stream() -> None:
    plaintext = os.urandom(3 * CHUNK_SIZE + 100)
    expected = reference_encrypt(KEY, plaintext)
    for piece in (1, 1000, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 5 * CHUNK_SIZE):
        out = io.BytesIO()
        writer = stream.StreamWriter(KEY, out)
        for start in range(0, len(plaintext), piece):
            writer.write(memoryview(plaintext)[start : start + piece])
        writer.close()
        writer.close()  # idempotent
        assert out.getvalue() == expected


def test_encrypt_and_decrypt_stream_with_progress() -> None:
    plaintext = os.urandom(40 * CHUNK_SIZE + 3)
    sealed, opened = io.BytesIO(), io.BytesIO()
    seen_encrypt: list[int] = []
    seen_decrypt: list[int] = []
    size = stream.encrypt_stream(KEY, io.BytesIO(plaintext), sealed, seen_encrypt.append)
    assert size == len(plaintext)
    assert sealed.getvalue() == reference_encrypt(KEY, plaintext)
    sealed.seek(0)
    assert stream.decrypt_stream(KEY, sealed, opened, seen_decrypt.append) == len(plaintext)
    assert opened.getvalue() == plaintext
    for seen in (seen_encrypt, seen_decrypt):
        assert seen == sorted(seen) and seen[-1] == len(plaintext)


class TrickleReader:
    """A pipe-like source: a few bytes per call, and only ``read`` (no ``readinto``)."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._position = 0
        self.calls = 0

    def read(self, size: int = -1) -> bytes:
        self.calls += 1
        step = 1 + self.calls % 7
        chunk = self._data[self._position : self._position + min(step, size)]
        self._position += len(chunk)
        return chunk


def test_short_reads_and_read_only_sources() -> None:
    plaintext = os.urandom(CHUNK_SIZE + 10)
    ciphertext = reference_encrypt(KEY, plaintext)
    assert b"".join(stream.iter_decrypt(KEY, TrickleReader(ciphertext))) == plaintext
    out = io.BytesIO()
    stream.encrypt_stream(KEY, TrickleReader(plaintext), out)
    assert out.getvalue() == ciphertext


def test_key_must_be_32_bytes() -> None:
    for bad in (b"", bytes(16), bytes(33)):
        with pytest.raises(AgeError) as caught:
            stream.StreamWriter(bad, io.BytesIO())
        assert caught.value.code == "age.bad_key"
        with pytest.raises(AgeError):
            stream.StreamReader(bad, io.BytesIO())


def test_wrong_key_releases_nothing() -> None:
    ciphertext = reference_encrypt(KEY, os.urandom(100))
    reader = stream.StreamReader(bytes(32), io.BytesIO(ciphertext))
    with pytest.raises(AgeError) as caught:
        reader.read_chunk()
    assert caught.value.params == {"reason": "bad_chunk", "chunk": 0}
    with pytest.raises(AgeError):  # and stays failed
        reader.read_chunk()


def test_failed_chunk_leaves_no_unauthenticated_bytes_in_the_buffer() -> None:
    ciphertext = bytearray(reference_encrypt(KEY, os.urandom(1000)))
    ciphertext[10] ^= 1
    buffer = bytearray(b"\xaa" * CHUNK_SIZE)
    reader = stream.StreamReader(KEY, io.BytesIO(bytes(ciphertext)))
    with pytest.raises(AgeError):
        reader.read_chunk_into(buffer)
    assert buffer[:1000] == bytes(1000)


def test_aborted_writer_output_is_rejected() -> None:
    out = io.BytesIO()
    writer = stream.StreamWriter(KEY, out)
    # More than a batch: the first 16 sealed chunks were written, the rest is dropped.
    writer.write(os.urandom((stream.BATCH + 2) * CHUNK_SIZE + 1))
    writer.abort()
    assert len(out.getvalue()) == stream.BATCH * stream.ENCRYPTED_CHUNK_SIZE
    with pytest.raises(ValueError):
        writer.write(b"more")
    with pytest.raises(AgeError) as caught:
        b"".join(stream.iter_decrypt(KEY, io.BytesIO(out.getvalue())))
    assert caught.value.params["reason"] == "truncated"


def test_an_aborted_small_output_is_empty_and_rejected() -> None:
    out = io.BytesIO()
    with pytest.raises(RuntimeError), stream.StreamWriter(KEY, out) as writer:
        writer.write(os.urandom(2 * CHUNK_SIZE + 1))
        raise RuntimeError("stop")
    assert out.getvalue() == b""
    with pytest.raises(AgeError) as caught:
        b"".join(stream.iter_decrypt(KEY, io.BytesIO(out.getvalue())))
    assert caught.value.params["reason"] == "no_chunks"


@pytest.mark.parametrize("chunks", [0, 1, 15, 16, 17, 40])
def test_batched_output_decrypts_for_every_size(chunks: int) -> None:
    for extra in (0, 1):
        plaintext = os.urandom(chunks * CHUNK_SIZE + extra)
        out = io.BytesIO()
        with stream.StreamWriter(KEY, out) as writer:
            for start in range(0, len(plaintext), 100_000):
                writer.write(plaintext[start : start + 100_000])
        assert b"".join(stream.iter_decrypt(KEY, io.BytesIO(out.getvalue()))) == plaintext
        copied = io.BytesIO()
        assert stream.decrypt_stream(KEY, io.BytesIO(out.getvalue()), copied) == len(plaintext)
        assert copied.getvalue() == plaintext


class ShortWriter:
    """A raw-file-like sink that accepts at most a few hundred bytes per call."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        taken = bytes(data[:333])
        self.data += taken
        return len(taken)


def test_short_writes_are_completed() -> None:
    plaintext = os.urandom(2 * CHUNK_SIZE + 5)
    sink = ShortWriter()
    stream.encrypt_stream(KEY, io.BytesIO(plaintext), sink)
    assert bytes(sink.data) == reference_encrypt(KEY, plaintext)
    opened = ShortWriter()
    stream.decrypt_stream(KEY, io.BytesIO(bytes(sink.data)), opened)
    assert bytes(opened.data) == plaintext


@pytest.mark.parametrize("size", [*SIZES, 16 * CHUNK_SIZE, 16 * CHUNK_SIZE + 1, 40 * CHUNK_SIZE])
@pytest.mark.parametrize("block", [CHUNK_SIZE, 3 * CHUNK_SIZE, 16 * CHUNK_SIZE])
def test_read_block_returns_the_plaintext_in_whole_chunks(size: int, block: int) -> None:
    plaintext = os.urandom(size)
    reader = stream.StreamReader(KEY, io.BytesIO(encrypt(plaintext)))
    blocks = list(iter(lambda: reader.read_block(block), b""))
    assert b"".join(blocks) == plaintext
    assert all(len(b) == block for b in blocks[:-1])
    assert reader.done
    # Each block is a buffer of its own: the consumer may keep them all.
    assert len({id(b) for b in blocks}) == len(blocks)


@pytest.mark.parametrize("bad_chunk", [0, 1, 4, 5, 6])
def test_read_block_releases_the_authentic_prefix_then_the_error(bad_chunk: int) -> None:
    plaintext = os.urandom(7 * CHUNK_SIZE + 100)
    data = bytearray(encrypt(plaintext))
    data[bad_chunk * (CHUNK_SIZE + TAG_SIZE) + 10] ^= 1
    reader = stream.StreamReader(KEY, io.BytesIO(bytes(data)))
    released = bytearray()
    with pytest.raises(AgeError) as failure:
        while block := reader.read_block(4 * CHUNK_SIZE):
            released += block
    # Chunks before the damaged one come out even when they share its block; the error
    # is the original one (its chunk index), not a later "after_error".
    assert bytes(released) == plaintext[: bad_chunk * CHUNK_SIZE]
    assert failure.value.code == "age.payload"
    assert failure.value.params == {"reason": "bad_chunk", "chunk": bad_chunk}
    with pytest.raises(AgeError):
        reader.read_block()


def test_read_block_refuses_data_after_the_final_chunk() -> None:
    plaintext = os.urandom(2 * CHUNK_SIZE)
    reader = stream.StreamReader(KEY, io.BytesIO(encrypt(plaintext) + b"x"))
    released = bytearray()
    with pytest.raises(AgeError) as failure:
        while block := reader.read_block(8 * CHUNK_SIZE):
            released += block
    assert bytes(released) == plaintext
    assert failure.value.params["reason"] == "trailing_data"


# -- read_block against the chunk-by-chunk reader, large writes ---------------------------


def _released_by_chunks(data: bytes) -> tuple[bytes, dict[str, object] | None]:
    reader = stream.StreamReader(KEY, io.BytesIO(data))
    out = bytearray()
    try:
        while chunk := reader.read_chunk():
            out += chunk
    except AgeError as exc:
        return bytes(out), dict(exc.params)
    return bytes(out), None


def _released_by_blocks(data: bytes, chunks: int) -> tuple[bytes, dict[str, object] | None]:
    reader = stream.StreamReader(KEY, io.BytesIO(data))
    out = bytearray()
    try:
        while block := reader.read_block(chunks * CHUNK_SIZE):
            out += block
    except AgeError as exc:
        return bytes(out), dict(exc.params)
    assert reader.done
    return bytes(out), None


def _sealed_chunk(index: int, plaintext: bytes, final: bool) -> bytes:
    nonce = index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")
    return ChaCha20Poly1305(KEY).encrypt(nonce, plaintext, None)


@st.composite
def damaged_streams(draw: st.DrawFn) -> bytes:
    chunks = draw(st.integers(0, 70))
    tail = draw(st.integers(0, CHUNK_SIZE))
    size = max(0, chunks * CHUNK_SIZE + tail - (CHUNK_SIZE if chunks and not tail else 0))
    # Cheap distinct plaintext: a counter pattern (random bytes of 4 MB per example are
    # slow to draw and add nothing here).
    plaintext = (bytes(range(256)) * (size // 256 + 1))[:size]
    data = bytearray(reference_encrypt(KEY, plaintext))
    damage = draw(st.sampled_from(["none", "flip", "truncate", "append", "early_final"]))
    if damage == "flip" and data:
        data[draw(st.integers(0, len(data) - 1))] ^= 1 << draw(st.integers(0, 7))
    elif damage == "truncate" and data:
        del data[draw(st.integers(0, len(data) - 1)) :]
    elif damage == "append":
        data += draw(st.binary(min_size=1, max_size=100))
    elif damage == "early_final" and chunks >= 2:
        # A chunk sealed as final in the middle of the stream, more chunks after it.
        k = draw(st.integers(0, chunks - 2))
        start = k * (CHUNK_SIZE + TAG_SIZE)
        piece = plaintext[k * CHUNK_SIZE : (k + 1) * CHUNK_SIZE]
        data[start : start + CHUNK_SIZE + TAG_SIZE] = _sealed_chunk(k, piece, final=True)
    return bytes(data)


@settings(max_examples=150, deadline=None)
@given(damaged_streams(), st.sampled_from([2, 9, 16, 32, 33]))
def test_read_block_releases_exactly_what_the_chunk_reader_releases(
    data: bytes, chunks: int
) -> None:
    """Blocks release the same authentic bytes and fail with the same reason at the same
    chunk as one chunk at a time, whether the damage falls inside a block or between."""
    assert _released_by_blocks(data, chunks) == _released_by_chunks(data)


@pytest.mark.parametrize("bad_chunk", [0, 7, 14, 15, 16, 17, 29, 30, 31, 32, 40])
def test_damage_anywhere_in_a_large_block(bad_chunk: int) -> None:
    plaintext = os.urandom(45 * CHUNK_SIZE)
    data = bytearray(encrypt(plaintext))
    data[bad_chunk * (CHUNK_SIZE + TAG_SIZE) + 99] ^= 0x80
    released, error = _released_by_blocks(bytes(data), 32)
    assert released == plaintext[: bad_chunk * CHUNK_SIZE]
    assert error == {"reason": "bad_chunk", "chunk": bad_chunk}


@settings(max_examples=60, deadline=None)
@given(
    st.integers(0, 80 * CHUNK_SIZE),
    st.lists(st.integers(1, 3 * BATCH_BYTES), min_size=1, max_size=12),
)
def test_large_writes_match_the_construction(size: int, writes: list[int]) -> None:
    plaintext = (bytes(range(251)) * (size // 251 + 1))[:size]
    out = io.BytesIO()
    with stream.StreamWriter(KEY, out) as writer:
        position, turn = 0, 0
        while position < size:
            step = writes[turn % len(writes)]
            writer.write(plaintext[position : position + step])
            position += step
            turn += 1
    assert out.getvalue() == reference_encrypt(KEY, plaintext)
