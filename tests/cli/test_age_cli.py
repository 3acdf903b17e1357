"""`amanat age keygen | encrypt | decrypt`, run as a user runs them, against the age tool."""

from __future__ import annotations

import io
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from amanat.crypto import age
from amanat.crypto.stream import CHUNK_SIZE, ENCRYPTED_CHUNK_SIZE

AGE = shutil.which("age") or "/usr/bin/age"
AGE_KEYGEN = shutil.which("age-keygen") or "/usr/bin/age-keygen"
needs_age = pytest.mark.skipif(
    not Path(AGE).exists(), reason="the age tool is not installed (apt install age)"
)


def amanat(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "amanat.main", "age", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        cwd=cwd,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[bytes], needle: str) -> None:
    assert result.returncode != 0
    text = result.stderr.decode()
    assert "Traceback" not in text
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("amanat: ") and needle in lines[0], lines[0]


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "keys" / "me.txt"
    path.parent.mkdir()
    result = amanat("keygen", "-o", str(path))
    assert result.returncode == 0, result.stderr
    return path


def recipient_of(key_file: Path) -> str:
    match = re.search(r"^# public key: (\S+)$", key_file.read_text(), re.MULTILINE)
    assert match
    return match.group(1)


# --- keygen ------------------------------------------------------------------------------


def test_keygen_writes_an_age_keygen_style_file(tmp_path: Path) -> None:
    path = tmp_path / "key.txt"
    result = amanat("keygen", "-o", str(path))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    created, public, secret = path.read_text().splitlines()
    assert re.fullmatch(r"# created: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)", created)
    assert re.fullmatch(r"# public key: age1[0-9a-z]{58}", public)
    assert re.fullmatch(r"AGE-SECRET-KEY-1[0-9A-Z]{58}", secret)
    assert result.stderr.decode() == f"Public key: {public.split()[-1]}\n"
    assert result.stdout == b""
    assert age.parse_identity(secret).to_public().to_string() == public.split()[-1]


@needs_age
def test_age_keygen_reads_our_key(key_file: Path) -> None:
    printed = subprocess.run(
        [AGE_KEYGEN, "-y", str(key_file)], capture_output=True, check=True, timeout=30
    )
    assert printed.stdout.decode().strip() == recipient_of(key_file)


def test_keygen_pq(tmp_path: Path) -> None:
    path = tmp_path / "pq.txt"
    result = amanat("keygen", "--pq", "-o", str(path))
    assert result.returncode == 0, result.stderr
    _, public, secret = path.read_text().splitlines()
    assert public.startswith("# public key: age1pq1")
    assert secret.startswith("AGE-SECRET-KEY-PQ-1")
    identity = age.parse_identity(secret)
    assert isinstance(identity, age.HybridIdentity)
    assert identity.to_public().to_string() == public.split()[-1]


def test_keygen_never_overwrites_a_key(key_file: Path) -> None:
    before = key_file.read_bytes()
    result = amanat("keygen", "-o", str(key_file))
    assert_one_line_error(result, "already exists")
    assert key_file.read_bytes() == before
    dangling = key_file.parent / "dangling.txt"
    dangling.symlink_to(key_file.parent / "nowhere")
    assert_one_line_error(amanat("keygen", "-o", str(dangling)), "already exists")
    assert not (key_file.parent / "nowhere").exists()


def test_keygen_to_stdout(tmp_path: Path) -> None:
    result = amanat("keygen")
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines()
    assert lines[2].startswith("AGE-SECRET-KEY-1")
    # stdout is a pipe, not a terminal: the public key also goes to stderr, like age-keygen.
    assert result.stderr.decode().startswith("Public key: age1")


# --- encrypt / decrypt -------------------------------------------------------------------


