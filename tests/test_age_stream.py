"""The STREAM construction on its own (crypto/stream.py), checked against the format."""

from __future__ import annotations

import io
import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from amanat.crypto import stream
from amanat.crypto.stream import CHUNK_SIZE, TAG_SIZE
from amanat.domain.errors import AgeError

KEY = bytes(range(32))
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
    writer.write(os.urandom(2 * CHUNK_SIZE + 1))
    writer.abort()
    with pytest.raises(ValueError):
        writer.write(b"more")
    with pytest.raises(AgeError) as caught:
        b"".join(stream.iter_decrypt(KEY, io.BytesIO(out.getvalue())))
    assert caught.value.params["reason"] == "truncated"


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
