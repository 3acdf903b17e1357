"""The community age test vectors (C2SP CCTV), copied unchanged into tests/data/age-testkit.

Each vector is a `key: value` header, an empty line and an age file (zlib-compressed when
`compressed: zlib`). The decryptor must end with the expected outcome, and the SHA-256 of
all plaintext it released (even before a payload failure) must equal `payload`.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from amanat.crypto import age
from amanat.domain.errors import AgeError
from support.paths import DATA

TESTKIT = DATA / "age-testkit"
EXPECTED_CODES = {
    "success": None,
    "no match": "age.no_match",
    "HMAC failure": "age.hmac",
    "header failure": "age.header",
    "payload failure": "age.payload",
    "armor failure": "age.armor",
}
KNOWN_KEYS = {
    "expect",
    "payload",
    "identity",
    "passphrase",
    "armored",
    "file key",
    "comment",
    "compressed",
}


@dataclass
class Vector:
    name: str
    expect: str = ""
    payload: str | None = None
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)
    armored: bool = False
    unknown_keys: list[str] = field(default_factory=list)
    body: bytes = b""


def load_vector(path: Path) -> Vector:
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n\n")
    vector = Vector(path.name)
    compressed = False
    for line in head.decode("utf-8").split("\n"):
        key, _, value = line.partition(": ")
        if key == "expect":
            vector.expect = value
        elif key == "payload":
            vector.payload = value
        elif key == "identity":
            vector.identities.append(value)
        elif key == "passphrase":
            vector.passphrases.append(value)
        elif key == "armored":
            vector.armored = value == "yes"
        elif key == "compressed":
            assert value == "zlib", value
            compressed = True
        elif key not in KNOWN_KEYS:
            vector.unknown_keys.append(key)
    vector.body = zlib.decompress(body) if compressed else body
    return vector


VECTOR_FILES = sorted(p for p in TESTKIT.iterdir() if p.name != "README.md")


def run_vector(vector: Vector, armor: bool | None) -> tuple[str | None, str]:
    """Decrypt as a streaming consumer would; return (error code or None, payload hash)."""
    identities: list[age.Identity] = [age.parse_identity(i) for i in vector.identities]
    identities += [age.ScryptIdentity(p) for p in vector.passphrases]
    released = hashlib.sha256()
    try:
        with age.open_decryptor(identities, io.BytesIO(vector.body), armor=armor) as reader:
            for chunk in reader:
                released.update(chunk)
            assert reader.done
    except AgeError as exc:
        return exc.code, released.hexdigest()
    return None, released.hexdigest()


def test_testkit_copy_is_complete() -> None:
    # The whole collection we were given, so that a lost file is noticed.
    assert len(VECTOR_FILES) == 115
    assert {p.name for p in VECTOR_FILES} >= {"x25519", "hybrid", "scrypt", "armor_x25519"}


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda p: p.name)
def test_vector(path: Path) -> None:
    vector = load_vector(path)
    if vector.unknown_keys:
        pytest.skip(f"unknown header keys {vector.unknown_keys} (README: ignore the vector)")
    assert vector.expect in EXPECTED_CODES, vector.expect
    code, payload_hash = run_vector(vector, armor=vector.armored)
    assert code == EXPECTED_CODES[vector.expect]
    if vector.payload is not None:
        assert payload_hash == vector.payload


@pytest.mark.parametrize(
    "path",
    [p for p in VECTOR_FILES if load_vector(p).expect == "success"],
    ids=lambda p: p.name,
)
def test_successful_vectors_with_armor_detection(path: Path) -> None:
    """The same outcome when the reader has to detect armor by itself, as the CLI does."""
    vector = load_vector(path)
    code, payload_hash = run_vector(vector, armor=None)
    assert code is None
    assert payload_hash == vector.payload


@pytest.mark.parametrize(
    "path",
    [p for p in VECTOR_FILES if load_vector(p).expect != "success"],
    ids=lambda p: p.name,
)
def test_failing_vectors_fail_the_same_way_through_read(path: Path) -> None:
    """read(n) in odd sizes fails the same way and never returns more than iteration."""
    vector = load_vector(path)
    by_chunks, chunk_error = released_by(vector, read_size=None)
    by_read, read_error = released_by(vector, read_size=7777)
    assert chunk_error is not None and read_error is not None
    assert read_error.code == chunk_error.code == EXPECTED_CODES[vector.expect]
    # read(n) returns whole requests only, so it may stop short of the last chunk.
    assert by_chunks.startswith(by_read)
    assert len(by_chunks) - len(by_read) < 7777


def released_by(vector: Vector, read_size: int | None) -> tuple[bytes, AgeError | None]:
    identities: list[age.Identity] = [age.parse_identity(i) for i in vector.identities]
    identities += [age.ScryptIdentity(p) for p in vector.passphrases]
    out = bytearray()
    try:
        with age.open_decryptor(identities, io.BytesIO(vector.body), armor=vector.armored) as r:
            if read_size is None:
                for chunk in r:
                    out += chunk
            else:
                while data := r.read(read_size):
                    out += data
    except AgeError as exc:
        return bytes(out), exc
    return bytes(out), None


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda p: p.name)
def test_every_vector_the_same_through_read_block(path: Path) -> None:
    """read_block (what bundles read with) releases exactly what iteration releases,
    the whole authentic prefix included, and ends with the same error."""
    vector = load_vector(path)
    if vector.unknown_keys:
        pytest.skip(f"unknown header keys {vector.unknown_keys} (README: ignore the vector)")
    by_chunks, chunk_error = released_by(vector, read_size=None)
    identities: list[age.Identity] = [age.parse_identity(i) for i in vector.identities]
    identities += [age.ScryptIdentity(p) for p in vector.passphrases]
    by_blocks = bytearray()
    block_error: AgeError | None = None
    try:
        with age.open_decryptor(identities, io.BytesIO(vector.body), armor=vector.armored) as r:
            # Two chunks a block, so that failures fall both inside and between blocks.
            while block := r.read_block(2 * age.CHUNK_SIZE):
                by_blocks += block
            assert r.done
    except AgeError as exc:
        block_error = exc
    assert bytes(by_blocks) == by_chunks
    assert (block_error is None) == (chunk_error is None)
    if block_error is not None and chunk_error is not None:
        assert block_error.code == chunk_error.code
        assert block_error.params == chunk_error.params
