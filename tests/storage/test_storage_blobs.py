"""Attachments as encrypted blobs: streaming, integrity, cancel, memory."""

from __future__ import annotations

import copy
import hashlib
import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from amanat.crypto.stream import CHUNK_SIZE, StreamReader, StreamWriter
from amanat.domain.errors import AgeError, Cancelled, IntegrityError, NotFound
from amanat.services import attachments
from amanat.services import cases as service
from amanat.services import vault as vault_service
from amanat.storage import blobs, custody
from amanat.storage.vault import Vault
from support.cases import ISSUE_EXAMPLE
from support.vaults import TEST_PASSPHRASE, create_vault


@pytest.fixture
def case_id(vault: Vault) -> str:
    return service.add_case(vault, copy.deepcopy(ISSUE_EXAMPLE)).id


def _file(tmp_path: Path, size: int, name: str = "evidence.bin") -> Path:
    path = tmp_path / name
    path.write_bytes(os.urandom(size))
    return path


def _blob_id(vault: Vault, attachment_id: str) -> str:
    row = (
        vault.connection()
        .execute("SELECT blob_id FROM attachment WHERE id = ?", (attachment_id,))
        .fetchone()
    )
    return str(row[0])


@pytest.mark.parametrize(
    "size",
    [0, 1, blobs.INLINE_LIMIT - 1, blobs.INLINE_LIMIT + 3 * CHUNK_SIZE, 5 * CHUNK_SIZE + 7],
)
def test_round_trip(vault: Vault, case_id: str, tmp_path: Path, size: int) -> None:
    source = _file(tmp_path, size, "photo.jpg")
    attachment_id = attachments.attach_file(vault, case_id, source).id
    data = source.read_bytes()
    assert attachments.read_attachment(vault, attachment_id) == data
    assert b"".join(attachments.open_attachment(vault, attachment_id)) == data
    info = attachments.attachment_info(vault, attachment_id)
    assert info["sha256"] == hashlib.sha256(data).hexdigest()
    assert (info["size"], info["media_type"], info["original_name"]) == (
        size,
        "image/jpeg",
        "photo.jpg",
    )
    blob = blobs.info(vault.connection(), _blob_id(vault, attachment_id))
    on_disk = vault.blobs_dir / blob.id
    assert blob.inline == (not on_disk.exists())
    if on_disk.exists():
        assert on_disk.stat().st_mode & 0o777 == 0o600
        assert on_disk.stat().st_size == blob.cipher_size
        assert data[:64] not in on_disk.read_bytes() or size < 64
    assert service.get_case(vault, case_id)["attachments"][0]["id"] == attachment_id
    assert vault_service.check(vault).ok


@pytest.fixture
def two_blobs(vault: Vault, case_id: str, tmp_path: Path) -> tuple[str, str]:
    first = attachments.attach_file(vault, case_id, _file(tmp_path, 300_000, "a.bin")).id
    second = attachments.attach_file(vault, case_id, _file(tmp_path, 300_000, "b.bin")).id
    return first, second


def _read_fails(vault: Vault, attachment_id: str) -> IntegrityError:
    with pytest.raises(IntegrityError) as info:
        attachments.read_attachment(vault, attachment_id)
    with pytest.raises(IntegrityError):
        list(attachments.open_attachment(vault, attachment_id))
    return info.value


def test_swapped_blob_detected(vault: Vault, two_blobs: tuple[str, str]) -> None:
    a, b = (vault.blobs_dir / _blob_id(vault, x) for x in two_blobs)
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    _read_fails(vault, two_blobs[0])
    _read_fails(vault, two_blobs[1])
    problems = {code for code, _ in vault_service.check(vault).problems}
    assert problems == {"blob_damaged"}


# 37,872: the whole final chunk of a 300,000-byte body (4 full chunks and 37,856 bytes).
@pytest.mark.parametrize("cut", [1, 16, 37_872, CHUNK_SIZE + 16, 3 * (CHUNK_SIZE + 16)])
def test_truncated_blob_detected(vault: Vault, two_blobs: tuple[str, str], cut: int) -> None:
    path = vault.blobs_dir / _blob_id(vault, two_blobs[0])
    data = path.read_bytes()
    path.write_bytes(data[:-cut])
    _read_fails(vault, two_blobs[0])
    assert attachments.read_attachment(vault, two_blobs[1])  # the other one is fine
    # Cut inside a chunk or at a chunk boundary, the STREAM no longer authenticates.
    assert {code for code, _ in vault_service.check(vault).problems} == {"blob_damaged"}


