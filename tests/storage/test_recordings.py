"""Recordings written into the vault as they grow (storage.recordings): the body is a
normal blob after Stop; after a SIGKILL mid-recording the next unlock keeps what reached
the disk (never removed as a crash orphan), marked interrupted, with an attachment; a
disk that fills stops the recording with room left to finish; playback reads any
position of any blob (storage.blob_access), refusing a tampered file."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from amanat.crypto.stream import ENCRYPTED_CHUNK_SIZE
from amanat.domain.errors import DiskFull, IntegrityError
from amanat.services import attachments as attachment_service
from amanat.services import recordings as recording_service
from amanat.services import vault as vault_service
from amanat.storage import blobs
from amanat.storage import recordings as store
from amanat.storage.blob_access import RandomAccessBlob
from amanat.storage.vault import Vault
from support.vaults import TEST_PASSPHRASE, add_case


def _testimony(vault: Vault, case_id: str) -> str:
    row = (
        vault.connection()
        .execute("SELECT id FROM testimony WHERE case_id = ? LIMIT 1", (case_id,))
        .fetchone()
    )
    return str(row[0])


def _start(vault: Vault, case_id: str, **kw: int) -> store.RecordingWriter:
    return recording_service.start(
        vault,
        case_id,
        testimony_id=_testimony(vault, case_id),
        video=True,
        codec="aac+mpeg4",
        devices={"audio": "Generated tone", "video": "Generated frames"},
        **kw,
    )


def test_a_finished_recording_is_an_attachment_with_its_metadata(vault: Vault) -> None:
    case_id = add_case(vault)
    body = os.urandom(5 * 65536 + 1234)
    writer = _start(vault, case_id)
    for start in range(0, len(body), 10_000):
        writer.write(body[start : start + 10_000])
    done = recording_service.finish(vault, writer, duration_ms=3000)
    assert attachment_service.read_attachment(vault, done.id) == body
    info = attachment_service.attachment_info(vault, done.id)
    assert info["sha256"] == hashlib.sha256(body).hexdigest()
    assert info["media_type"] == "video/x-matroska"
    assert info["testimony"] == _testimony(vault, case_id)
    row = recording_service.recording_of(vault, done.id)
    assert (row.state, row.duration_ms, row.codec) == ("finished", 3000, "matroska/aac+mpeg4")
    assert row.devices == {"audio": "Generated tone", "video": "Generated frames"}
    assert row.started.endswith("Z") or "T" in row.started
    key = vault.connection().execute("SELECT key FROM recording").fetchone()[0]
    assert key is None  # the blob row holds the key now
    assert blobs.verify_blob(vault.connection(), vault.blobs_dir, row.blob_id) is None


KILLED_RECORDING = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from amanat.services import recordings
    from amanat.storage.vault import Vault

    vault = Vault.unlock(Path(sys.argv[1]), os.environ["AMANAT_PASSPHRASE"])
    testimony = vault.connection().execute("SELECT id FROM testimony LIMIT 1").fetchone()[0]
    writer = recordings.start(vault, sys.argv[2], testimony_id=testimony, video=False,
                              codec="aac", devices={"audio": "Generated tone"})
    body = bytes.fromhex(sys.argv[3]) * 4096
    writer.write(body[:300_000])
    writer.sync()
    writer.write(body[300_000:])  # sealed chunks written, not synced: may or may not survive
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_a_killed_recording_is_kept_marked_interrupted_and_playable(vault: Vault) -> None:
    case_id = add_case(vault)
    pattern = os.urandom(100)
    body = pattern * 4096  # 409,600 bytes
    path = vault.path
    vault.lock()
    child = subprocess.run(
        [sys.executable, "-c", KILLED_RECORDING, str(path), case_id, pattern.hex()],
        env={**os.environ, "AMANAT_PASSPHRASE": TEST_PASSPHRASE},
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()[-2000:]
    leftovers = [p.name for p in (path / "blobs").iterdir() if p.name.startswith(".rec-")]
    assert len(leftovers) == 1
    reopened = vault_service.unlock(path, TEST_PASSPHRASE)
    try:
        rows = store.rows(reopened.connection())
        assert [r.state for r in rows] == ["interrupted"]
        attachment_id = rows[0].attachment_id
        assert attachment_id is not None
        kept = attachment_service.read_attachment(reopened, attachment_id)
        assert len(kept) >= 4 * 65536  # every chunk synced before the kill
        assert kept == body[: len(kept)]
        info = attachment_service.attachment_info(reopened, attachment_id)
        assert info["sha256"] == hashlib.sha256(kept).hexdigest()
        assert info["media_type"] == "audio/x-matroska"
        assert not any(p.name.startswith(".rec-") for p in reopened.blobs_dir.iterdir())
        assert blobs.orphan_files(reopened.connection(), reopened.blobs_dir) == []
    finally:
        reopened.lock()
    again = vault_service.unlock(path, TEST_PASSPHRASE)
    try:  # adopted once, not again at each unlock
        assert len(store.rows(again.connection())) == 1
        assert attachment_service.read_attachment(again, attachment_id) == kept
    finally:
        again.lock()


def test_a_filling_disk_warns_then_stops_with_room_to_finish(vault: Vault) -> None:
    case_id = add_case(vault)
    free = store.free_bytes(vault.blobs_dir)
    ticks = iter(range(10**6))
    writer = store.RecordingWriter(
        vault.connection(),
        vault.blobs_dir,
        store.RecordingMeta(case_id, None, "audio/x-matroska", "matroska/aac"),
        warn_free=free + (1 << 30),  # already "low": the warning comes first
        stop_free=free - (4 << 20),  # stops after about 4 MiB more on this disk
        clock=lambda: float(next(ticks)),
    )
    piece = os.urandom(256 * 1024)
    written = 0
    with pytest.raises(DiskFull):
        for _ in range(400):
            writer.write(piece)
            written += len(piece)
            assert writer.low_space
    assert 0 < written < 100 << 20
    pending = writer.finish()
    assert pending.info.size == written


def test_random_access_reads_any_position_and_refuses_a_tampered_file(vault: Vault) -> None:
    body = os.urandom(3 * 65536 + 777)
    case_id = add_case(vault, attachment=body)
    attachment_id = (
        vault.connection()
        .execute("SELECT id FROM attachment WHERE case_id = ?", (case_id,))
        .fetchone()[0]
    )
    media = recording_service.open_media(vault, attachment_id)
    assert media.size == len(body)
    for offset, size in ((0, 10), (65530, 20), (2 * 65536, 65536 + 777), (len(body) - 5, 100)):
        assert media.read_at(offset, size) == body[offset : offset + size]
    assert media.read_at(len(body), 10) == b""
    media.close()
    blob_id = vault.connection().execute("SELECT id FROM blob").fetchone()[0]
    path = blobs.blob_path(vault.blobs_dir, blob_id)
    data = bytearray(path.read_bytes())
    data[ENCRYPTED_CHUNK_SIZE + 5] ^= 1
    path.write_bytes(bytes(data))
    tampered = RandomAccessBlob(vault.connection(), vault.blobs_dir, blob_id)
    assert tampered.read_at(0, 10) == body[:10]
    with pytest.raises(IntegrityError):
        tampered.read_at(65536, 10)
    tampered.close()
    path.write_bytes(bytes(data[:-ENCRYPTED_CHUNK_SIZE]))  # cut a chunk off
    with pytest.raises(IntegrityError):
        RandomAccessBlob(vault.connection(), vault.blobs_dir, blob_id)