@needs_age
@pytest.mark.parametrize("size", [0, CHUNK_SIZE, 2 * CHUNK_SIZE, 3 * CHUNK_SIZE + 9])
@pytest.mark.parametrize("armor", [False, True])
def test_amanat_encrypts_age_decrypts(
    tmp_path: Path, key_file: Path, size: int, armor: bool
) -> None:
    plaintext = os.urandom(size)
    source = tmp_path / "in.bin"
    source.write_bytes(plaintext)
    sealed = tmp_path / "out.age"
    flags = ["-a"] if armor else []
    result = amanat("encrypt", "-r", recipient_of(key_file), *flags, "-o", str(sealed), str(source))
    assert result.returncode == 0, result.stderr
    assert sealed.read_bytes().startswith(
        b"-----BEGIN AGE ENCRYPTED FILE-----\n" if armor else b"age-encryption.org/v1\n"
    )
    opened = subprocess.run(
        [AGE, "-d", "-i", str(key_file), str(sealed)], capture_output=True, timeout=60
    )
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout == plaintext


@needs_age
@pytest.mark.parametrize("armor", [False, True])
def test_age_encrypts_amanat_decrypts_stdin_to_stdout(tmp_path: Path, armor: bool) -> None:
    key = tmp_path / "age-key.txt"
    subprocess.run([AGE_KEYGEN, "-o", str(key)], capture_output=True, check=True, timeout=30)
    recipient = (
        subprocess.run([AGE_KEYGEN, "-y", str(key)], capture_output=True, check=True, timeout=30)
        .stdout.decode()
        .strip()
    )
    plaintext = os.urandom(2 * CHUNK_SIZE + 1)
    sealed = subprocess.run(
        [AGE, "-r", recipient, *(["-a"] if armor else [])],
        input=plaintext, capture_output=True, check=True, timeout=60,
    ).stdout  # fmt: skip
    result = amanat("decrypt", "-i", str(key), stdin=sealed)
    assert result.returncode == 0, result.stderr
    assert result.stdout == plaintext
    result = amanat("decrypt", "-i", str(key), "-", stdin=sealed)
    assert result.stdout == plaintext


def test_recipients_file_several_recipients_and_identity_files(tmp_path: Path) -> None:
    keys = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.txt"
        assert amanat("keygen", "-o", str(path)).returncode == 0
        keys.append(path)
    recipients = tmp_path / "team.txt"
    recipients.write_text(
        f"# team\n{recipient_of(keys[1])}\n\n{recipient_of(keys[2])}\n", encoding="utf-8"
    )
    plaintext = os.urandom(1000)
    result = amanat("encrypt", "-r", recipient_of(keys[0]), "-R", str(recipients), stdin=plaintext)
    assert result.returncode == 0, result.stderr
    sealed = result.stdout
    for key in keys:
        opened = amanat("decrypt", "-i", str(key), stdin=sealed)
        assert opened.returncode == 0 and opened.stdout == plaintext
    stranger = tmp_path / "stranger.txt"
    assert amanat("keygen", "-o", str(stranger)).returncode == 0
    assert_one_line_error(amanat("decrypt", "-i", str(stranger), stdin=sealed), "none of")
    both = amanat("decrypt", "-i", str(stranger), "-i", str(keys[2]), stdin=sealed)
    assert both.returncode == 0 and both.stdout == plaintext


def test_pq_round_trip_through_the_cli(tmp_path: Path) -> None:
    key = tmp_path / "pq.txt"
    assert amanat("keygen", "--pq", "-o", str(key)).returncode == 0
    plaintext = os.urandom(CHUNK_SIZE + 3)
    sealed = amanat("encrypt", "-r", recipient_of(key), "-a", stdin=plaintext)
    assert sealed.returncode == 0, sealed.stderr
    header = age.parse_header(io.BytesIO(sealed.stdout))
    assert [s.type for s in header.stanzas] == ["mlkem768x25519"]
    opened = amanat("decrypt", "-i", str(key), stdin=sealed.stdout)
    assert opened.returncode == 0 and opened.stdout == plaintext