def test_rolled_back_blob_detected(vault: Vault, two_blobs: tuple[str, str]) -> None:
    """A blob file replaced by an earlier, validly encrypted version with the same key
    (what restoring an old copy would give): STREAM alone accepts it; the recorded
    sizes do not."""
    blob_id = _blob_id(vault, two_blobs[0])
    key = bytes(
        vault.connection().execute("SELECT key FROM blob WHERE id = ?", (blob_id,)).fetchone()[0]
    )
    old = io.BytesIO()
    with StreamWriter(blobs.stream_key(key, blob_id), old) as writer:
        writer.write(b"an earlier version of the document")
    (vault.blobs_dir / blob_id).write_bytes(old.getvalue())
    error = _read_fails(vault, two_blobs[0])
    assert error.params["what"] in ("blob_ciphertext", "blob_size")
    assert {code for code, _ in vault_service.check(vault).problems} == {"blob_size"}


def test_a_validly_encrypted_body_of_the_same_size_fails_the_evidence_hash(
    vault: Vault, two_blobs: tuple[str, str]
) -> None:
    """Only someone holding the blob key can write this; the plaintext SHA-256 taken at
    intake still tells it apart, on reading and in ``amanat check``."""
    blob_id = _blob_id(vault, two_blobs[0])
    key = bytes(
        vault.connection().execute("SELECT key FROM blob WHERE id = ?", (blob_id,)).fetchone()[0]
    )
    other = io.BytesIO()
    with StreamWriter(blobs.stream_key(key, blob_id), other) as writer:
        writer.write(os.urandom(300_000))
    (vault.blobs_dir / blob_id).write_bytes(other.getvalue())
    assert _read_fails(vault, two_blobs[0]).params["what"] == "blob_plaintext"
    damage = blobs.verify_blob(vault.connection(), vault.blobs_dir, blob_id)
    assert damage == blobs.BlobDamage("blob_hash", blob_id, 300_000)
    assert vault_service.check(vault).problems == [("blob_hash", blob_id)]


def test_check_decrypts_every_blob_and_reports_progress(
    vault: Vault, two_blobs: tuple[str, str]
) -> None:
    seen: list[float] = []
    report = vault_service.check(vault, seen.append)
    assert report.ok and report.checked["blobs"] == 2
    assert seen == sorted(seen) and seen[-1] == 1.0
    # Within the blob step the fraction moves chunk by chunk (600,000 bytes: 10 chunks).
    assert len({round(f, 6) for f in seen}) > 10
    # New rows no longer record a hash of the ciphertext (issue 15).
    stored = vault.connection().execute("SELECT DISTINCT cipher_sha256 FROM blob").fetchall()
    assert [bytes(r[0]) for r in stored] == [blobs.NO_CIPHER_SHA256]


def test_flipped_bit_and_missing_file(vault: Vault, two_blobs: tuple[str, str]) -> None:
    path = vault.blobs_dir / _blob_id(vault, two_blobs[0])
    data = bytearray(path.read_bytes())
    data[CHUNK_SIZE + 100] ^= 0x01
    path.write_bytes(bytes(data))
    _read_fails(vault, two_blobs[0])
    path.unlink()
    assert _read_fails(vault, two_blobs[0]).params["what"] == "blob_missing"
    assert ("blob_missing", path.name) in vault_service.check(vault).problems
    assert blobs.verify_blob(vault.connection(), vault.blobs_dir, path.name) == (
        blobs.BlobDamage("blob_missing", path.name)
    )


def test_blob_renamed_to_another_id_does_not_decrypt(vault: Vault, case_id: str) -> None:
    """The id is bound into the key: even with the right key row, a blob under another
    id fails at its first chunk (not just at the final hash check)."""
    conn = vault.connection()
    info = blobs.store(conn, vault.blobs_dir, io.BytesIO(b"x" * 200_000))
    key = bytes(conn.execute("SELECT key FROM blob WHERE id = ?", (info.id,)).fetchone()[0])
    other = "0" * 32
    src = io.BytesIO((vault.blobs_dir / info.id).read_bytes())
    with pytest.raises(AgeError):
        StreamReader(blobs.stream_key(key, other), src).read_chunk()


def test_cancel_leaves_nothing(vault: Vault, case_id: str, tmp_path: Path) -> None:
    source = _file(tmp_path, 8 * blobs.READ_SIZE)
    calls = iter(range(1000))
    before = sorted(os.listdir(vault.blobs_dir))
    with pytest.raises(Cancelled):
        attachments.attach_file(vault, case_id, source, is_cancelled=lambda: next(calls) >= 3)
    assert sorted(os.listdir(vault.blobs_dir)) == before
    conn = vault.connection()
    assert conn.execute("SELECT count(*) FROM blob").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM attachment").fetchone()[0] == 0
    assert [e.action.value for e in custody.entries(conn)] == ["created"]


