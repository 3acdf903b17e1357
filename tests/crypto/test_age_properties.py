"""Property tests: round trips around chunk boundaries, any write pattern, any reader."""

from __future__ import annotations

import contextlib
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amanat.crypto import age
from amanat.crypto.stream import CHUNK_SIZE
from amanat.domain.errors import AgeError

# Keys are made once: generating them is not what is under test, and hybrid keys cost.
X25519_IDENTITIES = [age.X25519Identity.generate() for _ in range(3)]
HYBRID_IDENTITIES = [age.HybridIdentity.generate() for _ in range(3)]

boundary_sizes = st.builds(
    lambda chunks, delta: max(0, chunks * CHUNK_SIZE + delta),
    st.integers(min_value=0, max_value=3),
    st.integers(min_value=-2, max_value=2),
)
sizes = st.one_of(boundary_sizes, st.integers(min_value=0, max_value=3 * CHUNK_SIZE))


def pattern_bytes(size: int, seed: int) -> bytes:
    # Cheap, position-dependent content: a misplaced or repeated chunk cannot go unseen.
    block = bytes((seed + i * 7) % 251 for i in range(4096))
    return (block * (size // 4096 + 1))[:size]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    size=sizes,
    seed=st.integers(min_value=0, max_value=250),
    hybrid=st.booleans(),
    recipients=st.integers(min_value=1, max_value=3),
    armor=st.booleans(),
    pieces=st.lists(st.integers(min_value=1, max_value=2 * CHUNK_SIZE + 3), max_size=8),
    read_size=st.one_of(st.none(), st.integers(min_value=1, max_value=2 * CHUNK_SIZE)),
)
def test_round_trip(
    size: int,
    seed: int,
    hybrid: bool,
    recipients: int,
    armor: bool,
    pieces: list[int],
    read_size: int | None,
) -> None:
    plaintext = pattern_bytes(size, seed)
    identities: list[age.X25519Identity] | list[age.HybridIdentity]
    identities = (HYBRID_IDENTITIES if hybrid else X25519_IDENTITIES)[:recipients]
    out = io.BytesIO()
    with age.encrypt([i.to_public() for i in identities], out, armor=armor) as writer:
        position = 0
        for piece in pieces:  # the writer's chunking must not depend on write sizes
            writer.write(plaintext[position : position + piece])
            position += piece
        writer.write(plaintext[position:])
    sealed = out.getvalue()
    for identity in identities:
        with age.open_decryptor([identity], io.BytesIO(sealed)) as reader:
            if read_size is None:
                opened = b"".join(reader)
            else:
                parts = []
                while part := reader.read(read_size):
                    parts.append(part)
                opened = b"".join(parts)
            assert reader.done
            assert reader.matched is identity
        assert opened == plaintext


@settings(max_examples=30, deadline=None)
@given(size=boundary_sizes)
def test_ciphertext_size_is_exact(size: int) -> None:
    identity = X25519_IDENTITIES[0]
    sealed = age.encrypt_bytes([identity.to_public()], bytes(size))
    header = age.parse_header(io.BytesIO(sealed)).header_bytes
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert len(sealed) == len(header) + 16 + size + 16 * chunks


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=600))
def test_arbitrary_input_only_raises_typed_errors(data: bytes) -> None:
    # Anything but AgeError escaping (IndexError, ValueError, ...) fails the test.
    for armor in (None, True, False):
        with contextlib.suppress(AgeError):
            age.decrypt_bytes([X25519_IDENTITIES[0]], data, armor=armor)


@settings(max_examples=60, deadline=None)
@given(garbage=st.binary(max_size=200), position=st.integers(min_value=0, max_value=400))
def test_spliced_garbage_only_raises_typed_errors(garbage: bytes, position: int) -> None:
    identity = X25519_IDENTITIES[0]
    sealed = age.encrypt_bytes([identity.to_public()], b"payload " * 20)
    changed = sealed[:position] + garbage + sealed[position:]
    if changed == sealed:
        return
    try:
        opened = age.decrypt_bytes([identity], changed)
    except AgeError:
        return
    assert opened == b"payload " * 20  # only if the splice rebuilt the very same file