def test_usage_errors_are_one_line(tmp_path: Path, key_file: Path) -> None:
    classic = recipient_of(key_file)
    pq_key = tmp_path / "pq.txt"
    assert amanat("keygen", "--pq", "-o", str(pq_key)).returncode == 0
    assert_one_line_error(
        amanat("encrypt", "-r", classic, "-r", recipient_of(pq_key), stdin=b"x"), "mixed"
    )
    assert_one_line_error(amanat("encrypt", stdin=b"x"), "no recipients")
    assert_one_line_error(amanat("encrypt", "-r", "age1nonsense", stdin=b"x"), "invalid age key")
    assert_one_line_error(
        amanat("encrypt", "-r", classic, str(tmp_path / "missing.bin")), "No such file"
    )
    not_keys = tmp_path / "notes.txt"
    not_keys.write_text("these are not keys\n")
    assert_one_line_error(amanat("decrypt", "-i", str(not_keys), stdin=b"x"), "invalid age key")
    assert_one_line_error(
        amanat("decrypt", "-i", str(key_file), stdin=b"not an age file"), "header"
    )


def _sealed_to(key_file: Path, plaintext: bytes) -> bytes:
    result = amanat("encrypt", "-r", recipient_of(key_file), stdin=plaintext)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("damage", ["flip_last_chunk", "truncate", "trailing"])
def test_failed_decrypt_leaves_no_output_file(tmp_path: Path, key_file: Path, damage: str) -> None:
    sealed = bytearray(_sealed_to(key_file, os.urandom(3 * CHUNK_SIZE + 50)))
    if damage == "flip_last_chunk":
        sealed[-30] ^= 1
    elif damage == "truncate":
        del sealed[-ENCRYPTED_CHUNK_SIZE // 2 :]
    else:
        sealed += b"\x00"
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = amanat("decrypt", "-i", str(key_file), "-o", str(out_dir / "plain.bin"),
                    stdin=bytes(sealed))  # fmt: skip
    assert_one_line_error(result, "damaged, truncated or altered")
    assert list(out_dir.iterdir()) == []  # no output, no temp file
    # An existing file of that name is left exactly as it was.
    existing = out_dir / "plain.bin"
    existing.write_bytes(b"earlier content")
    result = amanat("decrypt", "-i", str(key_file), "-o", str(existing), stdin=bytes(sealed))
    assert result.returncode != 0
    assert existing.read_bytes() == b"earlier content"
    assert [p.name for p in out_dir.iterdir()] == ["plain.bin"]


def test_successful_decrypt_to_a_file_is_private(tmp_path: Path, key_file: Path) -> None:
    plaintext = os.urandom(CHUNK_SIZE * 2)
    out = tmp_path / "plain.bin"
    result = amanat("decrypt", "-i", str(key_file), "-o", str(out),
                    stdin=_sealed_to(key_file, plaintext))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == plaintext
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp")] == []


def test_output_to_a_device_is_written_not_replaced(key_file: Path) -> None:
    result = amanat("encrypt", "-r", recipient_of(key_file), "-o", os.devnull, stdin=b"data")
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def _o_tmpfile_supported(folder: Path) -> bool:
    try:
        fd = os.open(folder, os.O_TMPFILE | os.O_WRONLY, 0o600)
    except (AttributeError, OSError):
        return False
    os.close(fd)
    return True


def test_sigkill_during_decrypt_leaves_nothing_behind(tmp_path: Path, key_file: Path) -> None:
    plaintext = os.urandom(8 * CHUNK_SIZE)
    sealed = _sealed_to(key_file, plaintext)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "plain.bin"
    process = subprocess.Popen(
        [sys.executable, "-m", "amanat.main", "age", "decrypt", "-i", str(key_file),
         "-o", str(target)],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    assert process.stdin is not None
    process.stdin.write(sealed[: len(sealed) // 2])  # half the file, then the pipe waits
    process.stdin.flush()
    fd_dir = Path(f"/proc/{process.pid}/fd")
    deadline = time.monotonic() + 20
    writing = False
    while time.monotonic() < deadline and not writing:
        for fd in fd_dir.iterdir() if fd_dir.exists() else []:
            try:
                writing = writing or os.readlink(fd).startswith(str(out_dir))
            except OSError:
                continue
        time.sleep(0.02)
    assert writing, "the decryptor never opened its output"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=20)
    process.stdin.close()
    assert not target.exists()
    if _o_tmpfile_supported(out_dir):
        assert list(out_dir.iterdir()) == []  # the anonymous file died with the process
    else:
        assert all(p.name.startswith(".tmp-") for p in out_dir.iterdir())