def test_progress_custody_and_export(vault: Vault, case_id: str, tmp_path: Path) -> None:
    source = _file(tmp_path, 3 * blobs.READ_SIZE + 5)
    seen: list[float] = []
    attachment_id = attachments.attach_file(vault, case_id, source, seen.append).id
    assert seen[-1] == 1.0 and seen == sorted(seen) and len(seen) >= 4
    target = tmp_path / "out" / "copy.bin"
    target.parent.mkdir()
    attachments.export_attachment(vault, attachment_id, target, counterpart="12345 67890")
    assert target.read_bytes() == source.read_bytes()
    log = service.custody_log(vault, case_id)
    assert [e["action"] for e in log] == ["created", "attached", "exported"]
    assert log[1]["detail"] == {
        "sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
        "size": source.stat().st_size,
    }
    assert log[2]["counterpart"] == "12345 67890"
    # A failed export leaves no file behind (and logs nothing).
    (vault.blobs_dir / _blob_id(vault, attachment_id)).write_bytes(b"junk" * 100)
    broken = tmp_path / "out" / "broken.bin"
    with pytest.raises(IntegrityError):
        attachments.export_attachment(vault, attachment_id, broken)
    assert sorted(os.listdir(tmp_path / "out")) == ["copy.bin"]
    assert len(service.custody_log(vault, case_id)) == 3


def test_references_checked(vault: Vault, case_id: str, tmp_path: Path) -> None:
    source = _file(tmp_path, 10)
    with pytest.raises(NotFound):
        attachments.attach_file(vault, "a" * 32, source)
    with pytest.raises(NotFound):
        attachments.attach_file(vault, case_id, source, derived_from="b" * 32)
    original = attachments.attach_file(vault, case_id, source).id
    copy_id = attachments.attach_file(
        vault, case_id, source, role="working_copy", derived_from=original
    ).id
    shown = service.get_case(vault, case_id)["attachments"]
    assert [(a["role"], a["derived_from"]) for a in shown] == [
        ("evidentiary_original", None),
        ("working_copy", original),
    ]
    assert copy_id == shown[1]["id"]
    assert not list(vault.blobs_dir.glob(".tmp-*"))


def test_orphan_blob_file_reported(vault: Vault, case_id: str) -> None:
    (vault.blobs_dir / ("c" * 32)).write_bytes(b"left by a crash")
    assert ("blob_orphan", "c" * 32) in vault_service.check(vault).problems


@pytest.mark.slow
def test_attaching_a_large_file_keeps_memory_small(vault_path: Path, tmp_path: Path) -> None:
    """300 MB through attach and read back, in a fresh process: peak RSS stays small."""
    vault, _ = create_vault(vault_path, "M", TEST_PASSPHRASE)
    case = service.add_case(vault, copy.deepcopy(ISSUE_EXAMPLE)).id
    vault.lock()
    size = 300 * 1024 * 1024
    source = tmp_path / "big.bin"
    with open(source, "wb") as fh:  # synthetic, non-repeating bytes, written in pieces
        block = os.urandom(1 << 20)
        for i in range(size >> 20):
            fh.write(block[i % 7 :] + block[: i % 7])
    script = textwrap.dedent(
        f"""
        import gc, resource
        from pathlib import Path
        from amanat.storage.vault import Vault
        from amanat.services import attachments

        def status(field):
            for line in open("/proc/self/status"):
                if line.startswith(field + ":"):
                    return int(line.split()[1])

        vault = Vault.unlock(Path({str(vault_path)!r}), {TEST_PASSPHRASE!r})
        gc.collect()
        # Argon2's 64 MiB peak would hide everything after it: reset the peak
        # (VmHWM) once the vault is open, then measure attaching and reading.
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        before = status("VmRSS")
        aid = attachments.attach_file(vault, {case!r}, Path({str(source)!r})).id
        total = sum(len(c) for c in attachments.open_attachment(vault, aid))
        assert total == {size}
        peak = status("VmHWM")
        vault.lock()
        print(before, peak - before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300
    )
    opened_kib, growth_kib, maxrss_kib = map(int, out.stdout.split())
    print(f"attach+read 300 MiB: rss {opened_kib} KiB, growth {growth_kib} KiB, "
          f"maxrss {maxrss_kib} KiB")  # fmt: skip
    assert growth_kib < 32 * 1024, f"peak grew by {growth_kib} KiB"
