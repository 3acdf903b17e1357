"""Interoperability with typage (npm age-encryption), a second, independent age
implementation, by the age specification's author, that has the post-quantum hybrid
type (ML-KEM-768 + X25519, ``age1pq1``) which Debian's age 1.1.1 lacks.

Both ways, both recipient types, through the library and the ``amanat age`` command
line, and the emergency path of docs/bundles-user-guide.md: a default (hybrid) sealed
bundle opened outside Amanat with the key from ``identity export --age-secret --pq``.

typage is installed by ``make test`` (tests/interop, pinned in package-lock.json) where
npm exists; ``.ci/run`` installs Node.js. Without it these tests cannot run: they say
so and are skipped on a developer's machine, and fail under CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from amanat.bundles import format as fmt
from amanat.crypto import age
from amanat.crypto.stream import CHUNK_SIZE
from amanat.domain.errors import AgeError
from amanat.services import contacts as contact_service
from support.bundles import seal
from support.paths import INTEROP
from support.vaults import add_case, befriend, new_vault

SCRIPT = INTEROP / "age-js.mjs"
NODE = shutil.which("node")
SIZES = [0, 1, CHUNK_SIZE, 2 * CHUNK_SIZE + 17]


def _available() -> str | None:
    if NODE is None:
        return "node is not installed (apt install nodejs npm)"
    if not (INTEROP / "node_modules" / "age-encryption").is_dir():
        return "typage is not installed (make test runs npm ci in tests/interop)"
    return None


_missing = _available()
if _missing is not None:
    if os.environ.get("CI"):
        # CI installs everything: a missing tool there is a broken setup, not a skip.
        pytest.fail(f"typage interop cannot run under CI: {_missing}", pytrace=False)
    pytestmark = pytest.mark.skip(reason=_missing)


def age_js(*args: str | Path) -> str:
    assert NODE is not None
    result = subprocess.run(
        [NODE, str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def age_js_fails(*args: str | Path) -> str:
    assert NODE is not None
    result = subprocess.run(
        [NODE, str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert result.returncode != 0
    return result.stderr


def typage_key(tmp_path: Path, *, pq: bool) -> tuple[Path, str]:
    identity, recipient = age_js("keygen", *(["--pq"] if pq else [])).split()
    path = tmp_path / ("pq.txt" if pq else "x25519.txt")
    path.write_text(identity + "\n")
    return path, recipient


def amanat_cli(*args: str | Path, env: dict[str, str] | None = None) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from amanat.main import main; sys.exit(main())",
         *map(str, args)],
        capture_output=True, text=True, timeout=120, check=False, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("pq", [True, False], ids=["hybrid", "x25519"])
@pytest.mark.parametrize("size", SIZES)
def test_typage_opens_what_amanat_encrypts(tmp_path: Path, pq: bool, size: int) -> None:
    key_file, recipient = typage_key(tmp_path, pq=pq)
    # The recipient string as typage writes it parses here: the Bech32 forms agree.
    parsed = age.parse_recipient(recipient)
    assert bool(parsed.post_quantum) == pq
    plaintext = os.urandom(size)
    sealed = tmp_path / "in.age"
    sealed.write_bytes(age.encrypt_bytes([parsed], plaintext))
    age_js("decrypt", key_file, sealed, tmp_path / "out")
    assert (tmp_path / "out").read_bytes() == plaintext


@pytest.mark.parametrize("pq", [True, False], ids=["hybrid", "x25519"])
@pytest.mark.parametrize("size", SIZES)
def test_amanat_opens_what_typage_encrypts(tmp_path: Path, pq: bool, size: int) -> None:
    key_file, recipient = typage_key(tmp_path, pq=pq)
    plaintext = os.urandom(size)
    (tmp_path / "in").write_bytes(plaintext)
    age_js("encrypt", recipient, tmp_path / "in", tmp_path / "in.age")
    identities = age.parse_identity_file(key_file.read_text())
    assert age.decrypt_bytes(identities, (tmp_path / "in.age").read_bytes()) == plaintext


def test_the_command_lines_agree_on_hybrid_keys(tmp_path: Path) -> None:
    """amanat age keygen --pq / encrypt / decrypt against typage, both ways."""
    key = tmp_path / "amanat-pq.txt"
    amanat_cli("age", "keygen", "--pq", "-o", key)
    recipient = next(
        line.split(": ", 1)[1]
        for line in key.read_text().splitlines()
        if line.startswith("# public key: ")
    )
    assert recipient.startswith("age1pq1")
    plaintext = os.urandom(3 * CHUNK_SIZE + 5)
    (tmp_path / "plain").write_bytes(plaintext)
    age_js("encrypt", recipient, tmp_path / "plain", tmp_path / "by-typage.age")
    amanat_cli("age", "decrypt", "-i", key, "-o", tmp_path / "out1", tmp_path / "by-typage.age")
    assert (tmp_path / "out1").read_bytes() == plaintext
    amanat_cli(
        "age", "encrypt", "-r", recipient, "-o", tmp_path / "by-amanat.age", tmp_path / "plain"
    )
    age_js("decrypt", key, tmp_path / "by-amanat.age", tmp_path / "out2")
    assert (tmp_path / "out2").read_bytes() == plaintext


def test_a_tampered_hybrid_file_is_refused_by_both(tmp_path: Path) -> None:
    key_file, recipient = typage_key(tmp_path, pq=True)
    data = bytearray(age.encrypt_bytes([age.parse_recipient(recipient)], os.urandom(1000)))
    data[-30] ^= 1
    (tmp_path / "bad.age").write_bytes(bytes(data))
    age_js_fails("decrypt", key_file, tmp_path / "bad.age", tmp_path / "out")
    with pytest.raises(AgeError):
        age.decrypt_bytes(age.parse_identity_file(key_file.read_text()), bytes(data))


def test_emergency_decryption_of_a_hybrid_bundle(tmp_path: Path) -> None:
    """A bundle sealed with the default (hybrid) recipients opens outside Amanat with the
    receiver's exported hybrid secret, and the payload is the documented container."""
    field = new_vault(tmp_path / "field", "Field office")
    hq = new_vault(tmp_path / "hq", "HQ")
    try:
        befriend(field, hq)
        attachment = os.urandom(200_000)
        case_id = add_case(field, attachment=attachment)
        bundle = seal(field, ["HQ"], tmp_path, case_ids=[case_id])
        assert b"mlkem768x25519" in bundle.read_bytes()[:400]  # hybrid by default
        secret = tmp_path / "hq-secret.txt"
        contact_service.export_age_secret(hq, secret, hybrid=True)
    finally:
        field.lock()
        hq.lock()
    age_js("decrypt", secret, bundle, tmp_path / "bundle.plain")
    plain = (tmp_path / "bundle.plain").read_bytes()
    assert plain.startswith(fmt.MAGIC + fmt.VERSION.to_bytes(2, "big"))
    assert attachment in plain  # the body travels as plaintext inside the payload
