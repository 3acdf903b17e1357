"""Interoperability with the real age tool (/usr/bin/age), both ways.

Debian's age 1.1.1 knows only X25519 (and scrypt); the post-quantum hybrid type arrived
in age 1.3. Hybrid interop runs here only against an age that has it; it always runs
against typage, a second implementation (tests/crypto/test_age_interop_typage.py).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from amanat.crypto import age
from amanat.crypto.stream import CHUNK_SIZE

AGE = shutil.which("age") or "/usr/bin/age"
AGE_KEYGEN = shutil.which("age-keygen") or "/usr/bin/age-keygen"
SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, 2 * CHUNK_SIZE, 3 * CHUNK_SIZE + 17]

_HAVE_AGE = Path(AGE).exists() and Path(AGE_KEYGEN).exists()
if not _HAVE_AGE and os.environ.get("CI"):
    # CI installs age (.ci/run): without it there, the setup is broken, not the test.
    pytest.fail("the age tool is missing under CI (apt install age)", pytrace=False)
pytestmark = pytest.mark.skipif(
    not _HAVE_AGE, reason="the age tool is not installed (apt install age)"
)


def run(*args: str, data: bytes | None = None) -> bytes:
    result = subprocess.run(args, input=data, capture_output=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout


def age_version() -> tuple[int, ...]:
    output = run(AGE, "--version").decode()
    match = re.search(r"(\d+)\.(\d+)\.(\d+)", output)
    return tuple(int(part) for part in match.groups()) if match else (0,)


@pytest.fixture(scope="module")
def age_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """An identity made by age-keygen, and its recipient as age-keygen -y prints it."""
    path = tmp_path_factory.mktemp("agekeys") / "key.txt"
    run(AGE_KEYGEN, "-o", str(path))
    return path, run(AGE_KEYGEN, "-y", str(path)).decode().strip()


@pytest.fixture(scope="module")
def amanat_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, age.X25519Identity]:
    identity = age.X25519Identity.generate()
    path = tmp_path_factory.mktemp("amanatkeys") / "key.txt"
    path.write_text(f"# made by amanat\n{identity.to_string()}\n")
    path.chmod(0o600)
    return path, identity


def test_keys_read_the_same_both_ways(
    age_key: tuple[Path, str], amanat_key: tuple[Path, age.X25519Identity]
) -> None:
    path, recipient = age_key
    (identity,) = age.parse_identity_file(path.read_text())
    assert identity.to_public().to_string() == recipient
    amanat_path, amanat_identity = amanat_key
    printed = run(AGE_KEYGEN, "-y", str(amanat_path)).decode().strip()
    assert printed == amanat_identity.to_public().to_string()


@pytest.mark.parametrize("armor", [False, True])
@pytest.mark.parametrize("size", SIZES)
def test_age_encrypts_amanat_decrypts(age_key: tuple[Path, str], size: int, armor: bool) -> None:
    path, recipient = age_key
    plaintext = os.urandom(size)
    sealed = run(AGE, "-r", recipient, *(["-a"] if armor else []), data=plaintext)
    identities = age.parse_identity_file(path.read_text())
    with age.open_decryptor(identities, io.BytesIO(sealed)) as reader:
        assert b"".join(reader) == plaintext
        assert reader.done


@pytest.mark.parametrize("armor", [False, True])
@pytest.mark.parametrize("size", SIZES)
def test_amanat_encrypts_age_decrypts(
    amanat_key: tuple[Path, age.X25519Identity], size: int, armor: bool
) -> None:
    path, identity = amanat_key
    plaintext = os.urandom(size)
    sealed = age.encrypt_bytes([identity.to_public()], plaintext, armor=armor)
    assert run(AGE, "-d", "-i", str(path), data=sealed) == plaintext


def test_several_recipients_across_tools(
    age_key: tuple[Path, str], amanat_key: tuple[Path, age.X25519Identity]
) -> None:
    age_path, age_recipient = age_key
    _, amanat_identity = amanat_key
    plaintext = os.urandom(CHUNK_SIZE + 5)
    recipients = [age.parse_recipient(age_recipient), amanat_identity.to_public()]
    sealed = age.encrypt_bytes(recipients, plaintext)
    assert run(AGE, "-d", "-i", str(age_path), data=sealed) == plaintext
    by_age = run(AGE, "-r", age_recipient, "-r", amanat_identity.to_public().to_string(),
                 data=plaintext)  # fmt: skip
    assert age.decrypt_bytes([amanat_identity], by_age) == plaintext


def test_large_file_streams_through_age(
    tmp_path: Path, amanat_key: tuple[Path, age.X25519Identity]
) -> None:
    path, identity = amanat_key
    source = tmp_path / "plain.bin"
    block = os.urandom(1 << 20)
    digest = hashlib.sha256()
    with source.open("wb") as fh:
        for _ in range(8):
            fh.write(block)
            digest.update(block)
    sealed = tmp_path / "sealed.age"
    with (
        source.open("rb") as src,
        sealed.open("wb") as dst,
        age.encrypt([identity.to_public()], dst) as writer,
    ):
        while data := src.read(300_000):
            writer.write(data)
    result = subprocess.run([AGE, "-d", "-i", str(path), str(sealed)], capture_output=True,
                            timeout=60, check=True)  # fmt: skip
    assert hashlib.sha256(result.stdout).digest() == digest.digest()


def test_age_rejects_what_amanat_rejects(amanat_key: tuple[Path, age.X25519Identity]) -> None:
    """A truncated amanat file is refused by age too: both implement the same checks."""
    path, identity = amanat_key
    sealed = age.encrypt_bytes([identity.to_public()], os.urandom(2 * CHUNK_SIZE + 9))
    result = subprocess.run([AGE, "-d", "-i", str(path)], input=sealed[:-20],
                            capture_output=True, timeout=60, check=False)  # fmt: skip
    assert result.returncode != 0


def test_hybrid_interop_where_age_supports_it(tmp_path: Path) -> None:
    """With age >= 1.3: hybrid files both ways. With an older age (Debian's 1.1.1):
    it refuses hybrid keys and files, as docs/age.md says, which is why emergency keys
    are X25519 by default and bundles can be sealed --x25519 (hybrid interop is then
    tested against typage, tests/crypto/test_age_interop_typage.py)."""
    identity = age.HybridIdentity.generate()
    key_file = tmp_path / "pq.txt"
    key_file.write_text(identity.to_string() + "\n")
    plaintext = os.urandom(CHUNK_SIZE + 1)
    sealed = age.encrypt_bytes([identity.to_public()], plaintext)
    recipient = identity.to_public().to_string()
    if age_version() < (1, 3, 0):
        for args, data in (
            ((AGE, "-d", "-i", str(key_file)), sealed),
            ((AGE, "-r", recipient), plaintext),
        ):
            refused = subprocess.run(args, input=data, capture_output=True, timeout=60,
                                     check=False)  # fmt: skip
            assert refused.returncode != 0 and not refused.stdout
        return
    assert run(AGE, "-d", "-i", str(key_file), data=sealed) == plaintext
    by_age = run(AGE, "-r", recipient, data=plaintext)
    assert age.decrypt_bytes([identity], by_age) == plaintext
