"""A process killed (SIGKILL) between a blob's rename and the COMMIT of its row leaves
an encrypted file no row knows: the next unlock removes it, ``amanat check`` is clean,
and the import can be run again, storing one copy (issue 16, item 2). A file without a
row that no crash marked (an older ``vault.db`` restored) is kept and reported."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from amanat.services import bundles as bundle_service
from amanat.services import vault as vault_service
from amanat.storage import blobs
from amanat.storage.vault import Vault
from support.bundles import seal
from support.vaults import ATTACHMENT_SIZE, TEST_PASSPHRASE, add_case

# Imports the bundle in a child process that kills itself with SIGKILL right after the
# staged blob files were renamed into blobs/ and fsynced, before the transaction ends.
KILLED_IMPORT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from amanat.bundles import importer
    from amanat.services import bundles as bundle_service
    from amanat.storage.vault import Vault

    def die(path):
        os.kill(os.getpid(), signal.SIGKILL)

    importer.fsync_dir = die
    vault = Vault.unlock(Path(sys.argv[1]), os.environ["AMANAT_PASSPHRASE"])
    bundle_service.open_bundle(vault, sys.argv[2])
    """
)


def _blob_files(vault_path: Path) -> list[str]:
    return sorted(p.name for p in (vault_path / "blobs").iterdir())


def test_killed_import_leaves_nothing_after_unlock(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id = add_case(field, attachment=os.urandom(ATTACHMENT_SIZE))
    path = seal(field, ["HQ"], tmp_path, case_ids=[case_id])
    hq_path = hq.path
    before = _blob_files(hq_path)
    hq.lock()
    child = subprocess.run(
        [sys.executable, "-c", KILLED_IMPORT, str(hq_path), str(path)],
        env={**os.environ, "AMANAT_PASSPHRASE": TEST_PASSPHRASE},
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    left = [n for n in _blob_files(hq_path) if n not in before]
    assert any(n.startswith(blobs.PLACED_PREFIX) for n in left)
    assert any(not n.startswith(".") for n in left)  # the orphan itself
    reopened = Vault.unlock(hq_path, TEST_PASSPHRASE)
    try:
        assert _blob_files(hq_path) == before
        assert vault_service.check(reopened).ok
        # The import runs again, and stores the body once.
        result = bundle_service.open_bundle(reopened, path)
        assert result.attachments_stored == 1 and result.cases == [case_id]
        assert len(_blob_files(hq_path)) == len(before) + 1
        assert vault_service.check(reopened).ok
    finally:
        reopened.lock()


def test_a_file_without_row_or_marker_is_kept_and_reported(vault: Vault) -> None:
    stray = vault.blobs_dir / ("ab" * 16)
    stray.write_bytes(os.urandom(100))
    path = vault.path
    vault.lock()
    reopened = Vault.unlock(path, TEST_PASSPHRASE)
    try:
        assert stray.exists()
        report = vault_service.check(reopened)
        assert ("blob_orphan", stray.name) in report.problems
    finally:
        reopened.lock()
