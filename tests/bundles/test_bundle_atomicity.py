"""All or nothing, even when interrupted: a cancelled or killed (SIGKILL) seal or import
leaves both vaults exactly as they were, and no bundle under its final name."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from amanat.domain.errors import Cancelled, IntegrityError
from amanat.services import bundles as bundle_service
from amanat.storage.vault import Vault
from support.bundles import seal
from support.vaults import TEST_PASSPHRASE, add_case, vault_digest

BIG = 160 << 20  # long enough to kill the process in the middle


def test_cancelled_import_and_seal_change_nothing(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id = add_case(field, attachment=os.urandom(400_000))
    path = seal(field, ["HQ"], tmp_path, case_ids=[case_id])
    before = vault_digest(hq)
    calls = 0

    def cancel_later() -> bool:
        nonlocal calls
        calls += 1
        return calls > 8

    with pytest.raises(Cancelled):
        bundle_service.open_bundle(hq, path, is_cancelled=cancel_later)
    assert vault_digest(hq) == before
    # Sealing cancelled: no file, and the sender's custody log and counter unchanged.
    sender_before = vault_digest(field)
    target = tmp_path / "cancelled.age"
    calls = 0
    with pytest.raises(Cancelled):
        bundle_service.seal_bundle(
            field, ["HQ"], target, case_ids=[case_id], is_cancelled=cancel_later
        )
    assert not target.exists() and not list(tmp_path.glob(".tmp-*"))
    assert vault_digest(field) == sender_before
    # And the bundle still imports afterwards.
    assert bundle_service.open_bundle(hq, path).cases == [case_id]


def _cli(*argv: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "AMANAT_PASSPHRASE": TEST_PASSPHRASE}
    return subprocess.Popen(
        [sys.executable, "-c", "import sys; from amanat.main import main; sys.exit(main())",
         *argv],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _kill_when(process: subprocess.Popen[bytes], folder: Path, minimum: int) -> bool:
    """SIGKILL the process once a temporary file in ``folder`` holds ``minimum`` bytes."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        for temp in folder.glob(".tmp-*"):
            try:
                if temp.stat().st_size >= minimum:
                    process.send_signal(signal.SIGKILL)
                    process.wait()
                    return True
            except FileNotFoundError:
                continue
        time.sleep(0.005)
    process.kill()
    process.wait()
    return False


def _digest(path: Path) -> str:
    vault = Vault.unlock(path, TEST_PASSPHRASE)
    try:
        return vault_digest(vault)
    finally:
        vault.lock()


@pytest.mark.slow
def test_sigkill_during_seal_and_open(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    field, hq = pair
    case_id = add_case(field, attachment=os.urandom(BIG))
    field.lock()
    hq.lock()
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    sender_before = _digest(tmp_path / "field")
    target = outbox / "b.age"
    process = _cli("bundle", "seal", "--to", "HQ", "--case", case_id, "-o", str(target),
                   "--vault", str(tmp_path / "field"))  # fmt: skip
    assert _kill_when(process, outbox, 16 << 20)
    assert not target.exists()  # only an encrypted, unnamed temp file may remain
    assert _digest(tmp_path / "field") == sender_before
    sealed = _cli("bundle", "seal", "--to", "HQ", "--case", case_id, "-o", str(target),
                  "--vault", str(tmp_path / "field"))  # fmt: skip
    assert sealed.wait(timeout=120) == 0
    receiver_before = _digest(tmp_path / "hq")
    opener = _cli("bundle", "open", str(target), "--vault", str(tmp_path / "hq"))
    assert _kill_when(opener, tmp_path / "hq" / "blobs", 16 << 20)
    # Unlocking removes the staged temp files; nothing else was ever written.
    assert _digest(tmp_path / "hq") == receiver_before
    assert not list((tmp_path / "hq" / "blobs").iterdir())
    opened = _cli("bundle", "open", str(target), "--vault", str(tmp_path / "hq"))
    assert opened.wait(timeout=120) == 0


def test_a_damaged_blob_is_never_sealed(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    field, _hq = pair
    case_id = add_case(field, attachment=os.urandom(300_000))
    (blob,) = list(field.blobs_dir.iterdir())
    original = blob.read_bytes()
    for damaged in (
        original[:1000] + bytes([original[1000] ^ 1]) + original[1001:],  # altered
        original[: len(original) - 70_000],  # truncated at a chunk
        original + b"\x00",  # extended
    ):
        blob.write_bytes(damaged)
        before = vault_digest(field)
        target = tmp_path / "b.age"
        with pytest.raises(IntegrityError):
            bundle_service.seal_bundle(field, ["HQ"], target, case_ids=[case_id])
        assert not target.exists() and not list(tmp_path.glob(".tmp-*"))
        assert vault_digest(field) == before
    blob.write_bytes(original)
    assert bundle_service.seal_bundle(field, ["HQ"], tmp_path / "ok.age", case_ids=[case_id])


def test_inspecting_reports_progress_and_can_be_cancelled(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id = add_case(field, attachment=os.urandom(6 << 20))
    path = seal(field, ["HQ"], tmp_path, case_ids=[case_id])
    before = vault_digest(hq)
    seen: list[float] = []
    report = bundle_service.inspect_bundle(hq, path, progress=seen.append)
    assert report["verified"] is True
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 2
    checks = 0

    def cancel_in_the_body() -> bool:
        nonlocal checks
        checks += 1
        return checks > 10  # inside the 6 MiB body, after the records

    with pytest.raises(Cancelled):
        bundle_service.inspect_bundle(hq, path, is_cancelled=cancel_in_the_body)
    assert vault_digest(hq) == before
